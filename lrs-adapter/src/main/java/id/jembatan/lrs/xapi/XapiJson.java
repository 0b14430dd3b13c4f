package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Statements to and from JSON with Jackson 2. The model carries its own annotations, so any Jackson 2 mapper reads
 * and writes it the same way; this class only adds tolerance of properties the model does not know.
 */
public final class XapiJson {

    private static final TypeReference<List<Statement>> STATEMENT_LIST = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = newMapper();

    private XapiJson() {
    }

    /** A new mapper configured for xAPI: unknown properties ignored, nulls omitted. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .build();
    }

    /** A statement, a list of statements or any part of one as JSON text. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A statement, a list of statements or any part of one as a JSON tree. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * Reads one statement.
     *
     * @throws IllegalArgumentException when the text is not JSON or not shaped like a statement
     */
    public static Statement readStatement(String json) {
        try {
            return MAPPER.readValue(json, Statement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an xAPI statement: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads one statement from a JSON tree. */
    public static Statement readStatement(JsonNode json) {
        try {
            return MAPPER.treeToValue(json, Statement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an xAPI statement: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a JSON array of statements. */
    public static List<Statement> readStatements(String json) {
        try {
            return MAPPER.readValue(json, STATEMENT_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of xAPI statements: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
