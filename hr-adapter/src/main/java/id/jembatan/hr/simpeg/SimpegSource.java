package id.jembatan.hr.simpeg;

import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * SIMPEG, read through the configured SQL ({@link SimpegSql}) over plain JDBC: the ASN and the interns, each as
 * changes since a cursor (the {@code hr-profiles} flow's schedule) or in full (its reconcile).
 *
 * <pre>{@code
 * SimpegSource simpeg = new SimpegSource(dataSource, SimpegSql.fromDirectory(Path.of("config/simpeg")));
 * LocalDateTime bound = simpeg.asn().captureUpperBound().orElseThrow();
 * Page<AsnRow> page = simpeg.asn().changedSince(watermark, bound, 500);
 * }</pre>
 */
public final class SimpegSource {

    /** Query timeout when none is given. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);

    private final SimpegTable<AsnRow> asn;
    private final SimpegTable<InternRow> interns;

    /** Reads through {@code sql} with {@link #DEFAULT_QUERY_TIMEOUT}. */
    public SimpegSource(DataSource dataSource, SimpegSql sql) {
        this(dataSource, sql, DEFAULT_QUERY_TIMEOUT);
    }

    /**
     * Reads through {@code sql}.
     *
     * @param queryTimeout longest a single page query may run; a query over it fails as a retryable
     *     {@link SimpegAccessException}
     */
    public SimpegSource(DataSource dataSource, SimpegSql sql, Duration queryTimeout) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(sql, "sql");
        int timeoutSeconds = Math.toIntExact(Math.max(1, queryTimeout.toSeconds()));
        this.asn = new SimpegTable<>(dataSource, sql.asnChanged(), sql.asnAll(), sql.asnMaxUpdatedAt(),
                new AsnMapper(), SimpegSql.SINCE_NIP, timeoutSeconds);
        this.interns = new SimpegTable<>(dataSource, sql.internsChanged(), sql.internsAll(),
                sql.internsMaxUpdatedAt(), new InternMapper(), SimpegSql.SINCE_NOMOR_INDUK, timeoutSeconds);
    }

    /** The ASN (PNS, CPNS, PPPK), keyed by NIP. */
    public SimpegTable<AsnRow> asn() {
        return asn;
    }

    /** The interns, keyed by nomor induk (NIK or student number). */
    public SimpegTable<InternRow> interns() {
        return interns;
    }
}
