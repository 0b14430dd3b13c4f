package id.jembatan.flow.profiles;

import java.util.Arrays;
import java.util.List;

/**
 * What the bridge last sent for one account, as kept in the idempotency store ({@code hr-profiles.hash}, key
 * the account's idnumber): the profile hash, the cohorts it was added to, and the Moodle user id with whether the
 * account was suspended, {@code <hash>|<cohort>,<cohort>|<user id>|<0 or 1>}. The cohorts let a transfer (mutasi)
 * remove the account from the cohorts it left; the user id lets an update go out without first looking the
 * account up by idnumber (one call per changed batch instead of two). Values written before the id was kept,
 * {@code <hash>|<cohorts>}, still parse: their accounts are looked up once and then kept with their id.
 *
 * @param userId    the Moodle user id, null when not known (an old value, or a suspended ASN who never had one)
 * @param suspended whether the account was sent as suspended
 */
record SentState(String hash, List<String> cohorts, Long userId, boolean suspended) {

    SentState(String hash, List<String> cohorts) {
        this(hash, cohorts, null, false);
    }

    static SentState of(MoodleProfile profile, Long userId) {
        return new SentState(profile.hash(), profile.cohortIds(), userId, profile.suspended());
    }

    static SentState parse(String value) {
        String[] parts = value.split("\\|", -1);
        List<String> cohorts = parts.length < 2 || parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split(","));
        Long userId = parts.length < 3 || parts[2].isEmpty() ? null : Long.valueOf(parts[2]);
        boolean suspended = parts.length >= 4 && parts[3].equals("1");
        return new SentState(parts[0], cohorts, userId, suspended);
    }

    String format() {
        return hash + "|" + String.join(",", cohorts) + "|" + (userId == null ? "" : userId) + "|"
                + (suspended ? "1" : "0");
    }
}
