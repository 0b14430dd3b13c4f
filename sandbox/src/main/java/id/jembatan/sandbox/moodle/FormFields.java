package id.jembatan.sandbox.moodle;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call's parameters as Moodle reads them: query string and form body together, the body winning, with PHP's
 * bracketed names ({@code values[0]}, {@code options[ids][1]}, {@code criteria[0][key]}) read back into lists
 * and objects.
 */
final class FormFields {

    private static final Pattern OBJECT_FIELD = Pattern.compile("\\[(\\d+)]\\[([^\\]]+)]");

    private final Map<String, String> fields;

    FormFields(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static FormFields of(Map<String, String> query, Map<String, String> form) {
        Map<String, String> merged = new LinkedHashMap<>(query);
        merged.putAll(form);
        return new FormFields(merged);
    }

    /** Decodes an {@code application/x-www-form-urlencoded} text; a repeated name keeps its last value, as PHP. */
    static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return fields;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }

    /** Every field, in the order sent. */
    Map<String, String> all() {
        return fields;
    }

    String get(String name) {
        return fields.get(name);
    }

    /** A PARAM_INT field; empty when absent, {@link NumberFormatException} when not a whole number. */
    OptionalLong number(String name) {
        String value = fields.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value.trim()));
    }

    /** The values of {@code name[0]}, {@code name[1]}, ... in the order sent. */
    List<String> list(String name) {
        List<String> values = new ArrayList<>();
        String prefix = name + "[";
        fields.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.endsWith("]")
                    && isIndex(key.substring(prefix.length(), key.length() - 1))) {
                values.add(value);
            }
        });
        return values;
    }

    /** The objects {@code name[i][field]=value}, in the order their first field was sent. */
    List<Map<String, String>> objects(String name) {
        Map<String, Map<String, String>> byIndex = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (key.startsWith(name + "[")) {
                Matcher m = OBJECT_FIELD.matcher(key.substring(name.length()));
                if (m.matches()) {
                    byIndex.computeIfAbsent(m.group(1), i -> new LinkedHashMap<>()).put(m.group(2), value);
                }
            }
        });
        return new ArrayList<>(byIndex.values());
    }

    private static boolean isIndex(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
