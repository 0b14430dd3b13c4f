package id.jembatan.lrs.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The timestamp check's fast path for the form this project writes agrees with the full parser. */
class Iso8601Test {

    @Test
    void theFastPathAgreesWithTheParserOnEdgeCases() {
        List<String> texts = List.of("2025-03-01T02:15:00Z", "2024-02-29T23:59:59Z", "2023-02-29T10:00:00Z",
                "2025-13-01T00:00:00Z", "2025-04-31T00:00:00Z", "2025-03-01T24:00:00Z", "2025-03-01T23:60:00Z",
                "2025-03-01T23:59:60Z", "2025-03-01T02:15:00.5Z", "2025-03-01T02:15:00.123456789Z",
                "2025-03-01T02:15:00.1234567890Z", "2025-03-01T02:15:00.Z", "2025-03-01T02:15:0xZ",
                "2025-03-01 02:15:00Z", "2025-03-01T02:15:00", "2025-03-01T02:15:00+07:00", "2025-03-01T02:15Z",
                "0000-01-01T00:00:00Z", "2025-03-01T02:15:00,5Z", "2025-03-01T02:15:00z", "");
        for (String text : texts) {
            assertThat(Iso8601.isTimestamp(text)).as(text).isEqualTo(Iso8601.parseTimestamp(text).isPresent());
        }
        assertThat(Iso8601.isTimestamp(null)).isFalse();
    }

    @Test
    void everyInstantThisProjectWritesIsATimestamp() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = Iso8601.format(instant);
            assertThat(Iso8601.isTimestamp(text)).as(text).isEqualTo(Iso8601.parseTimestamp(text).isPresent());
        }
    }
}
