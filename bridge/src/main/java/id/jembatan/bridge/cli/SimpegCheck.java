package id.jembatan.bridge.cli;

import id.jembatan.bridge.config.SimpegProperties;
import id.jembatan.hr.simpeg.SimpegException;
import id.jembatan.hr.simpeg.SimpegSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the configured SIMPEG queries' upper-bound query: connection, credentials, tables and SQL in one go. */
@Component
@Order(5)
class SimpegCheck implements Check {

    private final SimpegProperties properties;
    private final ObjectProvider<SimpegSource> simpeg;

    SimpegCheck(SimpegProperties properties, ObjectProvider<SimpegSource> simpeg) {
        this.properties = properties;
        this.simpeg = simpeg;
    }

    @Override
    public String name() {
        return "simpeg";
    }

    @Override
    public CheckResult run() {
        if (!properties.configured()) {
            return CheckResult.skipped(name(), "tidak dikonfigurasi / not configured (jembatan.simpeg.jdbc-url is empty)");
        }
        SimpegSource source = simpeg.getIfAvailable();
        if (source == null) {
            return CheckResult.skipped(name(), "hr-profiles needs jembatan.moodle.url too; SIMPEG not read");
        }
        try {
            String newest = source.asn().captureUpperBound().map(Object::toString).orElse("(no ASN rows)");
            return CheckResult.ok(name(), properties.jdbcUrl() + "; newest ASN change " + newest);
        } catch (SimpegException e) {
            return CheckResult.failed(name(), e.getMessage() + " — periksa / check jembatan.simpeg.jdbc-url,"
                    + " jembatan.simpeg.username, jembatan.simpeg.password, jembatan.simpeg.sql-dir");
        }
    }
}
