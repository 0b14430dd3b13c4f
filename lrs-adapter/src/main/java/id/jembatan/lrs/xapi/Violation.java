package id.jembatan.lrs.xapi;

/**
 * One reason a statement breaks xAPI 1.0.3: where ({@code actor.account.homePage}, {@code result.score.raw}) and
 * what is wrong, written for the admin who reads it in a dead letter.
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
