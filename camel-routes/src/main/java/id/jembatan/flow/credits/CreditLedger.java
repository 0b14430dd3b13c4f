package id.jembatan.flow.credits;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The bridge's record of every competency credit it made (table {@code competency_credit}), keyed by statement id:
 * what makes a rerun change nothing, what the competency API and HR's summary read, and the outbox of the SIASN
 * push. Implementations must accept batches of a few thousand ids per call.
 */
public interface CreditLedger {

    /** The credits held for those of {@code statementIds} the ledger has, voided ones included. */
    Map<UUID, StoredCredit> find(Collection<UUID> statementIds);

    /** A credit the ledger holds under a credit key: its statement, whether it is active, whether SIMPEG has it. */
    record KeyHolder(UUID statementId, boolean active, boolean simpegWritten) {
    }

    /**
     * The credits, voided ones included, held under those of {@code creditKeys} ({@link Credit#creditKey()}) the
     * ledger has. One look-up answers both questions a page asks of a credit: is this statement already held, and
     * does another statement already credit the same learning.
     */
    Map<String, List<KeyHolder>> holders(Collection<String> creditKeys);

    /**
     * Adds the credits as active and hands those it added to {@code writeToSimpeg}; once that returns, they are
     * recorded as written to SIMPEG, in the same transaction as the insert where the database allows (so a page
     * costs one round of writes, not an insert and then an update). When {@code writeToSimpeg} throws, the credits
     * are not added, or added as not yet written (a page read again writes them then). A credit whose statement id
     * is already held is left as it is and not handed over.
     *
     * @return the statement ids not added because another credit already has their certificate number
     */
    Set<UUID> insert(List<Credit> credits, Consumer<List<Credit>> writeToSimpeg);

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

    /** Longest review reason the ledger keeps; later reasons are appended after {@code "; "} up to it. */
    int MAX_REVIEW_REASON = 1000;

    /**
     * Flags for review ("perlu ditinjau / needs review") the active credits of {@code nip} for the course
     * {@code courseActivityId} completed on or before {@code completedBy}: they stay credited and counted. A credit
     * flagged before keeps its first time and gets {@code reason} appended, unless it already holds it, so calling
     * again changes nothing. Voided credits are left alone.
     *
     * @return the credits newly flagged or given this reason
     */
    int flagCourse(String nip, String courseActivityId, LocalDate completedBy, String reason);

    /** As {@link #flagCourse}, for every active credit of {@code nip} in any year and course. */
    int flagAsn(String nip, String reason);
}
