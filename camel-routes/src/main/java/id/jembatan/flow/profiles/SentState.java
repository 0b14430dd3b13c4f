package id.jembatan.flow.profiles;

import java.util.Arrays;
import java.util.List;

/**
 * What the bridge last sent for one account, as kept in the idempotency store ({@code hr-profiles.hash}, key
 * the account's idnumber): the profile hash and the cohorts it was added to, {@code <hash>|<cohort>,<cohort>}.
 * The cohorts let a transfer (mutasi) remove the account from the cohorts it left.
 */
record SentState(String hash, List<String> cohorts) {

    static SentState of(MoodleProfile profile) {
        return new SentState(profile.hash(), profile.cohortIds());
    }

    static SentState parse(String value) {
        int bar = value.indexOf('|');
        if (bar < 0) {
            return new SentState(value, List.of());
        }
        String cohorts = value.substring(bar + 1);
        return new SentState(value.substring(0, bar),
                cohorts.isEmpty() ? List.of() : Arrays.asList(cohorts.split(",")));
    }

    String format() {
        return hash + "|" + String.join(",", cohorts);
    }
}
