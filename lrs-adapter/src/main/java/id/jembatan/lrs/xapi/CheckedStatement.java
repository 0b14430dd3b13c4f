package id.jembatan.lrs.xapi;

import java.util.List;
import java.util.Objects;

/**
 * A statement together with what {@link StatementValidator} found in it, so that a statement is validated once,
 * where it is built, and not again where it is sent: a flow can check its statements while the previous batch is
 * still on its way to the LRS, and {@code StatementDelivery.deliverChecked} trusts the result. Only this package
 * creates one, so a statement marked valid was checked.
 */
public final class CheckedStatement {

    private final Statement statement;
    private final List<Violation> violations;

    private CheckedStatement(Statement statement, List<Violation> violations) {
        this.statement = statement;
        this.violations = violations;
    }

    /** Validates {@code statement} ({@link StatementValidator#validate}). */
    public static CheckedStatement of(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        return new CheckedStatement(statement, StatementValidator.validate(statement));
    }

    public Statement statement() {
        return statement;
    }

    /** Every violation of xAPI 1.0.3 in the statement, in document order; empty when it is valid. */
    public List<Violation> violations() {
        return violations;
    }

    public boolean isValid() {
        return violations.isEmpty();
    }
}
