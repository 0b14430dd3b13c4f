package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementIdsTest {

    @Test
    void uuid5MatchesTheKnownVectorOfPythonsUuidModule() {
        assertThat(StatementIds.uuid5(StatementIds.NAMESPACE_DNS, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void theProjectNamespaceIsTheUuid5OfItsUrl() {
        assertThat(StatementIds.uuid5(StatementIds.NAMESPACE_URL, "https://jembatan.id/xapi/statement-ids"))
                .isEqualTo(StatementIds.NAMESPACE);
    }

    @Test
    void logRowAndRecordIdsAreTheDocumentedNamesHashed() {
        assertThat(StatementIds.forLogRow(URI.create("https://elearning.kota.go.id"), 12345))
                .isEqualTo(UUID.fromString("a7c7573d-26db-53e3-bf64-f7561b6e0935"))
                .isEqualTo(StatementIds.forName("https://elearning.kota.go.id#log/12345"));
        assertThat(StatementIds.forRecord(URI.create("https://elearning.kota.go.id"), 42, 7, "course-completion"))
                .isEqualTo(UUID.fromString("d641bc01-0884-5b40-9cfe-cb514e506ed7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://elearning.kota.go.id", "https://elearning.kota.go.id/",
            "HTTPS://Elearning.Kota.GO.ID:443//", "https://elearning.kota.go.id?x=1#top"})
    void spellingsOfTheSameSiteGiveTheSameId(String site) {
        assertThat(StatementIds.forLogRow(URI.create(site), 12345))
                .isEqualTo(UUID.fromString("a7c7573d-26db-53e3-bf64-f7561b6e0935"));
    }

    @Test
    void differentSitesPortsAndPathsGiveDifferentIds() {
        Set<UUID> ids = new HashSet<>();
        for (String site : List.of("https://elearning.kota.go.id", "http://elearning.kota.go.id",
                "https://elearning.kota.go.id:8443", "https://elearning.kota.go.id/moodle",
                "https://elearning.provinsi.go.id")) {
            ids.add(StatementIds.forLogRow(URI.create(site), 1));
        }
        assertThat(ids).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"log", "Course-Completion", "course completion", "", "-x", "course/completion"})
    void aRecordKindMustBeAHyphenatedLowerCaseWordThatIsNotLog(String kind) {
        assertThatThrownBy(() -> StatementIds.forRecord(SampleStatements.SITE, 1, 1, kind))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record kind");
    }

    static Stream<String> names() {
        Random random = new Random(5L);
        return Stream.generate(() -> {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                name.appendCodePoint(random.nextInt(4) == 0 ? 0x00C0 + random.nextInt(0x2000) : 0x20 + random.nextInt(95));
            }
            return name.toString();
        }).limit(500);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyIdIsAVersion5Rfc4122UuidAndTheSameEachTime(String name) {
        UUID id = StatementIds.forName(name);

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(StatementIds.forName(name)).isEqualTo(id);
        assertThat(StatementIds.uuid5(StatementIds.NAMESPACE_URL, name)).isNotEqualTo(id);
    }

    @Test
    void distinctLogRowsAndRecordsNeverShareAnId() {
        Set<UUID> ids = new HashSet<>();
        for (int row = 0; row < 2000; row++) {
            ids.add(StatementIds.forLogRow(SampleStatements.SITE, row));
            ids.add(StatementIds.forRecord(SampleStatements.SITE, row, row % 7, "course-completion"));
            ids.add(StatementIds.forRecord(SampleStatements.SITE, row % 7, row, "course-completion"));
            ids.add(StatementIds.forRecord(SampleStatements.SITE, row, row % 7, "enrolment"));
        }
        assertThat(ids).hasSize(2000 * 4 - 7);
    }
}
