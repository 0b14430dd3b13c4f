package id.jembatan.bridge.cli;

/** Exit status of a command (DESIGN.md "Command line"). */
public final class ExitCodes {

    /** Everything passed. */
    public static final int OK = 0;
    /** A check or a flow failed. */
    public static final int FAILED = 1;
    /** Bad usage or configuration. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
