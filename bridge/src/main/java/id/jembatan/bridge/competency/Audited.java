package id.jembatan.bridge.competency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The audit action of an API operation, and the scope a consumer needs for it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Audited {

    /** The action written to the audit log, e.g. {@code api.competency.asn}. */
    String action();

    /** The scope the consumer needs. */
    String scope();
}
