package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import id.jembatan.hr.Nip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimpegGeneratorTest {

    private static final int ASN = 10_000;
    private static final int INTERNS = 300;
    private static final Set<String> PNS_GOLONGAN = Set.copyOf(GeneratorData.GOLONGAN);
    private static final Set<String> PPPK_GOLONGAN = Set.of("V", "VII", "IX", "X", "XI");
    private static final Pattern ASN_EMAIL = Pattern.compile("[a-z]+(\\.[a-z]+)?\\d*@tangerangselatankota\\.go\\.id");

    private static SimpegGenerator.Population city;

    @BeforeAll
    static void generateACity() {
        city = new SimpegGenerator(42).generate(ASN, INTERNS);
    }

    @Test
    void sameSeedGivesTheSameCityRowForRow() {
        SimpegGenerator.Population again = new SimpegGenerator(42).generate(ASN, INTERNS);

        assertThat(again.asn()).isEqualTo(city.asn());
        assertThat(again.interns()).isEqualTo(city.interns());
    }

    @Test
    void anotherSeedGivesAnotherCity() {
        SimpegGenerator.Population other = new SimpegGenerator(43).generate(200, 10);

        assertThat(other.asn()).isNotEqualTo(city.asn().subList(0, 200));
    }

    @Test
    void aSmallerCityIsTheStartOfTheLargerOne() {
        assertThat(new SimpegGenerator(42).generate(500, 0).asn()).isEqualTo(city.asn().subList(0, 500));
    }

    @Test
    void everyNipIsValidUniqueAndAgreesWithTmtCpns() {
        assertThat(city.asn()).extracting(p -> p.nip().value()).doesNotHaveDuplicates()
                .allMatch(Nip::isValid);
        for (AsnProfile asn : city.asn()) {
            if (asn.employmentStatus() != EmploymentStatus.PPPK) {
                assertThat(YearMonth.from(asn.tmtCpns())).as("TMT CPNS of %s", asn.nip())
                        .isEqualTo(asn.nip().appointmentMonth());
            }
            assertThat(asn.nip().birthDate()).isBefore(asn.nip().appointmentMonth().atDay(1).minusYears(17));
        }
    }

    @Test
    void unitsAreAboutFortyRealOpdOfTangerangSelatanWithUniqueCodes() {
        List<SimpegGenerator.Unit> units = city.units();

        assertThat(units).hasSizeBetween(36, 44);
        assertThat(units).extracting(SimpegGenerator.Unit::code).doesNotHaveDuplicates();
        assertThat(units).extracting(SimpegGenerator.Unit::name).contains("Dinas Pendidikan dan Kebudayaan",
                "Dinas Kesehatan", "Dinas Komunikasi dan Informatika",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Perencanaan Pembangunan Daerah",
                "Kecamatan Serpong", "Kecamatan Pondok Aren", "Kecamatan Ciputat", "Kecamatan Pamulang",
                "Rumah Sakit Umum Daerah Kota Tangerang Selatan");
        Set<String> codes = units.stream().map(SimpegGenerator.Unit::code).collect(Collectors.toSet());
        assertThat(city.asn()).extracting(AsnProfile::opdCode).allMatch(codes::contains);
        assertThat(city.asn().stream().map(AsnProfile::opdCode).distinct().count()).isEqualTo(units.size());
    }

    @Test
    void emailsAreUniqueOnTheCityDomainAndPhonesLookIndonesian() {
        assertThat(city.asn()).extracting(AsnProfile::email).doesNotHaveDuplicates()
                .allMatch(email -> ASN_EMAIL.matcher(email).matches());
        assertThat(city.asn()).extracting(AsnProfile::phone).filteredOn(p -> p != null)
                .allMatch(phone -> phone.matches("08\\d{9,10}"));
    }

    @Test
    void golonganAndPositionsFitTheEmploymentStatus() {
        for (AsnProfile asn : city.asn()) {
            switch (asn.employmentStatus()) {
                case PPPK -> {
                    assertThat(asn.golongan()).isIn(PPPK_GOLONGAN);
                    assertThat(asn.tmtCpns()).isNull();
                    assertThat(asn.jabatanKind()).isNotEqualTo(JabatanKind.STRUKTURAL);
                }
                case CPNS -> {
                    assertThat(asn.golongan()).isIn("II/a", "II/c", "III/a", "III/b", "III/c");
                    assertThat(asn.tmtCpns()).isAfter(SimpegGenerator.DEFAULT_NOW.toLocalDate().minusYears(1));
                    assertThat(asn.jabatanKind()).isNotEqualTo(JabatanKind.STRUKTURAL);
                    assertThat(asn.state()).isNotEqualTo(AsnState.RETIRED);
                }
                case PNS -> assertThat(asn.golongan()).isIn(PNS_GOLONGAN);
            }
            if (asn.jabatanKind() == JabatanKind.STRUKTURAL) {
                assertThat(GeneratorData.GOLONGAN.indexOf(asn.golongan())).isGreaterThanOrEqualTo(GeneratorData.III_B);
            }
            assertThat(asn.jabatanName()).isNotBlank();
        }
        Map<JabatanKind, Long> kinds = count(city.asn(), AsnProfile::jabatanKind);
        assertThat(kinds.get(JabatanKind.FUNGSIONAL)).isGreaterThan(ASN / 2);
        assertThat(kinds.get(JabatanKind.STRUKTURAL)).isBetween(ASN / 50L, ASN / 10L);
        assertThat(count(city.asn(), AsnProfile::employmentStatus).get(EmploymentStatus.PPPK))
                .isBetween(ASN / 10L, ASN / 3L);
    }

    @Test
    void aStructuralPositionIsHeldByOneAsnAtATime() {
        Map<String, Long> holders = city.asn().stream().filter(a -> a.jabatanKind() == JabatanKind.STRUKTURAL)
                .collect(Collectors.groupingBy(a -> a.opdCode() + " " + a.jabatanName(), Collectors.counting()));

        assertThat(holders.values()).containsOnly(1L);
        assertThat(holders.keySet()).contains("1.02.01 Kepala Dinas Kesehatan", "7.01.01 Camat Serpong");
    }

    @Test
    void mostAreActiveAndAFewRetiredTransferredOrDeceased() {
        Map<AsnState, Long> states = count(city.asn(), AsnProfile::state);

        assertThat(states.get(AsnState.ACTIVE)).isGreaterThan(ASN * 90L / 100);
        assertThat(states.get(AsnState.RETIRED)).isBetween(ASN / 100L, ASN / 15L);
        assertThat(states.get(AsnState.TRANSFERRED_OUT)).isPositive();
        assertThat(states.get(AsnState.DECEASED)).isPositive();
    }

    @Test
    void namesCarryTheirTitles() {
        Set<String> fronts = titles(city.asn().stream().map(AsnProfile::frontTitle).toList());
        Set<String> backs = titles(city.asn().stream().map(AsnProfile::backTitle).toList());

        assertThat(fronts).contains("Dr.", "dr.", "Ir.", "H.", "Hj.");
        assertThat(backs).contains("S.Kom.", "S.E.", "M.M.", "S.Pd.", "A.Md.Kep.");
        assertThat(city.asn()).filteredOn(a -> a.jabatanName().startsWith("Guru"))
                .allMatch(a -> a.backTitle() != null && a.backTitle().startsWith("S.Pd"));
    }

    @Test
    void manyRowsShareAnUpdatedAtAndNoneLiesInTheFuture() {
        Map<LocalDateTime, Long> byUpdatedAt = count(city.asn(), AsnProfile::updatedAt);

        assertThat(byUpdatedAt.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .isGreaterThan(ASN / 5L);
        assertThat(city.asn()).allMatch(a -> !a.updatedAt().isAfter(SimpegGenerator.DEFAULT_NOW));
        assertThat(city.asn()).extracting(AsnProfile::updatedAt).anyMatch(t -> t.getNano() % 1_000_000 != 0);
        assertThat(city.asn()).allMatch(a -> a.updatedAt().getNano() % 1000 == 0);
    }

    @Test
    void internsComeFromNearbyUniversitiesWithAMentorOfTheirHostUnit() {
        Map<String, AsnProfile> byNip = city.asn().stream().collect(Collectors.toMap(a -> a.nip().value(), a -> a));

        assertThat(city.interns()).extracting(Intern::idNumber).doesNotHaveDuplicates();
        assertThat(city.interns()).extracting(Intern::email).doesNotHaveDuplicates();
        assertThat(city.interns()).extracting(Intern::university).contains("Universitas Pamulang",
                "UIN Syarif Hidayatullah Jakarta", "Institut Teknologi Indonesia");
        for (Intern intern : city.interns()) {
            assertThat(intern.endDate()).isAfter(intern.startDate());
            assertThat(intern.updatedAt()).isBeforeOrEqualTo(SimpegGenerator.DEFAULT_NOW);
            if (intern.idKind() == Intern.IdKind.NIK) {
                assertThat(intern.idNumber()).matches("3674\\d{12}");
            }
            if (intern.mentorNip() != null) {
                AsnProfile mentor = byNip.get(intern.mentorNip().value());
                assertThat(mentor.opdCode()).isEqualTo(intern.opdCode());
                assertThat(mentor.active()).isTrue();
            }
        }
        assertThat(city.interns()).filteredOn(i -> i.idKind() == Intern.IdKind.NIK).isNotEmpty();
        assertThat(city.interns()).filteredOn(i -> i.mentorNip() != null).hasSizeGreaterThan(INTERNS * 9 / 10);
        assertThat(city.interns()).anyMatch(i -> i.activeOn(LocalDate.of(2026, 1, 15)));
    }

    private static <K, T> Map<K, Long> count(Collection<T> rows, Function<T, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Set<String> titles(List<String> combined) {
        Set<String> titles = new HashSet<>();
        for (String title : combined) {
            if (title != null) {
                for (String part : title.split(", | ")) {
                    titles.add(part);
                }
            }
        }
        return titles;
    }
}
