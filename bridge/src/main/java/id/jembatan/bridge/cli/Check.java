package id.jembatan.bridge.cli;

/** One system that {@code check} looks at. Implementations never throw: every failure is a result. */
public interface Check {

    /** Short name shown in the check's line, e.g. {@code moodle}. */
    String name();

    /** Runs the check against the configured system. */
    CheckResult run();
}
