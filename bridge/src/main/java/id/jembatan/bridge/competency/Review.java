package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Why a credit that stays credited and counted should be looked at again, "perlu ditinjau / needs review"
 * (docs/decisions/0017-credit-review-flags.md).
 *
 * @param needed    always true: a credit without a flag has no {@code review}
 * @param reason    why, in Bahasa Indonesia and English; several reasons separated by {@code ; }
 * @param flaggedAt when it was first flagged
 */
@Schema(description = "Perlu ditinjau: alasan dan waktu / needs review: reason and time")
public record Review(boolean needed, String reason, Instant flaggedAt) {
}
