package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.hr.Nip;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link SimpegSource} must do on every database it supports: the reference schema, the generator and the
 * reference queries together, and a renamed schema through a site's own queries. Each subclass runs it against
 * one database.
 */
abstract class SimpegSourceContract {

    private static final LocalDateTime T = LocalDateTime.of(2025, 6, 1, 10, 0);
    private static final NamedSql INSERT_ASN = NamedSql.fromClasspath("simpeg/generator/insert-asn.sql");
    private static final NamedSql TOUCH = NamedSql.of("touch",
            "UPDATE asn SET updated_at = :updated_at WHERE nip = :nip");

    abstract DataSource dataSource();

    abstract SimpegDialect dialect();

    @BeforeEach
    void freshReferenceSchema() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            SqlScript.run(connection, "simpeg/drop-pegawai.sql");
            SimpegGenerator.dropSchema(connection);
            SimpegGenerator.createSchema(connection, dialect());
        }
    }

    private SimpegSource source() {
        return new SimpegSource(dataSource(), SimpegSql.reference());
    }

    @Test
    void generatedCityReadsBackRowForRowThroughChangedPages() throws SQLException {
        SimpegGenerator generator = new SimpegGenerator(7);
        SimpegGenerator.Population city = generator.generate(1500, 60);
        populate(generator, 1500, 60);
        SimpegSource simpeg = source();

        LocalDateTime bound = simpeg.asn().captureUpperBound().orElseThrow();
        List<AsnRow> asn = simpeg.asn().changes(Cursor.START, bound, 128).toList();
        LocalDateTime internBound = simpeg.interns().captureUpperBound().orElseThrow();
        List<InternRow> interns = simpeg.interns().changes(Cursor.START, internBound, 16).toList();

        assertThat(bound).isEqualTo(city.asn().stream().map(AsnProfile::updatedAt).max(Comparator.naturalOrder())
                .orElseThrow());
        assertThat(asn).containsExactlyElementsOf(city.asn().stream()
                .sorted(Comparator.comparing(AsnProfile::updatedAt).thenComparing(a -> a.nip().value())).toList());
        assertThat(interns).containsExactlyElementsOf(city.interns().stream()
                .sorted(Comparator.comparing(Intern::updatedAt).thenComparing(Intern::idNumber)).toList());
    }

    @Test
    void fullReconcileReadsEveryRowInKeyOrderWhateverItsUpdatedAt() throws SQLException {
        SimpegGenerator generator = new SimpegGenerator(8);
        SimpegGenerator.Population city = generator.generate(700, 40);
        populate(generator, 700, 40);

        List<Page<AsnRow>> pages = source().asn().allPages(100).toList();

        assertThat(pages).hasSize(8);
        assertThat(pages.get(6).next()).isEqualTo(Cursor.afterKey(city.asn().stream().map(a -> a.nip().value())
                .sorted().toList().get(699)));
        assertThat(pages.stream().flatMap(p -> p.rows().stream()).toList()).containsExactlyElementsOf(
                city.asn().stream().sorted(Comparator.comparing(a -> a.nip().value())).toList());
        assertThat(source().interns().all(7).toList()).containsExactlyElementsOf(
                city.interns().stream().sorted(Comparator.comparing(Intern::idNumber)).toList());
    }

    @Test
    void rowsSharingAnUpdatedAtAcrossPageBoundariesAreEachReadOnceInOrder() throws SQLException {
        populate(new SimpegGenerator(1), 0, 0);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(insert(asn(nip(1, i), T.minusHours(1))));
        }
        for (int i = 0; i < 20; i++) {
            expected.add(insert(asn(nip(2, i), T)));
        }
        for (int i = 0; i < 3; i++) {
            expected.add(insert(asn(nip(3, i), T.plusHours(1))));
        }
        SimpegTable<AsnRow> asn = source().asn();
        LocalDateTime bound = asn.captureUpperBound().orElseThrow();

        List<Page<AsnRow>> pages = asn.changedPages(Cursor.START, bound, 7).toList();

        assertThat(pages).extracting(p -> p.rows().size()).containsExactly(7, 7, 7, 5);
        assertThat(pages).extracting(Page::next).startsWith(new Cursor(T, nip(2, 3)), new Cursor(T, nip(2, 10)),
                new Cursor(T, nip(2, 17)));
        assertThat(pages.get(3).next()).isEqualTo(new Cursor(T.plusHours(1), nip(3, 2)));
        assertThat(pages.stream().flatMap(p -> p.rows().stream()).map(r -> ((AsnProfile) r).nip().value()))
                .containsExactlyElementsOf(expected);
        Page<AsnRow> resumed = asn.changedSince(pages.get(0).next(), bound, 2);
        assertThat(resumed.rows()).extracting(r -> ((AsnProfile) r).nip().value()).containsExactly(nip(2, 4),
                nip(2, 5));
        assertThat(asn.changedSince(pages.get(3).next(), bound, 7).rows()).isEmpty();
    }

    @Test
    void rowsChangedDuringARunAreLeftForTheNextRun() throws SQLException {
        populate(new SimpegGenerator(1), 0, 0);
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nips.add(insert(asn(nip(4, i), T.plusMinutes(i))));
        }
        SimpegTable<AsnRow> asn = source().asn();
        LocalDateTime bound = asn.captureUpperBound().orElseThrow();
        Page<AsnRow> first = asn.changedSince(Cursor.START, bound, 10);

        touch(nips.get(3), bound.plusSeconds(1));
        touch(nips.get(20), bound.plusSeconds(2));
        String added = insert(asn(nip(5, 0), bound.plusSeconds(3)));
        List<Page<AsnRow>> rest = asn.changedPages(first.next(), bound, 10).toList();

        List<String> firstRun = new ArrayList<>(keys(first.rows()));
        rest.forEach(page -> firstRun.addAll(keys(page.rows())));
        List<String> expectedFirstRun = new ArrayList<>(nips);
        expectedFirstRun.remove(20);
        assertThat(firstRun).containsExactlyElementsOf(expectedFirstRun);
        Cursor watermark = rest.get(rest.size() - 1).next();
        assertThat(watermark).isEqualTo(new Cursor(bound, nips.get(29)));

        LocalDateTime nextBound = asn.captureUpperBound().orElseThrow();
        assertThat(nextBound).isEqualTo(bound.plusSeconds(3));
        assertThat(keys(asn.changes(watermark, nextBound, 10).toList()))
                .containsExactly(nips.get(3), nips.get(20), added);
    }

    @Test
    void invalidRowsComeBackRejectedWithReasonsAndTheRestOfThePageIsRead() throws SQLException {
        populate(new SimpegGenerator(1), 0, 0);
        String valid = insert(asn(nip(6, 1), T));
        insert(with(asn("198511072009131002", T), "email", "a@tangerangselatankota.go.id"));
        insert(with(asn("19851107200902100", T), "email", "b@tangerangselatankota.go.id"));
        insert(with(asn(nip(6, 2), T), "email", null));
        insert(with(asn(nip(6, 3), T), "email", "budi at dinas"));
        insert(with(asn(nip(6, 4), T), "nama", "   "));
        Map<String, Object> retired = with(asn(nip(6, 5), T), "email", null);
        retired.put("status_aktif", "PENSIUN");
        insert(retired);
        SimpegTable<AsnRow> asn = source().asn();

        List<AsnRow> rows = asn.changes(Cursor.START, asn.captureUpperBound().orElseThrow(), 3).toList();

        assertThat(rows).hasSize(7);
        assertThat(rows).filteredOn(AsnProfile.class::isInstance).extracting(r -> ((AsnProfile) r).nip().value())
                .containsExactlyInAnyOrder(valid, nip(6, 5));
        Map<String, String> reasons = new HashMap<>();
        rows.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast)
                .forEach(r -> reasons.put(r.rawKey(), r.reason()));
        assertThat(reasons).hasSize(5);
        assertThat(reasons.get("198511072009131002")).isEqualTo("nip: " + Nip.Reason.APPOINTMENT_NOT_A_MONTH.message()
                .replace(" / ", " '198511072009131002' / ") + " '198511072009131002'");
        assertThat(reasons.get("19851107200902100")).contains("NIP harus 18 digit", "NIP must have exactly 18 digits");
        assertThat(reasons.get(nip(6, 2))).isEqualTo("email: email kosong (wajib untuk ASN aktif) / email is missing "
                + "(required for an active ASN)");
        assertThat(reasons.get(nip(6, 3))).contains("email tidak valid", "not a valid address");
        assertThat(reasons.get(nip(6, 4))).isEqualTo("nama: nama kosong / name is missing");
        RejectedRow rejected = rows.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast)
                .findFirst().orElseThrow();
        assertThat(rejected.query()).isEqualTo("asn-changed");
        assertThat(rejected.updatedAt()).isEqualTo(T);
        assertThat(rejected.values()).containsKeys("nip", "nama", "email", "opd_nama");
    }

    @Test
    void aRenamedSchemaIsReadThroughTheReadmeExampleQueries() throws Exception {
        Path example = ConfigFolder.simpeg().resolve("examples/pegawai");
        try (Connection connection = dataSource().getConnection()) {
            SqlScript.run(connection, "schema", Files.readString(example.resolve(dialect().schemaFile()),
                    StandardCharsets.UTF_8));
            SqlScript.run(connection, "simpeg/pegawai-rows.sql");
        }
        SimpegTable<AsnRow> asn = new SimpegSource(dataSource(), SimpegSql.fromDirectory(example)).asn();

        LocalDateTime bound = asn.captureUpperBound().orElseThrow();
        List<AsnRow> changed = asn.changes(Cursor.START, bound, 3).toList();
        List<AsnRow> all = asn.all(3).toList();

        assertThat(bound).isEqualTo(LocalDateTime.of(2025, 7, 1, 12, 0, 0, 250_000_000));
        assertThat(changed).hasSize(8);
        assertThat(all).extracting(SimpegSourceContract::key).containsExactly("197501052000031003",
                "198502302009021002", "198511072009021002", "198703122010011004", "199001012021012003",
                "199005242015032001", "199201152019022003", "199307302020122007");
        Map<String, AsnProfile> profiles = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (AsnRow row : changed) {
            if (row instanceof AsnProfile profile) {
                profiles.put(profile.nip().value(), profile);
            } else if (row instanceof RejectedRow rejected) {
                reasons.put(rejected.rawKey(), rejected.reason());
            }
        }
        assertThat(profiles).containsOnlyKeys("198511072009021002", "199005242015032001", "199001012021012003",
                "197501052000031003", "199307302020122007");
        AsnProfile budi = profiles.get("198511072009021002");
        assertThat(budi.fullName()).isEqualTo("Dr. Budi Santoso, S.Kom., M.M.");
        assertThat(budi.opdName()).isEqualTo("Dinas Komunikasi dan Informatika");
        assertThat(budi.jabatanKind()).isEqualTo(JabatanKind.STRUKTURAL);
        assertThat(budi.tmtCpns()).isEqualTo(LocalDate.of(2009, 2, 1));
        assertThat(profiles.get("199005242015032001").email()).isEqualTo("siti.rahayu@mail.example.id");
        assertThat(profiles.get("199001012021012003").employmentStatus()).isEqualTo(EmploymentStatus.PPPK);
        assertThat(profiles.get("197501052000031003").state()).isEqualTo(AsnState.RETIRED);
        assertThat(profiles.get("199307302020122007").jabatanKind()).isNull();
        assertThat(reasons).containsOnlyKeys("198703122010011004", "198502302009021002", "199201152019022003");
        assertThat(reasons.get("198703122010011004")).isEqualTo("status_aktif: nilai '09' tidak dikenal, yang dikenal: "
                + "[AKTIF, PENSIUN, MUTASI_KELUAR, MENINGGAL] / unknown value '09', known values: "
                + "[AKTIF, PENSIUN, MUTASI_KELUAR, MENINGGAL]");
        assertThat(reasons.get("198502302009021002")).contains(Nip.Reason.BIRTH_DATE_NOT_A_DATE.english());
        assertThat(reasons.get("199201152019022003")).contains("status_kepegawaian", "unknown value 'X'");
    }

    @Test
    void aQueryWithoutAnAliasOfTheContractStopsWithAMessageNamingIt() throws SQLException {
        populate(new SimpegGenerator(1), 10, 0);
        SimpegSql reference = SimpegSql.reference();
        NamedSql withoutPhone = NamedSql.of("asn-changed",
                reference.asnChanged().text().replaceAll("a\\.telepon\\s+AS telepon,", ""));
        assertThat(withoutPhone.text()).doesNotContain("AS telepon");
        SimpegSql sql = new SimpegSql(withoutPhone, reference.asnAll(), reference.asnMaxUpdatedAt(),
                reference.internsChanged(), reference.internsAll(), reference.internsMaxUpdatedAt());
        SimpegTable<AsnRow> asn = new SimpegSource(dataSource(), sql).asn();

        assertThatThrownBy(() -> asn.changedSince(Cursor.START, T, 10))
                .isInstanceOf(SimpegConfigurationException.class)
                .hasMessageContaining("asn-changed")
                .hasMessageContaining("[telepon]");
    }

    @Test
    void aQueryTheDatabaseRejectsIsAConfigurationErrorNamingTheFile() {
        SimpegSql reference = SimpegSql.reference();
        NamedSql wrongTable = NamedSql.of("asn-all", reference.asnAll().text().replace("FROM asn a", "FROM pns a"));
        assertThat(wrongTable.text()).contains("FROM pns a");
        SimpegSql sql = new SimpegSql(reference.asnChanged(), wrongTable, reference.asnMaxUpdatedAt(),
                reference.internsChanged(), reference.internsAll(), reference.internsMaxUpdatedAt());
        SimpegTable<AsnRow> asn = new SimpegSource(dataSource(), sql).asn();

        assertThatThrownBy(() -> asn.allAfter(Cursor.START, 10))
                .isInstanceOfSatisfying(SimpegConfigurationException.class,
                        e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("asn-all.sql");
    }

    @Test
    void emptyTablesHaveNoUpperBoundAndASingleEmptyPage() {
        SimpegSource simpeg = source();

        assertThat(simpeg.asn().captureUpperBound()).isEmpty();
        assertThat(simpeg.interns().captureUpperBound()).isEmpty();
        assertThat(simpeg.asn().allPages(10).toList()).singleElement()
                .satisfies(page -> {
                    assertThat(page.rows()).isEmpty();
                    assertThat(page.hasMore()).isFalse();
                    assertThat(page.next()).isEqualTo(Cursor.START);
                });
    }

    private void populate(SimpegGenerator generator, int asn, int interns) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            generator.populate(connection, asn, interns);
        }
    }

    /** A valid NIP made from a group and an index, sorting in the order of its arguments. */
    private static String nip(int group, int index) {
        return String.format("1980010120050%d1%03d", group, index + 1);
    }

    private static Map<String, Object> asn(String nip, LocalDateTime updatedAt) {
        Map<String, Object> row = SimpegGenerator.asnParameters(new AsnProfile(Nip.of("198001012005011001"), null,
                "Pegawai Uji", "S.Kom.", null, "081200000000", "2.16.01", "Dinas Komunikasi dan Informatika",
                "Pranata Komputer Ahli Pertama", JabatanKind.FUNGSIONAL, "III/a", EmploymentStatus.PNS,
                AsnState.ACTIVE, LocalDate.of(2005, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2021, 4, 1),
                updatedAt));
        row.put("nip", nip);
        row.put("email", "pegawai." + nip + "@tangerangselatankota.go.id");
        return row;
    }

    private static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
        row.put(column, value);
        return row;
    }

    private String insert(Map<String, Object> row) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = INSERT_ASN.prepare(connection, row)) {
            statement.executeUpdate();
        }
        return (String) row.get("nip");
    }

    private void touch(String nip, LocalDateTime updatedAt) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = TOUCH.prepare(connection, Map.of("nip", nip, "updated_at", updatedAt))) {
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static String key(AsnRow row) {
        return row instanceof RejectedRow rejected ? rejected.rawKey() : ((AsnProfile) row).nip().value();
    }

    private static List<String> keys(List<AsnRow> rows) {
        return rows.stream().map(r -> ((AsnProfile) r).nip().value()).toList();
    }
}
