package id.jembatan.hr.simpeg;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The contract on H2 in MariaDB mode, with the MariaDB schema. */
class H2MariaDbModeSimpegSourceTest extends SimpegSourceContract {

    private static JdbcDataSource dataSource;

    @BeforeAll
    static void start() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:simpeg-mariadb;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    SimpegDialect dialect() {
        return SimpegDialect.MARIADB;
    }
}
