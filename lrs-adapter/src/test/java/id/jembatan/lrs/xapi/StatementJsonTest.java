package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatementJsonTest {

    @Test
    void writesOnlyPresentPropertiesAndTheObjectTypes() {
        JsonNode json = XapiJson.toTree(SampleStatements.courseCompletion(7));

        assertThat(json.toString()).doesNotContain("null");
        assertThat(json.at("/actor/objectType").asText()).isEqualTo("Agent");
        assertThat(json.at("/actor/account/name").asText()).isEqualTo(SampleStatements.NIP);
        assertThat(json.at("/object/objectType").asText()).isEqualTo("Activity");
        assertThat(json.at("/object/id").asText()).isEqualTo("https://elearning.kota.go.id/course/view.php?id=7");
        assertThat(json.at("/timestamp").asText()).isEqualTo("2025-03-01T02:15:00Z");
        assertThat(json.has("stored")).isFalse();
        assertThat(json.has("attachments")).isFalse();
        assertThat(json.at("/result").has("score")).isFalse();
        assertThat(json.at("/context").has("contextActivities")).isFalse();
        assertThat(json.at("/context/extensions").get("https://jembatan.id/xapi/extensions/jp").asInt()).isEqualTo(8);
    }

    @Test
    void readsAStatementAsTheLrsStoresItKeepingStoredAuthorityAndVersion() {
        Statement statement = XapiJson.readStatement(Fixtures.lrs("statement-stored-learning-locker.json"));

        assertThat(statement.id()).isEqualTo(UUID.fromString("d641bc01-0884-5b40-9cfe-cb514e506ed7"));
        assertThat(statement.stored()).isEqualTo("2025-03-01T02:15:03.412Z");
        assertThat(statement.storedInstant()).hasValueSatisfying(
                stored -> assertThat(stored.toString()).isEqualTo("2025-03-01T02:15:03.412Z"));
        assertThat(statement.version()).isEqualTo("1.0.0");
        assertThat(statement.authority()).isEqualTo(Agent.ofMbox("jembatan@lrs.kota.go.id", "Jembatan"));
        assertThat(statement.actor()).isEqualTo(
                Agent.ofAccount(SampleStatements.HOME_PAGE, SampleStatements.NIP, "Siti Rahmawati"));
        assertThat(statement.context().extensions()).containsEntry(XapiProfile.EXT_JP, 8)
                .containsEntry(XapiProfile.EXT_UNIT_KERJA,
                        Map.of("code", "4.01.01", "name", "Dinas Komunikasi dan Informatika"));
        assertThat(StatementValidator.validate(statement)).isEmpty();
    }

    @Test
    void objectWithoutObjectTypeIsAnActivityAndActorWithoutOneIsAnAgent() {
        Statement statement = XapiJson.readStatement("""
                {"actor": {"mbox": "mailto:asn@kota.go.id"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
                 "object": {"id": "https://elearning.kota.go.id/mod/quiz/view.php?id=3"}}""");

        assertThat(statement.actor()).isEqualTo(Agent.ofMbox("asn@kota.go.id", null));
        assertThat(statement.object()).isEqualTo(
                Activity.of(URI.create("https://elearning.kota.go.id/mod/quiz/view.php?id=3")));
    }

    @Test
    void groupsStatementRefsAndSubStatementsAreReadByObjectType() {
        Statement statement = XapiJson.readStatement("""
                {"actor": {"objectType": "Group", "member": [{"mbox": "mailto:a@kota.go.id"}]},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "SubStatement",
                            "actor": {"objectType": "Agent", "mbox": "mailto:b@kota.go.id"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                            "object": {"objectType": "StatementRef", "id": "0d3e4c7a-1b2f-5c3d-8e4f-5a6b7c8d9e01"}}}""");

        assertThat(statement.actor()).isEqualTo(Group.anonymous(List.of(Agent.ofMbox("a@kota.go.id", null))));
        SubStatement sub = (SubStatement) statement.object();
        assertThat(sub.actor()).isEqualTo(Agent.ofMbox("b@kota.go.id", null));
        assertThat(sub.object()).isEqualTo(new StatementRef(UUID.fromString("0d3e4c7a-1b2f-5c3d-8e4f-5a6b7c8d9e01")));
        assertThat(XapiJson.readStatement(XapiJson.toJson(statement))).isEqualTo(statement);
    }

    @Test
    void aSingleContextActivityIsReadAsAList() {
        Statement statement = XapiJson.readStatement("""
                {"actor": {"mbox": "mailto:asn@kota.go.id"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://elearning.kota.go.id/mod/page/view.php?id=5"},
                 "context": {"contextActivities": {"parent": {"id": "https://elearning.kota.go.id/course/view.php?id=7"}}}}""");

        assertThat(statement.context().contextActivities().parent()).containsExactly(
                Activity.of(URI.create("https://elearning.kota.go.id/course/view.php?id=7")));
    }

    @Test
    void propertiesTheModelDoesNotKnowAreIgnored() {
        Statement statement = XapiJson.readStatement("""
                {"actor": {"mbox": "mailto:asn@kota.go.id", "x-lrs": 1},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://elearning.kota.go.id/course/view.php?id=7"},
                 "_lrsInternal": {"voided": false}}""");

        assertThat(statement.verb().id()).isEqualTo(URI.create("http://adlnet.gov/expapi/verbs/completed"));
    }

    @Test
    void aNullInsideExtensionsIsKeptAsXapiAllows() {
        Statement statement = XapiJson.readStatement("""
                {"actor": {"mbox": "mailto:asn@kota.go.id"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://elearning.kota.go.id/course/view.php?id=7"},
                 "result": {"extensions": {"https://jembatan.id/xapi/extensions/catatan": null}}}""");

        assertThat(statement.result().extensions())
                .containsEntry(URI.create("https://jembatan.id/xapi/extensions/catatan"), null);
        assertThat(XapiJson.toJson(statement)).contains("{\"https://jembatan.id/xapi/extensions/catatan\":null}");
        assertThat(StatementValidator.validate(statement)).isEmpty();
    }

    @Test
    void anUnknownObjectTypeIsRefusedWithItsName() {
        assertThatThrownBy(() -> XapiJson.readStatement("""
                {"actor": {"mbox": "mailto:asn@kota.go.id"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"objectType": "Course", "id": "https://elearning.kota.go.id/course/view.php?id=7"}}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Course'");
    }

    @Test
    void aPlainJacksonMapperReadsAndWritesTheSameJson() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        Statement statement = SampleStatements.quizPassed(12345, 85);

        String json = plain.writeValueAsString(statement);

        assertThat(json).isEqualTo(XapiJson.toJson(statement));
        assertThat(plain.readValue(json, Statement.class)).isEqualTo(statement);
        assertThat(plain.readValue(Fixtures.lrs("statement-stored-learning-locker.json"), Statement.class))
                .isEqualTo(XapiJson.readStatement(Fixtures.lrs("statement-stored-learning-locker.json")));
    }
}
