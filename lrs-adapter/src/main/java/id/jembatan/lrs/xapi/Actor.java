package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Who the statement is about: an {@link Agent} or a {@link Group}
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#actor">xAPI Data 2.4.2</a>).
 */
@JsonDeserialize(using = ObjectTypeDeserializers.ActorDeserializer.class)
public sealed interface Actor permits Agent, Group {

    /** The xAPI {@code objectType}: {@code Agent} or {@code Group}. */
    String objectType();
}
