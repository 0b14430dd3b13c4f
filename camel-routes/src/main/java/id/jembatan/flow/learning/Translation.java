package id.jembatan.flow.learning;

import id.jembatan.lrs.xapi.Statement;

/** What one learning event becomes. */
sealed interface Translation {

    /**
     * A statement to deliver.
     *
     * @param statement      the statement
     * @param completionKey  for activity completions, the key under which the state is remembered once delivered
     *                       (so that a later "incomplete" can void it), else {@code null}
     * @param completionMark the value remembered under {@code completionKey}
     */
    record Emit(Statement statement, String completionKey, String completionMark) implements Translation {
    }

    /** Nothing to send, and nothing wrong (e.g. an activity marked incomplete that was never sent as complete). */
    record Skip(String why) implements Translation {
    }

    /** The event cannot become a statement; it goes to the dead-letter store with this reason (bilingual). */
    record Reject(String reason) implements Translation {
    }
}
