package id.jembatan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementRef;
import id.jembatan.lrs.xapi.XapiJson;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DiscardingLrsTest {

    private static final URI SITE = URI.create("https://lms.example.go.id");

    @Test
    void theIdsFoundAreTheStatementsOwnNotThoseOfVerbsObjectsOrReferencedStatements() {
        UUID completed = UUID.randomUUID();
        UUID voiding = UUID.randomUUID();
        Agent learner = XapiProfile.asn(URI.create("https://siasn.bkn.go.id"), "198703122010011004",
                "Budi \"B\" Santoso");
        List<Statement> batch = List.of(
                Statement.builder().id(completed).actor(learner).verb(XapiProfile.COMPLETED)
                        .object(XapiProfile.course(SITE, 6, "Kursus \\ \"id\":\"x\""))
                        .context(XapiProfile.moodleContext(SITE, null).build()).build(),
                Statement.builder().id(voiding).actor(learner).verb(XapiProfile.VOIDED)
                        .object(new StatementRef(completed)).build());

        List<String> ids = DiscardingLrs.topLevelIds(XapiJson.toJson(batch).getBytes(StandardCharsets.UTF_8));

        assertThat(ids).containsExactly(completed.toString(), voiding.toString());
    }

    @Test
    void anEmptyBatchHasNoIds() {
        assertThat(DiscardingLrs.topLevelIds("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
