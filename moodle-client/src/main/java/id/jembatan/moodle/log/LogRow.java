package id.jembatan.moodle.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import id.jembatan.moodle.ErrorKind;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One row of Moodle's {@code logstore_standard_log}: one event, as Moodle's standard log store wrote it.
 * Column names are Moodle's in camel case; see Moodle's
 * <a href="https://moodledev.io/docs/apis/core/events">Events API</a> for what each field means per event.
 *
 * @param id the row id, increasing in insert order: the keyset for paging
 * @param eventName the event class, e.g. {@link LearningEvents#COURSE_COMPLETED}
 * @param component the Frankenstyle component that triggered it, e.g. {@code core}, {@code mod_quiz}
 * @param action the verb part of the event name, e.g. {@code completed}
 * @param target the noun part of the event name, e.g. {@code course_module_completion}
 * @param objectTable the table of the event's object, e.g. {@code course_completions}; null if none
 * @param objectId the id of the event's object in {@code objectTable}; null if none
 * @param contextId the id of the context the event happened in
 * @param contextLevel the context level: 10 system, 30 user, 40 category, 50 course, 70 module, 80 block
 * @param contextInstanceId the course, course-module, user... id the context belongs to
 * @param userId who caused the event; 0 for none, -1 for the system (e.g. a cron-computed grade)
 * @param courseId the course the event belongs to; 0 when it belongs to none
 * @param relatedUserId whom the event concerns (the learner of a completion or a grade); null if nobody
 * @param anonymous whether the event was anonymous when triggered (e.g. anonymous feedback)
 * @param other the event's extra data as stored: JSON text, the text {@code null}, or SQL NULL
 * @param timeCreated when the event happened, unix seconds
 * @param origin where the request came from: {@code web}, {@code ws}, {@code cli}, {@code restore}...
 */
public record LogRow(long id, String eventName, String component, String action, String target,
        String objectTable, Long objectId, long contextId, int contextLevel, long contextInstanceId,
        long userId, long courseId, Long relatedUserId, boolean anonymous, String other, long timeCreated,
        String origin) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern PHP_SERIALIZED = Pattern.compile("^(?:[aOsibd]:|N;)");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    public LogRow {
        Objects.requireNonNull(eventName, "eventName");
    }

    /** {@link #timeCreated()} as an instant. */
    public Instant time() {
        return Instant.ofEpochSecond(timeCreated);
    }

    /**
     * {@link #other()} parsed; never null: a {@code NullNode} when Moodle stored the text {@code null}, a
     * {@code MissingNode} when the column is SQL NULL or empty. Moodle writes numbers inconsistently (the
     * same key may hold {@code "6"} or {@code 10}): read ids with {@link #otherLong(String)}.
     *
     * @throws MoodleLogException ({@link ErrorKind#PERMANENT}) if the text is not JSON, e.g. when the log
     *     store's "jsonformat" setting was off and Moodle wrote PHP-serialised data
     */
    public JsonNode otherJson() {
        if (other == null || other.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(other);
        } catch (JsonProcessingException e) {
            String why = PHP_SERIALIZED.matcher(other).find()
                    ? "it is PHP-serialised: turn on \"jsonformat\" in Moodle's standard log store settings"
                    : "it is not JSON";
            throw new MoodleLogException(ErrorKind.PERMANENT, null,
                    "cannot read 'other' of log row " + id + " (" + eventName + "): " + why, e);
        }
    }

    /**
     * The whole number at {@code field} of {@link #otherJson()}, whether Moodle wrote it as a JSON number
     * ({@code 10}) or as a string of digits ({@code "6"}); empty when the field is absent, null or not a whole
     * number.
     */
    public OptionalLong otherLong(String field) {
        JsonNode value = otherJson().path(field);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return OptionalLong.of(value.longValue());
        }
        if (value.isTextual() && INTEGER.matcher(value.textValue()).matches()) {
            return OptionalLong.of(Long.parseLong(value.textValue()));
        }
        return OptionalLong.empty();
    }
}
