package id.jembatan.bridge.competency;

import id.jembatan.bridge.config.ApiProperties;
import id.jembatan.bridge.config.ClientMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured API consumers, checked once at start-up, and the lookup of a presented key. Only SHA-256 digests
 * of the keys are kept in memory; a presented key is hashed and compared with every consumer's digest in constant
 * time, so neither the keys nor their position leak through timing.
 */
final class ApiKeys {

    /** Shortest key accepted in {@code jembatan.api.clients.<name>.key}. */
    static final int MIN_KEY_LENGTH = 24;
    private static final String PREFIX = "jembatan.api.clients";
    private static final Pattern HASH = Pattern.compile("(?:sha256:)?([0-9a-fA-F]{64})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private final List<Entry> entries;

    private record Entry(byte[] digest, ApiConsumer consumer) {
    }

    ApiKeys(ApiProperties properties) {
        List<Entry> checked = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, ApiProperties.Client> configured : properties.clients().entrySet()) {
            ApiProperties.Client client = configured.getValue();
            String at = ClientMap.setting(PREFIX, configured.getKey());
            String name = client == null ? null : client.name() != null && !client.name().isBlank()
                    ? client.name().strip() : ClientMap.isIndex(configured.getKey()) ? null : configured.getKey();
            if (client == null || name == null || !NAME.matcher(name).matches()) {
                throw invalid(at + ".name", "nama wajib diisi (huruf, angka, . _ @ -) / a name is required "
                        + "(letters, digits, . _ @ -)");
            }
            if (!names.add(name)) {
                throw invalid(at + ".name", "nama '" + name + "' dipakai dua kali / the name '" + name
                        + "' is used twice");
            }
            checked.add(new Entry(digestOf(client, at), new ApiConsumer(name, scopes(client, at),
                    opdCodes(client))));
            settings.add(at);
        }
        for (int i = 0; i < checked.size(); i++) {
            for (int j = i + 1; j < checked.size(); j++) {
                if (MessageDigest.isEqual(checked.get(i).digest(), checked.get(j).digest())) {
                    throw invalid(settings.get(j), "kunci sama dengan milik '"
                            + checked.get(i).consumer().name() + "' / same key as '" + checked.get(i).consumer().name()
                            + "'; give each consumer its own key");
                }
            }
        }
        this.entries = List.copyOf(checked);
    }

    private static byte[] digestOf(ApiProperties.Client client, String at) {
        boolean hasKey = client.key() != null && !client.key().isEmpty();
        boolean hasHash = client.keyHash() != null && !client.keyHash().isEmpty();
        if (hasKey == hasHash) {
            throw invalid(at + ".key / " + at + ".key-hash", "isi salah satu, tepat satu / set exactly one of them");
        }
        if (hasKey) {
            if (client.key().strip().length() < MIN_KEY_LENGTH) {
                throw invalid(at + ".key", "kunci minimal " + MIN_KEY_LENGTH + " karakter / the key needs at least "
                        + MIN_KEY_LENGTH + " characters (e.g. openssl rand -hex 24)");
            }
            return sha256(client.key().strip());
        }
        var matcher = HASH.matcher(client.keyHash().strip());
        if (!matcher.matches()) {
            throw invalid(at + ".key-hash", "harus SHA-256 berupa 64 digit heksadesimal / must be the SHA-256 as 64 "
                    + "hex digits (printf %s \"$KEY\" | sha256sum)");
        }
        return HexFormat.of().parseHex(matcher.group(1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> scopes(ApiProperties.Client client, String at) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : client.scopes()) {
            String s = scope == null ? "" : scope.strip();
            if (!ApiConsumer.KNOWN_SCOPES.contains(s)) {
                throw invalid(at + ".scopes", "cakupan '" + s + "' tidak dikenal / unknown scope '" + s
                        + "'; known: " + ApiConsumer.KNOWN_SCOPES);
            }
            scopes.add(s);
        }
        return scopes;
    }

    private static Set<String> opdCodes(ApiProperties.Client client) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : client.opdCodes()) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    private static IllegalStateException invalid(String property, String problem) {
        return new IllegalStateException("Konfigurasi API tidak valid / invalid API configuration: " + property
                + ": " + problem);
    }

    /** How many consumers are configured. */
    int size() {
        return entries.size();
    }

    /** The consumer whose key this is. */
    Optional<ApiConsumer> find(String presentedKey) {
        byte[] digest = sha256(presentedKey.strip());
        ApiConsumer found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.consumer();
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
