package id.jembatan.hr.simpeg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** {@link SimpegCreditsContract} on H2 in both modes and on an embedded PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimpegCreditsDatabasesTest {

    private EmbeddedPostgres postgres;

    @BeforeAll
    void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    void stop() throws IOException {
        postgres.close();
    }

    private static DataSource h2(String mode) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:credits-" + mode + ";MODE=" + mode + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Nested
    class OnH2PostgresMode extends SimpegCreditsContract {
        private final DataSource dataSource = h2("PostgreSQL");

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.POSTGRESQL;
        }

        @Override
        SimpegDialect upsertDialect() {
            return null; // H2 knows ON CONFLICT without a target only; the bridge gives H2 the portable upsert
        }
    }

    @Nested
    class OnH2MariaDbMode extends SimpegCreditsContract {
        private final DataSource dataSource = h2("MariaDB");

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.MARIADB;
        }
    }

    @Nested
    class OnEmbeddedPostgres extends SimpegCreditsContract {

        @Override
        DataSource dataSource() {
            return postgres.getDatabase("postgres", "postgres", Map.of("reWriteBatchedInserts", "true"));
        }

        @Override
        SimpegDialect dialect() {
            return SimpegDialect.POSTGRESQL;
        }
    }
}
