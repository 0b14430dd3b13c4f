package id.jembatan.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar jembatan.jar run hr-profiles} against a SIMPEG database filled by {@link SimpegGenerator} and a
 * small stateful WireMock Moodle that keeps the users and cohorts created and answers in the recorded shapes.
 * Subclasses say which database.
 */
abstract class HrProfilesEndToEndTest {

    static final int ASN = 120;
    static final int INTERNS = 10;

    private final FakeMoodle moodle = new FakeMoodle();
    private WireMockServer server;

    @TempDir
    Path workDir;

    /** JDBC URL, user and password of the SIMPEG database. */
    abstract String[] database();

    abstract Connection connect() throws SQLException;

    abstract SimpegDialect dialect();

    @BeforeEach
    void setUp() throws SQLException {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(moodle));
        server.start();
        server.stubFor(post(urlPathEqualTo("/webservice/rest/server.php"))
                .willReturn(aResponse().withTransformers(FakeMoodle.NAME)));
        try (Connection connection = connect()) {
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, dialect());
            new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, ASN, INTERNS);
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        server.stop();
        try (Connection connection = connect()) {
            SimpegGenerator.dropSchema(connection);
        }
    }

    private String[] bridge(String... command) {
        String[] db = database();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(
                "--jembatan.moodle.url=" + server.baseUrl(),
                "--jembatan.moodle.token=" + FakeMoodle.TOKEN,
                "--jembatan.simpeg.jdbc-url=" + db[0],
                "--jembatan.simpeg.username=" + db[1],
                "--jembatan.simpeg.password=" + db[2],
                "--jembatan.flows.retry.initial-delay-ms=200",
                "--jembatan.state.jdbc-url=jdbc:h2:file:" + workDir.resolve("state").toAbsolutePath()));
        return args.toArray(String[]::new);
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void runCreatesTheAccountsPrintsWhatItDidAndASecondRunSendsNothing() throws Exception {
        int accounts = count("SELECT count(*) FROM asn WHERE status_aktif = 'AKTIF'")
                + count("SELECT count(*) FROM magang WHERE tanggal_selesai >= CURRENT_DATE");

        JarProcess.Outcome first = JarProcess.run(workDir, bridge("run", "hr-profiles"));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("run hr-profiles: dibaca/read " + (ASN + INTERNS))
                .contains("dibuat/created " + accounts).contains("surat mati/dead-lettered 0");
        assertThat(moodle.users()).hasSize(accounts);

        moodle.clearCalls();
        JarProcess.Outcome second = JarProcess.run(workDir, bridge("run", "hr-profiles"));
        JarProcess.Outcome full = JarProcess.run(workDir, bridge("run", "hr-profiles", "--reconcile"));

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("dibaca/read 0,");
        assertThat(full.exitCode()).as(full.output()).isZero();
        assertThat(full.output()).contains("tidak berubah/unchanged " + (ASN + INTERNS));
        assertThat(moodle.calls()).as("the reconcile only looks at which accounts are suspended")
                .extracting(Call::function).containsOnly("core_user_get_users_by_field");
    }

    @Test
    void deadLettersAreListedAndAFixedRowIsReplayedWhileABrokenOneStaysOpen() throws Exception {
        String fixed = string("SELECT min(nip) FROM asn WHERE status_aktif = 'AKTIF'");
        String broken = string("SELECT max(nip) FROM asn WHERE status_aktif = 'AKTIF'");
        try (Connection connection = connect()) {
            connection.createStatement().executeUpdate("UPDATE asn SET email = NULL WHERE nip IN ('" + fixed + "', '"
                    + broken + "')");
        }
        JarProcess.Outcome run = JarProcess.run(workDir, bridge("run", "hr-profiles"));
        assertThat(run.output()).contains("surat mati/dead-lettered 2");

        JarProcess.Outcome list = JarProcess.run(workDir, bridge("dead-letters", "list"));

        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output()).contains("hr-profiles\t" + fixed + "\t1").contains("hr-profiles\t" + broken)
                .contains("email").contains("2 surat mati / dead letters");
        String fixedId = list.output().lines().filter(line -> line.contains("\t" + fixed + "\t")).findFirst()
                .orElseThrow().split("\t")[0];
        JarProcess.Outcome show = JarProcess.run(workDir, bridge("dead-letters", "show", fixedId));
        assertThat(show.output()).contains("kunci / key:        " + fixed).contains("\"nip\"");

        try (Connection connection = connect()) {
            connection.createStatement().executeUpdate("UPDATE asn SET email = 'pulih@tangerangselatankota.go.id'"
                    + " WHERE nip = '" + fixed + "'");
        }
        moodle.clearCalls();
        JarProcess.Outcome replay = JarProcess.run(workDir, bridge("dead-letters", "replay", "--all"));

        assertThat(replay.exitCode()).as(replay.output()).isEqualTo(1);
        assertThat(replay.output()).contains("hr-profiles: dikirim ulang / replayed 1, masih gagal / still failing 1")
                .contains("masih gagal / still failing").contains(broken);
        assertThat(moodle.users()).anySatisfy(user -> assertThat(user.get("idnumber").asText()).isEqualTo(fixed));
        JarProcess.Outcome open = JarProcess.run(workDir, bridge("dead-letters", "list"));
        assertThat(open.output()).doesNotContain("\t" + fixed + "\t").contains("\t" + broken + "\t2\t")
                .contains("1 surat mati / dead letters");
        assertThat(JarProcess.run(workDir, bridge("dead-letters", "list", "--status", "REPLAYED")).output())
                .contains("\t" + fixed + "\t");

        String brokenId = open.output().lines().filter(line -> line.contains("\t" + broken + "\t")).findFirst()
                .orElseThrow().split("\t")[0];
        JarProcess.Outcome discard = JarProcess.run(workDir, bridge("dead-letters", "discard", brokenId));
        assertThat(discard.exitCode()).as(discard.output()).isZero();
        assertThat(JarProcess.run(workDir, bridge("dead-letters", "list")).output())
                .contains("Tidak ada surat mati / no dead letters");
        JarProcess.Outcome again = JarProcess.run(workDir, bridge("dead-letters", "discard", brokenId));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("DISCARDED");
        assertThat(JarProcess.run(workDir, bridge("dead-letters", "show", "999999")).output())
                .contains("no dead letter with id 999999");
    }

    @Test
    void aTransferAndARetirementSendExactlyTheirChanges() throws Exception {
        assertThat(JarProcess.run(workDir, bridge("run", "hr-profiles")).exitCode()).isZero();
        String moved = string("SELECT min(nip) FROM asn WHERE status_aktif = 'AKTIF' AND unit_kerja_kode IS NOT NULL");
        String retired = string("SELECT max(nip) FROM asn WHERE status_aktif = 'AKTIF'");
        String from = string("SELECT unit_kerja_kode FROM asn WHERE nip = '" + moved + "'");
        String to = string("SELECT max(unit_kerja_kode) FROM asn WHERE status_aktif = 'AKTIF'"
                + " AND unit_kerja_kode <> '" + from + "'");
        Timestamp later = Timestamp.valueOf(SimpegGenerator.DEFAULT_NOW.plusDays(1));
        try (Connection connection = connect();
                PreparedStatement move = connection.prepareStatement(
                        "UPDATE asn SET unit_kerja_kode = ?, updated_at = ? WHERE nip = ?");
                PreparedStatement retire = connection.prepareStatement(
                        "UPDATE asn SET status_aktif = 'PENSIUN', updated_at = ? WHERE nip = ?")) {
            move.setString(1, to);
            move.setTimestamp(2, later);
            move.setString(3, moved);
            move.executeUpdate();
            retire.setTimestamp(1, later);
            retire.setString(2, retired);
            retire.executeUpdate();
        }
        long movedId = moodle.idOf(moved);
        long retiredId = moodle.idOf(retired);
        moodle.clearCalls();

        JarProcess.Outcome run = JarProcess.run(workDir, bridge("run", "hr-profiles"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("dibaca/read 2,").contains("diperbarui/updated 1")
                .contains("ditangguhkan/suspended 1");
        assertThat(moodle.calls()).extracting(Call::function).as("account ids are remembered: no look-up")
                .containsExactly("core_user_update_users", "core_cohort_get_cohorts",
                        "core_cohort_delete_cohort_members", "core_cohort_add_cohort_members");
        Map<String, String> update = moodle.calls().get(0).params();
        assertThat(update).containsEntry("users[0][id]", Long.toString(movedId))
                .containsEntry("users[0][suspended]", "0")
                .containsEntry("users[1][id]", Long.toString(retiredId))
                .containsEntry("users[1][suspended]", "1");
        assertThat(moodle.calls().get(2).params()).containsOnly(
                entry("members[0][cohortid]", Long.toString(moodle.cohortId("OPD-" + from))),
                entry("members[0][userid]", Long.toString(movedId)));
        assertThat(moodle.calls().get(3).params()).containsOnly(
                entry("members[0][cohorttype][type]", "idnumber"),
                entry("members[0][cohorttype][value]", "OPD-" + to),
                entry("members[0][usertype][type]", "id"),
                entry("members[0][usertype][value]", Long.toString(movedId)));
        assertThat(moodle.users()).hasSizeGreaterThan(2);
    }

    /** One web service call: the function and its parameters without the token. */
    record Call(String function, Map<String, String> params) {
    }

    /**
     * The Moodle: users and cohorts created are kept and answered to lookups; answers have the shapes recorded from
     * Moodle 4.5 ({@code core_user_create_users__ok}, {@code core_user_update_users__ok}, ...).
     */
    static final class FakeMoodle implements ResponseDefinitionTransformerV2 {

        static final String TOKEN = "TEST-TOKEN";
        static final String NAME = "hr-profiles-moodle";
        private static final ObjectMapper JSON = new ObjectMapper();

        private final Map<Long, ObjectNode> users = new TreeMap<>();
        private final Map<Long, ObjectNode> cohorts = new TreeMap<>();
        private final Set<List<Long>> members = new HashSet<>();
        private final List<Call> calls = new ArrayList<>();
        private long nextUser = 100;
        private long nextCohort = 10;

        synchronized List<Call> calls() {
            return List.copyOf(calls);
        }

        synchronized void clearCalls() {
            calls.clear();
        }

        synchronized List<ObjectNode> users() {
            return new ArrayList<>(users.values());
        }

        synchronized long idOf(String idNumber) {
            return users.values().stream().filter(u -> idNumber.equals(u.path("idnumber").asText()))
                    .mapToLong(u -> u.get("id").asLong()).findFirst().orElseThrow();
        }

        synchronized Long cohortId(String idNumber) {
            return cohorts.values().stream().filter(c -> idNumber.equals(c.path("idnumber").asText()))
                    .map(c -> c.get("id").asLong()).findFirst().orElse(null);
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
            Map<String, String> form = form(serveEvent.getRequest().getBodyAsString());
            if (!TOKEN.equals(form.remove("wstoken"))) {
                return answer("{\"exception\":\"core\\\\exception\\\\moodle_exception\",\"errorcode\":\"invalidtoken\","
                        + "\"message\":\"Invalid token - token not found\"}");
            }
            String function = form.remove("wsfunction");
            form.remove("moodlewsrestformat");
            calls.add(new Call(function, Map.copyOf(form)));
            return switch (function) {
                case "core_user_get_users_by_field" -> {
                    ArrayNode found = JSON.createArrayNode();
                    List<String> values = form.entrySet().stream().filter(e -> e.getKey().startsWith("values["))
                            .map(Map.Entry::getValue).toList();
                    users.values().stream().filter(u -> values.contains(u.path(form.get("field")).asText()))
                            .forEach(found::add);
                    yield answer(found.toString());
                }
                case "core_user_create_users" -> createUsers(form);
                case "core_user_update_users" -> updateUsers(form);
                case "core_cohort_get_cohorts" -> answer(JSON.createArrayNode().addAll(cohorts.values()).toString());
                case "core_cohort_create_cohorts" -> {
                    ArrayNode created = JSON.createArrayNode();
                    for (Map<String, String> cohort : indexed(form, "cohorts")) {
                        long id = nextCohort++;
                        ObjectNode node = JSON.createObjectNode().put("id", id).put("name", cohort.get("name"))
                                .put("idnumber", cohort.get("idnumber")).put("description", "")
                                .put("descriptionformat", 1).put("visible", true).put("theme", "");
                        cohorts.put(id, node);
                        created.add(node);
                    }
                    yield answer(created.toString());
                }
                case "core_cohort_add_cohort_members" -> {
                    for (Map<String, String> member : indexed(form, "members")) {
                        members.add(List.of(cohortId(member.get("cohorttype[value]")),
                                Long.valueOf(member.get("usertype[value]"))));
                    }
                    yield answer("{\"warnings\":[]}");
                }
                case "core_cohort_delete_cohort_members" -> {
                    for (Map<String, String> member : indexed(form, "members")) {
                        members.remove(List.of(Long.valueOf(member.get("cohortid")),
                                Long.valueOf(member.get("userid"))));
                    }
                    yield answer("null");
                }
                default -> new ResponseDefinitionBuilder().withStatus(500).withBody("not simulated: " + function)
                        .build();
            };
        }

        private ResponseDefinition createUsers(Map<String, String> form) {
            ArrayNode created = JSON.createArrayNode();
            for (Map<String, String> user : indexed(form, "users")) {
                long id = nextUser++;
                ObjectNode node = JSON.createObjectNode().put("id", id);
                for (String field : List.of("username", "firstname", "lastname", "email", "idnumber", "institution",
                        "department", "auth")) {
                    node.put(field, user.getOrDefault(field, ""));
                }
                node.put("suspended", false);
                node.putArray("customfields");
                users.put(id, node);
                created.addObject().put("id", id).put("username", user.get("username"));
            }
            return answer(created.toString());
        }

        private ResponseDefinition updateUsers(Map<String, String> form) {
            ArrayNode warnings = JSON.createArrayNode();
            for (Map<String, String> update : indexed(form, "users")) {
                long id = Long.parseLong(update.get("id"));
                ObjectNode user = users.get(id);
                if (user == null) {
                    warnings.addObject().put("item", "user").put("itemid", id).put("warningcode", "invaliduserid")
                            .put("message", "Invalid user ID");
                    continue;
                }
                update.forEach((field, value) -> {
                    if (field.equals("suspended")) {
                        user.put("suspended", value.equals("1"));
                    } else if (!field.startsWith("customfields") && !field.equals("id")) {
                        user.put(field, value);
                    }
                });
            }
            return answer(JSON.createObjectNode().set("warnings", warnings).toString());
        }

        private static List<Map<String, String>> indexed(Map<String, String> form, String name) {
            Map<Integer, Map<String, String>> rows = new TreeMap<>();
            form.forEach((key, value) -> {
                if (key.startsWith(name + "[")) {
                    int close = key.indexOf(']');
                    int index = Integer.parseInt(key.substring(name.length() + 1, close));
                    String rest = key.substring(close + 1);
                    String field = rest.substring(1, rest.indexOf(']')) + rest.substring(rest.indexOf(']') + 1);
                    rows.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(field, value);
                }
            });
            return new ArrayList<>(rows.values());
        }

        private static ResponseDefinition answer(String body) {
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-type", "application/json")
                    .withBody(body).build();
        }

        private static Map<String, String> form(String body) {
            Map<String, String> form = new LinkedHashMap<>();
            if (body == null || body.isEmpty()) {
                return form;
            }
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return form;
        }
    }
}
