package id.jembatan.bridge.competency;

import com.zaxxer.hikari.HikariDataSource;
import id.jembatan.hr.simpeg.SimpegDialect;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The competency stores on H2: the state store as the bridge's default, SIMPEG in MariaDB mode (H2 has no
 * {@code ON CONFLICT ... DO UPDATE}, so the PostgreSQL upsert runs only on PostgreSQL).
 */
class H2CompetencyStoresTest extends CompetencyStoresContract {

    private static HikariDataSource state;
    private static HikariDataSource simpeg;

    @BeforeAll
    static void open() {
        state = TestDatabases.pool("jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        TestDatabases.migrateState(state, false);
        simpeg = TestDatabases.pool("jdbc:h2:mem:simpeg-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
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
        return SimpegDialect.MARIADB;
    }
}
