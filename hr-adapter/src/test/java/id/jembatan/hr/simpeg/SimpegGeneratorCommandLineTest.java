package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SimpegGeneratorCommandLineTest {

    private static final String URL = "jdbc:h2:mem:cli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return SimpegGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("JEMBATAN_SIMPEG_PASSWORD", "")::get);
    }

    @Test
    void createsTheSchemaFillsItAndRefusesToFillItTwiceWithoutReplace() {
        assertThat(run(URL, "sa", "-", "postgresql", "300", "--interns", "12", "--seed", "5")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("39 unit kerja, 300 ASN and 12 interns (seed 5) written to jdbc:h2:mem:cli in ");

        assertThat(run(URL, "sa", "-", "postgresql", "300")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds 300 ASN", "--replace");

        assertThat(run(URL, "sa", "-", "postgresql", "50", "--replace")).isZero();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        assertThat(new SimpegSource(dataSource, SimpegSql.reference()).asn().all(100).toList())
                .containsExactlyElementsOf(new SimpegGenerator(SimpegGenerator.DEFAULT_SEED).generate(50, 1).asn()
                        .stream().sorted(Comparator.comparing(a -> a.nip().value())).toList());
    }

    @Test
    void badUsageExitsWithTwoAndSaysHowToCallIt() {
        assertThat(run(URL, "sa", "-", "oracle", "10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown dialect 'oracle'", "usage:");
        assertThat(run(URL, "sa")).isEqualTo(2);
        assertThat(run(URL, "sa", "pw", "mariadb", "ten")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ASN-COUNT must be a number, was 'ten'");
    }
}
