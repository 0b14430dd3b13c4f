package id.jembatan.benchmark.credits;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;

/**
 * The least the databases need to store what a first pass stored, measured in the same run: the ledger's
 * {@code competency_credit} rows and SIMPEG's {@code riwayat_diklat} rows copied, by the server itself, into empty
 * tables with the same columns, constraints and indexes ({@code LIKE ... INCLUDING ALL}), one {@code INSERT ... SELECT}
 * per table, both tables at once on two connections as the pass writes them. No JSON, no HTTP, no JDBC round trips,
 * no look-ups: only the rows and their B-tree entries. A pass cannot be faster than this on the same machine; its wall
 * time divided by this floor is the figure that says how much of the pass is the bridge's own work.
 */
final class StorageFloor {

    private StorageFloor() {
    }

    record Result(double ledgerSeconds, double simpegSeconds, double wallSeconds, long ledgerRows, long simpegRows) {

        @Override
        public String toString() {
            return String.format("%.2f s wall for %,d ledger + %,d SIMPEG rows (ledger %.2f s, SIMPEG %.2f s, at once)",
                    wallSeconds, ledgerRows, simpegRows, ledgerSeconds, simpegSeconds);
        }
    }

    /** Copies both tables at once and drops the copies again. */
    static Result measure(DataSource state, DataSource simpeg) {
        long start = System.nanoTime();
        CompletableFuture<long[]> ledger = CompletableFuture.supplyAsync(() -> copy(state, "competency_credit"));
        CompletableFuture<long[]> riwayat = CompletableFuture.supplyAsync(() -> copy(simpeg, "riwayat_diklat"));
        try {
            long[] l = ledger.join();
            long[] r = riwayat.join();
            return new Result(l[1] / 1e9, r[1] / 1e9, (System.nanoTime() - start) / 1e9, l[0], r[0]);
        } catch (CompletionException e) {
            throw new IllegalStateException("storage floor: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** @return rows copied, nanoseconds the copy took */
    private static long[] copy(DataSource dataSource, String table) {
        String floor = "floor_" + table;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS " + floor);
            sql.execute("CREATE TABLE " + floor + " (LIKE " + table + " INCLUDING ALL)");
            long start = System.nanoTime();
            long rows = sql.executeUpdate("INSERT INTO " + floor + " SELECT * FROM " + table);
            long nanos = System.nanoTime() - start;
            sql.execute("DROP TABLE " + floor);
            return new long[] {rows, nanos};
        } catch (SQLException e) {
            throw new IllegalStateException(table + ": " + e.getMessage(), e);
        }
    }
}
