package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * What the statement is about: an {@link Activity}, an {@link Agent} or {@link Group}, a {@link StatementRef} or a
 * {@link SubStatement} (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#object">xAPI Data
 * 2.4.4</a>). In JSON, {@code objectType} tells them apart and defaults to {@code Activity}.
 */
@JsonDeserialize(using = ObjectTypeDeserializers.StatementObjectDeserializer.class)
public sealed interface StatementObject permits Activity, Agent, Group, StatementRef, SubStatement {

    /** The xAPI {@code objectType}. */
    String objectType();
}
