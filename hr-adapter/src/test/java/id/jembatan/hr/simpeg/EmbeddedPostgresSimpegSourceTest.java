package id.jembatan.hr.simpeg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract on a real PostgreSQL started inside the build. */
class EmbeddedPostgresSimpegSourceTest extends SimpegSourceContract {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getDatabase("postgres", "postgres", Map.of("reWriteBatchedInserts", "true"));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    SimpegDialect dialect() {
        return SimpegDialect.POSTGRESQL;
    }
}
