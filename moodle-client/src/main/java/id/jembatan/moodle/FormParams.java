package id.jembatan.moodle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Function parameters as Moodle's PHP bracketed form fields ({@code users[0][customfields][1][type]=jp},
 * {@code options[ids][0]=2}, {@code context[contextid]=1}), kept in the order they were added and
 * encoded as {@code application/x-www-form-urlencoded} (brackets percent-encoded, which PHP decodes).
 *
 * <p>Values: {@code null} leaves the field out; {@link Boolean} is sent as {@code 1}/{@code 0} (PHP's
 * PARAM_BOOL); {@link Instant} as unix seconds; {@link TextFormat} as its code; other enums as their
 * lower-case name; anything else by {@code toString()}.
 */
final class FormParams {

    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private final Scope root = new Scope(null);

    /** Adds {@code key=value} at the top level; a null value adds nothing. */
    FormParams put(String key, Object value) {
        root.put(key, value);
        return this;
    }

    /** Adds {@code key[0]=v0&key[1]=v1...}. */
    FormParams putValues(String key, Collection<?> values) {
        root.putValues(key, values);
        return this;
    }

    /** Adds {@code key[i][...]} for each item, the item's fields written by {@code writer}. */
    <T> FormParams putEach(String key, Collection<? extends T> items, BiConsumer<Scope, ? super T> writer) {
        root.putEach(key, items, writer);
        return this;
    }

    /** Adds the fields of one nested object, {@code key[...]}. */
    FormParams putObject(String key, Consumer<Scope> writer) {
        root.putObject(key, writer);
        return this;
    }

    /** The fields in order, names unencoded. */
    List<Map.Entry<String, String>> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** The form-urlencoded body, e.g. {@code users%5B0%5D%5Busername%5D=budi.santoso}. */
    String encode() {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(urlEncode(field.getKey())).append('=').append(urlEncode(field.getValue()));
        }
        return body.toString();
    }

    static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String format(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        if (value instanceof Instant instant) {
            return Long.toString(instant.getEpochSecond());
        }
        if (value instanceof TextFormat format) {
            return Integer.toString(format.code());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }

    /** Writes fields under one prefix, e.g. {@code users[0]}. */
    final class Scope {

        private final String prefix;

        private Scope(String prefix) {
            this.prefix = prefix;
        }

        Scope put(String key, Object value) {
            if (value != null) {
                fields.add(new SimpleImmutableEntry<>(name(key), format(value)));
            }
            return this;
        }

        Scope putValues(String key, Collection<?> values) {
            int index = 0;
            for (Object value : values) {
                Objects.requireNonNull(value, () -> name(key) + " holds a null value");
                fields.add(new SimpleImmutableEntry<>(name(key) + "[" + index++ + "]", format(value)));
            }
            return this;
        }

        <T> Scope putEach(String key, Collection<? extends T> items, BiConsumer<Scope, ? super T> writer) {
            if (items == null) {
                return this;
            }
            int index = 0;
            for (T item : items) {
                writer.accept(new Scope(name(key) + "[" + index++ + "]"), item);
            }
            return this;
        }

        Scope putObject(String key, Consumer<Scope> writer) {
            writer.accept(new Scope(name(key)));
            return this;
        }

        private String name(String key) {
            return prefix == null ? key : prefix + "[" + key + "]";
        }
    }
}
