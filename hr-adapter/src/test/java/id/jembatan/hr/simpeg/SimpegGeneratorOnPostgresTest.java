package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The generator the benchmarks use fills a large SIMPEG table on PostgreSQL with exactly the ASN and interns asked for
 * (how fast it does so is the benchmarks' business, not a test's: a timing assertion here failed under load).
 */
class SimpegGeneratorOnPostgresTest {

    @Test
    void twentyThousandAsnAndTheirInternsAreAllReadableFromPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            DataSource dataSource = postgres.getDatabase("postgres", "postgres",
                    Map.of("reWriteBatchedInserts", "true"));
            try (Connection connection = dataSource.getConnection()) {
                SimpegGenerator.createSchema(connection, SimpegDialect.POSTGRESQL);
                new SimpegGenerator(1).populate(connection, 20_000, 400);
            }
            SimpegSource simpeg = new SimpegSource(dataSource, SimpegSql.reference());

            assertThat(simpeg.asn().all(5000).filter(AsnProfile.class::isInstance).count()).isEqualTo(20_000);
            assertThat(simpeg.interns().all(5000).filter(Intern.class::isInstance).count()).isEqualTo(400);
        }
    }
}
