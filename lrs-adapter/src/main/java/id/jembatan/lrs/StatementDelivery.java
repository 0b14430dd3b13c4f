package id.jembatan.lrs;

import id.jembatan.lrs.xapi.CheckedStatement;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementEquivalence;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.Violation;
import id.jembatan.lrs.xapi.XapiProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Delivers statements with deterministic ids so that every one ends with a per-statement outcome instead of one
 * failure for the batch (see {@code docs/decisions/0003-xapi-model.md}):
 *
 * <ul>
 *   <li>invalid statements ({@link id.jembatan.lrs.xapi.StatementValidator}) are {@code REJECTED} without being
 *       sent;</li>
 *   <li>409: the stored statement is fetched by id and compared ({@link StatementEquivalence}); the same content is
 *       {@code DELIVERED} (some LRSs answer 409 even then), different content is a {@code CONFLICT} carrying both;</li>
 *   <li>400: the batch is split in halves until the statements the LRS refuses are alone; those are
 *       {@code REJECTED} with the LRS's message and the rest {@code DELIVERED};</li>
 *   <li>413: the batch is split in halves; a single statement still too large is {@code REJECTED}.</li>
 * </ul>
 *
 * Transient and fatal failures are thrown ({@link LrsTransientException}, {@link LrsFatalException}); statements sent
 * before such a failure are stored, and sending the whole list again is safe because their ids are the same.
 */
public final class StatementDelivery {

    /** The default number of statements per request; the LRSs measured answer 100 in about 80 ms. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    private final LrsClient client;
    private final int batchSize;

    public StatementDelivery(LrsClient client) {
        this(client, DEFAULT_BATCH_SIZE);
    }

    public StatementDelivery(LrsClient client, int batchSize) {
        this.client = Objects.requireNonNull(client, "client");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Delivers the statements, in requests of at most the batch size.
     *
     * @return one outcome per statement, in the order given
     * @throws IllegalArgumentException when a statement has no id (delivery relies on deterministic ids)
     * @throws LrsTransientException when the LRS cannot be reached or is overloaded; retry the whole list later
     * @throws LrsFatalException when the credentials or the endpoint are wrong
     */
    public List<DeliveryOutcome> deliver(List<Statement> statements) {
        Objects.requireNonNull(statements, "statements");
        List<CheckedStatement> checked = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            checked.add(CheckedStatement.of(Objects.requireNonNull(statements.get(i), "statement " + i)));
        }
        return deliverChecked(checked);
    }

    /**
     * {@link #deliver} for statements validated where they were built: those with violations are {@code REJECTED}
     * with them, without being sent, and the others are not validated again.
     *
     * @return one outcome per statement, in the order given
     * @throws IllegalArgumentException when a statement has no id (delivery relies on deterministic ids)
     * @throws LrsTransientException when the LRS cannot be reached or is overloaded; retry the whole list later
     * @throws LrsFatalException when the credentials or the endpoint are wrong
     */
    public List<DeliveryOutcome> deliverChecked(List<CheckedStatement> statements) {
        Objects.requireNonNull(statements, "statements");
        DeliveryOutcome[] outcomes = new DeliveryOutcome[statements.size()];
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            CheckedStatement checked = Objects.requireNonNull(statements.get(i), "statement " + i);
            Statement statement = checked.statement();
            if (statement.id() == null) {
                throw new IllegalArgumentException("statement " + i + " has no id; give every statement a "
                        + "deterministic id (StatementIds) before delivery");
            }
            if (checked.isValid()) {
                pending.add(new Pending(i, statement));
            } else {
                outcomes[i] = DeliveryOutcome.rejected(statement, "invalid xAPI statement: "
                        + checked.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")));
            }
        }
        while (!pending.isEmpty()) {
            Set<UUID> ids = new HashSet<>();
            List<Pending> round = new ArrayList<>();
            List<Pending> later = new ArrayList<>();
            for (Pending item : pending) {
                (ids.add(item.statement().id()) ? round : later).add(item);
            }
            for (int from = 0; from < round.size(); from += batchSize) {
                send(round.subList(from, Math.min(round.size(), from + batchSize)), outcomes);
            }
            pending = later;
        }
        return List.of(outcomes);
    }

    private void send(List<Pending> batch, DeliveryOutcome[] outcomes) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            client.post(batch.stream().map(Pending::statement).toList());
            batch.forEach(item -> outcomes[item.index()] = DeliveryOutcome.delivered(item.statement()));
        } catch (LrsConflictException e) {
            Optional<Pending> named = e.conflictingId().flatMap(id -> batch.stream()
                    .filter(item -> item.statement().id().equals(id)).findFirst());
            if (batch.size() == 1 || named.isPresent()) {
                Pending culprit = named.orElse(batch.get(0));
                outcomes[culprit.index()] = resolveConflict(culprit.statement(), e);
                send(batch.stream().filter(item -> item != culprit).toList(), outcomes);
            } else {
                split(batch, outcomes);
            }
        } catch (LrsPayloadTooLargeException e) {
            if (batch.size() == 1) {
                outcomes[batch.get(0).index()] = DeliveryOutcome.rejected(batch.get(0).statement(),
                        "too large for the LRS (413): " + e.lrsMessage());
            } else {
                split(batch, outcomes);
            }
        } catch (LrsRejectedException e) {
            if (batch.size() == 1) {
                outcomes[batch.get(0).index()] = DeliveryOutcome.rejected(batch.get(0).statement(),
                        "rejected by the LRS (" + e.status().orElse(0) + "): " + e.lrsMessage());
            } else {
                split(batch, outcomes);
            }
        }
    }

    private void split(List<Pending> batch, DeliveryOutcome[] outcomes) {
        int half = batch.size() / 2;
        send(batch.subList(0, half), outcomes);
        send(batch.subList(half, batch.size()), outcomes);
    }

    private DeliveryOutcome resolveConflict(Statement ours, LrsConflictException conflict) {
        Optional<Statement> stored = client.get(ours.id()).or(() -> client.getVoided(ours.id()));
        if (stored.isEmpty()) {
            return DeliveryOutcome.rejected(ours, "the LRS answered 409 (" + conflict.lrsMessage()
                    + ") but returns no statement " + ours.id());
        }
        if (StatementEquivalence.equivalent(ours, stored.get()) || sameVoiding(ours, stored.get())) {
            return DeliveryOutcome.delivered(ours);
        }
        return DeliveryOutcome.conflict(ours, stored.get(), conflict.lrsMessage());
    }

    /**
     * Under the same id, both void the same statement: the fact the LRS holds is ours, though the context may differ
     * (a voiding sent before the bridge added the course as its context parent, read again by a backfill). A voiding
     * says only "that statement no longer stands", and the LRS applies the one it holds.
     */
    static boolean sameVoiding(Statement ours, Statement stored) {
        return isVoiding(ours) && isVoiding(stored) && ours.object() instanceof StatementRef target
                && stored.object() instanceof StatementRef storedTarget && target.id().equals(storedTarget.id());
    }

    private static boolean isVoiding(Statement statement) {
        return statement.verb() != null && XapiProfile.VOIDED.id().equals(statement.verb().id());
    }

    private record Pending(int index, Statement statement) {
    }
}
