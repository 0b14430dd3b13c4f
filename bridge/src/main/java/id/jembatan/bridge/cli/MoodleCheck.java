package id.jembatan.bridge.cli;

import id.jembatan.bridge.config.MoodleFunctionNeed;
import id.jembatan.bridge.config.MoodleProperties;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientException;
import id.jembatan.moodle.MoodleException;
import id.jembatan.moodle.SiteInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Calls {@code core_webservice_get_site_info} with the configured token and compares the functions the
 * token's service offers with those the enabled flows call; a disabled flow's functions are not required.
 */
@Component
@Order(2)
class MoodleCheck implements Check {

    private final MoodleProperties properties;
    private final ObjectProvider<MoodleClient> client;
    private final ObjectProvider<MoodleFunctionNeed> needs;

    MoodleCheck(MoodleProperties properties, ObjectProvider<MoodleClient> client,
            ObjectProvider<MoodleFunctionNeed> needs) {
        this.properties = properties;
        this.client = client;
        this.needs = needs;
    }

    @Override
    public String name() {
        return "moodle";
    }

    @Override
    public CheckResult run() {
        MoodleClient moodle = client.getIfAvailable();
        if (moodle == null) {
            return CheckResult.skipped(name(), "tidak dikonfigurasi / not configured (jembatan.moodle.url is empty)");
        }
        SiteInfo site;
        try {
            site = moodle.siteInfo();
        } catch (MoodleException e) {
            String fix = e.errorcode().equals("invalidtoken")
                    ? "token ditolak Moodle / token rejected by Moodle — set jembatan.moodle.token to a valid token"
                    : "Moodle menolak panggilan / Moodle refused the call";
            return CheckResult.failed(name(), fix + " (" + e.errorcode() + ": " + e.getMessage() + ")");
        } catch (MoodleClientException e) {
            return CheckResult.failed(name(), "tidak dapat menghubungi / cannot reach " + properties.url() + ": "
                    + e.getMessage() + " — periksa / check jembatan.moodle.url");
        }
        Map<String, List<String>> missingByFlow = new LinkedHashMap<>();
        List<String> disabled = new ArrayList<>();
        for (MoodleFunctionNeed need : needs.orderedStream().toList()) {
            if (!need.enabled()) {
                disabled.add(need.flow());
                continue;
            }
            List<String> missing = site.missingFunctions(need.functions());
            if (!missing.isEmpty()) {
                missingByFlow.put(need.flow(), missing);
            }
        }
        String who = "Moodle " + site.release() + " \"" + site.siteName() + "\" at " + properties.url()
                + " as " + site.username();
        if (!missingByFlow.isEmpty()) {
            String detail = missingByFlow.entrySet().stream()
                    .map(entry -> entry.getKey() + " needs " + String.join(", ", entry.getValue()))
                    .collect(Collectors.joining("; "));
            return CheckResult.failed(name(), who + ": fungsi belum ada di layanan web token / functions missing from"
                    + " the token's external service (add them in Site administration > Server > Web services >"
                    + " External services): " + detail);
        }
        List<String> unused = site.missingFunctions(MoodleClient.REQUIRED_FUNCTIONS);
        int offered = MoodleClient.REQUIRED_FUNCTIONS.size() - unused.size();
        return CheckResult.ok(name(), who + "; " + offered + " of " + MoodleClient.REQUIRED_FUNCTIONS.size()
                + " client functions offered" + (unused.isEmpty() ? ""
                        : " (not offered, needed by no enabled flow: " + String.join(", ", unused) + ")")
                + (disabled.isEmpty() ? "" : "; not checked, flow disabled / tidak diperiksa, alur nonaktif: "
                        + String.join(", ", disabled)));
    }
}
