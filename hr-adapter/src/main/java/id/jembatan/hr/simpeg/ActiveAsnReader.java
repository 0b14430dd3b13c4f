package id.jembatan.hr.simpeg;

import id.jembatan.hr.Nip;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reads every active ASN with their OPD through {@code asn-active-by-opd.sql}, in one query: about 10,000 rows
 * for a city, which the competency figures use as the OPD headcount. A row with an invalid NIP is returned as a
 * {@link RejectedRow} and left out of the list, never guessed.
 */
public final class ActiveAsnReader {

    private static final List<String> ALIASES = List.of("nip", "nama", "opd_kode", "opd_nama");

    private final DataSource dataSource;
    private final NamedSql query;
    private final int queryTimeoutSeconds;

    /**
     * @param query {@code asn-active-by-opd.sql} ({@link CompetencySql#activeAsn()})
     * @param queryTimeout longest the query may run
     */
    public ActiveAsnReader(DataSource dataSource, NamedSql query, Duration queryTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.query = Objects.requireNonNull(query, "query");
        this.queryTimeoutSeconds = Math.toIntExact(Math.max(1, queryTimeout.toSeconds()));
    }

    /** Every active ASN now; SQL failures as {@link SimpegException} (retryable or a configuration error). */
    public Roster read() {
        List<ActiveAsn> active = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = query.prepare(connection, Map.of())) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                RawRow.Reader reader = new RawRow.Reader(query.name(), rows.getMetaData(), ALIASES);
                while (rows.next()) {
                    RawRow row = reader.read(rows);
                    Nip.Result nip = Nip.check(row.raw("nip"));
                    if (nip.valid()) {
                        active.add(new ActiveAsn(nip.nip(), blankToNull(row.raw("nama")),
                                blankToNull(row.raw("opd_kode")), blankToNull(row.raw("opd_nama"))));
                    } else {
                        rejected.add(new RejectedRow(query.name(), row.raw("nip"), null,
                                List.of(new RejectedRow.Problem("nip", nip.reason().indonesian(),
                                        nip.reason().english())), row.asText()));
                    }
                }
            }
        } catch (SQLException e) {
            throw SimpegAccessException.classify(query.name(), e);
        }
        return new Roster(List.copyOf(active), List.copyOf(rejected));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What one read returned.
     *
     * @param active the active ASN with a valid NIP
     * @param rejected rows left out, each with its reason
     */
    public record Roster(List<ActiveAsn> active, List<RejectedRow> rejected) {
    }
}
