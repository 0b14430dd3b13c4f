package id.jembatan.flow.credits;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bridge's record of every competency credit it made (table {@code competency_credit}), keyed by statement id:
 * what makes a rerun change nothing, what the competency API and HR's summary read, and the outbox of the SIASN
 * push. Implementations must accept batches of a few thousand ids per call.
 */
public interface CreditLedger {

    /** The credits held for those of {@code statementIds} the ledger has, voided ones included. */
    Map<UUID, StoredCredit> find(Collection<UUID> statementIds);

    /** Those of {@code creditKeys} ({@link Credit#creditKey()}) that an active (not voided) credit already has. */
    Set<String> activeCreditKeys(Collection<String> creditKeys);

    /**
     * Adds the credits as active, not yet written to SIMPEG. A credit whose statement id is already held is left as
     * it is.
     *
     * @return the statement ids not added because another credit already has their certificate number
     */
    Set<UUID> insert(List<Credit> credits);

    /** Records that the riwayat diklat rows of these credits were written. */
    void markSimpegWritten(Collection<UUID> statementIds);

    /** Marks credits voided: key the voided statement id, value the voiding statement's id. */
    void markVoided(Map<UUID, UUID> voidedBy);

    /**
     * Up to {@code limit} active credits written to SIMPEG, with JP and type known, neither pushed to SIASN nor
     * refused by it; oldest first.
     */
    List<StoredCredit> pendingSiasn(int limit);

    /** Records that SIASN took the credit. */
    void markSiasnPushed(UUID statementId);

    /** Records that SIASN refused the credit for good (it is in the dead letters), so it is not pushed again. */
    void markSiasnRefused(UUID statementId);
}
