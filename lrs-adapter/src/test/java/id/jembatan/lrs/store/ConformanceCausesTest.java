package id.jembatan.lrs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statements-resource causes of ADL's conformance suite failures (issue 17), one per test, on the statements
 * under {@code src/test/resources/conformance/}.
 */
class ConformanceCausesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode fixture(String name) {
        try (InputStream in = ConformanceCausesTest.class.getResourceAsStream("/conformance/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture conformance/" + name);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anInteractionDefinitionWithoutInteractionTypeIsRejected() {
        assertThatThrownBy(() -> ReceivedStatement.check(fixture("interaction-without-type.json"), -1))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("object.definition.interactionType")
                .hasMessageContaining("correctResponsesPattern, choices");
    }

    @Test
    void theSameDefinitionWithItsInteractionTypeIsAccepted() {
        ObjectNode statement = (ObjectNode) fixture("interaction-without-type.json");
        ((ObjectNode) statement.get("object").get("definition")).put("interactionType", "choice");

        assertThat(ReceivedStatement.check(statement, -1).model().object()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"authority-identified-group.json", "authority-three-members.json"})
    void anAuthorityGroupThatIsNotAnOAuthTriadIsRejectedNotReplaced(String fixture) {
        assertThatThrownBy(() -> ReceivedStatement.check(fixture(fixture), -1))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("OAuth triad");
    }

    @Test
    void anOAuthTriadAuthorityIsAccepted() {
        assertThat(ReceivedStatement.check(fixture("authority-oauth-triad.json"), -1)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000",
            "2008-09-15T15:53:00.601-00:00"})
    void aNegativeZeroOffsetIsNotIso8601AndIsRejected(String timestamp) {
        assertThatThrownBy(() -> ReceivedStatement.check(withTimestamp(timestamp), -1))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2008-09-15T15:53:00.601Z", "2008-09-15T15:53:00.601+00:00",
            "2008-09-15T15:53:00.601+0000", "2008-09-15T15:53:00.601+00", "2008-09-15T15:53:00.601-05:00"})
    void zeroOffsetsWithAPlusAndNegativeOffsetsAreAccepted(String timestamp) {
        assertThat(ReceivedStatement.check(withTimestamp(timestamp), -1).model().timestamp()).isNotNull();
    }

    private static JsonNode withTimestamp(String timestamp) {
        ObjectNode statement = (ObjectNode) fixture("timestamp-template.json");
        statement.put("timestamp", timestamp);
        return statement;
    }

    @ParameterizedTest
    @EnumSource(StatementFormats.Format.class)
    void aSingleContextActivityIsReturnedAsAnArrayInEveryFormat(StatementFormats.Format format) {
        JsonNode returned = StatementFormats.apply(fixture("context-activities-single.json"), format, List.of("id"));

        JsonNode activities = returned.get("context").get("contextActivities");
        assertThat(activities.get("parent").isArray()).isTrue();
        assertThat(activities.get("parent").get(0).get("id").asText())
                .isEqualTo("https://elearning.kota.go.id/course/view.php?id=7");
        assertThat(activities.get("grouping").isArray()).isTrue();
        assertThat(activities.get("grouping")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(StatementFormats.Format.class)
    void aSingleContextActivityInASubStatementIsReturnedAsAnArray(StatementFormats.Format format) {
        JsonNode returned = StatementFormats.apply(fixture("substatement-context-activities-single.json"), format,
                List.of());

        assertThat(returned.get("object").get("context").get("contextActivities").get("other").isArray()).isTrue();
    }

    @Test
    void formatIdsReturnsAnActivityAsItsIdOnly() {
        JsonNode returned = StatementFormats.apply(fixture("context-activities-single.json"),
                StatementFormats.Format.IDS, List.of());

        assertThat(returned.get("object")).isEqualTo(JSON.createObjectNode()
                .put("id", "https://elearning.kota.go.id/mod/page/view.php?id=9"));
        assertThat(returned.get("context").get("contextActivities").get("parent").get(0)).isEqualTo(
                JSON.createObjectNode().put("id", "https://elearning.kota.go.id/course/view.php?id=7"));
        assertThat(returned.get("actor")).isEqualTo(JSON.createObjectNode().put("objectType", "Agent")
                .put("mbox", "mailto:siti@kota.go.id"));
        assertThat(returned.get("verb")).isEqualTo(JSON.createObjectNode()
                .put("id", "http://adlnet.gov/expapi/verbs/completed"));
    }

    @Test
    void theStoredStatementItselfIsNotChangedByAFormat() {
        JsonNode stored = fixture("context-activities-single.json");

        StatementFormats.apply(stored, StatementFormats.Format.IDS, List.of());

        assertThat(stored.get("context").get("contextActivities").get("parent").isObject()).isTrue();
    }
}
