package id.jembatan.lrs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartTest {

    @Test
    void binaryContentWithCrLfAndBoundaryLikeBytesSurvivesARoundTrip() {
        byte[] binary = {0, (byte) 0xff, '\r', '\n', '-', '-', 'x', '\r', '\n', 1};
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/octet-stream");
        headers.put("x-experience-api-hash", "abc");
        List<Multipart.Part> parts = List.of(
                new Multipart.Part(Map.of("content-type", "application/json"), "[]".getBytes(StandardCharsets.UTF_8)),
                new Multipart.Part(headers, binary));

        List<Multipart.Part> read = Multipart.parse(Multipart.write(parts, "grens"), "grens");

        assertThat(read).hasSize(2);
        assertThat(new String(read.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("[]");
        assertThat(read.get(1).content()).isEqualTo(binary);
        assertThat(read.get(1).header("X-Experience-API-Hash")).hasValue("abc");
    }

    @Test
    void theBoundaryIsReadQuotedOrNot() {
        assertThat(Multipart.boundary("multipart/mixed; boundary=abc123")).hasValue("abc123");
        assertThat(Multipart.boundary("multipart/mixed; boundary=\"a b\"; charset=x")).hasValue("a b");
        assertThat(Multipart.boundary("multipart/mixed")).isEmpty();
    }

    @Test
    void aBodyWithoutTheBoundaryOrAnUnclosedPartIsInvalid() {
        assertThatThrownBy(() -> Multipart.parse("hello".getBytes(StandardCharsets.UTF_8), "b"))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("multipart");
        assertThatThrownBy(() -> Multipart.parse("--b\r\nContent-Type: a\r\n\r\nnever closed".getBytes(
                StandardCharsets.UTF_8), "b")).isInstanceOf(StoreRejection.class);
    }

    @Test
    void aBoundaryOfSeventyCharactersIsReadAndALongerOneRefusedAsRfc2046Says() {
        String seventy = "b".repeat(70);
        List<Multipart.Part> parts = List.of(new Multipart.Part(Map.of("content-type", "application/json"),
                "[]".getBytes(StandardCharsets.UTF_8)));

        assertThat(Multipart.parse(Multipart.write(parts, seventy), seventy)).hasSize(1);
        String longer = "b".repeat(4_000);
        assertThatThrownBy(() -> Multipart.parse(Multipart.write(parts, longer), longer))
                .isInstanceOf(StoreRejection.class).hasMessageContaining("1 to 70 characters");
    }

    @Test
    void aPartFullOfNearBoundariesIsFoundExactlyWhereTheBoundaryIs() {
        String boundary = "a".repeat(69) + "b";
        String filler = ("\r\n--" + "a".repeat(69) + "c").repeat(2_000);
        byte[] body = ("--" + boundary + "\r\nContent-Type: text/plain\r\n\r\n" + filler + "\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);

        List<Multipart.Part> read = Multipart.parse(body, boundary);

        assertThat(read).hasSize(1);
        assertThat(new String(read.get(0).content(), StandardCharsets.ISO_8859_1)).isEqualTo(filler);
    }

    @Test
    void indexOfFindsOverlappingAndRepeatedPatterns() {
        byte[] haystack = "aaabaaabaaaab".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Multipart.indexOf(haystack, "aaaab".getBytes(StandardCharsets.ISO_8859_1), 0)).isEqualTo(8);
        assertThat(Multipart.indexOf(haystack, "abaa".getBytes(StandardCharsets.ISO_8859_1), 3)).isEqualTo(6);
        assertThat(Multipart.indexOf(haystack, "x".getBytes(StandardCharsets.ISO_8859_1), 0)).isEqualTo(-1);
    }
}
