package id.jembatan.flow.credits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** {@link CreditLedger} in memory, with the table's unique keys, for route tests. */
final class InMemoryCreditLedger implements CreditLedger {

    private final Map<UUID, StoredCredit> credits = new LinkedHashMap<>();
    private final Set<UUID> refused = new HashSet<>();
    private final Map<UUID, String> reviews = new LinkedHashMap<>();

    @Override
    public synchronized Map<UUID, StoredCredit> find(Collection<UUID> statementIds) {
        Map<UUID, StoredCredit> found = new HashMap<>();
        statementIds.forEach(id -> {
            if (credits.containsKey(id)) {
                found.put(id, credits.get(id));
            }
        });
        return found;
    }

    @Override
    public synchronized Map<String, List<KeyHolder>> holders(Collection<String> creditKeys) {
        Map<String, List<KeyHolder>> found = new HashMap<>();
        credits.values().stream().filter(c -> creditKeys.contains(c.credit().creditKey())).forEach(c -> found
                .computeIfAbsent(c.credit().creditKey(), key -> new ArrayList<>())
                .add(new KeyHolder(c.credit().statementId(), !c.voided(), c.simpegWritten())));
        return found;
    }

    @Override
    public synchronized Set<UUID> insert(List<Credit> added, Consumer<List<Credit>> writeToSimpeg) {
        Set<UUID> clashes = new LinkedHashSet<>();
        List<Credit> inserted = new ArrayList<>();
        for (Credit credit : added) {
            if (credits.containsKey(credit.statementId())) {
                continue;
            }
            boolean clash = credits.values().stream()
                    .anyMatch(c -> c.credit().certificateNumber().equals(credit.certificateNumber()));
            if (clash) {
                clashes.add(credit.statementId());
            } else {
                credits.put(credit.statementId(), new StoredCredit(credit, false, false, false));
                inserted.add(credit);
            }
        }
        if (!inserted.isEmpty()) {
            writeToSimpeg.accept(inserted);
            markSimpegWritten(inserted.stream().map(Credit::statementId).toList());
        }
        return clashes;
    }

    @Override
    public synchronized void markSimpegWritten(Collection<UUID> statementIds) {
        statementIds.forEach(id -> credits.computeIfPresent(id,
                (k, c) -> new StoredCredit(c.credit(), c.voided(), true, c.siasnPushed())));
    }

    @Override
    public synchronized void markVoided(Map<UUID, UUID> voidedBy) {
        voidedBy.keySet().forEach(id -> credits.computeIfPresent(id,
                (k, c) -> new StoredCredit(c.credit(), true, c.simpegWritten(), c.siasnPushed())));
    }

    @Override
    public synchronized List<StoredCredit> pendingSiasn(int limit) {
        List<StoredCredit> pending = new ArrayList<>();
        for (StoredCredit c : credits.values()) {
            if (!c.voided() && c.simpegWritten() && !c.siasnPushed() && !refused.contains(c.credit().statementId())
                    && c.credit().jp() != null && c.credit().competencyType() != null && pending.size() < limit) {
                pending.add(c);
            }
        }
        return pending;
    }

    @Override
    public synchronized void markSiasnPushed(UUID statementId) {
        credits.computeIfPresent(statementId, (k, c) -> new StoredCredit(c.credit(), c.voided(), c.simpegWritten(),
                true));
    }

    @Override
    public synchronized void markSiasnRefused(UUID statementId) {
        refused.add(statementId);
    }

    @Override
    public synchronized int flagCourse(String nip, String courseActivityId, LocalDate completedBy, String reason) {
        return flag(c -> c.nip().equals(nip) && c.activityId().equals(courseActivityId)
                && !c.completedOn().isAfter(completedBy), reason);
    }

    @Override
    public synchronized int flagAsn(String nip, String reason) {
        return flag(c -> c.nip().equals(nip), reason);
    }

    private int flag(Predicate<Credit> which, String reason) {
        int flagged = 0;
        for (StoredCredit c : credits.values()) {
            String held = reviews.get(c.credit().statementId());
            if (!c.voided() && which.test(c.credit()) && (held == null || !held.contains(reason))) {
                reviews.put(c.credit().statementId(), held == null ? reason : held + "; " + reason);
                flagged++;
            }
        }
        return flagged;
    }

    /** The review reasons by statement id of the flagged credits. */
    synchronized Map<UUID, String> reviews() {
        return new LinkedHashMap<>(reviews);
    }

    synchronized List<StoredCredit> all() {
        return new ArrayList<>(credits.values());
    }
}
