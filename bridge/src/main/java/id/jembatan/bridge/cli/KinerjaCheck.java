package id.jembatan.bridge.cli;

import id.jembatan.bridge.config.KinerjaProperties;
import id.jembatan.hr.kinerja.KinerjaException;
import id.jembatan.hr.kinerja.KinerjaRead;
import id.jembatan.hr.kinerja.KinerjaSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens a read of e-Kinerja and fetches one record: for the API the URL, the token and the answer's shape; for the
 * database the connection, the credentials and the configured SQL. Reads nothing into any flow.
 */
@Component
@Order(6)
class KinerjaCheck implements Check {

    private final KinerjaProperties properties;
    private final ObjectProvider<KinerjaSource> source;

    KinerjaCheck(KinerjaProperties properties, ObjectProvider<KinerjaSource> source) {
        this.properties = properties;
        this.source = source;
    }

    @Override
    public String name() {
        return "e-kinerja";
    }

    @Override
    public CheckResult run() {
        KinerjaSource kinerja = source.getIfAvailable();
        if (!properties.configured() || kinerja == null) {
            return CheckResult.skipped(name(), "tidak dikonfigurasi / not configured (jembatan.kinerja.url and"
                    + " jembatan.kinerja.jdbc-url are empty)");
        }
        try {
            KinerjaRead read = kinerja.open(null, 1);
            int records = read.hasMore() ? read.next().rows().size() : 0;
            return CheckResult.ok(name(), kinerja.kind() + " " + kinerja.describe() + "; "
                    + (records == 0 ? "belum ada rekaman / no records yet" : "rekaman terbaca / records readable"));
        } catch (KinerjaException e) {
            return CheckResult.failed(name(), e.getMessage());
        } catch (RuntimeException e) {
            return CheckResult.failed(name(), e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " — periksa / check jembatan.kinerja.*");
        }
    }
}
