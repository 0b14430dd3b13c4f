package id.jembatan.flow.credits;

import id.jembatan.lrs.xapi.CompetencyType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One competency credit: an ASN completed or passed a learning activity, evidenced by one xAPI statement.
 *
 * @param statementId       the evidence, and the key of the credit everywhere (ledger, riwayat diklat)
 * @param nip               the ASN
 * @param activityId        the activity IRI (a Moodle course, a partner's course)
 * @param title             the activity's name
 * @param competencyType    teknis, manajerial or sosial kultural; null when neither the statement nor the mapping
 *                          says
 * @param jp                jam pelajaran; null when {@link JpSource#UNKNOWN}
 * @param jpSource          where {@code jp} came from
 * @param startedOn         first day, when the statement says (from {@code result.duration}); else null
 * @param completedOn       completion date, in the flow's zone
 * @param certificateNumber the number {@link CertificateNumbers} derived from the statement id
 * @param provider          who ran it: the OPD running the Moodle, or the partner
 * @param source            {@code moodle:<host>} or {@code partner:<name>}
 * @param opdCode           the ASN's OPD (SIMPEG's, else the statement's unit kerja); may be null
 */
public record Credit(UUID statementId, String nip, String activityId, String title, CompetencyType competencyType,
        BigDecimal jp, JpSource jpSource, LocalDate startedOn, LocalDate completedOn, String certificateNumber,
        String provider, String source, String opdCode) {

    public Credit {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(jpSource, "jpSource");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(source, "source");
        if ((jp == null) != (jpSource == JpSource.UNKNOWN)) {
            throw new IllegalArgumentException("jp is null exactly when its source is UNKNOWN");
        }
    }

    /** The year the credit counts for: the year of completion. */
    public int year() {
        return completedOn.getYear();
    }

    /**
     * The same learning however it reached the LRS: SHA-256 of NIP, activity and completion date. Two statements
     * with one key (a Moodle site that switched source, {@code completed} and {@code passed} of one course on one
     * day) make one credit.
     */
    public String creditKey() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((nip + "|" + activityId + "|" + completedOn).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Credit withOpdCode(String code) {
        return new Credit(statementId, nip, activityId, title, competencyType, jp, jpSource, startedOn, completedOn,
                certificateNumber, provider, source, code);
    }
}
