package id.jembatan.bridge.config;

import java.util.List;

/**
 * The Moodle web service functions one enabled flow calls. {@code check} fails when the token's external
 * service lacks any of them, and only mentions functions that no enabled flow needs.
 *
 * @param flow      the flow's id, e.g. {@code moodle-learning}
 * @param functions the functions it calls
 */
public record MoodleFunctionNeed(String flow, List<String> functions) {

    public MoodleFunctionNeed {
        functions = List.copyOf(functions);
    }
}
