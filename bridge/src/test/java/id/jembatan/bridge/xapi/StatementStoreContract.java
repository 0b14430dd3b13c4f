package id.jembatan.bridge.xapi;

import static id.jembatan.bridge.xapi.Xapi.json;
import static id.jembatan.bridge.xapi.Xapi.q;
import static id.jembatan.bridge.xapi.Xapi.statement;
import static id.jembatan.bridge.xapi.Xapi.text;
import static id.jembatan.bridge.xapi.Xapi.voiding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.store.StatementStore;
import id.jembatan.lrs.store.XapiResource;
import id.jembatan.lrs.store.XapiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The statements resource over the store on one database (xAPI Communication 2.1, Data 2.3 and 2.4), through
 * {@link XapiResource} as both the HTTP layer and the in-process transport call it. Every test uses its own agents and
 * activities, so the tests share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatementStoreContract {

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";

    private StoreDatabase database;
    private Xapi xapi;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    abstract StoreDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        xapi = new Xapi(new XapiResource(new StatementStore(database.dataSource(), Clock.systemUTC(),
                Duration.ZERO), "/xapi/", 50));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private String mbox(String who) {
        return "mailto:" + who + "-" + run + "@kota.go.id";
    }

    private String activity(String what) {
        return "https://elearning.kota.go.id/course/" + what + "-" + run;
    }

    @Test
    void aSingleStatementAndABatchGetIdsInRequestOrderAssignedWhenMissing() {
        UUID given = UUID.randomUUID();
        XapiResponse single = xapi.post(text(statement(given, mbox("a"), COMPLETED, activity("a"))));
        ArrayNode batch = Xapi.JSON.createArrayNode();
        batch.add(statement(null, mbox("a"), COMPLETED, activity("b")));
        UUID second = UUID.randomUUID();
        batch.add(statement(second, mbox("a"), COMPLETED, activity("c")));
        XapiResponse many = xapi.post(text(batch));

        assertThat(single.status()).isEqualTo(200);
        assertThat(json(single)).hasSize(1);
        assertThat(json(single).get(0).asText()).isEqualTo(given.toString());
        assertThat(many.status()).isEqualTo(200);
        assertThat(json(many)).hasSize(2);
        assertThat(UUID.fromString(json(many).get(0).asText()).version()).isEqualTo(4);
        assertThat(json(many).get(1).asText()).isEqualTo(second.toString());
        assertThat(many.headers()).containsEntry("X-Experience-API-Version", "1.0.3");
    }

    @Test
    void aStoredStatementHasStoredAuthorityVersionAndTheHeadersOfASingleGet() {
        UUID id = UUID.randomUUID();
        Instant before = Instant.now().minusMillis(5);
        ObjectNode sent = statement(id, mbox("b"), COMPLETED, activity("b"));
        sent.remove("timestamp");
        xapi.post(text(sent));

        XapiResponse got = xapi.get(q("statementId", id.toString()));

        assertThat(got.status()).isEqualTo(200);
        JsonNode stored = json(got);
        assertThat(stored.get("id").asText()).isEqualTo(id.toString());
        assertThat(Instant.parse(stored.get("stored").asText())).isAfter(before);
        assertThat(stored.get("timestamp").asText()).as("set to stored when missing").isEqualTo(stored.get("stored")
                .asText());
        assertThat(stored.get("version").asText()).isEqualTo("1.0.0");
        assertThat(stored.path("authority").path("account").path("name").asText()).isEqualTo("tester");
        assertThat(stored.path("object").path("definition").path("name").size()).as("exact keeps every language")
                .isEqualTo(2);
        assertThat(got.headers()).containsKeys("Last-Modified", "X-Experience-API-Consistent-Through");
        assertThat(Instant.parse(got.headers().get("X-Experience-API-Consistent-Through")))
                .isAfterOrEqualTo(Instant.parse(stored.get("stored").asText()).minusMillis(1));
    }

    @Test
    void putStoresUnderTheGivenIdAndAnswers204() {
        UUID id = UUID.randomUUID();
        ObjectNode sent = statement(null, mbox("c"), COMPLETED, activity("c"));

        XapiResponse put = xapi.put(q("statementId", id.toString()), text(sent));
        XapiResponse noId = xapi.put(null, text(sent));
        XapiResponse otherId = xapi.put(q("statementId", UUID.randomUUID().toString()),
                text(statement(UUID.randomUUID(), mbox("c"), COMPLETED, activity("c"))));

        assertThat(put.status()).isEqualTo(204);
        assertThat(put.body()).isEmpty();
        assertThat(xapi.get(q("statementId", id.toString())).status()).isEqualTo(200);
        assertThat(noId.status()).isEqualTo(400);
        assertThat(otherId.status()).isEqualTo(400);
    }

    @Test
    void theSameContentAgainIsAcceptedWithoutStoringTwiceAndOtherContentIs409() {
        UUID id = UUID.randomUUID();
        ObjectNode original = statement(id, mbox("d"), COMPLETED, activity("d"));
        xapi.post(text(original));
        String stored = json(xapi.get(q("statementId", id.toString()))).get("stored").asText();

        ObjectNode sameInOtherZone = original.deepCopy();
        sameInOtherZone.put("timestamp", "2025-03-01T02:15:00Z");
        XapiResponse again = xapi.post(text(sameInOtherZone));
        XapiResponse putAgain = xapi.put(q("statementId", id.toString()), text(original));
        ObjectNode changed = statement(id, mbox("d"), PASSED, activity("d"));
        UUID innocent = UUID.randomUUID();
        ArrayNode batch = Xapi.JSON.createArrayNode().add(statement(innocent, mbox("d"), COMPLETED, activity("x")))
                .add(changed);
        XapiResponse conflict = xapi.post(text(batch));
        XapiResponse putConflict = xapi.put(q("statementId", id.toString()), text(changed));

        assertThat(again.status()).isEqualTo(200);
        assertThat(putAgain.status()).isEqualTo(204);
        assertThat(json(xapi.get(q("statementId", id.toString()))).get("stored").asText()).isEqualTo(stored);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(json(conflict).get("message").asText()).contains(id.toString());
        assertThat(putConflict.status()).isEqualTo(409);
        assertThat(xapi.get(q("statementId", innocent.toString())).status()).as("all or nothing").isEqualTo(404);
    }

    @Test
    void anIdTwiceInOneBatchIsRejectedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        ArrayNode batch = Xapi.JSON.createArrayNode().add(statement(id, mbox("e"), COMPLETED, activity("e")))
                .add(statement(id, mbox("e"), COMPLETED, activity("e")));

        XapiResponse response = xapi.post(text(batch));

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains(id.toString());
        assertThat(xapi.get(q("statementId", id.toString())).status()).isEqualTo(404);
    }

    @Test
    void invalidStatementsAreRejectedWithTheReasonAndNothingOfTheBatchIsStored() {
        UUID good = UUID.randomUUID();
        ObjectNode noVerb = statement(UUID.randomUUID(), mbox("f"), COMPLETED, activity("f"));
        noVerb.remove("verb");
        ObjectNode unknownProperty = statement(UUID.randomUUID(), mbox("f"), COMPLETED, activity("f"));
        unknownProperty.put("color", "blue");
        ObjectNode nullValue = statement(UUID.randomUUID(), mbox("f"), COMPLETED, activity("f"));
        nullValue.putNull("result");
        ObjectNode twoIdentifiers = statement(UUID.randomUUID(), mbox("f"), COMPLETED, activity("f"));
        ((ObjectNode) twoIdentifiers.get("actor")).put("openid", "https://openid.example/x");
        ObjectNode badVersion = statement(UUID.randomUUID(), mbox("f"), COMPLETED, activity("f"));
        badVersion.put("version", "2.0.0");

        for (ObjectNode bad : List.of(noVerb, unknownProperty, nullValue, twoIdentifiers, badVersion)) {
            ArrayNode batch = Xapi.JSON.createArrayNode().add(statement(good, mbox("f"), COMPLETED, activity("f")))
                    .add(bad);
            XapiResponse response = xapi.post(text(batch));
            assertThat(response.status()).as(bad.toString()).isEqualTo(400);
            assertThat(json(response).get("message").asText()).contains("statement[1]").contains(" / ");
        }
        assertThat(xapi.post("{not json").status()).isEqualTo(400);
        assertThat(xapi.get(q("statementId", good.toString())).status()).isEqualTo(404);
    }

    @Test
    void theVersionHeaderIsRequiredAndMustBe10x() {
        String body = text(statement(UUID.randomUUID(), mbox("g"), COMPLETED, activity("g")));
        XapiResponse missing = xapi.send("POST", null, "application/json", body.getBytes(StandardCharsets.UTF_8),
                withoutVersion());
        XapiResponse wrong = xapi.send("GET", null, null, null, Map.of("X-Experience-API-Version", "0.95"));
        XapiResponse older = xapi.send("GET", q("limit", "1"), null, null, Map.of("X-Experience-API-Version", "1.0.1"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(json(missing).get("message").asText()).contains("X-Experience-API-Version");
        assertThat(missing.headers()).containsEntry("X-Experience-API-Version", "1.0.3");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(older.status()).isEqualTo(200);
        assertThat(older.headers()).containsEntry("X-Experience-API-Version", "1.0.3");
    }

    private static Map<String, String> withoutVersion() {
        Map<String, String> headers = new java.util.HashMap<>();
        headers.put("X-Experience-API-Version", null);
        return headers;
    }

    @Test
    void aVoidedStatementIsOnlyFoundByVoidedStatementIdWhileItsVoidingStatementStillMatchesItsFilters() {
        UUID target = UUID.randomUUID();
        UUID voider = UUID.randomUUID();
        xapi.post(text(statement(target, mbox("h"), COMPLETED, activity("h"))));
        XapiResponse voided = xapi.post(text(voiding(voider, mbox("admin-h"), target)));

        assertThat(voided.status()).isEqualTo(200);
        assertThat(xapi.get(q("statementId", target.toString())).status()).isEqualTo(404);
        XapiResponse byVoidedId = xapi.get(q("voidedStatementId", target.toString()));
        assertThat(byVoidedId.status()).isEqualTo(200);
        assertThat(json(byVoidedId).get("id").asText()).isEqualTo(target.toString());
        assertThat(xapi.get(q("voidedStatementId", voider.toString())).status()).as("not voided").isEqualTo(404);
        List<String> byAgent = ids(xapi.get(q("agent", "{\"mbox\":\"" + mbox("h") + "\"}")));
        assertThat(byAgent).containsExactly(voider.toString());
        List<String> byActivity = ids(xapi.get(q("activity", activity("h"))));
        assertThat(byActivity).containsExactly(voider.toString());
    }

    @Test
    void aVoidingStatementCannotTargetAVoidingStatement() {
        UUID target = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        xapi.post(text(statement(target, mbox("i"), COMPLETED, activity("i"))));
        xapi.post(text(voiding(first, mbox("i"), target)));
        UUID second = UUID.randomUUID();

        XapiResponse response = xapi.post(text(voiding(second, mbox("i"), first)));
        ArrayNode sameBatch = Xapi.JSON.createArrayNode();
        UUID a = UUID.randomUUID();
        sameBatch.add(voiding(a, mbox("i"), UUID.randomUUID()));
        sameBatch.add(voiding(UUID.randomUUID(), mbox("i"), a));

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains(first.toString());
        assertThat(xapi.post(text(sameBatch)).status()).isEqualTo(400);
        assertThat(xapi.get(q("statementId", first.toString())).status()).isEqualTo(200);
    }

    @Test
    void aStatementArrivingAfterItsVoidingStatementIsVoidedOnArrival() {
        UUID target = UUID.randomUUID();
        xapi.post(text(voiding(UUID.randomUUID(), mbox("j"), target)));

        xapi.post(text(statement(target, mbox("j"), COMPLETED, activity("j"))));

        assertThat(xapi.get(q("statementId", target.toString())).status()).isEqualTo(404);
        assertThat(xapi.get(q("voidedStatementId", target.toString())).status()).isEqualTo(200);
    }

    @Test
    void agentVerbActivityAndRegistrationFilterAndTheRelatedFlagsWidenThem() {
        String ani = mbox("ani");
        String budi = mbox("budi");
        String registration = UUID.randomUUID().toString();
        UUID aniCompleted = UUID.randomUUID();
        ObjectNode s1 = statement(aniCompleted, ani, COMPLETED, activity("k1"));
        s1.putObject("context").put("registration", registration).putObject("instructor").put("mbox", budi);
        UUID aniPassed = UUID.randomUUID();
        ObjectNode s2 = statement(aniPassed, ani, PASSED, activity("k2"));
        ((ObjectNode) s2.get("object")).removeAll();
        ((ObjectNode) s2.get("object")).put("objectType", "Activity").put("id", activity("k2"));
        s2.putObject("context").putObject("contextActivities").putArray("parent").addObject().put("id",
                activity("k1"));
        UUID groupStatement = UUID.randomUUID();
        ObjectNode s3 = statement(groupStatement, ani, COMPLETED, activity("k3"));
        ObjectNode group = Xapi.JSON.createObjectNode().put("objectType", "Group");
        group.putArray("member").addObject().put("mbox", budi);
        s3.set("actor", group);
        UUID aboutBudi = UUID.randomUUID();
        ObjectNode s4 = statement(aboutBudi, ani, COMPLETED, activity("k4"));
        s4.set("object", Xapi.JSON.createObjectNode().put("objectType", "Agent").put("mbox", budi));
        UUID confirmation = UUID.randomUUID();
        ObjectNode s5 = statement(confirmation, mbox("atasan"), "https://jembatan.id/xapi/verbs/confirmed",
                activity("unused"));
        s5.set("object", Xapi.JSON.createObjectNode().put("objectType", "StatementRef").put("id",
                aniPassed.toString()));
        xapi.post(text(Xapi.JSON.createArrayNode().add(s1).add(s2).add(s3).add(s4).add(s5)));

        assertThat(ids(xapi.get(q("agent", "{\"objectType\":\"Agent\",\"mbox\":\"" + ani + "\"}"))))
                .containsExactly(confirmation.toString(), aboutBudi.toString(), aniPassed.toString(),
                        aniCompleted.toString());
        assertThat(ids(xapi.get(q("agent", "{\"mbox\":\"" + budi + "\"}"))))
                .as("a group with the agent as member, an agent object").containsExactly(aboutBudi.toString(),
                        groupStatement.toString());
        assertThat(ids(xapi.get(q("agent", "{\"mbox\":\"" + budi + "\"}") + "&related_agents=true")))
                .as("and the instructor").containsExactly(aboutBudi.toString(), groupStatement.toString(),
                        aniCompleted.toString());
        assertThat(ids(xapi.get(q("agent", "{\"mbox\":\"" + ani + "\"}") + "&" + q("verb", PASSED))))
                .as("with the StatementRef targeting a match").containsExactly(confirmation.toString(),
                        aniPassed.toString());
        assertThat(ids(xapi.get(q("activity", activity("k1"))))).containsExactly(aniCompleted.toString());
        assertThat(ids(xapi.get(q("activity", activity("k1")) + "&related_activities=true")))
                .containsExactly(confirmation.toString(), aniPassed.toString(), aniCompleted.toString());
        assertThat(ids(xapi.get(q("registration", registration)))).containsExactly(aniCompleted.toString());
        assertThat(ids(xapi.get(q("agent", "{\"mbox\":\"" + ani + "\"}") + "&ascending=true&limit=2")))
                .containsExactly(aniCompleted.toString(), aniPassed.toString());
        assertThat(xapi.get(q("agent", "{\"name\":\"no identifier\"}")).status()).isEqualTo(400);
        assertThat(xapi.get(q("agent", "not json")).status()).isEqualTo(400);
    }

    @Test
    void sinceIsExclusiveAndUntilInclusiveOnStoredTime() throws Exception {
        String who = mbox("l");
        UUID first = UUID.randomUUID();
        xapi.post(text(statement(first, who, COMPLETED, activity("l1"))));
        Instant firstStored = Instant.parse(json(xapi.get(q("statementId", first.toString()))).get("stored").asText());
        Thread.sleep(5);
        UUID second = UUID.randomUUID();
        xapi.post(text(statement(second, who, COMPLETED, activity("l2"))));
        String agent = q("agent", "{\"mbox\":\"" + who + "\"}");

        assertThat(ids(xapi.get(agent + "&" + q("since", firstStored.toString())))).containsExactly(second.toString());
        assertThat(ids(xapi.get(agent + "&" + q("until", firstStored.toString())))).containsExactly(first.toString());
        assertThat(ids(xapi.get(agent + "&" + q("since", "2000-01-01T07:00:00+07:00")))).hasSize(2);
        assertThat(xapi.get(agent + "&" + q("since", "2025-01-01 00:00")).status()).isEqualTo(400);
    }

    @Test
    void formatIdsKeepsOnlyIdentifiersAndCanonicalOneLanguageChosenByAcceptLanguage() {
        UUID id = UUID.randomUUID();
        xapi.post(text(statement(id, mbox("m"), COMPLETED, activity("m"))));

        JsonNode ids = json(xapi.get(q("statementId", id.toString()) + "&format=ids"));
        JsonNode canonical = json(xapi.get(q("statementId", id.toString()) + "&format=canonical",
                Map.of("Accept-Language", "id-ID, en;q=0.5")));
        JsonNode english = json(xapi.get(q("activity", activity("m")) + "&format=canonical",
                Map.of("Accept-Language", "en")));

        assertThat(ids.get("actor").has("name")).isFalse();
        assertThat(ids.get("actor").get("mbox").asText()).isEqualTo(mbox("m"));
        assertThat(ids.get("verb").has("display")).isFalse();
        assertThat(ids.get("object").has("definition")).isFalse();
        assertThat(canonical.path("object").path("definition").path("name").toString())
                .isEqualTo("{\"id-ID\":\"Pelatihan\"}");
        assertThat(canonical.path("verb").path("display").toString()).isEqualTo("{\"id-ID\":\"menyelesaikan\"}");
        assertThat(canonical.get("actor").get("name").asText()).isEqualTo("ASN Uji");
        assertThat(english.path("statements").get(0).path("object").path("definition").path("name").toString())
                .isEqualTo("{\"en-US\":\"Course\"}");
        assertThat(xapi.get(q("statementId", id.toString()) + "&format=full").status()).isEqualTo(400);
    }

    @Test
    void singleStatementRequestsTakeOnlyAttachmentsAndFormatAndUnknownParametersAreRejected() {
        UUID id = UUID.randomUUID();
        assertThat(xapi.get(q("statementId", id.toString()) + "&" + q("voidedStatementId", id.toString())).status())
                .isEqualTo(400);
        assertThat(xapi.get(q("statementId", id.toString()) + "&limit=1").status()).isEqualTo(400);
        assertThat(xapi.get(q("statementId", "not-a-uuid")).status()).isEqualTo(400);
        assertThat(xapi.get("colour=blue").status()).isEqualTo(400);
        assertThat(xapi.get("limit=-1").status()).isEqualTo(400);
        assertThat(xapi.get("ascending=yes").status()).isEqualTo(400);
        assertThat(xapi.get("cursor=abc").status()).isEqualTo(400);
    }

    @Test
    void moreFollowsAStableCursorAcrossPagesWhileOthersInsert() throws Exception {
        for (boolean ascending : List.of(false, true)) {
            String who = mbox("paging-" + ascending);
            List<String> posted = new ArrayList<>();
            for (int batch = 0; batch < 3; batch++) {
                ArrayNode statements = Xapi.JSON.createArrayNode();
                for (int i = 0; i < 10; i++) {
                    UUID id = UUID.randomUUID();
                    posted.add(id.toString());
                    statements.add(statement(id, who, COMPLETED, activity("n" + batch + "-" + i)));
                }
                assertThat(xapi.post(text(statements)).status()).isEqualTo(200);
            }
            String agent = q("agent", "{\"mbox\":\"" + who + "\"}");
            XapiResponse first = xapi.get(agent + "&limit=7&ascending=" + ascending);
            List<String> seen = new ArrayList<>(ids(first));
            String more = json(first).get("more").asText();
            CompletableFuture<Void> inserts = CompletableFuture.runAsync(() -> IntStream.range(0, 5).forEach(i ->
                    xapi.post(text(statement(UUID.randomUUID(), who, COMPLETED, activity("late" + i))))));
            int pages = 1;
            while (!more.isEmpty()) {
                assertThat(more).startsWith("/xapi/statements?");
                XapiResponse page = xapi.get(more.substring(more.indexOf('?') + 1));
                assertThat(page.status()).isEqualTo(200);
                seen.addAll(ids(page));
                more = json(page).get("more").asText();
                pages++;
                if (pages == 2) {
                    inserts.get();
                }
            }
            inserts.get();
            List<String> expected = new ArrayList<>(posted);
            if (!ascending) {
                java.util.Collections.reverse(expected);
            }
            assertThat(pages).isEqualTo(5);
            assertThat(seen).as("no statement skipped or repeated, later ones not mixed in").isEqualTo(expected);
            assertThat(ids(xapi.get(agent + "&limit=0"))).hasSize(35);
        }
    }

    @Test
    void attachmentsTravelAsMultipartWithCheckedHashesAndComeBackWithAttachmentsTrue() throws Exception {
        byte[] certificate = "%PDF-1.4 sertifikat pelatihan \u0000\u00ff binary".getBytes(StandardCharsets.ISO_8859_1);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate));
        UUID id = UUID.randomUUID();
        ObjectNode withAttachment = statement(id, mbox("o"), COMPLETED, activity("o"));
        withAttachment.putArray("attachments").addObject()
                .put("usageType", "https://jembatan.id/xapi/attachments/certificate")
                .put("contentType", "application/pdf").put("length", certificate.length).put("sha2", sha2)
                .putObject("display").put("id-ID", "Sertifikat");

        XapiResponse jsonOnly = xapi.post(text(withAttachment));
        XapiResponse wrongHash = postMultipart(withAttachment, certificate, sha2.replace(sha2.charAt(0),
                sha2.charAt(0) == 'a' ? 'b' : 'a'), "binary");
        XapiResponse notBinary = postMultipart(withAttachment, certificate, sha2, "base64");
        byte[] tampered = certificate.clone();
        tampered[0] = 'X';
        XapiResponse tamperedContent = postMultipart(withAttachment, tampered, sha2, "binary");
        XapiResponse ok = postMultipart(withAttachment, certificate, sha2, "binary");

        assertThat(jsonOnly.status()).isEqualTo(400);
        assertThat(wrongHash.status()).isEqualTo(400);
        assertThat(notBinary.status()).isEqualTo(400);
        assertThat(tamperedContent.status()).isEqualTo(400);
        assertThat(json(tamperedContent).get("message").asText()).contains("hash");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);

        XapiResponse back = xapi.get(q("statementId", id.toString()) + "&attachments=true");
        assertThat(back.headers().get("Content-Type")).startsWith("multipart/mixed; boundary=");
        String boundary = back.headers().get("Content-Type").substring("multipart/mixed; boundary=".length());
        byte[] body = back.body();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("--" + boundary + "\r\nContent-Type: application/json");
        assertThat(text).contains("X-Experience-API-Hash: " + sha2).contains("Content-Transfer-Encoding: binary");
        assertThat(text).contains(new String(certificate, StandardCharsets.ISO_8859_1));
        assertThat(xapi.get(q("statementId", id.toString())).headers().get("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void concurrentRequestsWrittenTogetherStayAllOrNothingEachARejectedOneStoresNothing() throws Exception {
        String who = mbox("group");
        UUID taken = UUID.randomUUID();
        assertThat(xapi.post(text(statement(taken, who, COMPLETED, activity("group-taken")))).status()).isEqualTo(200);
        List<UUID> good = new ArrayList<>();
        List<UUID> lost = new ArrayList<>();
        List<CompletableFuture<Integer>> requests = new ArrayList<>();
        for (int request = 0; request < 8; request++) {
            ArrayNode batch = Xapi.JSON.createArrayNode();
            boolean conflicting = request == 3;
            for (int i = 0; i < 20; i++) {
                UUID id = UUID.randomUUID();
                (conflicting ? lost : good).add(id);
                batch.add(statement(id, who, COMPLETED, activity("group-" + request)));
            }
            if (conflicting) {
                batch.add(statement(taken, who, PASSED, activity("group-taken")));
            }
            requests.add(CompletableFuture.supplyAsync(() -> xapi.post(text(batch)).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> request : requests) {
            statuses.add(request.get());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 409, 200, 200, 200, 200);
        for (UUID id : good) {
            assertThat(xapi.get(q("statementId", id.toString())).status()).isEqualTo(200);
        }
        for (UUID id : lost) {
            assertThat(xapi.get(q("statementId", id.toString())).status()).isEqualTo(404);
        }
    }

    private XapiResponse postMultipart(ObjectNode statement, byte[] content, String hash, String encoding) {
        String boundary = "abc-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + text(statement) + "\r\n--"
                + boundary + "\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: " + encoding
                + "\r\nX-Experience-API-Hash: " + hash + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return xapi.send("POST", null, "multipart/mixed; boundary=" + boundary, body.toByteArray(), Map.of());
    }

    static List<String> ids(XapiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("statements").forEach(statement -> ids.add(statement.get("id").asText()));
        Set<String> unique = new LinkedHashSet<>(ids);
        assertThat(unique).hasSameSizeAs(ids);
        return ids;
    }
}
