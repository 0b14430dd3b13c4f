package id.jembatan.bridge.competency;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One active competency credit as HR sees it, with its evidence.
 *
 * @param statementId       the xAPI statement that evidences it (look it up in the LRS)
 * @param title             the learning activity's title
 * @param activityId        the activity IRI
 * @param competencyType    {@code TEKNIS}, {@code MANAJERIAL}, {@code SOSIAL_KULTURAL}, or null when not known
 * @param jp                JP (1 JP = 45 minutes), or null when not known: listed, never counted, never guessed
 * @param jpSource          where the JP came from: {@code STATEMENT}, {@code MAPPING} or {@code UNKNOWN}
 * @param startedOn         first day, when known
 * @param completedOn       day of completion, which decides the year
 * @param certificateNumber the certificate number
 * @param provider          who ran it (the OPD that runs the Moodle, or the partner)
 * @param source            the system it came from ({@code moodle:<host>}, {@code partner:<name>})
 * @param review            present when the credit needs review (it still counts); absent otherwise
 */
@Schema(description = "One active competency credit with its evidence / satu kredit kompetensi beserta buktinya")
public record Credit(String statementId, String title, String activityId, String competencyType, BigDecimal jp,
        String jpSource, LocalDate startedOn, LocalDate completedOn, String certificateNumber, String provider,
        String source, @JsonInclude(JsonInclude.Include.NON_NULL) Review review) {

    /** A credit that needs no review. */
    public Credit(String statementId, String title, String activityId, String competencyType, BigDecimal jp,
            String jpSource, LocalDate startedOn, LocalDate completedOn, String certificateNumber, String provider,
            String source) {
        this(statementId, title, activityId, competencyType, jp, jpSource, startedOn, completedOn, certificateNumber,
                provider, source, null);
    }

    /** Whether the JP is known, i.e. the credit counts towards the totals. Public: the console's template calls it. */
    public boolean jpKnown() {
        return jp != null;
    }
}
