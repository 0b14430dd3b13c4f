package id.jembatan.lrs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

    private static final URI HOME = URI.create("https://jembatan.invalid/xapi/clients");
    private final ClientCredentials credentials = new ClientCredentials(List.of(
            new ClientCredentials.Entry(XapiClient.of("mitra", "Universitas Mitra", HOME, false), "rahasia:dengan:titik"),
            new ClientCredentials.Entry(XapiClient.of("dasbor", null, HOME, true), "lain")));

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRightPasswordProvesTheClientAndItsAuthority() {
        XapiClient client = credentials.authenticate(basic("mitra", "rahasia:dengan:titik")).orElseThrow();

        assertThat(client.username()).isEqualTo("mitra");
        assertThat(client.readOnly()).isFalse();
        assertThat(client.authority().path("name").asText()).isEqualTo("Universitas Mitra");
        assertThat(client.authority().path("account").path("homePage").asText()).isEqualTo(HOME.toString());
        assertThat(credentials.authenticate(basic("dasbor", "lain")).orElseThrow().authority().path("name").asText())
                .as("the username when no name is configured").isEqualTo("dasbor");
    }

    @Test
    void aWrongPasswordAnotherClientsPasswordOrNoBasicHeaderProveNothing() {
        assertThat(credentials.authenticate(basic("mitra", "salah"))).isEmpty();
        assertThat(credentials.authenticate(basic("mitra", "lain"))).isEmpty();
        assertThat(credentials.authenticate(basic("tamu", "lain"))).isEmpty();
        assertThat(credentials.authenticate("Bearer abc")).isEmpty();
        assertThat(credentials.authenticate("Basic !!!")).isEmpty();
        assertThat(credentials.authenticate(null)).isEmpty();
    }

    @Test
    void passwordsNeverAppearInText() {
        assertThat(credentials.toString()).doesNotContain("rahasia").doesNotContain("lain");
    }
}
