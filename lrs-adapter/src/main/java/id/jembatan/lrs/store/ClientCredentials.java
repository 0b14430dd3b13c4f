package id.jembatan.lrs.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The clients allowed to use the embedded store over HTTP, checked by HTTP Basic auth (xAPI Communication 4.0 allows
 * Basic). Passwords are compared in constant time and never appear in {@link #toString()}.
 */
public final class ClientCredentials {

    /** One configured client: its Basic-auth password and who it is. */
    public record Entry(XapiClient client, String password) {

        public Entry {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Entry[" + client.username() + ", password=****]";
        }
    }

    private final List<Entry> entries;

    public ClientCredentials(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The client an {@code Authorization} header proves, if any. */
    public Optional<XapiClient> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        byte[] password = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        XapiClient found = null;
        for (Entry entry : entries) {
            boolean passwordMatches = MessageDigest.isEqual(password, entry.password().getBytes(StandardCharsets.UTF_8));
            if (entry.client().username().equals(username) && passwordMatches) {
                found = entry.client();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return "ClientCredentials" + entries.stream().map(e -> e.client().username().toLowerCase(Locale.ROOT)).toList();
    }
}
