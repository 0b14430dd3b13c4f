package id.jembatan.moodle;

/** An activity's completion state for one user (Moodle's {@code COMPLETION_*} constants). */
public enum CompletionState {
    INCOMPLETE(0),
    COMPLETE(1),
    COMPLETE_PASS(2),
    COMPLETE_FAIL(3),
    /** Completed with a failing grade on a grade item hidden from the user. */
    COMPLETE_FAIL_HIDDEN(4);

    private final int code;

    CompletionState(int code) {
        this.code = code;
    }

    /** Moodle's number for the state. */
    public int code() {
        return code;
    }

    /** The state with Moodle's number {@code code}. */
    public static CompletionState of(int code) {
        for (CompletionState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown Moodle completion state " + code);
    }
}
