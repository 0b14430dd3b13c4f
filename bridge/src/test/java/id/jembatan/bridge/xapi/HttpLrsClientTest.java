package id.jembatan.bridge.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.bridge.JembatanApplication;
import id.jembatan.lrs.LrsClient;
import id.jembatan.lrs.LrsConfig;
import id.jembatan.lrs.LrsFatalException;
import id.jembatan.lrs.LrsRejectedException;
import id.jembatan.lrs.StatementQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded store over HTTP at {@code /xapi/}: the client scenarios through a real port, plus what only HTTP has —
 * Basic auth against the configured clients, the open about resource, the version header and multipart bodies.
 */
@SpringBootTest(classes = JembatanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "jembatan.state.jdbc-url=jdbc:h2:mem:xapi-http;DB_CLOSE_DELAY=-1",
                "jembatan.internal.schedules-enabled=false",
                "jembatan.lrs.embedded.clients[0].username=mitra",
                "jembatan.lrs.embedded.clients[0].password=rahasia-mitra",
                "jembatan.lrs.embedded.clients[0].name=Universitas Mitra",
                "jembatan.lrs.embedded.clients[1].username=pembaca",
                "jembatan.lrs.embedded.clients[1].password=rahasia-pembaca",
                "jembatan.lrs.embedded.clients[1].read-only=true",
                "jembatan.lrs.embedded.max-request-size=2MB"})
class HttpLrsClientTest extends LrsClientScenarios {

    @LocalServerPort
    int port;

    @Autowired
    LrsClient bridgeClient;

    private final HttpClient http = HttpClient.newHttpClient();

    private LrsClient as(String username, String password) {
        return new LrsClient(new LrsConfig(URI.create("http://127.0.0.1:" + port + "/xapi/"), username, password,
                Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    @Override
    LrsClient client() {
        return as("mitra", "rahasia-mitra");
    }

    @Test
    void wrongOrMissingCredentialsAre401AndAReadOnlyClientMayNotWrite() throws Exception {
        assertThatThrownBy(() -> as("mitra", "salah").query(StatementQuery.all()))
                .isInstanceOf(LrsFatalException.class).hasMessageContaining("401");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("statements"))
                .header("X-Experience-API-Version", "1.0.3").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic"));
        assertThat(as("pembaca", "rahasia-pembaca").query(StatementQuery.all()).statements()).isNotNull();
        assertThatThrownBy(() -> as("pembaca", "rahasia-pembaca").post(List.of(completion(1))))
                .isInstanceOf(LrsFatalException.class).hasMessageContaining("403");
    }

    @Test
    void aboutIsOpenAndTheRestOfTheBridgeIsNotBehindTheXapiCredentials() throws Exception {
        HttpResponse<String> about = http.send(HttpRequest.newBuilder(uri("about")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body()).contains("\"1.0.3\"");
        assertThat(about.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        assertThat(health.statusCode()).isNotEqualTo(401);
    }

    @Test
    void aRequestWithoutTheVersionHeaderIs400() throws Exception {
        HttpResponse<String> response = http.send(authorised(uri("statements")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("X-Experience-API-Version");
    }

    @Test
    void aMultipartPostWithAWrongHashIs400AndWithTheRightOneIsReturnedWithAttachments() throws Exception {
        byte[] content = "sertifikat".getBytes(StandardCharsets.UTF_8);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        UUID id = UUID.randomUUID();
        var statement = Xapi.statement(id, "mailto:lampiran-" + id + "@kota.go.id",
                "http://adlnet.gov/expapi/verbs/completed", "https://elearning.kota.go.id/course/" + id);
        statement.putArray("attachments").addObject().put("usageType", "https://jembatan.id/xapi/certificate")
                .put("contentType", "text/plain").put("length", content.length).put("sha2", sha2)
                .putObject("display").put("id-ID", "Sertifikat");

        HttpResponse<String> wrong = http.send(multipart(Xapi.text(statement), content, "0" + sha2.substring(1)),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> right = http.send(multipart(Xapi.text(statement), content, sha2),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> back = http.send(authorised(URI.create(uri("statements") + "?statementId=" + id
                + "&attachments=true")).header("X-Experience-API-Version", "1.0.3").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("multipart/mixed"));
        assertThat(back.body()).contains("X-Experience-API-Hash: " + sha2).contains("sertifikat");
    }

    @Test
    void theBridgesOwnClientReachesTheSameStoreInProcess() {
        var statement = completion(9);
        bridgeClient.post(List.of(statement));

        assertThat(client().get(statement.id())).hasValueSatisfying(stored -> assertThat(stored.authority()
                .toString()).contains("Jembatan"));
        assertThatThrownBy(() -> bridgeClient.post(List.of(statement, statement)))
                .isInstanceOf(LrsRejectedException.class);
    }

    private HttpRequest multipart(String json, byte[] content, String hash) {
        String boundary = "batas" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
                + "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + hash
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return authorised(uri("statements")).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "multipart/mixed; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("mitra:rahasia-mitra".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAlternateSyntaxCarriesTheCredentialsInTheFormAndTheyAreChecked() throws Exception {
        UUID id = UUID.randomUUID();
        String statement = "{\"actor\":{\"mbox\":\"mailto:alt@kota.go.id\"},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"https://elearning.kota.go.id/"
                + "course/view.php?id=1\"}}";
        String good = "Basic " + Base64.getEncoder().encodeToString("mitra:rahasia-mitra"
                .getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("mitra:salah".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = http.send(alternatePut(id, statement, bad), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stored = http.send(alternatePut(id, statement, good), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(204);
        assertThat(client().get(id)).isPresent();
    }

    private HttpRequest alternatePut(UUID id, String statement, String authorization) {
        String form = "statementId=" + id + "&content=" + java.net.URLEncoder.encode(statement, StandardCharsets.UTF_8)
                + "&X-Experience-API-Version=1.0.3&Authorization="
                + java.net.URLEncoder.encode(authorization, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(uri("statements") + "?method=PUT"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    @Test
    void aBodyLargerThanMaxRequestSizeIs413WithTheSettingNamed() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("statements"))
                .header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mitra:rahasia-mitra"
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("jembatan.lrs.embedded.max-request-size");
    }

    private URI uri(String resource) {
        return URI.create("http://127.0.0.1:" + port + "/xapi/" + resource);
    }
}
