package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Activities the statement relates to: {@code parent} (Jembatan: the course of a module), {@code grouping},
 * {@code category}, {@code other}
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2462-contextactivities-property">xAPI Data
 * 2.4.6.2</a>). A single object instead of an array, allowed by 1.0.x, is read as a one-element list.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextActivities(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> parent,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> grouping,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> category,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> other) {

    public ContextActivities {
        parent = Copies.list(parent);
        grouping = Copies.list(grouping);
        category = Copies.list(category);
        other = Copies.list(other);
    }

    public static ContextActivities parent(Activity... parents) {
        return new ContextActivities(List.of(parents), null, null, null);
    }

    boolean isEmpty() {
        return parent.isEmpty() && grouping.isEmpty() && category.isEmpty() && other.isEmpty();
    }
}
