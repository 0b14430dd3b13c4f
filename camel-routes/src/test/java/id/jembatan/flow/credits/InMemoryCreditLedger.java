package id.jembatan.flow.credits;

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

/** {@link CreditLedger} in memory, with the table's unique keys, for route tests. */
final class InMemoryCreditLedger implements CreditLedger {

    private final Map<UUID, StoredCredit> credits = new LinkedHashMap<>();
    private final Set<UUID> refused = new HashSet<>();

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

    synchronized List<StoredCredit> all() {
        return new ArrayList<>(credits.values());
    }
}
