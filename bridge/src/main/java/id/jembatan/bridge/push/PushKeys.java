package id.jembatan.bridge.push;

import id.jembatan.bridge.config.MoodlePushProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sites allowed to push, checked at start-up as {@code jembatan.api.clients} are: only SHA-256 digests of the keys
 * are kept, a presented key is hashed and compared with every site's digest in constant time.
 */
final class PushKeys {

    static final int MIN_KEY_LENGTH = 24;
    private static final Pattern HASH = Pattern.compile("(?:sha256:)?([0-9a-fA-F]{64})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private record Entry(byte[] digest, String site) {
    }

    private final List<Entry> entries;

    PushKeys(MoodlePushProperties properties) {
        List<Entry> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < properties.sites().size(); i++) {
            MoodlePushProperties.Site site = properties.sites().get(i);
            String at = "jembatan.moodle.push.sites[" + i + "]";
            if (site == null || site.name() == null || !NAME.matcher(site.name()).matches()) {
                throw invalid(at + ".name", "nama wajib diisi (huruf, angka, . _ @ -) / a name is required "
                        + "(letters, digits, . _ @ -)");
            }
            if (!names.add(site.name())) {
                throw invalid(at + ".name", "nama '" + site.name() + "' dipakai dua kali / the name '" + site.name()
                        + "' is used twice");
            }
            byte[] digest = digestOf(site, at);
            for (Entry other : checked) {
                if (MessageDigest.isEqual(other.digest(), digest)) {
                    throw invalid(at, "kunci sama dengan milik '" + other.site() + "' / same key as '" + other.site()
                            + "'; give each site its own key");
                }
            }
            checked.add(new Entry(digest, site.name()));
        }
        entries = List.copyOf(checked);
    }

    private static byte[] digestOf(MoodlePushProperties.Site site, String at) {
        boolean hasKey = site.key() != null && !site.key().isEmpty();
        boolean hasHash = site.keyHash() != null && !site.keyHash().isEmpty();
        if (hasKey == hasHash) {
            throw invalid(at + ".key / " + at + ".key-hash", "isi salah satu, tepat satu / set exactly one of them");
        }
        if (hasKey) {
            if (site.key().strip().length() < MIN_KEY_LENGTH) {
                throw invalid(at + ".key", "kunci minimal " + MIN_KEY_LENGTH + " karakter / the key needs at least "
                        + MIN_KEY_LENGTH + " characters (e.g. openssl rand -hex 24)");
            }
            return sha256(site.key().strip());
        }
        var matcher = HASH.matcher(site.keyHash().strip());
        if (!matcher.matches()) {
            throw invalid(at + ".key-hash", "harus SHA-256 berupa 64 digit heksadesimal / must be the SHA-256 as 64 "
                    + "hex digits (printf %s \"$KEY\" | sha256sum)");
        }
        return HexFormat.of().parseHex(matcher.group(1).toLowerCase(Locale.ROOT));
    }

    private static IllegalStateException invalid(String property, String problem) {
        return new IllegalStateException("Konfigurasi push Moodle tidak valid / invalid Moodle push configuration: "
                + property + ": " + problem);
    }

    int size() {
        return entries.size();
    }

    /** The name of the site whose key this is. */
    Optional<String> find(String presentedKey) {
        byte[] digest = sha256(presentedKey.strip());
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.site();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
