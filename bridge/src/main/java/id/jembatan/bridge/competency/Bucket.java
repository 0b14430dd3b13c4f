package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * One band of the JP distribution: how many ASN have known JP in {@code [fromJp, toJp)}.
 *
 * @param label  {@code 0}, {@code >0-<10}, {@code 10-<20} or {@code >=20} for the default target of 20
 * @param fromJp lower bound, inclusive (the {@code >0} band excludes 0)
 * @param toJp   upper bound, exclusive; null for the last band
 * @param count  ASN in the band
 */
@Schema(description = "One band of the JP distribution / satu rentang sebaran JP")
public record Bucket(String label, BigDecimal fromJp, BigDecimal toJp, int count) {
}
