package id.jembatan.bridge.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jembatan.bridge.config.ApiProperties;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured consumers: checked at start-up with messages naming the property, and found by their key. */
class ApiKeysTest {

    private static final String KEY = "k-0123456789abcdefghijklmn";

    private static ApiProperties.Client client(String name, String key, String hash, List<String> scopes,
            List<String> opd) {
        return new ApiProperties.Client(name, key, hash, scopes, opd);
    }

    /** As the list form {@code jembatan.api.clients[0]...} binds: keyed by index. */
    private static ApiProperties properties(List<ApiProperties.Client> clients) {
        Map<String, ApiProperties.Client> indexed = new LinkedHashMap<>();
        for (int i = 0; i < clients.size(); i++) {
            indexed.put(String.valueOf(i), clients.get(i));
        }
        return new ApiProperties(indexed);
    }

    @Test
    void aClientKeyedByNameIsNamedByItsKeyAndOneKeySpelledTwoWaysIsOneClient() {
        Map<String, ApiProperties.Client> clients = new LinkedHashMap<>();
        clients.put("bkpsdm", client(null, KEY, null, List.of("competency:read"), List.of()));
        clients.put("dinas-kesehatan", client(null, "other-0123456789abcdefghijk", null, List.of(), List.of()));
        clients.put("dinaskesehatan", client(null, "other-0123456789abcdefghijk", null, List.of(), List.of()));
        ApiKeys keys = new ApiKeys(new ApiProperties(clients));

        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.find(KEY)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("bkpsdm"));
        assertThat(keys.find("other-0123456789abcdefghijk"))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("dinas-kesehatan"));
        assertThatThrownBy(() -> new ApiKeys(new ApiProperties(Map.of("dinkes", client(null, "short", null, List.of(),
                List.of()))))).hasMessageContaining("jembatan.api.clients.dinkes.key");
    }

    @Test
    void aKeyOrItsHashFindsItsConsumerAndAnyOtherKeyFindsNone() {
        String hash = HexFormat.of().formatHex(ApiKeys.sha256("other-0123456789abcdefghijk"));
        ApiKeys keys = new ApiKeys(properties(List.of(
                client("bkpsdm", KEY, null, List.of("competency:read"), List.of()),
                client("dinkes", null, hash, List.of(), List.of("OPD-7", " ")))));

        assertThat(keys.find(KEY)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("bkpsdm"));
        assertThat(keys.find("other-0123456789abcdefghijk")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("dinkes");
            assertThat(c.opdCodes()).containsExactly("OPD-7");
            assertThat(c.maySee("OPD-7")).isTrue();
            assertThat(c.maySee("OPD-8")).isFalse();
            assertThat(c.maySee(null)).isFalse();
        });
        assertThat(keys.find(KEY + "x")).isEmpty();
        assertThat(keys.find("")).isEmpty();
    }

    @Test
    void badConfigurationStopsStartUpNamingTheProperty() {
        assertThatThrownBy(() -> new ApiKeys(properties(List.of(client("a", "short", null, List.of(),
                List.of()))))).hasMessageContaining("jembatan.api.clients[0].key").hasMessageContaining("24");
        assertThatThrownBy(() -> new ApiKeys(properties(List.of(client("a", KEY, "ab", List.of(),
                List.of()))))).hasMessageContaining("set exactly one");
        assertThatThrownBy(() -> new ApiKeys(properties(List.of(client("a", null, "xyz", List.of(),
                List.of()))))).hasMessageContaining("jembatan.api.clients[0].key-hash").hasMessageContaining("64 hex");
        assertThatThrownBy(() -> new ApiKeys(properties(List.of(client("a", KEY, null,
                List.of("competency:write"), List.of()))))).hasMessageContaining("jembatan.api.clients[0].scopes")
                .hasMessageContaining("competency:write");
        assertThatThrownBy(() -> new ApiKeys(properties(List.of(client(null, KEY, null, List.of(),
                List.of()))))).hasMessageContaining("jembatan.api.clients[0].name");
        assertThatThrownBy(() -> new ApiKeys(properties(List.of(
                client("a", KEY, null, List.of(), List.of()),
                client("b", null, HexFormat.of().formatHex(ApiKeys.sha256(KEY)), List.of(), List.of())))))
                .hasMessageContaining("jembatan.api.clients[1]").hasMessageContaining("same key as 'a'")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void theClientsToStringNeverShowsTheKey() {
        assertThat(client("a", KEY, null, List.of(), List.of()).toString()).doesNotContain(KEY).contains("(set)");
    }
}
