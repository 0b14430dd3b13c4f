package id.jembatan.e2e;

import id.jembatan.flow.credits.PagedLrs;
import id.jembatan.hr.simpeg.SimpegDialect;
import id.jembatan.lrs.xapi.Statement;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** {@code lrs-credits} end to end with a paging LRS stand-in and SIMPEG on an embedded PostgreSQL. */
class LrsCreditsVerifyTest extends LrsCreditsEndToEndTest {

    private static EmbeddedPostgres postgres;
    private final PagedLrs lrs = new PagedLrs();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stopLrs() {
        lrs.close();
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

    @Override
    String[] lrs() {
        return new String[] {lrs.endpoint().toString(), "jembatan", "any"};
    }

    @Override
    void store(List<Statement> statements) {
        lrs.store(statements.toArray(Statement[]::new));
    }
}
