package id.jembatan.bridge.state;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What H2's own background writer would do to the state store's file, done in its place. With {@code WRITE_DELAY=0}
 * (docs/decisions/0015-durable-default-state-store.md) H2 runs no background writer, so nothing rewrites the file's
 * partly dead chunks while the database is open: every commit leaves old copies of the pages it changed, and the file
 * grew to about three times its live data (2,715 bytes a statement row of 850 at 50,000 rows). Every
 * {@value #PERIOD_SECONDS} s this rewrites chunks whose fill rate is under {@value #FILL_RATE} % (at most
 * {@value #WRITE_BYTES} bytes a time), as the background writer does, so their space is reused after H2's retention
 * time (docs/decisions/0023-compact-statement-store.md). Only for an H2 database in a file, opened in this process.
 */
final class H2Housekeeping implements AutoCloseable {

    static final int PERIOD_SECONDS = 2;
    static final int FILL_RATE = 90;
    static final int WRITE_BYTES = 16 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final ScheduledExecutorService scheduler;

    H2Housekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jembatan-h2-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        if (StateDialect.of(dataSource) == StateDialect.H2) {
            scheduler.scheduleWithFixedDelay(this::compact, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Rewrites partly dead chunks now; false when it could not. When the database is not an H2 file open in this
     * process (in memory, or an H2 server), it stops asking.
     */
    boolean compact() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                scheduler.shutdown();
                return false;
            }
            var store = session.getDatabase().getStore();
            MVStore mvStore = store == null ? null : store.getMvStore();
            if (mvStore == null || mvStore.getFileStore() == null) {
                scheduler.shutdown();
                return false;
            }
            if (mvStore.isClosed()) {
                return false;
            }
            mvStore.compact(FILL_RATE, WRITE_BYTES);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("H2 housekeeping skipped: {}", e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
