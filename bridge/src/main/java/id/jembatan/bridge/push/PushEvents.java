package id.jembatan.bridge.push;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.flow.learning.PushResult;
import id.jembatan.flow.learning.PushedEvent;
import id.jembatan.moodle.log.LearningEvents;
import id.jembatan.moodle.log.LogRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the events of a push body: each as {@link LogRow} the way the standard log holds it, or, when a field is
 * missing or of the wrong type, a {@link PushResult#REJECTED} answer naming the field. Pure.
 */
final class PushEvents {

    /** What a body held: the events to deliver and the rows refused, each with its outbox id. */
    record Parsed(List<PushedEvent> events, List<PushResult> rejected) {
    }

    /** The body as a whole cannot be read: answered 400 with this reason. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private PushEvents() {
    }

    static Parsed parse(JsonNode events) {
        if (events == null || !events.isArray()) {
            throw new Unreadable("'events' harus berupa larik / 'events' must be an array");
        }
        List<PushedEvent> parsed = new ArrayList<>();
        List<PushResult> rejected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            long outboxId = event.path("outboxid").canConvertToLong() && event.path("outboxid").isIntegralNumber()
                    ? event.path("outboxid").longValue() : 0;
            if (outboxId <= 0) {
                throw new Unreadable("peristiwa ke-" + i + " tanpa 'outboxid' / event " + i
                        + " has no 'outboxid' (a positive whole number)");
            }
            try {
                LogRow row = row(event, "logid");
                if (!LearningEvents.ALL.contains(row.eventName())) {
                    throw new IllegalArgumentException("'eventname' " + row.eventName() + " bukan peristiwa yang "
                            + "dikirim moodle-learning / is not an event moodle-learning sends: " + LearningEvents.ALL);
                }
                JsonNode prior = event.path("prior");
                LogRow priorRow = prior.isObject() ? priorRow(prior, row) : null;
                parsed.add(new PushedEvent(outboxId, row, priorRow));
            } catch (IllegalArgumentException bad) {
                long logId = event.path("logid").isIntegralNumber() ? event.path("logid").longValue() : 0;
                rejected.add(new PushResult(outboxId, logId, PushResult.REJECTED, bad.getMessage()));
            }
        }
        return new Parsed(parsed, rejected);
    }

    private static LogRow row(JsonNode event, String idField) {
        long id = whole(event, idField, true);
        if (id <= 0) {
            throw new IllegalArgumentException("'" + idField + "' harus positif / must be positive (the standard "
                    + "log's row id of the event)");
        }
        return new LogRow(id, text(event, "eventname", true), text(event, "component", false),
                text(event, "action", false), text(event, "target", false), text(event, "objecttable", false),
                optionalWhole(event, "objectid"), whole(event, "contextid", true),
                (int) whole(event, "contextlevel", true), whole(event, "contextinstanceid", true),
                whole(event, "userid", true), whole(event, "courseid", false), optionalWhole(event, "relateduserid"),
                whole(event, "anonymous", false) != 0, text(event, "other", false), whole(event, "timecreated", true),
                text(event, "origin", false));
    }

    /** The completion row before {@code row}: its id and data, in the same learner and activity. */
    private static LogRow priorRow(JsonNode prior, LogRow row) {
        long id = whole(prior, "logid", true);
        if (id <= 0 || id >= row.id()) {
            throw new IllegalArgumentException("'prior.logid' harus positif dan di bawah 'logid' / must be positive "
                    + "and below 'logid'");
        }
        return new LogRow(id, row.eventName(), row.component(), row.action(), row.target(), row.objectTable(), null,
                row.contextId(), row.contextLevel(), row.contextInstanceId(), row.userId(), row.courseId(),
                row.relatedUserId(), row.anonymous(), text(prior, "other", false), row.timeCreated(), row.origin());
    }

    private static long whole(JsonNode node, String field, boolean required) {
        JsonNode value = node.path(field);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + field + "' tidak ada / is missing");
            }
            return 0;
        }
        throw new IllegalArgumentException("'" + field + "' harus bilangan bulat / must be a whole number");
    }

    private static Long optionalWhole(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : whole(node, field, true);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.path(field);
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + field + "' tidak ada / is missing");
            }
            return null;
        }
        throw new IllegalArgumentException("'" + field + "' harus teks / must be text");
    }
}
