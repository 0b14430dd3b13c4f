package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedSqlTest {

    @Test
    void namedParametersBecomePositionalMarkersInOrderOfUse() {
        NamedSql sql = NamedSql.of("q", "SELECT * FROM asn WHERE updated_at > :since OR (updated_at = :since "
                + "AND nip > :nip) LIMIT :limit");

        assertThat(sql.jdbcSql()).isEqualTo(
                "SELECT * FROM asn WHERE updated_at > ? OR (updated_at = ? AND nip > ?) LIMIT ?");
        assertThat(sql.markers()).containsExactly("since", "since", "nip", "limit");
        assertThat(sql.parameterNames()).containsExactly("since", "nip", "limit");
    }

    @Test
    void castsQuotedTextAndCommentsAreNotParameters() {
        NamedSql sql = NamedSql.of("q", """
                -- selects rows changed since :since (a comment with a question mark?)
                SELECT ':not_a_parameter', 'it''s :still_text', "odd:column", `my:col`,
                       $$ :dollar $$, $body$ :tagged $body$, E'back\\'slash :x',
                       created::date, :real::timestamp /* :block
                       comment */ FROM t WHERE a = :a;
                """);

        assertThat(sql.parameterNames()).containsExactly("real", "a");
        assertThat(sql.jdbcSql())
                .contains("':not_a_parameter'", "'it''s :still_text'", "\"odd:column\"", "`my:col`",
                        "$$ :dollar $$", "$body$ :tagged $body$", "E'back\\'slash :x'", "created::date",
                        "?::timestamp")
                .doesNotContain("question mark", ":block", ";")
                .endsWith("WHERE a = ?");
    }

    @Test
    void unterminatedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> NamedSql.of("broken", "SELECT 1\nFROM t WHERE a = 'open"))
                .isInstanceOf(SimpegConfigurationException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("line 2");
    }

    @Test
    void bindingFillsEveryUseOfANameAndIgnoresUnusedValues() throws SQLException {
        NamedSql sql = NamedSql.of("q", "SELECT CAST(:a AS INTEGER) + CAST(:a AS INTEGER) AS twice, "
                + "CAST(:t AS TIMESTAMP) AS t, CAST(:missing AS VARCHAR(10)) AS n");
        Map<String, Object> values = new HashMap<>();
        values.put("a", 21);
        values.put("t", LocalDateTime.of(2025, 3, 1, 10, 15, 30, 123_456_000));
        values.put("missing", null);
        values.put("unused", "ignored");

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:named");
                PreparedStatement statement = sql.prepare(connection, values);
                ResultSet resultSet = statement.executeQuery()) {
            resultSet.next();
            assertThat(resultSet.getInt("twice")).isEqualTo(42);
            assertThat(resultSet.getObject("t", LocalDateTime.class))
                    .isEqualTo(LocalDateTime.of(2025, 3, 1, 10, 15, 30, 123_456_000));
            assertThat(resultSet.getString("n")).isNull();
        }
    }

    @Test
    void aParameterWithoutValueIsNamedInTheError() throws SQLException {
        NamedSql sql = NamedSql.of("asn-changed", "SELECT :since_nip, :sinse_updated_at");

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:named")) {
            assertThatThrownBy(() -> sql.prepare(connection, Map.of("since_nip", "1")))
                    .isInstanceOf(SimpegConfigurationException.class)
                    .hasMessageContaining("asn-changed")
                    .hasMessageContaining(":sinse_updated_at");
        }
    }

    @Test
    void fileIsNamedAfterItselfAndAMissingFileIsAConfigurationError(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("asn-changed.sql");
        Files.writeString(file, "SELECT :x;\n");

        assertThat(NamedSql.load(file).name()).isEqualTo("asn-changed");
        assertThat(NamedSql.load(file).jdbcSql()).isEqualTo("SELECT ?");
        assertThatThrownBy(() -> NamedSql.load(folder.resolve("nope.sql")))
                .isInstanceOf(SimpegConfigurationException.class)
                .hasMessageContaining("nope.sql");
    }

    @Test
    void scriptIsSplitAtSemicolonsOutsideLiteralsAndComments() {
        List<String> statements = SqlScript.statements("s", """
                CREATE TABLE a (x VARCHAR(5)); -- first; still a comment
                COMMENT ON TABLE a IS 'one; two';
                /* ; */
                INSERT INTO a VALUES ('x;y')
                """);

        assertThat(statements).containsExactly("CREATE TABLE a (x VARCHAR(5))", "COMMENT ON TABLE a IS 'one; two'",
                "INSERT INTO a VALUES ('x;y')");
    }
}
