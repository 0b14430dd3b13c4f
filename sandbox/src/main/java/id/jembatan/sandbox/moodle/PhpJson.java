package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * JSON read and written the way Moodle's {@code json_encode} writes it: {@code /} as {@code \/} and every
 * non-ASCII character as a lower-case {@code \u00e9} escape, so answers are byte-for-byte like the recorded
 * {@code body_raw}. Numbers keep the form they were parsed in.
 */
final class PhpJson {

    static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
            .characterEscapes(new PhpEscapes()).build());

    private PhpJson() {
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode parse(InputStream in) {
        try (in) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class PhpEscapes extends CharacterEscapes {

        private static final SerializedString SLASH = new SerializedString("\\/");
        private final int[] ascii;

        PhpEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii['/'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '/') {
                return SLASH;
            }
            if (ch > 0x7f) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
