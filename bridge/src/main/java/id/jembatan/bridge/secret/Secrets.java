package id.jembatan.bridge.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking of secrets for every output of the bridge: the log ({@link MaskingEncoder}), command output
 * ({@link MaskingOutputStream}), dead letters, the audit log and HTTP error answers. It replaces two things by
 * {@value #MASK}: every configured secret value ({@link SecretsListener} registers them from the environment, with
 * their JSON-escaped, URL-encoded and HTTP Basic forms), and whatever has the shape of a credential even when nobody
 * configured it: the value after {@code Basic} / {@code Bearer}, a {@code password=} or {@code token=} parameter (as in
 * a JDBC URL), a JSON {@code "password"} or {@code "token"} member, and the password of a {@code user:password@host}
 * URL. A peer that echoes the credentials it was sent in its error body is the case this exists for.
 */
public final class Secrets {

    /** What a secret is replaced with. */
    public static final String MASK = "****";
    /** Shorter values are not masked by value (they would blank out ordinary words); the patterns still apply. */
    static final int MIN_LENGTH = 4;
    /**
     * A secret that is the bridge's own name is not masked by value: every setting a message names starts with it
     * ({@code jembatan.kinerja.token}), so masking it would blank out the fix and hide nothing that is not public;
     * the credential patterns still mask it where it stands as a password.
     */
    static final String OWN_NAME = "jembatan";

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static volatile List<String> longestFirst = List.of();

    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)\\b(basic|bearer)(\\s+)"
            + "([A-Za-z0-9._~+/=-]{8,})");
    private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;\\s]?(?:password|passwd|pwd|wstoken|token"
            + "|access_token|api_key|apikey|client_secret|secret)=)([^&;\\s\"'<>]+)");
    private static final Pattern JSON_MEMBER = Pattern.compile("(?i)(\"(?:password|passwd|token|wstoken|access_token"
            + "|api_key|apikey|client_secret|secret|authorization)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)+)(\")");
    private static final Pattern URL_USER_INFO = Pattern.compile("(://[^/:@\\s\"'<>]+:)([^@/\\s\"'<>]+)(@)");

    private Secrets() {
    }

    /** Masks {@code value} from now on, with its JSON-escaped and URL-encoded forms. Null and short values are ignored. */
    public static void register(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH || value.strip().equalsIgnoreCase(OWN_NAME)) {
            return;
        }
        boolean added = VALUES.add(value);
        added |= VALUES.add(value.strip());
        added |= VALUES.add(jsonEscaped(value));
        added |= VALUES.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        if (added) {
            refresh();
        }
    }

    /** Masks a password and the HTTP Basic credentials ({@code base64(user:password)}) it makes with its user. */
    public static void registerBasic(String username, String password) {
        register(password);
        if (username != null && password != null && password.strip().length() >= MIN_LENGTH) {
            String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            if (VALUES.add(basic)) {
                refresh();
            }
        }
    }

    /** {@code text} with every secret replaced by {@value #MASK}; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String value : longestFirst) {
            if (masked.contains(value)) {
                masked = masked.replace(value, MASK);
            }
        }
        masked = replace(AUTH_SCHEME, masked, m -> looksLikeCredential(m.group(3))
                ? m.group(1) + m.group(2) + MASK : m.group());
        masked = replace(PARAMETER, masked, m -> m.group(1) + MASK);
        masked = replace(JSON_MEMBER, masked, m -> m.group(1) + MASK + m.group(3));
        masked = replace(URL_USER_INFO, masked, m -> m.group(1) + MASK + m.group(3));
        return masked;
    }

    /** Whether {@code text} holds something {@link #mask} would hide. */
    public static boolean contains(String text) {
        return text != null && !mask(text).equals(text);
    }

    /**
     * A word after {@code Basic} or {@code Bearer} is a credential unless it reads like prose ("Basic credentials"):
     * it has a digit, a base64 symbol, or a capital after its first letter.
     */
    private static boolean looksLikeCredential(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '~'
                    || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    private interface Replacement {
        String apply(Matcher matcher);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static synchronized void refresh() {
        List<String> values = new ArrayList<>(VALUES);
        values.removeIf(v -> v.length() < MIN_LENGTH);
        values.sort(Comparator.comparingInt(String::length).reversed());
        longestFirst = List.copyOf(values);
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("/");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
