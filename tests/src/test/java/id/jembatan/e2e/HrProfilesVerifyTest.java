package id.jembatan.e2e;

import id.jembatan.hr.simpeg.SimpegDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@code hr-profiles} end to end with SIMPEG on an embedded PostgreSQL started inside the build. */
class HrProfilesVerifyTest extends HrProfilesEndToEndTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    String[] database() {
        return new String[] {postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"};
    }

    @Override
    Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    SimpegDialect dialect() {
        return SimpegDialect.POSTGRESQL;
    }
}
