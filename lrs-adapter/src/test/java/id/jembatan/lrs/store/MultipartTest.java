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
}
