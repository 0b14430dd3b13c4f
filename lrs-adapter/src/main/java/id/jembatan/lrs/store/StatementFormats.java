package id.jembatan.lrs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code format} parameter of a statements query (xAPI Communication 2.1.3): {@code exact} returns statements as
 * stored; {@code ids} keeps only what identifies agents, groups, activities (their {@code id}) and verbs; {@code canonical} keeps one
 * language in each language map of activity definitions and verb displays, chosen by {@code Accept-Language}. The
 * store keeps no canonical activity definitions of its own: the canonical definition is the one in the statement.
 */
final class StatementFormats {

    enum Format { EXACT, IDS, CANONICAL }

    private StatementFormats() {
    }

    static JsonNode apply(JsonNode statement, Format format, List<String> languages) {
        ObjectNode copy = statement.deepCopy();
        contextActivitiesAsArrays(copy);
        if (format != Format.EXACT) {
            statementLike(copy, format, languages);
        }
        return copy;
    }

    /**
     * A {@code contextActivities} property given as one activity object is returned as an array of it, in every
     * format (xAPI Data 2.4.6.2: "the LRS MUST return every value in the contextActivities Object as an array").
     */
    private static void contextActivitiesAsArrays(ObjectNode statement) {
        if (statement.path("context").get("contextActivities") instanceof ObjectNode activities) {
            List<String> names = new ArrayList<>();
            activities.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (activities.get(name) instanceof ObjectNode single) {
                    activities.putArray(name).add(single);
                }
            }
        }
        if (statement.get("object") instanceof ObjectNode object
                && object.path("objectType").asText("").equals("SubStatement")) {
            contextActivitiesAsArrays(object);
        }
    }

    private static void statementLike(ObjectNode node, Format format, List<String> languages) {
        replaceActor(node, "actor", format);
        replaceActor(node, "authority", format);
        if (node.get("verb") instanceof ObjectNode verb) {
            if (format == Format.IDS) {
                verb.retain("id");
            } else {
                oneLanguage(verb, "display", languages);
            }
        }
        if (node.get("object") instanceof ObjectNode object) {
            switch (object.path("objectType").asText("Activity")) {
                case "Activity" -> activity(object, format, languages);
                case "Agent", "Group" -> replaceActor(node, "object", format);
                case "SubStatement" -> statementLike(object, format, languages);
                default -> {
                }
            }
        }
        if (node.get("context") instanceof ObjectNode context) {
            replaceActor(context, "instructor", format);
            replaceActor(context, "team", format);
            if (context.get("contextActivities") instanceof ObjectNode activities) {
                activities.elements().forEachRemaining(list -> {
                    if (list instanceof ObjectNode single) {
                        activity(single, format, languages);
                    } else {
                        list.elements().forEachRemaining(activity -> activity((ObjectNode) activity, format,
                                languages));
                    }
                });
            }
        }
    }

    private static void activity(ObjectNode activity, Format format, List<String> languages) {
        if (format == Format.IDS) {
            activity.retain("id");
            return;
        }
        if (activity.get("definition") instanceof ObjectNode definition) {
            oneLanguage(definition, "name", languages);
            oneLanguage(definition, "description", languages);
            for (String list : List.of("choices", "scale", "source", "target", "steps")) {
                if (definition.get(list) instanceof ArrayNode components) {
                    components.elements().forEachRemaining(component -> oneLanguage((ObjectNode) component,
                            "description", languages));
                }
            }
        }
    }

    private static void replaceActor(ObjectNode parent, String field, Format format) {
        if (format != Format.IDS || !(parent.get(field) instanceof ObjectNode actor)) {
            return;
        }
        parent.set(field, idsActor(actor));
    }

    private static ObjectNode idsActor(ObjectNode actor) {
        ObjectNode ids = JsonNodeFactory.instance.objectNode();
        if (actor.has("objectType")) {
            ids.set("objectType", actor.get("objectType"));
        }
        for (String identifier : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (actor.has(identifier)) {
                ids.set(identifier, actor.get(identifier));
                return ids;
            }
        }
        if (actor.get("member") instanceof ArrayNode members) {
            ArrayNode list = ids.putArray("member");
            members.elements().forEachRemaining(member -> list.add(idsActor((ObjectNode) member)));
        }
        return ids;
    }

    private static void oneLanguage(ObjectNode parent, String field, List<String> languages) {
        if (!(parent.get(field) instanceof ObjectNode map) || map.size() <= 1) {
            return;
        }
        String chosen = choose(map, languages);
        map.retain(chosen);
    }

    /** RFC 2616 14.4 per language map: the first range that matches a key, exactly or as a prefix; else the first key. */
    static String choose(ObjectNode map, List<String> ranges) {
        List<String> keys = new ArrayList<>();
        map.fieldNames().forEachRemaining(keys::add);
        for (String range : ranges) {
            if (range.equals("*")) {
                return keys.get(0);
            }
            for (String key : keys) {
                String lower = key.toLowerCase(Locale.ROOT);
                if (lower.equals(range) || lower.startsWith(range + "-")) {
                    return key;
                }
            }
        }
        return keys.get(0);
    }

    /** The language ranges of an {@code Accept-Language} header, most preferred first, lower case; q=0 dropped. */
    static List<String> languages(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        record Range(String tag, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] items = acceptLanguage.split(",");
        for (int i = 0; i < items.length; i++) {
            String[] pieces = items[i].trim().split(";");
            double q = 1;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0 && !pieces[0].isBlank()) {
                ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        return ranges.stream().map(Range::tag).toList();
    }
}
