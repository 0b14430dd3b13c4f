package id.jembatan.bridge.config;

import java.util.List;

/**
 * The Moodle web service functions one flow calls. {@code check} fails when the token's external service lacks any
 * that an enabled flow needs; a disabled flow's needs are not checked (its functions count as needed by no flow).
 *
 * @param flow      the flow's id, e.g. {@code moodle-learning}
 * @param enabled   whether the flow runs ({@code jembatan.flows.<flow-id>.enabled})
 * @param functions the functions it calls
 */
public record MoodleFunctionNeed(String flow, boolean enabled, List<String> functions) {

    public MoodleFunctionNeed {
        functions = List.copyOf(functions);
    }

    /** The needs of a flow that is always on. */
    public MoodleFunctionNeed(String flow, List<String> functions) {
        this(flow, true, functions);
    }
}
