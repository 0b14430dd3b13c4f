package id.jembatan.moodle;

/**
 * A Moodle context, as functions take it ({@code context[contextid]=1}, or {@code context[contextlevel]=system}
 * with {@code context[instanceid]=0}).
 *
 * @param contextId the context id; null when named by level and instance
 * @param level the context level; null when named by id
 * @param instanceId the id of the instance at that level (0 for the system)
 */
public record ContextRef(Long contextId, Level level, Long instanceId) {

    /** The system context, named by level. */
    public static final ContextRef SYSTEM = level(Level.SYSTEM, 0);

    public ContextRef {
        if ((contextId == null) == (level == null) || (level == null) != (instanceId == null)) {
            throw new IllegalArgumentException("name a context either by id or by level and instance id");
        }
    }

    /** The context with this id (1 is the system context). */
    public static ContextRef id(long contextId) {
        return new ContextRef(contextId, null, null);
    }

    /** The context of the instance {@code instanceId} at {@code level}. */
    public static ContextRef level(Level level, long instanceId) {
        return new ContextRef(null, level, instanceId);
    }

    void writeTo(FormParams.Scope form) {
        form.put("contextid", contextId).put("contextlevel", level).put("instanceid", instanceId);
    }

    /** Moodle's context levels. */
    public enum Level {
        SYSTEM, USER, COURSECAT, COURSE, MODULE, BLOCK
    }
}
