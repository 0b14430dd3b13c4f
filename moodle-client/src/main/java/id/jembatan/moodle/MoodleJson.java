package id.jembatan.moodle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JSON mapping of Moodle's answers. Moodle's keys are lower case without separators
 * ({@code timecompleted}), so record components in camel case ({@code timeCompleted}) map by lower-casing.
 * Unknown keys are ignored (Moodle adds fields between versions); scalars are coerced, so ids sent as
 * strings ({@code "id":"10"}) read as numbers and {@code 1}/{@code 0} read as booleans.
 */
final class MoodleJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.LOWER_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private MoodleJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An unmodifiable copy, empty for null: Moodle omits or nulls some lists. */
    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
