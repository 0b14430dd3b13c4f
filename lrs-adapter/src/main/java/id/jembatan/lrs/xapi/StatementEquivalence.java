package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Whether two statements are the same by the xAPI comparison rules
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#statement-comparison-requirements">xAPI Data
 * 2.3.1</a>): differences an LRS may introduce are ignored — {@code stored}, {@code authority}, {@code version},
 * attachments, activity definitions, verb display, the time zone and sub-millisecond precision of timestamps, the
 * order of group members, the case of an e-mail domain, the number type ({@code 8} and {@code 8.0}) — and every
 * other difference counts.
 */
public final class StatementEquivalence {

    private static final Comparator<JsonNode> VALUES = (left, right) -> {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue());
        }
        return left.equals(right) ? 0 : 1;
    };

    private StatementEquivalence() {
    }

    public static boolean equivalent(Statement left, Statement right) {
        return significant(left).equals(VALUES, significant(right));
    }

    /** The part of a statement the comparison looks at, as JSON. */
    static JsonNode significant(Statement statement) {
        ObjectNode tree = (ObjectNode) XapiJson.toTree(statement);
        tree.remove(List.of("stored", "authority", "version"));
        statementLike(tree);
        return tree;
    }

    private static void statementLike(ObjectNode node) {
        node.remove("attachments");
        timestamp(node);
        if (node.get("verb") instanceof ObjectNode verb) {
            verb.remove("display");
        }
        if (node.get("actor") instanceof ObjectNode actor) {
            actor(actor);
        }
        if (node.get("object") instanceof ObjectNode object) {
            switch (object.path("objectType").asText("Activity")) {
                case "Activity" -> object.remove("definition");
                case "Agent", "Group" -> actor(object);
                case "SubStatement" -> statementLike(object);
                default -> {
                }
            }
        }
        if (node.get("context") instanceof ObjectNode context) {
            if (context.get("instructor") instanceof ObjectNode instructor) {
                actor(instructor);
            }
            if (context.get("team") instanceof ObjectNode team) {
                actor(team);
            }
            if (context.get("contextActivities") instanceof ObjectNode activities) {
                activities.elements().forEachRemaining(list -> list.elements()
                        .forEachRemaining(activity -> ((ObjectNode) activity).remove("definition")));
            }
        }
    }

    private static void timestamp(ObjectNode node) {
        JsonNode timestamp = node.get("timestamp");
        if (timestamp != null && timestamp.isTextual()) {
            Iso8601.parseTimestamp(timestamp.asText()).ifPresent(parsed -> node.put("timestamp",
                    Iso8601.format(parsed.toInstant().truncatedTo(ChronoUnit.MILLIS))));
        }
    }

    private static void actor(ObjectNode actor) {
        JsonNode mbox = actor.get("mbox");
        if (mbox != null && mbox.isTextual() && mbox.asText().contains("@")) {
            String text = mbox.asText();
            int at = text.lastIndexOf('@');
            actor.put("mbox", text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT));
        }
        if (actor.get("member") instanceof ArrayNode members) {
            List<JsonNode> sorted = new ArrayList<>();
            members.elements().forEachRemaining(member -> {
                actor((ObjectNode) member);
                sorted.add(member);
            });
            sorted.sort(Comparator.comparing(JsonNode::toString));
            members.removeAll();
            members.addAll(sorted);
        }
    }
}
