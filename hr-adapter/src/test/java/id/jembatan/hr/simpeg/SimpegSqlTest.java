package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimpegSqlTest {

    private static final List<String> QUERIES = List.of("asn-changed", "asn-all", "max-updated-at",
            "interns-changed", "interns-all", "interns-max-updated-at");

    @Test
    void referenceQueriesUseExactlyTheParametersOfTheirRole() {
        SimpegSql sql = SimpegSql.reference();

        assertThat(sql.asnChanged().parameterNames())
                .containsExactlyInAnyOrder("since_updated_at", "since_nip", "until_updated_at", "limit");
        assertThat(sql.asnAll().parameterNames()).containsExactlyInAnyOrder("since_nip", "limit");
        assertThat(sql.internsChanged().parameterNames())
                .containsExactlyInAnyOrder("since_updated_at", "since_nomor_induk", "until_updated_at", "limit");
        assertThat(sql.asnMaxUpdatedAt().parameterNames()).isEmpty();
    }

    @Test
    void theJarBundlesExactlyTheSqlOfConfigSimpeg() throws IOException {
        Path config = ConfigFolder.simpeg();
        List<Path> files;
        try (Stream<Path> listing = Files.list(config)) {
            files = listing.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }

        assertThat(files).extracting(f -> f.getFileName().toString()).containsAll(
                QUERIES.stream().map(q -> q + ".sql").toList()).contains("schema-postgresql.sql", "schema-mariadb.sql");
        for (Path file : files) {
            assertThat(bundled(file.getFileName().toString())).as("bundled copy of %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSiteFolderReplacesOnlyTheQueriesItHolds(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("max-updated-at.sql"), "SELECT MAX(tgl_update) AS max_updated_at FROM pegawai");

        SimpegSql sql = SimpegSql.fromDirectory(site);

        assertThat(sql.asnMaxUpdatedAt().text()).contains("pegawai");
        assertThat(sql.asnChanged().text()).isEqualTo(SimpegSql.reference().asnChanged().text());
    }

    @Test
    void aQueryMissingAParameterOrUsingAnUnknownOneIsRefusedWhenLoaded(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("asn-changed.sql"), SimpegSql.reference().asnChanged().text()
                .replace("AND a.updated_at <= :until_updated_at", "AND a.updated_at <= :until"));

        assertThatThrownBy(() -> SimpegSql.fromDirectory(site))
                .isInstanceOf(SimpegConfigurationException.class)
                .hasMessageContaining("asn-changed")
                .hasMessageContaining("missing / tidak ada: [until_updated_at]")
                .hasMessageContaining("unknown / tidak dikenal: [until]");
    }

    @Test
    void aMissingSiteFolderIsNamed(@TempDir Path parent) {
        assertThatThrownBy(() -> SimpegSql.fromDirectory(parent.resolve("simpeg")))
                .isInstanceOf(SimpegConfigurationException.class)
                .hasMessageContaining(parent.resolve("simpeg").toString());
    }

    @Test
    void theReadmeShowsTheExampleQueryThatTheTestsRun() throws IOException {
        Path config = ConfigFolder.simpeg();
        String readme = Files.readString(config.resolve("README.md"), StandardCharsets.UTF_8);
        String example = Files.readString(config.resolve("examples/pegawai/asn-changed.sql"), StandardCharsets.UTF_8);

        assertThat(readme).contains(example.strip());
        assertThat(SimpegSql.fromDirectory(config.resolve("examples/pegawai")).asnChanged().text()).isEqualTo(example);
    }

    private static String bundled(String fileName) throws IOException {
        try (InputStream in = SimpegSql.class.getClassLoader()
                .getResourceAsStream(SimpegSql.REFERENCE_FOLDER + fileName)) {
            assertThat(in).as("simpeg/%s on the class path", fileName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
