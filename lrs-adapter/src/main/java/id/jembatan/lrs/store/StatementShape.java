package id.jembatan.lrs.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural rules of xAPI Data 2.2 that a lenient model cannot see: no property outside the specification
 * (except inside {@code extensions}), no {@code null} values, and the JSON type of each property. The record model
 * ({@code id.jembatan.lrs.xapi}) ignores unknown properties and coerces numbers to text, which suits a client reading
 * LRS answers but not an LRS receiving statements, so the store checks the tree first.
 */
final class StatementShape {

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid",
            "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid",
            "account", "member");
    private static final Set<String> ACCOUNT = Set.of("homePage", "name");
    private static final Set<String> VERB = Set.of("id", "display");
    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_LISTS = Set.of("choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT = Set.of("id", "description");
    private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    private final List<String> problems = new ArrayList<>();

    private StatementShape() {
    }

    /** What is structurally wrong with {@code statement}; empty when nothing is. */
    static List<String> check(JsonNode statement) {
        StatementShape shape = new StatementShape();
        shape.statement("statement", statement, STATEMENT);
        return List.copyOf(shape.problems);
    }

    private void statement(String path, JsonNode node, Set<String> allowed) {
        if (!object(path, node, allowed)) {
            return;
        }
        text(path, node, "id", "timestamp", "stored", "version");
        if (node.has("actor")) {
            actor(path + ".actor", node.get("actor"));
        }
        if (node.has("verb") && object(path + ".verb", node.get("verb"), VERB)) {
            text(path + ".verb", node.get("verb"), "id");
            languageMap(path + ".verb.display", node.get("verb").get("display"));
        }
        if (node.has("object")) {
            statementObject(path + ".object", node.get("object"), allowed == SUB_STATEMENT);
        }
        if (node.has("result")) {
            result(path + ".result", node.get("result"));
        }
        if (node.has("context")) {
            context(path + ".context", node.get("context"));
        }
        if (node.has("authority")) {
            actor(path + ".authority", node.get("authority"));
        }
        if (node.has("attachments") && array(path + ".attachments", node.get("attachments"))) {
            int i = 0;
            for (JsonNode attachment : node.get("attachments")) {
                String at = path + ".attachments[" + i++ + "]";
                if (object(at, attachment, ATTACHMENT)) {
                    text(at, attachment, "usageType", "contentType", "sha2", "fileUrl");
                    languageMap(at + ".display", attachment.get("display"));
                    languageMap(at + ".description", attachment.get("description"));
                    if (attachment.has("length") && !attachment.get("length").canConvertToLong()
                            || attachment.has("length") && !attachment.get("length").isIntegralNumber()) {
                        problems.add(at + ".length: harus bilangan bulat / must be an integer");
                    }
                }
            }
        }
    }

    private void actor(String path, JsonNode node) {
        String type = node.path("objectType").asText("Agent");
        if (!node.isObject()) {
            problems.add(path + ": harus objek JSON / must be a JSON object");
        } else if (type.equals("Group")) {
            group(path, node);
        } else if (type.equals("Agent")) {
            agent(path, node);
        } else {
            problems.add(path + ".objectType: harus Agent atau Group / must be Agent or Group, was '" + type + "'");
        }
    }

    private void agent(String path, JsonNode node) {
        if (object(path, node, AGENT)) {
            identifiers(path, node);
        }
    }

    private void group(String path, JsonNode node) {
        if (!object(path, node, GROUP)) {
            return;
        }
        identifiers(path, node);
        if (node.has("member") && array(path + ".member", node.get("member"))) {
            int i = 0;
            for (JsonNode member : node.get("member")) {
                String at = path + ".member[" + i++ + "]";
                if (!member.path("objectType").asText("Agent").equals("Agent")) {
                    problems.add(at + ".objectType: anggota grup harus Agent / a group member must be an Agent");
                } else {
                    agent(at, member);
                }
            }
        }
    }

    private void identifiers(String path, JsonNode node) {
        text(path, node, "objectType", "name", "mbox", "mbox_sha1sum", "openid");
        if (node.has("account") && object(path + ".account", node.get("account"), ACCOUNT)) {
            text(path + ".account", node.get("account"), "homePage", "name");
        }
    }

    private void statementObject(String path, JsonNode node, boolean inSubStatement) {
        if (!node.isObject()) {
            problems.add(path + ": harus objek JSON / must be a JSON object");
            return;
        }
        String type = node.path("objectType").asText("Activity");
        switch (type) {
            case "Activity" -> {
                if (object(path, node, ACTIVITY)) {
                    text(path, node, "objectType", "id");
                    definition(path + ".definition", node.get("definition"));
                }
            }
            case "Agent" -> agent(path, node);
            case "Group" -> group(path, node);
            case "StatementRef" -> {
                if (object(path, node, STATEMENT_REF)) {
                    text(path, node, "objectType", "id");
                }
            }
            case "SubStatement" -> {
                if (inSubStatement) {
                    problems.add(path + ": SubStatement tidak boleh bersarang / a SubStatement cannot contain "
                            + "another SubStatement");
                } else {
                    statement(path, node, SUB_STATEMENT);
                }
            }
            default -> problems.add(path + ".objectType: tidak dikenal / unknown objectType '" + type + "'");
        }
    }

    private void definition(String path, JsonNode node) {
        if (node == null || !object(path, node, DEFINITION)) {
            return;
        }
        text(path, node, "type", "moreInfo", "interactionType");
        languageMap(path + ".name", node.get("name"));
        languageMap(path + ".description", node.get("description"));
        if (node.has("extensions")) {
            extensions(path + ".extensions", node.get("extensions"));
        }
        if (node.has("correctResponsesPattern") && array(path + ".correctResponsesPattern",
                node.get("correctResponsesPattern"))) {
            for (JsonNode pattern : node.get("correctResponsesPattern")) {
                if (!pattern.isTextual()) {
                    problems.add(path + ".correctResponsesPattern: harus daftar teks / must be a list of strings");
                }
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (node.has(list) && array(path + "." + list, node.get(list))) {
                int i = 0;
                for (JsonNode component : node.get(list)) {
                    String at = path + "." + list + "[" + i++ + "]";
                    if (object(at, component, COMPONENT)) {
                        text(at, component, "id");
                        languageMap(at + ".description", component.get("description"));
                    }
                }
            }
        }
    }

    private void result(String path, JsonNode node) {
        if (!object(path, node, RESULT)) {
            return;
        }
        text(path, node, "response", "duration");
        bool(path, node, "success", "completion");
        if (node.has("score") && object(path + ".score", node.get("score"), SCORE)) {
            for (String field : SCORE) {
                JsonNode value = node.get("score").get(field);
                if (value != null && !value.isNumber()) {
                    problems.add(path + ".score." + field + ": harus angka / must be a number");
                }
            }
        }
        if (node.has("extensions")) {
            extensions(path + ".extensions", node.get("extensions"));
        }
    }

    private void context(String path, JsonNode node) {
        if (!object(path, node, CONTEXT)) {
            return;
        }
        text(path, node, "registration", "revision", "platform", "language");
        if (node.has("instructor")) {
            actor(path + ".instructor", node.get("instructor"));
        }
        if (node.has("team")) {
            if (!node.get("team").path("objectType").asText("").equals("Group")) {
                problems.add(path + ".team: harus Group / must be a Group");
            } else {
                group(path + ".team", node.get("team"));
            }
        }
        if (node.has("statement") && object(path + ".statement", node.get("statement"), STATEMENT_REF)) {
            text(path + ".statement", node.get("statement"), "id");
            if (!node.get("statement").path("objectType").asText("").equals("StatementRef")) {
                problems.add(path + ".statement.objectType: harus StatementRef / must be StatementRef");
            }
        }
        if (node.has("contextActivities")
                && object(path + ".contextActivities", node.get("contextActivities"), CONTEXT_ACTIVITIES)) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.get("contextActivities").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path + ".contextActivities." + field.getKey();
                JsonNode value = field.getValue();
                if (value.isArray()) {
                    int i = 0;
                    for (JsonNode activity : value) {
                        contextActivity(at + "[" + i++ + "]", activity);
                    }
                } else {
                    contextActivity(at, value);
                }
            }
        }
        if (node.has("extensions")) {
            extensions(path + ".extensions", node.get("extensions"));
        }
    }

    private void contextActivity(String path, JsonNode node) {
        if (!node.path("objectType").asText("Activity").equals("Activity")) {
            problems.add(path + ".objectType: harus Activity / must be Activity");
        } else if (object(path, node, ACTIVITY)) {
            text(path, node, "id");
            definition(path + ".definition", node.get("definition"));
        }
    }

    private void extensions(String path, JsonNode node) {
        if (!node.isObject()) {
            problems.add(path + ": harus objek JSON / must be a JSON object");
        }
    }

    private void languageMap(String path, JsonNode node) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            problems.add(path + ": harus peta bahasa / must be a language map object");
            return;
        }
        node.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                problems.add(path + "." + entry.getKey() + ": harus teks / must be a string");
            }
        });
    }

    /** Checks that {@code node} is an object with only {@code allowed} properties, none null. */
    private boolean object(String path, JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": harus objek JSON / must be a JSON object");
            return false;
        }
        node.fields().forEachRemaining(entry -> {
            if (!allowed.contains(entry.getKey())) {
                problems.add(path + "." + entry.getKey() + ": properti tidak dikenal xAPI 1.0.3 / not a property "
                        + "of xAPI 1.0.3");
            } else if (entry.getValue().isNull()) {
                problems.add(path + "." + entry.getKey() + ": tidak boleh null / must not be null");
            }
        });
        return true;
    }

    private boolean array(String path, JsonNode node) {
        if (!node.isArray()) {
            problems.add(path + ": harus larik JSON / must be a JSON array");
            return false;
        }
        return true;
    }

    private void text(String path, JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(path + "." + field + ": harus teks / must be a string");
            }
        }
    }

    private void bool(String path, JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isBoolean()) {
                problems.add(path + "." + field + ": harus true atau false / must be true or false");
            }
        }
    }
}
