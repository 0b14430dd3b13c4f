package id.jembatan.bridge.competency;

import id.jembatan.hr.Nip;
import id.jembatan.hr.simpeg.ActiveAsn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds what the API answers from the ledger and SIMPEG's active ASN. An ASN's figures count every active credit
 * of the year wherever it was earned; OPD figures group ASN by the OPD they belong to now, so a transferred ASN
 * takes this year's JP along.
 */
final class CompetencyReports {

    private final CompetencyLedger ledger;
    private final Supplier<Optional<ActiveRoster>> roster;
    private final BigDecimal target;

    /**
     * @param roster the active ASN now; empty when SIMPEG is not configured
     */
    CompetencyReports(CompetencyLedger ledger, Supplier<Optional<ActiveRoster>> roster, BigDecimal target) {
        this.ledger = ledger;
        this.roster = roster;
        this.target = JpTotals.jp(target);
    }

    BigDecimal target() {
        return target;
    }

    /** Whether the OPD figures can be computed (SIMPEG configured). */
    Optional<ActiveRoster> roster() {
        return roster.get();
    }

    /**
     * One ASN's year; empty when the NIP is unknown: no credit in the ledger in any year, and not an active ASN in
     * SIMPEG (or SIMPEG not configured).
     */
    Optional<AsnReport> asn(Nip nip, int year) {
        Optional<ActiveRoster> active = roster.get();
        Optional<ActiveAsn> asn = active.flatMap(r -> r.find(nip.value()));
        List<Credit> credits = ledger.activeCredits(nip.value(), year);
        if (credits.isEmpty() && asn.isEmpty() && !ledger.knows(nip.value())) {
            return Optional.empty();
        }
        JpTotals totals = JpTotals.of(credits);
        BigDecimal missing = target.subtract(totals.totalJp()).max(BigDecimal.ZERO);
        return Optional.of(new AsnReport(nip.value(), year, asn.map(ActiveAsn::name).orElse(null),
                asn.map(ActiveAsn::opdCode).orElse(null), asn.map(ActiveAsn::opdName).orElse(null),
                active.isPresent() ? asn.isPresent() : null, target, totals, totals.meets(target),
                JpTotals.jp(missing), credits));
    }

    /** Every OPD's figures that {@code consumer} may see. */
    OpdOverview overview(ActiveRoster active, int year, ApiConsumer consumer) {
        Map<String, JpTotals> totals = ledger.totalsByNip(year);
        List<GroupSummary> opds = new ArrayList<>();
        active.byOpd().forEach((code, members) -> {
            if (consumer.maySee(code)) {
                opds.add(Figures.summarize(code, active.opdNames().get(code), year, target, totalsOf(members, totals)));
            }
        });
        if (consumer.restricted()) {
            return new OpdOverview(year, opds, null, null, null, null);
        }
        List<JpTotals> everyone = new ArrayList<>(active.byNip().size());
        for (ActiveAsn asn : active.byNip().values()) {
            everyone.add(totals.getOrDefault(asn.nip().value(), JpTotals.NONE));
        }
        int creditedNotActive = 0;
        int reviewNotActive = 0;
        for (Map.Entry<String, JpTotals> entry : totals.entrySet()) {
            if (entry.getValue().activeCredits() > 0 && !active.byNip().containsKey(entry.getKey())) {
                creditedNotActive++;
                reviewNotActive += entry.getValue().creditsNeedingReview();
            }
        }
        return new OpdOverview(year, opds, Figures.summarize(null, null, year, target, everyone), active.withoutOpd(),
                creditedNotActive, reviewNotActive);
    }

    /** One OPD's figures and members; empty when SIMPEG has no active ASN with that OPD code. */
    Optional<OpdReport> opd(ActiveRoster active, String opdCode, int year) {
        List<ActiveAsn> members = active.byOpd().get(opdCode);
        if (members == null) {
            return Optional.empty();
        }
        Map<String, JpTotals> totals = ledger.totalsByNip(year);
        List<JpTotals> figures = totalsOf(members, totals);
        List<Member> rows = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            JpTotals jp = figures.get(i);
            rows.add(new Member(members.get(i).nip().value(), members.get(i).name(), jp, jp.meets(target)));
        }
        return Optional.of(new OpdReport(Figures.summarize(opdCode, active.opdNames().get(opdCode), year, target,
                figures), rows));
    }

    /** Known JP of the year by competency type over every active ASN: the console's "by type" chart. */
    JpTotals typeTotals(ActiveRoster active, int year) {
        Map<String, JpTotals> totals = ledger.totalsByNip(year);
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int unknown = 0;
        int credits = 0;
        int review = 0;
        for (String nip : active.byNip().keySet()) {
            JpTotals jp = totals.getOrDefault(nip, JpTotals.NONE);
            sums[0] = sums[0].add(jp.totalJp());
            sums[1] = sums[1].add(jp.teknis());
            sums[2] = sums[2].add(jp.manajerial());
            sums[3] = sums[3].add(jp.sosialKultural());
            sums[4] = sums[4].add(jp.unknownType());
            unknown += jp.unknownJpCount();
            credits += jp.activeCredits();
            review += jp.creditsNeedingReview();
        }
        return new JpTotals(sums[0], sums[1], sums[2], sums[3], sums[4], unknown, credits, review);
    }

    private static List<JpTotals> totalsOf(List<ActiveAsn> members, Map<String, JpTotals> totals) {
        List<JpTotals> figures = new ArrayList<>(members.size());
        for (ActiveAsn asn : members) {
            figures.add(totals.getOrDefault(asn.nip().value(), JpTotals.NONE));
        }
        return figures;
    }
}
