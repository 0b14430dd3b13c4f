package id.jembatan.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.lrs.DeliveryOutcome.Status;
import id.jembatan.lrs.xapi.Activity;
import id.jembatan.lrs.xapi.Agent;
import id.jembatan.lrs.xapi.CompetencyType;
import id.jembatan.lrs.xapi.Result;
import id.jembatan.lrs.xapi.Score;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementEquivalence;
import id.jembatan.lrs.xapi.StatementIds;
import id.jembatan.lrs.xapi.XapiProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The client and delivery against the real LRS that {@code scripts/peers.sh start} runs (Learning Locker's
 * xapi-statements). Enabled by {@code -Ppeers}; fails when the LRS cannot be reached. Each run uses its own ids and
 * its own ASN account, so runs and other suites sharing the LRS do not see each other's statements.
 */
@EnabledIfSystemProperty(named = "jembatan.peers", matches = "true")
class LrsPeersTest {

    private static final URI ENDPOINT = URI.create(env("JEMBATAN_PEERS_LRS_ENDPOINT", "http://127.0.0.1:8090/xAPI/"));
    private static final String USERNAME = env("JEMBATAN_PEERS_LRS_USERNAME", "jembatan");
    private static final String PASSWORD = env("JEMBATAN_PEERS_LRS_PASSWORD", "jembatan-secret");
    private static final URI SITE = URI.create("https://elearning.peers.test");
    private static final URI HOME_PAGE = URI.create("https://sso.peers.test");

    private final String run = UUID.randomUUID().toString();
    private final Agent asn = XapiProfile.asn(HOME_PAGE, "peers-" + run, "ASN Uji");
    private final LrsClient client = new LrsClient(new LrsConfig(ENDPOINT, USERNAME, PASSWORD, Duration.ofSeconds(5),
            Duration.ofSeconds(20)));
    private final StatementDelivery delivery = new StatementDelivery(client);

    @Test
    void aPostedBatchIsReadBackByIdAndBySincePagesOldestFirst() {
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        List<Statement> statements = IntStream.rangeClosed(1, 5).mapToObj(this::completion).toList();

        List<UUID> ids = client.post(statements);

        assertThat(ids).containsExactlyElementsOf(statements.stream().map(Statement::id).toList());
        Statement stored = client.get(statements.get(2).id()).orElseThrow();
        assertThat(stored.stored()).isNotNull();
        assertThat(stored.authority()).isNotNull();
        assertThat(stored.version()).startsWith("1.0");
        assertThat(StatementEquivalence.equivalent(statements.get(2), stored)).isTrue();

        StatementQuery sinceBefore = StatementQuery.builder().since(before).ascending(true).limit(2).build();
        List<StatementPage> pages = client.pages(sinceBefore).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages.get(0).more()).isPresent();
        assertThat(pages.get(0).consistentThrough()).hasValueSatisfying(
                through -> assertThat(through).isAfter(before));
        assertThat(pages.stream().flatMap(page -> page.statements().stream()).map(Statement::id)
                .filter(ids::contains).toList()).containsExactlyElementsOf(ids);

        StatementQuery byAgent = StatementQuery.builder().agent(asn).ascending(true).limit(2).build();
        assertThat(client.statements(byAgent).map(Statement::id).toList()).containsExactlyElementsOf(ids);
    }

    @Test
    void anIdenticalRepostIsDeliveredAndAChangedOneIsAConflictWithBothVersions() {
        Statement original = completion(1);
        assertThat(delivery.deliver(List.of(original))).extracting(DeliveryOutcome::status)
                .containsExactly(Status.DELIVERED);

        Statement changed = original.toBuilder()
                .result(Result.builder().completion(true).score(Score.ofRaw(70, 0, 100)).build()).build();
        List<DeliveryOutcome> outcomes = delivery.deliver(List.of(original, completion(2), changed));

        assertThat(outcomes).extracting(DeliveryOutcome::status)
                .containsExactly(Status.DELIVERED, Status.DELIVERED, Status.CONFLICT);
        DeliveryOutcome conflict = outcomes.get(2);
        assertThat(conflict.statement()).isEqualTo(changed);
        assertThat(conflict.stored()).hasValueSatisfying(
                stored -> assertThat(StatementEquivalence.equivalent(original, stored)).isTrue());
        assertThat(conflict.reason()).hasValueSatisfying(reason -> assertThat(reason).contains(original.id().toString()));
    }

    @Test
    void aWrongPasswordIsFatalAndNamesTheSettings() {
        LrsClient wrong = new LrsClient(LrsConfig.of(ENDPOINT, USERNAME, PASSWORD + "-salah"));

        assertThatThrownBy(() -> wrong.post(List.of(completion(1))))
                .isInstanceOfSatisfying(LrsFatalException.class, e -> assertThat(e.status()).hasValue(401))
                .hasMessageContaining("jembatan.lrs.username")
                .hasMessageContaining("jembatan.lrs.password");
    }

    private Statement completion(int course) {
        Activity activity = XapiProfile.course(SITE, course, "Pelatihan uji " + course);
        return Statement.builder()
                .id(StatementIds.forName(SITE + "#peers/" + run + "/" + course))
                .actor(asn)
                .verb(XapiProfile.COMPLETED)
                .object(activity)
                .result(Result.builder().completion(true).duration(Duration.ofHours(6)).build())
                .context(XapiProfile.moodleContext(SITE, null)
                        .extension(XapiProfile.EXT_JP, 8)
                        .extension(XapiProfile.EXT_COMPETENCY_TYPE, CompetencyType.MANAJERIAL.value())
                        .extension(XapiProfile.EXT_UNIT_KERJA, XapiProfile.unitKerja("4.01.01", "Diskominfo"))
                        .build())
                .timestamp(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
