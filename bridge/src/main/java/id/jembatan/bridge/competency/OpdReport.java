package id.jembatan.bridge.competency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One OPD's figures and its members.
 *
 * @param opd     the figures
 * @param members every active ASN of the OPD in NIP order, with or without credits
 */
@Schema(description = "One OPD with its members / satu OPD beserta anggotanya")
public record OpdReport(GroupSummary opd, List<Member> members) {
}
