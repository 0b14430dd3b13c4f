package id.jembatan.bridge.xapi;

import static id.jembatan.bridge.xapi.Xapi.json;
import static id.jembatan.bridge.xapi.Xapi.q;
import static id.jembatan.bridge.xapi.Xapi.statement;
import static id.jembatan.bridge.xapi.Xapi.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.store.DocumentStore;
import id.jembatan.lrs.store.StatementStore;
import id.jembatan.lrs.store.XapiResource;
import id.jembatan.lrs.store.XapiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The state, activity profile, agent profile, activities and agents resources (xAPI Communication 2.2 to 2.7, 3.1),
 * the alternate request syntax (1.3) and the request bounds of the embedded store, through {@link XapiResource} on one
 * database (migration V7). Every test uses its own activities and agents, so the tests share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentResourcesContract {

    private static final String STATE = "activities/state";
    private static final String ACTIVITY_PROFILE = "activities/profile";
    private static final String AGENT_PROFILE = "agents/profile";
    private static final String JSON_TYPE = "application/json";

    private StoreDatabase database;
    private Xapi xapi;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    abstract StoreDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        StatementStore statements = new StatementStore(database.dataSource(), Clock.systemUTC(), Duration.ZERO);
        xapi = new Xapi(new XapiResource(statements, new DocumentStore(database.dataSource(), Clock.systemUTC()),
                "/xapi/", 50, 3));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private String activity(String what) {
        return "https://elearning.kota.go.id/mod/scorm/view.php?id=" + what + "-" + run;
    }

    private String agent(String who) {
        return "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + who + "-" + run + "@kota.go.id\"}";
    }

    private static String query(String... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(q(pairs[i], pairs[i + 1]));
        }
        return query.toString();
    }

    private XapiResponse send(String method, String resource, String query, String contentType, String body) {
        return send(method, resource, query, contentType, body, Map.of());
    }

    private XapiResponse send(String method, String resource, String query, String contentType, String body,
            Map<String, String> headers) {
        return xapi.send(method, resource, query, contentType, body == null ? null
                : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void aStateDocumentPutIsReturnedWithItsContentTypeAndAQuotedSha1Etag() {
        String state = query("activityId", activity("s1"), "agent", agent("a"), "stateId", "bookmark");

        XapiResponse put = send("PUT", STATE, state, "text/plain", "halaman 12");
        XapiResponse get = send("GET", STATE, state, null, null);

        assertThat(put.status()).isEqualTo(204);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.text()).isEqualTo("halaman 12");
        assertThat(get.headers()).containsEntry("Content-Type", "text/plain")
                .containsEntry("ETag", "\"" + DocumentStore.sha1("halaman 12".getBytes(StandardCharsets.UTF_8)) + "\"")
                .containsKey("Last-Modified");
    }

    @Test
    void aStatePutAgainReplacesTheDocumentWithoutAnyPrecondition() {
        String state = query("activityId", activity("s2"), "agent", agent("a"), "stateId", "progress");

        send("PUT", STATE, state, JSON_TYPE, "{\"page\":1}");
        XapiResponse again = send("PUT", STATE, state, JSON_TYPE, "{\"page\":2}");

        assertThat(again.status()).isEqualTo(204);
        assertThat(json(send("GET", STATE, state, null, null)).get("page").asInt()).isEqualTo(2);
    }

    @Test
    void withoutStateIdGetListsTheIdsOfTheScopeAndSinceLeavesOutOlderOnes() {
        String scope = query("activityId", activity("s3"), "agent", agent("a"));
        send("PUT", STATE, scope + "&stateId=first", "text/plain", "1");
        send("PUT", STATE, scope + "&stateId=second", "text/plain", "x");
        send("PUT", STATE, query("activityId", activity("s3"), "agent", agent("b"), "stateId", "not-mine"),
                "text/plain", "2");

        assertThat(json(send("GET", STATE, scope, null, null))).extracting(node -> node.asText())
                .containsExactlyInAnyOrder("first", "second");
        assertThat(json(send("GET", STATE, scope + "&" + q("since", "2000-01-01T00:00:00Z"), null, null)))
                .hasSize(2);
        assertThat(json(send("GET", STATE, scope + "&" + q("since", "2999-01-01T00:00:00Z"), null, null))).isEmpty();
        assertThat(send("GET", STATE, scope + "&" + q("since", "kemarin"), null, null).status()).isEqualTo(400);
    }

    @Test
    void theRegistrationSeparatesStatesAndDeleteWithoutStateIdClearsOnlyItsScope() {
        String registration = UUID.randomUUID().toString();
        String plain = query("activityId", activity("s4"), "agent", agent("a"));
        String registered = plain + "&" + q("registration", registration);
        send("PUT", STATE, plain + "&stateId=one", "text/plain", "tanpa registrasi");
        send("PUT", STATE, registered + "&stateId=one", "text/plain", "dengan registrasi");
        send("PUT", STATE, registered + "&stateId=two", "text/plain", "dua");

        assertThat(send("GET", STATE, registered + "&stateId=one", null, null).text()).isEqualTo("dengan registrasi");
        assertThat(send("DELETE", STATE, registered, null, null).status()).isEqualTo(204);

        assertThat(send("GET", STATE, registered + "&stateId=one", null, null).status()).isEqualTo(404);
        assertThat(send("GET", STATE, registered + "&stateId=two", null, null).status()).isEqualTo(404);
        assertThat(send("GET", STATE, plain + "&stateId=one", null, null).text()).isEqualTo("tanpa registrasi");
    }

    @Test
    void aStateDocumentDeletedByItsIdIsGone() {
        String state = query("activityId", activity("s5"), "agent", agent("a"), "stateId", "gone");
        send("PUT", STATE, state, "text/plain", "x");

        assertThat(send("DELETE", STATE, state, null, null).status()).isEqualTo(204);
        assertThat(send("GET", STATE, state, null, null).status()).isEqualTo(404);
    }

    @Test
    void stateRequestsWithoutActivityIdOrAgentOrWithABadAgentOrRegistrationAre400() {
        String activity = activity("s6");
        assertThat(send("PUT", STATE, query("agent", agent("a"), "stateId", "x"), "text/plain", "x").status())
                .isEqualTo(400);
        assertThat(send("PUT", STATE, query("activityId", activity, "stateId", "x"), "text/plain", "x").status())
                .isEqualTo(400);
        assertThat(send("GET", STATE, query("activityId", activity, "agent", "not json"), null, null).status())
                .isEqualTo(400);
        XapiResponse badRegistration = send("GET", STATE, query("activityId", activity, "agent", agent("a"),
                "registration", "bukan-uuid"), null, null);
        assertThat(badRegistration.status()).isEqualTo(400);
        assertThat(json(badRegistration).get("message").asText()).contains("registration");
        assertThat(send("PUT", STATE, query("activityId", activity, "agent", agent("a")), "text/plain", "x").status())
                .isEqualTo(400);
    }

    @Test
    void aPostOfJsonMergesOneLevelDeepIntoTheStoredJsonObject() {
        String state = query("activityId", activity("m1"), "agent", agent("a"), "stateId", "merge");
        send("POST", STATE, state, JSON_TYPE, "{\"kept\":1,\"replaced\":{\"deep\":true,\"other\":1},\"same\":\"a\"}");

        assertThat(send("POST", STATE, state, JSON_TYPE, "{\"replaced\":{\"deep\":false},\"added\":[1]}").status())
                .isEqualTo(204);

        ObjectNode merged = (ObjectNode) json(send("GET", STATE, state, null, null));
        assertThat(merged.get("kept").asInt()).isEqualTo(1);
        assertThat(text(merged.get("replaced"))).isEqualTo("{\"deep\":false}");
        assertThat(merged.get("added").get(0).asInt()).isEqualTo(1);
        assertThat(merged.get("same").asText()).isEqualTo("a");
    }

    @Test
    void aPostWhereEitherDocumentIsNotAJsonObjectIs400AndChangesNothing() {
        String json = query("activityId", activity("m2"), "agent", agent("a"), "stateId", "json");
        String plain = query("activityId", activity("m2"), "agent", agent("a"), "stateId", "plain");
        send("PUT", STATE, json, JSON_TYPE, "{\"a\":1}");
        send("PUT", STATE, plain, "text/plain", "teks");

        assertThat(send("POST", STATE, json, "text/plain", "teks").status()).isEqualTo(400);
        assertThat(send("POST", STATE, plain, JSON_TYPE, "{\"b\":2}").status()).isEqualTo(400);
        assertThat(send("POST", STATE, json, JSON_TYPE, "[1,2]").status()).isEqualTo(400);
        assertThat(send("POST", STATE, json, JSON_TYPE, "{\"bad\":").status()).isEqualTo(400);
        assertThat(send("POST", STATE, json, JSON_TYPE, "{\"b\":2}{").status()).isEqualTo(400);

        assertThat(send("GET", STATE, json, null, null).text()).isEqualTo("{\"a\":1}");
        assertThat(send("GET", STATE, plain, null, null).text()).isEqualTo("teks");
    }

    @Test
    void aProfilePutWithoutIfMatchOrIfNoneMatchForANewDocumentIs400() {
        String profile = query("activityId", activity("c0"), "profileId", "p");

        XapiResponse response = send("PUT", ACTIVITY_PROFILE, profile, JSON_TYPE, "{\"v\":1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("If-None-Match");
        assertThat(send("GET", ACTIVITY_PROFILE, profile, null, null).status()).isEqualTo(404);
    }

    @Test
    void aPostOfANewDocumentStoresItAsAPutWould() {
        String profile = query("activityId", activity("m3"), "profileId", "baru");

        assertThat(send("POST", ACTIVITY_PROFILE, profile, "text/plain", "isi").status()).isEqualTo(204);
        assertThat(send("GET", ACTIVITY_PROFILE, profile, null, null).text()).isEqualTo("isi");
    }

    @Test
    void aProfilePutOverAnExistingDocumentWithoutPreconditionsIs409AndChangesNothing() {
        String profile = query("activityId", activity("c1"), "profileId", "p");
        assertThat(send("PUT", ACTIVITY_PROFILE, profile, JSON_TYPE, "{\"v\":1}", Map.of("If-None-Match", "*"))
                .status()).isEqualTo(204);

        XapiResponse conflict = send("PUT", ACTIVITY_PROFILE, profile, JSON_TYPE, "{\"v\":2}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(json(conflict).get("message").asText()).contains("If-Match");
        assertThat(send("GET", ACTIVITY_PROFILE, profile, null, null).text()).isEqualTo("{\"v\":1}");
    }

    @Test
    void ifMatchWithTheCurrentEtagReplacesAndAnyOtherEtagIs412() {
        String profile = query("agent", agent("c2"), "profileId", "p");
        send("PUT", AGENT_PROFILE, profile, JSON_TYPE, "{\"v\":1}", Map.of("If-None-Match", "*"));
        String etag = send("GET", AGENT_PROFILE, profile, null, null).headers().get("ETag");

        XapiResponse stale = send("PUT", AGENT_PROFILE, profile, JSON_TYPE, "{\"v\":2}",
                Map.of("If-Match", "\"" + "0".repeat(40) + "\""));
        XapiResponse current = send("PUT", AGENT_PROFILE, profile, JSON_TYPE, "{\"v\":3}", Map.of("If-Match", etag));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(204);
        assertThat(send("GET", AGENT_PROFILE, profile, null, null).text()).isEqualTo("{\"v\":3}");
    }

    @Test
    void ifNoneMatchStarCreatesOnlyWhenNoDocumentExists() {
        String profile = query("activityId", activity("c3"), "profileId", "p");

        assertThat(send("PUT", ACTIVITY_PROFILE, profile, JSON_TYPE, "{\"v\":1}", Map.of("If-None-Match", "*"))
                .status()).isEqualTo(204);
        assertThat(send("PUT", ACTIVITY_PROFILE, profile, JSON_TYPE, "{\"v\":2}", Map.of("If-None-Match", "*"))
                .status()).isEqualTo(412);
        assertThat(send("GET", ACTIVITY_PROFILE, profile, null, null).text()).isEqualTo("{\"v\":1}");
    }

    @Test
    void profilesAreListedWithoutProfileIdAndNeedItToBeWrittenOrDeleted() {
        String activityId = activity("p1");
        send("POST", ACTIVITY_PROFILE, query("activityId", activityId, "profileId", "a"), "text/plain", "1");
        send("POST", ACTIVITY_PROFILE, query("activityId", activityId, "profileId", "b"), "text/plain", "2");

        assertThat(json(send("GET", ACTIVITY_PROFILE, query("activityId", activityId), null, null)))
                .extracting(node -> node.asText()).containsExactlyInAnyOrder("a", "b");
        assertThat(send("DELETE", ACTIVITY_PROFILE, query("activityId", activityId), null, null).status())
                .isEqualTo(400);
        assertThat(send("PUT", AGENT_PROFILE, query("agent", agent("p1")), "text/plain", "x").status()).isEqualTo(400);
        assertThat(send("DELETE", ACTIVITY_PROFILE, query("activityId", activityId, "profileId", "a"), null, null)
                .status()).isEqualTo(204);
        assertThat(json(send("GET", ACTIVITY_PROFILE, query("activityId", activityId), null, null)))
                .extracting(node -> node.asText()).containsExactly("b");
    }

    @Test
    void headAnswersAsGetWithoutTheBody() {
        String state = query("activityId", activity("h1"), "agent", agent("a"), "stateId", "h");
        send("PUT", STATE, state, "text/plain", "isi");

        XapiResponse get = send("GET", STATE, state, null, null);
        XapiResponse head = send("HEAD", STATE, state, null, null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers()).containsEntry("ETag", get.headers().get("ETag"));
        assertThat(send("HEAD", "activities", query("activityId", activity("h1")), null, null).body()).isEmpty();
    }

    @Test
    void documentResourcesNeedTheVersionHeader() {
        XapiResponse response = send("GET", AGENT_PROFILE, query("agent", agent("v")), null, null,
                Map.of(XapiResource.VERSION_HEADER, "0.95"));
        Map<String, String> none = new HashMap<>();
        none.put(XapiResource.VERSION_HEADER, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(send("GET", "activities", query("activityId", activity("v")), null, null, none).status())
                .isEqualTo(400);
    }

    @Test
    void theActivitiesResourceMergesTheDefinitionsOfEveryStatementAboutTheActivity() {
        String activityId = activity("act");
        ObjectNode english = statement(null, "mailto:act-" + run + "@kota.go.id",
                "http://adlnet.gov/expapi/verbs/completed", activityId);
        ObjectNode indonesian = english.deepCopy();
        ObjectNode definition = (ObjectNode) indonesian.get("object").get("definition");
        definition.putObject("description").put("id-ID", "Deskripsi");
        definition.putObject("name").put("ms-MY", "Kursus");
        ((ObjectNode) english.get("object").get("definition")).putObject("description").put("en-US", "Description");
        assertThat(xapi.post(text(english)).status()).isEqualTo(200);
        assertThat(xapi.post(text(indonesian)).status()).isEqualTo(200);

        XapiResponse response = send("GET", "activities", query("activityId", activityId), null, null);

        assertThat(response.status()).isEqualTo(200);
        ObjectNode merged = (ObjectNode) json(response).get("definition");
        assertThat(json(response).get("id").asText()).isEqualTo(activityId);
        assertThat(merged.get("description").fieldNames()).toIterable().containsExactlyInAnyOrder("en-US", "id-ID");
        assertThat(merged.get("name").fieldNames()).toIterable().containsExactlyInAnyOrder("en-US", "id-ID", "ms-MY");
        assertThat(send("GET", "activities", "", null, null).status()).isEqualTo(400);
    }

    @Test
    void theAgentsResourceAnswersAPersonObject() {
        XapiResponse response = send("GET", "agents", query("agent",
                "{\"objectType\":\"Agent\",\"name\":\"Siti\",\"mbox\":\"mailto:siti-" + run + "@kota.go.id\"}"), null,
                null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("objectType").asText()).isEqualTo("Person");
        assertThat(json(response).get("name").get(0).asText()).isEqualTo("Siti");
        assertThat(json(response).get("mbox").get(0).asText()).isEqualTo("mailto:siti-" + run + "@kota.go.id");
        assertThat(send("GET", "agents", "", null, null).status()).isEqualTo(400);
        assertThat(send("GET", "agents", query("agent", "{\"objectType\":\"Agent\",\"name\":\"Tanpa Pengenal\"}"), null,
                null).status()).isEqualTo(400);
    }

    @Test
    void theAlternateRequestSyntaxCarriesMethodHeadersAndContentInAForm() {
        UUID id = UUID.randomUUID();
        String content = text(statement(null, "mailto:alt-" + run + "@kota.go.id",
                "http://adlnet.gov/expapi/verbs/completed", activity("alt")));
        String form = "statementId=" + id + "&content=" + URLEncoder.encode(content, StandardCharsets.UTF_8)
                + "&X-Experience-API-Version=1.0.3";

        XapiResponse put = send("POST", "statements", "method=PUT", "application/x-www-form-urlencoded", form,
                Map.of(XapiResource.VERSION_HEADER, "1.0.3"));
        XapiResponse get = send("POST", "statements", "method=GET", "application/x-www-form-urlencoded",
                "statementId=" + id);
        XapiResponse extra = send("POST", "statements", "method=PUT&statementId=" + id,
                "application/x-www-form-urlencoded", form);
        XapiResponse oldVersion = send("POST", "statements", "method=PUT", "application/x-www-form-urlencoded",
                "statementId=" + UUID.randomUUID() + "&content=" + URLEncoder.encode(content, StandardCharsets.UTF_8)
                        + "&X-Experience-API-Version=0.8");

        assertThat(put.status()).isEqualTo(204);
        assertThat(get.status()).isEqualTo(200);
        assertThat(json(get).get("id").asText()).isEqualTo(id.toString());
        assertThat(extra.status()).isEqualTo(400);
        assertThat(oldVersion.status()).isEqualTo(400);
    }

    @Test
    void aBatchOfMoreStatementsThanConfiguredIs413AndNothingIsStored() {
        ArrayNode batch = Xapi.JSON.createArrayNode();
        String mbox = "mailto:batch-" + run + "@kota.go.id";
        for (int i = 0; i < 4; i++) {
            batch.add(statement(null, mbox, "http://adlnet.gov/expapi/verbs/completed", activity("batch" + i)));
        }

        XapiResponse response = xapi.post(text(batch));

        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("message").asText()).contains("at most 3")
                .contains("jembatan.lrs.embedded.max-statements-per-request");
        assertThat(json(xapi.get(q("agent", "{\"mbox\":\"" + mbox + "\"}"))).get("statements")).isEmpty();
    }

    @Test
    void anAttachmentPartWithAContentTypeLongerThanTheStoreKeepsIs400WithTheReason() throws Exception {
        byte[] data = "lampiran".getBytes(StandardCharsets.UTF_8);
        String sha2 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(data));
        ObjectNode statement = statement(null, "mailto:att-" + run + "@kota.go.id",
                "http://adlnet.gov/expapi/verbs/completed", activity("att"));
        statement.putArray("attachments").addObject().put("usageType", "http://id.jembatan/attachment")
                .put("contentType", "text/plain").put("length", data.length).put("sha2", sha2)
                .putObject("display").put("en-US", "lampiran");
        String longType = "text/plain; x=" + "a".repeat(300);
        String boundary = "batas";
        String body = "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + text(statement) + "\r\n--"
                + boundary + "\r\nContent-Type: " + longType + "\r\nContent-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: " + sha2 + "\r\n\r\nlampiran\r\n--" + boundary + "--\r\n";

        XapiResponse response = send("POST", "statements", null, "multipart/mixed; boundary=" + boundary, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("longer than 255 characters");
    }

    @Test
    void anOverlongUtf8SequenceIsRejectedNotStoredAsASlash() {
        String before = text(statement(null, "mailto:utf-" + run + "@kota.go.id",
                "http://adlnet.gov/expapi/verbs/completed", "https://elearning.kota.go.id/course/XX"));
        byte[] raw = before.getBytes(StandardCharsets.UTF_8);
        int at = before.indexOf("XX");
        raw[at] = (byte) 0xC0;
        raw[at + 1] = (byte) 0xAF;

        XapiResponse response = xapi.send("POST", null, "application/json", raw, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("UTF-8");
        assertThat(json(xapi.get(q("agent", "{\"mbox\":\"mailto:utf-" + run + "@kota.go.id\"}")))
                .get("statements")).isEmpty();
    }
}
