package id.jembatan.moodle.log;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/**
 * The reader on H2 in MariaDB mode, over Moodle's MySQL/MariaDB DDL: the SQL must run unchanged where
 * Moodle runs on MySQL or MariaDB. The real MariaDB is covered by the tests module's {@code -Ppeers} tier.
 */
class MoodleLogReaderOnH2MariaDbModeTest extends MoodleLogReaderContract {

    private static JdbcDataSource h2;

    @BeforeAll
    static void createDatabase() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:moodle-" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        LogTable.create(h2, LogTable.Dialect.MARIADB, "mdl_").withRecordedRows();
    }

    @Override
    DataSource dataSource() {
        return h2;
    }

    @Override
    LogTable.Dialect dialect() {
        return LogTable.Dialect.MARIADB;
    }
}
