package id.jembatan.bridge.competency;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.hr.simpeg.SimpegDialect;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The competency stores on an embedded PostgreSQL: the state store and SIMPEG each in a database of their own. */
class EmbeddedPostgresCompetencyStoresTest extends CompetencyStoresContract {

    private static HikariDataSource state;
    private static HikariDataSource simpeg;

    @BeforeAll
    static void open() {
        state = TestDatabases.pool(TestDatabases.embeddedPostgres(), "postgres", "");
        TestDatabases.migrateState(state, false);
        simpeg = TestDatabases.pool(TestDatabases.embeddedPostgres(), "postgres", "");
    }

    @AfterAll
    static void close() {
        state.close();
        simpeg.close();
    }

    @Override
    DataSource state() {
        return state;
    }

    @Override
    DataSource simpeg() {
        return simpeg;
    }

    @Override
    SimpegDialect dialect() {
        return SimpegDialect.POSTGRESQL;
    }
}
