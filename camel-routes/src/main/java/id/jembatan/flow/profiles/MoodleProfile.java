package id.jembatan.flow.profiles;

import id.jembatan.hr.simpeg.AsnState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Moodle account should look like for one ASN or intern: the fields the flow owns, whether it is
 * suspended, and the cohorts it belongs in. The {@link #hash()} covers all of them, so a profile is sent again
 * only when one of them changed.
 *
 * @param idNumber the account's idnumber: the NIP, or the intern prefix and nomor induk
 * @param username the username of a new account
 * @param email null for an inactive ASN without one (the account keeps its address)
 * @param department the OPD name, or null
 * @param fields profile field short name to value, in the order sent; an empty value clears the field
 * @param payload the SIMPEG row as JSON, for a dead letter
 * @param asnState the ASN's status in SIMPEG; null for an intern (not part of the hash: {@code suspended} is)
 */
record MoodleProfile(
        String idNumber,
        String username,
        String firstName,
        String lastName,
        String email,
        String institution,
        String department,
        Map<String, String> fields,
        boolean suspended,
        List<CohortSpec> cohorts,
        String payload,
        AsnState asnState) {

    MoodleProfile {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        cohorts = List.copyOf(cohorts);
    }

    /** The cohort idnumbers, in order. */
    List<String> cohortIds() {
        return cohorts.stream().map(CohortSpec::idNumber).toList();
    }

    /** SHA-256 over every field the flow sends, hex. */
    String hash() {
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] {idNumber, username, firstName, lastName, email, institution, department,
                fields, suspended, cohortIds()}) {
            text.append(part).append('\u0000');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
