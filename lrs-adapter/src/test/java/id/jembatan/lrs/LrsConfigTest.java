package id.jembatan.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LrsConfigTest {

    @Test
    void thePasswordNeverAppearsInToString() {
        LrsConfig config = LrsConfig.of(URI.create("https://lrs.kota.go.id/xapi/"), "jembatan", "rahasia-lrs");

        assertThat(config.toString()).doesNotContain("rahasia-lrs").contains("password=****");
    }

    @Test
    void theEndpointGetsATrailingSlashAndItsOrigin() {
        LrsConfig config = LrsConfig.of(URI.create("https://lrs.kota.go.id:8443/data/xAPI"), "jembatan", "x");

        assertThat(config.endpoint()).isEqualTo(URI.create("https://lrs.kota.go.id:8443/data/xAPI/"));
        assertThat(config.origin()).isEqualTo(URI.create("https://lrs.kota.go.id:8443"));
        assertThat(config.connectTimeout()).isEqualTo(LrsConfig.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void credentialsInTheEndpointAreRefusedWithTheSettingsToUse() {
        assertThatThrownBy(() -> LrsConfig.of(URI.create("https://jembatan:rahasia@lrs.kota.go.id/xapi/"),
                "jembatan", "rahasia"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jembatan.lrs.username")
                .hasMessageNotContaining("rahasia@");
    }

    @Test
    void aRelativeEndpointOrMissingUsernameIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> LrsConfig.of(URI.create("lrs/xapi"), "jembatan", "x"))
                .hasMessageContaining("jembatan.lrs.endpoint");
        assertThatThrownBy(() -> LrsConfig.of(URI.create("https://lrs.kota.go.id/xapi/"), " ", "x"))
                .hasMessageContaining("jembatan.lrs.username");
    }
}
