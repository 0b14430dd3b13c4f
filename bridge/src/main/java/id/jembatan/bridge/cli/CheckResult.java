package id.jembatan.bridge.cli;

/**
 * Outcome of one {@link Check}: a status and one line for the admin.
 *
 * @param name   the check's name
 * @param status whether it passed
 * @param detail what was found, or what to fix (naming the setting)
 */
public record CheckResult(String name, Status status, String detail) {

    /** How a check ended. {@code SKIPPED} means the system is not configured, which is not a failure. */
    public enum Status { OK, SKIPPED, FAILED }

    static CheckResult ok(String name, String detail) {
        return new CheckResult(name, Status.OK, detail);
    }

    static CheckResult skipped(String name, String detail) {
        return new CheckResult(name, Status.SKIPPED, detail);
    }

    static CheckResult failed(String name, String detail) {
        return new CheckResult(name, Status.FAILED, detail);
    }

    /** The line printed by {@code check}. */
    String line() {
        String label = switch (status) {
            case OK -> "OK  ";
            case SKIPPED -> "SKIP";
            case FAILED -> "FAIL";
        };
        return String.format("%s  %-12s %s", label, name, detail.replaceAll("\\s*\\R\\s*", " "));
    }
}
