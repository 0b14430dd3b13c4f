package id.jembatan.lrs;

import id.jembatan.lrs.xapi.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of one statement handed to {@link StatementDelivery}.
 *
 * @param statement the statement as we sent it
 * @param status delivered, conflicting or rejected
 * @param stored for {@link Status#CONFLICT}: the different statement the LRS already holds under the same id
 * @param reason for {@link Status#CONFLICT} and {@link Status#REJECTED}: the LRS's message or the validation failures
 */
public record DeliveryOutcome(Statement statement, Status status, Optional<Statement> stored, Optional<String> reason) {

    public enum Status {
        /** The LRS holds the statement: stored now, or already stored with the same content. */
        DELIVERED,
        /** The LRS holds a different statement under the same id; both versions are in the outcome. */
        CONFLICT,
        /** The statement is invalid or the LRS refused it; sending it again will not help. */
        REJECTED
    }

    public DeliveryOutcome {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(reason, "reason");
    }

    public static DeliveryOutcome delivered(Statement statement) {
        return new DeliveryOutcome(statement, Status.DELIVERED, Optional.empty(), Optional.empty());
    }

    public static DeliveryOutcome conflict(Statement statement, Statement stored, String reason) {
        return new DeliveryOutcome(statement, Status.CONFLICT, Optional.of(stored), Optional.ofNullable(reason));
    }

    public static DeliveryOutcome rejected(Statement statement, String reason) {
        return new DeliveryOutcome(statement, Status.REJECTED, Optional.empty(), Optional.of(reason));
    }

    public UUID statementId() {
        return statement.id();
    }

    public boolean isDelivered() {
        return status == Status.DELIVERED;
    }
}
