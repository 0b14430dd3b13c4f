package id.jembatan.bridge.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * e-Kinerja, read by {@code kinerja-performance} and {@code kinerja-recommendations}: through its HTTP JSON API
 * ({@code url}) or, when there is none, through configured SQL against its database ({@code jdbc-url}).
 *
 * @param url           the API's list resource of SKP period results; empty = use {@code jdbc-url}
 * @param token         bearer token for the API (secret: {@code JEMBATAN_KINERJA_TOKEN})
 * @param site          IRI naming this e-Kinerja in xAPI (SKP period activities are {@code <site>/skp/<year>/<period>});
 *                      empty = the scheme, host and path of {@code url}
 * @param jdbcUrl       JDBC URL of e-Kinerja's database (PostgreSQL or MariaDB), read-only; used when {@code url} is
 *                      empty
 * @param username      database user with SELECT on the tables the queries read
 * @param password      that user's password (secret: {@code JEMBATAN_KINERJA_PASSWORD})
 * @param sqlDir        folder of the site's queries ({@code penilaian-changed.sql}, ...); empty = the reference queries
 * @param queryTimeout  longest one page query may run
 * @param connectTimeout how long to wait for a connection to the API
 * @param readTimeout   how long to wait for one API answer
 * @param fields        JSON path per record field ({@code nip}, {@code rating-hasil-kerja}, ...), overriding the
 *                      SIASN-shaped defaults
 * @param ratingCodes   numeric rating codes of the source, e.g. {@code 1: DIATAS_EKSPEKTASI} (default SIASN's 1-3)
 * @param predikatCodes numeric predikat codes of the source, e.g. {@code 3: BUTUH_PERBAIKAN} (default SIASN's 1-5)
 * @param http          paging of the API
 */
@ConfigurationProperties("jembatan.kinerja")
public record KinerjaProperties(
        URI url,
        String token,
        URI site,
        String jdbcUrl,
        String username,
        String password,
        Path sqlDir,
        @DefaultValue("60s") Duration queryTimeout,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout,
        Map<String, String> fields,
        Map<String, String> ratingCodes,
        Map<String, String> predikatCodes,
        @DefaultValue Http http) {

    /**
     * How the API pages.
     *
     * @param recordsPath where the list of records is in an answer (dotted); empty = the answer is the list
     * @param sinceParam  query parameter of the window's exclusive lower bound (ISO-8601)
     * @param untilParam  query parameter of the window's inclusive upper bound
     * @param pageParam   query parameter of the page number, from 1
     * @param sizeParam   query parameter of the page size
     */
    public record Http(
            @DefaultValue("data") String recordsPath,
            @DefaultValue("since") String sinceParam,
            @DefaultValue("until") String untilParam,
            @DefaultValue("page") String pageParam,
            @DefaultValue("limit") String sizeParam) {
    }

    public KinerjaProperties {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        ratingCodes = ratingCodes == null ? Map.of() : Map.copyOf(ratingCodes);
        predikatCodes = predikatCodes == null ? Map.of() : Map.copyOf(predikatCodes);
    }

    /** Whether an API is configured. */
    public boolean usesHttp() {
        return url != null && !url.toString().isBlank();
    }

    /** Whether e-Kinerja is configured at all. */
    public boolean configured() {
        return usesHttp() || (jdbcUrl != null && !jdbcUrl.isBlank());
    }

    @Override
    public String toString() {
        return "KinerjaProperties[url=" + url + ", token=" + (token == null || token.isEmpty() ? "(none)" : "(set)")
                + ", jdbcUrl=" + (jdbcUrl == null || jdbcUrl.isBlank() ? "(none)" : "(set)") + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", sqlDir=" + sqlDir + "]";
    }
}
