package id.jembatan.bridge.cli;

import id.jembatan.bridge.config.LrsProperties;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsException;
import id.jembatan.lrs.StatementPage;
import id.jembatan.lrs.StatementQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reads one statement from the LRS with the configured credentials. */
@Component
@Order(4)
class LrsCheck implements Check {

    private final LrsProperties properties;
    private final ObjectProvider<LrsClient> client;

    LrsCheck(LrsProperties properties, ObjectProvider<LrsClient> client) {
        this.properties = properties;
        this.client = client;
    }

    @Override
    public String name() {
        return "lrs";
    }

    @Override
    public CheckResult run() {
        LrsClient lrs = client.getIfAvailable();
        if (lrs == null) {
            return CheckResult.skipped(name(), "tidak dikonfigurasi / not configured (jembatan.lrs.endpoint is empty)");
        }
        try {
            StatementPage page = lrs.query(StatementQuery.builder().limit(1).build());
            String where = properties.configured() ? properties.endpoint() + " as " + properties.username()
                    + "; credentials accepted" : "penyimpanan bawaan / the embedded statement store (state database)";
            return CheckResult.ok(name(), "xAPI " + LrsClient.XAPI_VERSION + " at " + where
                    + page.consistentThrough().map(at -> ", consistent through " + at).orElse(""));
        } catch (LrsException e) {
            String fix = e.isRetryable()
                    ? "tidak dapat menghubungi / cannot reach the LRS — periksa / check jembatan.lrs.endpoint"
                    : "LRS menolak / the LRS refused";
            return CheckResult.failed(name(), fix + ": " + e.getMessage());
        }
    }
}
