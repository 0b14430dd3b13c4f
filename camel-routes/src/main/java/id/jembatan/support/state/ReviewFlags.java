package id.jembatan.support.state;

/**
 * Flags an ASN's competency credits "perlu ditinjau / needs review": they stay credited and counted, with a reason HR
 * reads in the competency API (docs/decisions/0017-credit-review-flags.md). The bridge implements it on the credit
 * ledger; {@link #NONE} when lrs-credits keeps no ledger.
 */
@FunctionalInterface
public interface ReviewFlags {

    /** Flags nothing: no credit ledger. */
    ReviewFlags NONE = (nip, reason) -> 0;

    /**
     * Flags every active credit of {@code nip} with {@code reason} (bilingual); calling again with the same reason
     * changes nothing.
     *
     * @return the credits newly flagged or given this reason
     */
    int flagAsn(String nip, String reason);
}
