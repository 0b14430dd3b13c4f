package id.jembatan.flow.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.hr.simpeg.SimpegGenerator;
import id.jembatan.hr.simpeg.SimpegSource;
import id.jembatan.hr.simpeg.SimpegSql;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientConfig;
import id.jembatan.support.error.FlowErrorHandling;
import id.jembatan.support.error.FlowSupervisor;
import id.jembatan.support.state.DeadLetter;
import id.jembatan.support.state.DeadLetterStatus;
import id.jembatan.support.state.InMemoryDeadLetterStore;
import id.jembatan.support.state.InMemoryIdempotencyStore;
import id.jembatan.support.state.InMemoryWatermarkStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code hr-profiles} through its Camel routes: SIMPEG on an embedded PostgreSQL filled by
 * {@link SimpegGenerator} (300 ASN, 20 interns), a stateful WireMock Moodle, in-memory state stores.
 */
class HrProfilesFlowTest {

    static final int ASN = 300;
    static final int INTERNS = 20;
    static final String INSTITUTION = "Pemerintah Kota Tangerang Selatan";
    static final LocalDateTime NOW = SimpegGenerator.DEFAULT_NOW;

    static final FakeMoodle moodle = new FakeMoodle();

    @RegisterExtension
    static final WireMockExtension moodleServer = moodle.server();

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private final InMemoryIdempotencyStore hashes = new InMemoryIdempotencyStore();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
    private CamelContext camel;
    private ProducerTemplate template;
    private ProfileSource source;
    private LocalDateTime lastStamp = NOW;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        moodle.reset();
        try (Connection connection = dataSource.getConnection()) {
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
            new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).populate(connection, ASN, INTERNS);
        }
        startCamel(LocalDate.of(2026, 1, 15));
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    private final List<String> flagged = new ArrayList<>();

    private void startCamel(LocalDate today) throws Exception {
        startCamel(today, moodle.client(), false);
    }

    private void startCamel(LocalDate today, MoodleClient client, boolean scheduled) throws Exception {
        if (camel != null) {
            camel.stop();
        }
        ProfileSettings settings = ProfileSettings.defaults(INSTITUTION);
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(ProfileSettings.WIB).toInstant(), ProfileSettings.WIB);
        source = new ProfileSource(new SimpegSource(dataSource, SimpegSql.reference()), watermarks, 100);
        ProfileSteps steps = new ProfileSteps(client, settings, clock, hashes, deadLetters, watermarks,
                (nip, reason) -> {
                    flagged.add(nip + " " + reason);
                    return 2;
                });
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.max-redeliveries", "1");
        camel.getPropertiesComponent().addInitialProperty("jembatan.flows.retry.initial-delay-ms", "10");
        camel.addRoutes(new FlowErrorHandling());
        camel.addRoutes(new HrProfilesRoutes(source, steps, new FlowSupervisor(), scheduled, 200, 3_600_000));
        camel.start();
        template = camel.createProducerTemplate();
    }

    private ProfilePass changes() {
        return template.requestBody(HrProfilesRoutes.PASS, source.startChanges(), ProfilePass.class);
    }

    private ProfilePass reconcile() {
        return template.requestBody(HrProfilesRoutes.PASS, source.startReconcile(), ProfilePass.class);
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Runs {@code sql} with the next {@code updated_at} as its first parameter and {@code nip} as its last. */
    private void change(String sql, Object... parameters) throws SQLException {
        lastStamp = lastStamp.plusMinutes(1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.valueOf(lastStamp));
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 2, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private String activeNip() throws SQLException {
        return strings("SELECT nip FROM asn WHERE status_aktif = 'AKTIF' AND unit_kerja_kode IS NOT NULL"
                + " AND jabatan_jenis IS NOT NULL ORDER BY nip LIMIT 1").get(0);
    }

    @Test
    void theFirstRunCreatesAnAccountForEveryActiveAsnAndInternInBatchesAndTheSecondSendsNothing() throws Exception {
        int activeAsn = count("SELECT count(*) FROM asn WHERE status_aktif = 'AKTIF'");
        int activeInterns = count("SELECT count(*) FROM magang WHERE tanggal_selesai >= DATE '2026-01-15'");

        ProfilePass first = changes();

        assertThat(first.read()).isEqualTo(ASN + INTERNS);
        assertThat(first.created()).isEqualTo(activeAsn + activeInterns);
        assertThat(first.deadLettered()).isZero();
        assertThat(first.unchanged()).isEqualTo(ASN + INTERNS - activeAsn - activeInterns);
        assertThat(moodle.users()).hasSize(activeAsn + activeInterns);
        assertThat(moodle.calls("core_user_create_users"))
                .allSatisfy(call -> assertThat(call.params().keySet().stream()
                        .filter(k -> k.endsWith("[username]")).count()).isBetween(1L, 50L));
        assertThat(moodle.calls("core_user_create_users")).hasSizeGreaterThanOrEqualTo(activeAsn / 50);
        assertThat(moodle.calls("core_cohort_get_cohorts")).hasSize(1);
        Set<String> opds = new HashSet<>(strings("SELECT DISTINCT 'OPD-' || unit_kerja_kode FROM asn"
                + " WHERE status_aktif = 'AKTIF'"));
        for (String opd : opds) {
            assertThat(moodle.cohortId(opd)).as(opd).isNotNull();
        }
        assertThat(watermarks.get(ProfileSource.FLOW, "asn")).isPresent();
        assertThat(watermarks.get(ProfileSource.FLOW, "interns")).isPresent();

        moodle.clearCalls();
        ProfilePass second = changes();
        assertThat(second.read()).isZero();
        ProfilePass full = reconcile();
        assertThat(full.read()).isEqualTo(ASN + INTERNS);
        assertThat(full.unchanged()).isEqualTo(ASN + INTERNS);
        assertThat(moodle.calls()).as("the reconcile only looks at which accounts are suspended")
                .extracting(FakeMoodle.Call::function).containsOnly("core_user_get_users_by_field");
    }

    @Test
    void aNewAsnIsCreatedWithExactlyTheFieldsTheFlowOwnsAndJoinsItsCohorts() throws Exception {
        changes();
        moodle.clearCalls();
        lastStamp = NOW.plusDays(1);
        change("INSERT INTO asn (updated_at, nip, gelar_depan, nama, gelar_belakang, email, unit_kerja_kode,"
                + " jabatan_nama, jabatan_jenis, golongan, status_kepegawaian, status_aktif)"
                + " VALUES (?, ?, 'Dr.', 'Siti Nur Aisyah', 'S.Kom., M.M.', 'siti.aisyah@tangerangselatankota.go.id',"
                + " (SELECT min(kode) FROM unit_kerja), 'Pranata Komputer Ahli Muda', 'FUNGSIONAL', 'III/c', 'PNS',"
                + " 'AKTIF')", "199001012015032001");
        String opd = strings("SELECT min(kode) FROM unit_kerja").get(0);
        String opdName = strings("SELECT nama FROM unit_kerja WHERE kode = '" + opd + "'").get(0);

        ProfilePass pass = changes();

        assertThat(pass.created()).isEqualTo(1);
        assertThat(moodle.calls()).extracting(FakeMoodle.Call::function).containsExactly(
                "core_user_get_users_by_field", "core_user_create_users", "core_cohort_get_cohorts",
                "core_cohort_add_cohort_members");
        assertThat(moodle.calls().get(0).params()).containsOnly(entry("field", "idnumber"),
                entry("values[0]", "199001012015032001"));
        assertThat(moodle.calls().get(1).params()).containsOnly(
                entry("users[0][username]", "199001012015032001"),
                entry("users[0][auth]", "manual"),
                entry("users[0][createpassword]", "1"),
                entry("users[0][firstname]", "Dr. Siti Nur"),
                entry("users[0][lastname]", "Aisyah, S.Kom., M.M."),
                entry("users[0][email]", "siti.aisyah@tangerangselatankota.go.id"),
                entry("users[0][idnumber]", "199001012015032001"),
                entry("users[0][institution]", INSTITUTION),
                entry("users[0][department]", opdName),
                entry("users[0][customfields][0][type]", "jabatan"),
                entry("users[0][customfields][0][value]", "Pranata Komputer Ahli Muda"),
                entry("users[0][customfields][1][type]", "golongan"),
                entry("users[0][customfields][1][value]", "III/c"));
        long id = moodle.userByIdNumber("199001012015032001").get("id").asLong();
        assertThat(moodle.calls().get(3).params()).containsOnly(
                entry("members[0][cohorttype][type]", "idnumber"),
                entry("members[0][cohorttype][value]", "OPD-" + opd),
                entry("members[0][usertype][type]", "id"),
                entry("members[0][usertype][value]", Long.toString(id)),
                entry("members[1][cohorttype][type]", "idnumber"),
                entry("members[1][cohorttype][value]", "JABATAN-FUNGSIONAL"),
                entry("members[1][usertype][type]", "id"),
                entry("members[1][usertype][value]", Long.toString(id)));
    }

    @Test
    void aChangedPositionSendsOneUpdateWithTheFlowsFieldsAndNoCohortChange() throws Exception {
        changes();
        String nip = activeNip();
        long id = moodle.userByIdNumber(nip).get("id").asLong();
        ObjectNode before = moodle.userByIdNumber(nip).deepCopy();
        moodle.clearCalls();
        change("UPDATE asn SET updated_at = ?, jabatan_nama = 'Analis Kebijakan Ahli Madya' WHERE nip = ?", nip);

        ProfilePass pass = changes();

        assertThat(pass.updated()).isEqualTo(1);
        assertThat(pass.read()).isEqualTo(1);
        assertThat(moodle.calls()).extracting(FakeMoodle.Call::function)
                .as("the account's id is remembered from the first run: no look-up by idnumber")
                .containsExactly("core_user_update_users");
        Map<String, String> update = moodle.calls().get(0).params();
        assertThat(update).containsEntry("users[0][id]", Long.toString(id))
                .containsEntry("users[0][suspended]", "0")
                .containsEntry("users[0][firstname]", before.get("firstname").asText())
                .containsEntry("users[0][customfields][0][type]", "jabatan")
                .containsEntry("users[0][customfields][0][value]", "Analis Kebijakan Ahli Madya")
                .containsKeys("users[0][lastname]", "users[0][email]", "users[0][institution]",
                        "users[0][department]", "users[0][customfields][1][type]", "users[0][customfields][1][value]")
                .hasSize(11);
    }

    @Test
    void anAccountDeletedByHandInMoodleIsFoundAgainByIdnumberOrCreatedAnew() throws Exception {
        changes();
        List<String> nips = strings("SELECT nip FROM asn WHERE status_aktif = 'AKTIF' ORDER BY nip LIMIT 2");
        long deleted = moodle.userByIdNumber(nips.get(0)).get("id").asLong();
        moodle.deleteUser(deleted);
        for (String nip : nips) {
            change("UPDATE asn SET updated_at = ?, golongan = 'IV/b' WHERE nip = ?", nip);
        }
        moodle.clearCalls();

        ProfilePass pass = changes();

        assertThat(pass.updated()).isEqualTo(1);
        assertThat(pass.created()).isEqualTo(1);
        assertThat(pass.deadLettered()).isZero();
        assertThat(moodle.calls()).extracting(FakeMoodle.Call::function).startsWith("core_user_update_users",
                "core_user_get_users_by_field", "core_user_create_users");
        long recreated = moodle.userByIdNumber(nips.get(0)).get("id").asLong();
        assertThat(recreated).isNotEqualTo(deleted);
        assertThat(moodle.userByIdNumber(nips.get(0)).get("customfields").toString()).contains("IV/b");
        assertThat(moodle.isMember("OPD-" + strings("SELECT unit_kerja_kode FROM asn WHERE nip = '" + nips.get(0) + "'").get(0),
                recreated)).isTrue();
        assertThat(SentState.parse(hashes.lookup(ProfileSteps.HASHES, nips.get(0)).orElseThrow()).userId())
                .isEqualTo(recreated);

        moodle.clearCalls();
        change("UPDATE asn SET updated_at = ?, golongan = 'IV/c' WHERE nip = ?", nips.get(0));
        changes();
        assertThat(moodle.calls()).extracting(FakeMoodle.Call::function).containsExactly("core_user_update_users");
    }

    @Test
    void aTransferBetweenOpdMovesTheCohortMembership() throws Exception {
        changes();
        String nip = activeNip();
        String from = strings("SELECT unit_kerja_kode FROM asn WHERE nip = '" + nip + "'").get(0);
        String to = strings("SELECT max(unit_kerja_kode) FROM asn WHERE status_aktif = 'AKTIF'"
                + " AND unit_kerja_kode <> '" + from + "'").get(0);
        long id = moodle.userByIdNumber(nip).get("id").asLong();
        assertThat(moodle.isMember("OPD-" + from, id)).isTrue();
        moodle.clearCalls();
        change("UPDATE asn SET updated_at = ?, unit_kerja_kode = ? WHERE nip = ?", to, nip);

        changes();

        assertThat(moodle.calls()).extracting(FakeMoodle.Call::function).containsExactly(
                "core_user_update_users", "core_cohort_get_cohorts",
                "core_cohort_delete_cohort_members", "core_cohort_add_cohort_members");
        assertThat(moodle.calls().get(2).params()).containsOnly(
                entry("members[0][cohortid]", Long.toString(moodle.cohortId("OPD-" + from))),
                entry("members[0][userid]", Long.toString(id)));
        assertThat(moodle.calls().get(3).params()).containsOnly(
                entry("members[0][cohorttype][type]", "idnumber"),
                entry("members[0][cohorttype][value]", "OPD-" + to),
                entry("members[0][usertype][type]", "id"),
                entry("members[0][usertype][value]", Long.toString(id)));
        assertThat(moodle.isMember("OPD-" + from, id)).isFalse();
        assertThat(moodle.isMember("OPD-" + to, id)).isTrue();
        assertThat(moodle.userByIdNumber(nip).get("department").asText())
                .isEqualTo(strings("SELECT nama FROM unit_kerja WHERE kode = '" + to + "'").get(0));
    }

    @Test
    void aRetiredAsnIsSuspendedNeverDeletedAndAReturningOneIsUnsuspended() throws Exception {
        changes();
        String nip = activeNip();
        int users = moodle.users().size();
        moodle.clearCalls();
        change("UPDATE asn SET updated_at = ?, status_aktif = 'PENSIUN' WHERE nip = ?", nip);

        ProfilePass retired = changes();

        assertThat(retired.suspended()).isEqualTo(1);
        assertThat(moodle.calls("core_user_update_users")).singleElement()
                .satisfies(call -> assertThat(call.params()).containsEntry("users[0][suspended]", "1"));
        assertThat(moodle.calls()).extracting(FakeMoodle.Call::function)
                .doesNotContain("core_user_delete_users", "core_cohort_delete_cohort_members");
        assertThat(moodle.userByIdNumber(nip).get("suspended").asBoolean()).isTrue();
        assertThat(moodle.users()).hasSize(users);

        moodle.clearCalls();
        change("UPDATE asn SET updated_at = ?, status_aktif = 'AKTIF' WHERE nip = ?", nip);
        ProfilePass back = changes();

        assertThat(back.updated()).isEqualTo(1);
        assertThat(moodle.calls("core_user_update_users")).singleElement()
                .satisfies(call -> assertThat(call.params()).containsEntry("users[0][suspended]", "0"));
        assertThat(moodle.userByIdNumber(nip).get("suspended").asBoolean()).isFalse();
    }

    @Test
    void theCreditsOfAnAsnWhoLeavesSimpegsActiveListAreFlaggedForReviewOnce() throws Exception {
        changes();
        String nip = activeNip();
        flagged.clear();
        change("UPDATE asn SET updated_at = ?, status_aktif = 'MUTASI_KELUAR' WHERE nip = ?", nip);

        ProfilePass transferred = changes();

        assertThat(flagged).containsExactly(nip + " ASN tidak lagi aktif di SIMPEG (mutasi keluar), akun Moodle "
                + "ditangguhkan, dicatat 2026-01-15 / ASN no longer active in SIMPEG (transferred out), Moodle account "
                + "suspended, recorded 2026-01-15");
        assertThat(transferred.flagged()).isEqualTo(2);
        assertThat(transferred.summary()).contains("kredit perlu ditinjau/credits flagged for review 2");

        flagged.clear();
        changes();
        reconcile();
        assertThat(flagged).as("already suspended: not flagged again").isEmpty();
    }

    @Test
    void theReconcileFlagsTheCreditsOfAnActiveAsnWhoseAccountAnAdminSuspendedInMoodleAndLeavesTheAccount()
            throws Exception {
        changes();
        String nip = activeNip();
        moodle.userByIdNumber(nip).put("suspended", true);
        flagged.clear();
        moodle.clearCalls();

        ProfilePass reconciled = reconcile();

        assertThat(flagged).containsExactly(nip + " " + ProfileSteps.SUSPENDED_IN_MOODLE);
        assertThat(reconciled.flagged()).isEqualTo(2);
        assertThat(moodle.calls("core_user_update_users")).as("Jembatan does not undo the admin's suspension")
                .isEmpty();
        assertThat(moodle.userByIdNumber(nip).get("suspended").asBoolean()).isTrue();
        flagged.clear();
        changes();
        assertThat(flagged).as("only the reconcile looks").isEmpty();
    }

    @Test
    void anInternIsSuspendedTheDayAfterTheInternshipEndsByTheReconcile() throws Exception {
        changes();
        String nomor = strings("SELECT nomor_induk FROM magang WHERE tanggal_selesai >= DATE '2026-01-15'"
                + " ORDER BY tanggal_selesai, nomor_induk LIMIT 1").get(0);
        LocalDate end = LocalDate.parse(strings("SELECT tanggal_selesai FROM magang WHERE nomor_induk = '"
                + nomor + "'").get(0));
        ObjectNode intern = moodle.userByIdNumber("MAGANG-" + nomor);
        assertThat(intern.get("username").asText()).isEqualTo("magang." + nomor.toLowerCase());
        String university = strings("SELECT perguruan_tinggi FROM magang WHERE nomor_induk = '" + nomor + "'").get(0);
        assertThat(moodle.isMember("MAGANG-" + ProfileMapper.slug(university), intern.get("id").asLong())).isTrue();

        startCamel(end);
        assertThat(reconcile().suspended()).isZero();
        assertThat(moodle.userByIdNumber("MAGANG-" + nomor).get("suspended").asBoolean()).isFalse();

        startCamel(end.plusDays(1));
        ProfilePass after = reconcile();

        assertThat(after.suspended()).isGreaterThanOrEqualTo(1);
        assertThat(moodle.userByIdNumber("MAGANG-" + nomor).get("suspended").asBoolean()).isTrue();
    }

    @Test
    void invalidRowsAreDeadLetteredWithABilingualReasonAndThePageGoesOn() throws Exception {
        lastStamp = NOW.plusDays(1);
        change("INSERT INTO asn (updated_at, nip, nama, email, status_kepegawaian, status_aktif)"
                + " VALUES (?, ?, 'Nip Salah', 'nip.salah@tangerangselatankota.go.id', 'PNS', 'AKTIF')", "12345");
        change("INSERT INTO asn (updated_at, nip, nama, status_kepegawaian, status_aktif)"
                + " VALUES (?, ?, 'Tanpa Surel', 'PNS', 'AKTIF')", "199001012015031003");
        change("INSERT INTO asn (updated_at, nip, nama, email, status_kepegawaian, status_aktif)"
                + " VALUES (?, ?, ?, 'panjang@tangerangselatankota.go.id', 'PNS', 'AKTIF')", "199001012015031004",
                "Nama " + "Sangatpanjang".repeat(9));
        int activeAsn = count("SELECT count(*) FROM asn WHERE status_aktif = 'AKTIF'") - 3;

        ProfilePass pass = changes();

        assertThat(pass.deadLettered()).isEqualTo(3);
        assertThat(moodle.users().stream().filter(u -> u.get("idnumber").asText().length() == 18)).hasSize(activeAsn);
        List<DeadLetter> dead = deadLetters.list(DeadLetterStatus.OPEN, 10);
        assertThat(dead).extracting(DeadLetter::recordKey)
                .containsExactlyInAnyOrder("12345", "199001012015031003", "199001012015031004");
        assertThat(dead).allSatisfy(letter -> {
            assertThat(letter.flow()).isEqualTo("hr-profiles");
            assertThat(letter.reason()).contains(" / ");
            assertThat(letter.payload()).isNotBlank();
        });
        assertThat(dead).filteredOn(d -> d.recordKey().equals("199001012015031004")).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("Moodle"));
    }

    @Test
    void aNameMoodleRefusesFailsOnlyItsOwnAccountAndTheRestOfTheBatchIsCreated() throws Exception {
        String nip = activeNip();
        String last = strings("SELECT nama FROM asn WHERE nip = '" + nip + "'").get(0);
        String lastWord = last.substring(last.lastIndexOf(' ') + 1);
        moodle.refuseNames(name -> name.startsWith(lastWord));
        int active = count("SELECT count(*) FROM asn WHERE status_aktif = 'AKTIF'")
                + count("SELECT count(*) FROM magang WHERE tanggal_selesai >= DATE '2026-01-15'");

        ProfilePass pass = changes();

        assertThat(pass.deadLettered()).isGreaterThanOrEqualTo(1);
        assertThat(pass.created()).isEqualTo(active - pass.deadLettered());
        assertThat(moodle.users()).hasSize((int) pass.created());
        assertThat(moodle.users()).allSatisfy(user -> assertThat(user.get("lastname").asText()).doesNotStartWith(lastWord));
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 100)).hasSize((int) pass.deadLettered())
                .allSatisfy(d -> assertThat(d.reason()).startsWith("Moodle menolak akun baru"));
        assertThat(moodle.userByIdNumber(nip)).isNull();
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).anySatisfy(d -> {
            assertThat(d.recordKey()).isEqualTo(nip);
            assertThat(d.reason()).startsWith("Moodle menolak akun baru / Moodle refused the new account: invalidparameter");
        });
        assertThat(hashes.lookup(ProfileSteps.HASHES, nip)).isEmpty();
    }

    @Test
    void aMoodleWarningForOneUserDeadLettersThatUserOnly() throws Exception {
        changes();
        List<String> nips = strings("SELECT nip FROM asn WHERE status_aktif = 'AKTIF' ORDER BY nip LIMIT 2");
        long warned = moodle.userByIdNumber(nips.get(0)).get("id").asLong();
        moodle.warnOnUpdate(warned);
        for (String nip : nips) {
            change("UPDATE asn SET updated_at = ?, golongan = 'IV/a' WHERE nip = ?", nip);
        }
        String before = hashes.lookup(ProfileSteps.HASHES, nips.get(0)).orElseThrow();

        ProfilePass pass = changes();

        assertThat(pass.updated()).isEqualTo(1);
        assertThat(pass.deadLettered()).isEqualTo(1);
        assertThat(moodle.calls("core_user_update_users")).hasSize(1);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).singleElement().satisfies(d -> {
            assertThat(d.recordKey()).isEqualTo(nips.get(0));
            assertThat(d.reason()).contains("usernotupdatedadmin");
        });
        assertThat(hashes.lookup(ProfileSteps.HASHES, nips.get(0))).contains(before);
        assertThat(moodle.userByIdNumber(nips.get(1)).get("customfields").toString()).contains("IV/a");
    }

    @Test
    void aCohortWarningForOneUserDeadLettersThatUserAndTheOtherMovesOn() throws Exception {
        changes();
        List<String> nips = strings("SELECT nip FROM asn WHERE status_aktif = 'AKTIF' AND unit_kerja_kode IS NOT NULL"
                + " AND jabatan_jenis IS NOT NULL ORDER BY nip LIMIT 2");
        String to = strings("SELECT max(unit_kerja_kode) FROM asn WHERE status_aktif = 'AKTIF'").get(0);
        long warned = moodle.userByIdNumber(nips.get(0)).get("id").asLong();
        long other = moodle.userByIdNumber(nips.get(1)).get("id").asLong();
        moodle.warnOnCohortAdd(warned);
        for (String nip : nips) {
            change("UPDATE asn SET updated_at = ?, unit_kerja_kode = ? WHERE nip = ?", to, nip);
        }
        String before = hashes.lookup(ProfileSteps.HASHES, nips.get(0)).orElseThrow();

        ProfilePass pass = changes();

        assertThat(pass.deadLettered()).isEqualTo(1);
        assertThat(deadLetters.list(DeadLetterStatus.OPEN, 10)).singleElement().satisfies(d -> {
            assertThat(d.recordKey()).isEqualTo(nips.get(0));
            assertThat(d.reason()).contains("kohort").contains("cohorts").contains("OPD-" + to);
        });
        assertThat(hashes.lookup(ProfileSteps.HASHES, nips.get(0))).contains(before);
        assertThat(moodle.isMember("OPD-" + to, other)).isTrue();
        assertThat(SentState.parse(hashes.lookup(ProfileSteps.HASHES, nips.get(1)).orElseThrow()).cohorts())
                .containsExactly("OPD-" + to, "JABATAN-"
                        + strings("SELECT jabatan_jenis FROM asn WHERE nip = '" + nips.get(1) + "'").get(0));
    }

    @Test
    void whenMoodleGoesDownMidPageTheRerunFindsTheAccountsAlreadyCreatedAndCreatesNoneTwice() throws Exception {
        moodle.downAfterCreates(1);

        assertThatThrownBy(this::changes).isInstanceOf(CamelExecutionException.class);
        assertThat(watermarks.get(ProfileSource.FLOW, "asn")).isEmpty();
        List<String> createdBefore = moodle.users().stream().map(u -> u.get("idnumber").asText()).toList();
        assertThat(createdBefore).isNotEmpty();

        moodle.down(false);
        moodle.clearCalls();
        ProfilePass rerun = changes();

        int active = count("SELECT count(*) FROM asn WHERE status_aktif = 'AKTIF'")
                + count("SELECT count(*) FROM magang WHERE tanggal_selesai >= DATE '2026-01-15'");
        assertThat(moodle.users()).hasSize(active);
        assertThat(moodle.users().stream().map(u -> u.get("idnumber").asText()).distinct()).hasSize(active);
        assertThat(rerun.updated()).isEqualTo(createdBefore.size());
        assertThat(rerun.created()).isEqualTo(active - createdBefore.size());
        assertThat(moodle.calls("core_user_create_users")).allSatisfy(call -> assertThat(call.params().values())
                .doesNotContainAnyElementsOf(createdBefore));
        for (String nip : createdBefore) {
            long id = moodle.userByIdNumber(nip).get("id").asLong();
            String opd = strings("SELECT unit_kerja_kode FROM asn WHERE nip = '" + nip + "'").get(0);
            assertThat(moodle.isMember("OPD-" + opd, id)).as(nip).isTrue();
        }
    }

    @Test
    void theScheduledPollStopsOnAFatalMoodleFailureWithItsWatermarkUnmoved() throws Exception {
        MoodleClient wrongToken = new MoodleClient(new MoodleClientConfig(URI.create(moodleServer.baseUrl()),
                "WRONG-TOKEN", Duration.ofSeconds(2), Duration.ofSeconds(5)));

        startCamel(LocalDate.of(2026, 1, 15), wrongToken, true);

        await("the poll route stops").atMost(Duration.ofSeconds(10))
                .until(() -> camel.getRouteController().getRouteStatus("hr-profiles.poll") == ServiceStatus.Stopped);
        assertThat(moodle.users()).isEmpty();
        assertThat(watermarks.get(ProfileSource.FLOW, "asn")).isEmpty();
    }

    @Test
    void theReconcileCatchesAChangeWhoseUpdatedAtDidNotMove() throws Exception {
        changes();
        String nip = activeNip();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("UPDATE asn SET golongan = 'IV/e' WHERE nip = '" + nip + "'");
        }
        moodle.clearCalls();

        assertThat(changes().read()).isZero();
        ProfilePass full = reconcile();

        assertThat(full.updated()).isEqualTo(1);
        assertThat(moodle.calls("core_user_update_users")).singleElement()
                .satisfies(call -> assertThat(call.params()).containsEntry("users[0][customfields][1][value]", "IV/e"));
    }

    @Test
    void theDailyReconcileKeepsItsScheduleAcrossRestarts() {
        Instant firstBoot = Instant.parse("2026-01-15T02:00:00Z");
        Duration day = Duration.ofDays(1);

        assertThat(scheduledReconcile(firstBoot, day).isMore()).as("nothing due at the first boot").isFalse();
        assertThat(watermarks.get(ProfileSource.FLOW, ProfileSource.RECONCILE_DUE))
                .contains(firstBoot.plus(day).toString());
        Instant restartedEveryFewHours = firstBoot.plus(Duration.ofHours(23));
        assertThat(scheduledReconcile(restartedEveryFewHours, day).isMore()).isFalse();

        Instant dueAfterRestarts = firstBoot.plus(day).plusSeconds(1);
        ProfilePass due = scheduledReconcile(dueAfterRestarts, day);
        assertThat(due.isReconcile()).isTrue();
        assertThat(due.isMore()).isTrue();
        ProfilePass done = template.requestBody(HrProfilesRoutes.PASS, due, ProfilePass.class);

        assertThat(done.read()).isEqualTo(ASN + INTERNS);
        assertThat(watermarks.get(ProfileSource.FLOW, ProfileSource.RECONCILE_DUE))
                .contains(dueAfterRestarts.plus(day).toString());
        assertThat(scheduledReconcile(dueAfterRestarts.plus(Duration.ofHours(1)), day).isMore()).isFalse();
    }

    /** What the reconcile timer starts in a bridge booted at {@code now}, sharing the state store. */
    private ProfilePass scheduledReconcile(Instant now, Duration every) {
        return new ProfileSource(new SimpegSource(dataSource, SimpegSql.reference()), watermarks, 100,
                Clock.fixed(now, ZoneOffset.UTC), every).startDueReconcile();
    }
}
