package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The generator is fast enough for benchmarks: a province-sized SIMPEG table in seconds, on PostgreSQL. */
class SimpegGeneratorBenchmarkTest {

    @Test
    void hundredThousandAsnAreWrittenToPostgresqlWellUnderAMinute() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            DataSource dataSource = postgres.getDatabase("postgres", "postgres",
                    Map.of("reWriteBatchedInserts", "true"));
            long started;
            try (Connection connection = dataSource.getConnection()) {
                SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
                started = System.nanoTime();
                new SimpegGenerator(1).populate(connection, 100_000, 2_000);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            SimpegSource simpeg = new SimpegSource(dataSource, SimpegSql.reference());

            assertThat(took).isLessThan(Duration.ofSeconds(30));
            assertThat(simpeg.asn().all(5000).filter(AsnProfile.class::isInstance).count()).isEqualTo(100_000);
            assertThat(simpeg.interns().all(5000).filter(Intern.class::isInstance).count()).isEqualTo(2_000);
        }
    }
}
