package id.jembatan.bridge.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.flow.learning.PushResult;
import id.jembatan.moodle.log.LogRow;
import org.junit.jupiter.api.Test;

/** Reading a push body: rows as the standard log holds them, bad rows rejected with the field at fault. */
class PushEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EVENT = """
            {"outboxid": 7, "logid": 987, "eventname": "\\\\core\\\\event\\\\course_module_completion_updated",
             "component": "core", "action": "updated", "target": "course_module_completion",
             "objecttable": "course_modules_completion", "objectid": 55, "crud": "u", "edulevel": 0,
             "contextid": 22, "contextlevel": 70, "contextinstanceid": 5, "userid": 10, "courseid": 2,
             "relateduserid": 10, "anonymous": 0, "other": "{\\"relateduserid\\":10,\\"completionstate\\":0}",
             "timecreated": 1795908600, "origin": "web", "prior": {"logid": 986, "other": "{\\"completionstate\\":1}"}}
            """;

    @Test
    void anEventBecomesTheLogRowOfItsLogIdWithItsPriorCompletion() throws Exception {
        PushEvents.Parsed parsed = PushEvents.parse(JSON.readTree("[" + EVENT + "]"));

        assertThat(parsed.rejected()).isEmpty();
        LogRow row = parsed.events().get(0).row();
        assertThat(parsed.events().get(0).outboxId()).isEqualTo(7);
        assertThat(row.id()).isEqualTo(987);
        assertThat(row.eventName()).isEqualTo("\\core\\event\\course_module_completion_updated");
        assertThat(row.contextId()).isEqualTo(22);
        assertThat(row.relatedUserId()).isEqualTo(10L);
        assertThat(row.otherLong("completionstate")).hasValue(0);
        LogRow prior = parsed.events().get(0).prior();
        assertThat(prior.id()).isEqualTo(986);
        assertThat(prior.contextId()).isEqualTo(22);
        assertThat(prior.otherLong("completionstate")).hasValue(1);
    }

    @Test
    void aRowWithAMissingOrWrongFieldIsRejectedNamingIt() throws Exception {
        JsonNode events = JSON.readTree("[" + EVENT.replace("\"contextid\": 22,", "") + ","
                + EVENT.replace("\"outboxid\": 7", "\"outboxid\": 8").replace("\"userid\": 10", "\"userid\": \"x\"")
                + "," + EVENT.replace("\"outboxid\": 7", "\"outboxid\": 9")
                        .replace("course_module_completion_updated", "course_viewed") + "]");

        PushEvents.Parsed parsed = PushEvents.parse(events);

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.rejected()).extracting(PushResult::outboxId).containsExactly(7L, 8L, 9L);
        assertThat(parsed.rejected()).extracting(PushResult::status).containsOnly(PushResult.REJECTED);
        assertThat(parsed.rejected().get(0).reason()).contains("'contextid'");
        assertThat(parsed.rejected().get(1).reason()).contains("'userid'");
        assertThat(parsed.rejected().get(2).reason()).contains("course_viewed");
    }

    @Test
    void anEventWithoutOutboxIdMakesTheWholeBodyUnreadable() throws Exception {
        JsonNode events = JSON.readTree("[" + EVENT.replace("\"outboxid\": 7,", "") + "]");
        assertThatThrownBy(() -> PushEvents.parse(events)).isInstanceOf(PushEvents.Unreadable.class)
                .hasMessageContaining("outboxid");
        assertThatThrownBy(() -> PushEvents.parse(JSON.readTree("{}"))).isInstanceOf(PushEvents.Unreadable.class);
    }
}
