package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Every OPD's figures in one year.
 *
 * @param year                 the credit year
 * @param opds                 one entry per OPD with active ASN, in code order (only the allowed ones for a consumer
 *                             restricted to some OPD)
 * @param all                  the figures of every active ASN, including those placed in no OPD; null for a
 *                             restricted consumer
 * @param asnWithoutOpd        active ASN placed in no OPD; null for a restricted consumer
 * @param creditedNotActive    ASN with a credit in the year who are not active in SIMPEG (retired, moved out, or an
 *                             unknown NIP): their credits are in the ledger but in no OPD's figures; null for a
 *                             restricted consumer
 * @param creditsNeedingReviewNotActive of their active credits, those flagged "perlu ditinjau / needs review"
 *                             (most often because the ASN left SIMPEG's active list); null for a restricted consumer
 */
@Schema(description = "Figures of every OPD in one year / angka semua OPD dalam satu tahun")
public record OpdOverview(int year, List<GroupSummary> opds, GroupSummary all, Integer asnWithoutOpd,
        Integer creditedNotActive, Integer creditsNeedingReviewNotActive) {
}
