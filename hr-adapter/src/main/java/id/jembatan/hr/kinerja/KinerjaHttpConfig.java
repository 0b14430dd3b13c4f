package id.jembatan.hr.kinerja;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an e-Kinerja HTTP JSON API.
 *
 * @param url the list resource, e.g. {@code https://ekinerja.kota.go.id/api/v1/skp/penilaian}
 *     ({@code jembatan.kinerja.url})
 * @param token bearer token ({@code jembatan.kinerja.token}); secret, never in messages
 * @param fields role → JSON path ({@link KinerjaFields#withOverrides})
 * @param recordsPath where the list of records is in the answer, dotted ({@code data}); empty when the answer is the
 *     list itself
 * @param sinceParam query parameter of the window's exclusive lower bound, ISO-8601 with offset; omitted on the
 *     first read
 * @param untilParam query parameter of the window's inclusive upper bound
 * @param pageParam query parameter of the page number, counted from 1
 * @param sizeParam query parameter of the page size
 */
public record KinerjaHttpConfig(URI url, String token, Duration connectTimeout, Duration readTimeout,
        Map<String, String> fields, String recordsPath, String sinceParam, String untilParam, String pageParam,
        String sizeParam) {

    public KinerjaHttpConfig {
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute() || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw KinerjaException.configuration("jembatan.kinerja.url harus URL http(s) / must be an http(s) URL, was '"
                    + url + "'");
        }
        if (token == null || token.isBlank()) {
            throw KinerjaException.configuration("jembatan.kinerja.token kosong / is empty: set it (through"
                    + " JEMBATAN_KINERJA_TOKEN)");
        }
        fields = Map.copyOf(fields);
        recordsPath = recordsPath == null ? "" : recordsPath.strip();
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** SIASN-shaped defaults: records under {@code data}, parameters {@code since}, {@code until}, {@code page}, {@code limit}. */
    public static KinerjaHttpConfig of(URI url, String token) {
        return new KinerjaHttpConfig(url, token, Duration.ofSeconds(10), Duration.ofSeconds(60),
                KinerjaFields.siasnDefaults(), "data", "since", "until", "page", "limit");
    }

    @Override
    public String toString() {
        return "KinerjaHttpConfig[url=" + url + ", token=(set), recordsPath=" + recordsPath + "]";
    }
}
