package id.jembatan.lrs.xapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Picks the record for an actor or object by its {@code objectType}. Written by hand rather than with
 * {@code @JsonTypeInfo} because {@link Agent} and {@link Group} belong to both hierarchies, with different defaults.
 */
final class ObjectTypeDeserializers {

    private ObjectTypeDeserializers() {
    }

    static final class ActorDeserializer extends StdDeserializer<Actor> {

        ActorDeserializer() {
            super(Actor.class);
        }

        @Override
        public Actor deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return context.reportInputMismatch(Actor.class, "an actor must be a JSON object");
            }
            String type = node.path("objectType").asText("Agent");
            return switch (type) {
                case "Agent" -> context.readTreeAsValue(node, Agent.class);
                case "Group" -> context.readTreeAsValue(node, Group.class);
                default -> context.reportInputMismatch(Actor.class,
                        "actor objectType must be Agent or Group, was '%s'", type);
            };
        }
    }

    static final class StatementObjectDeserializer extends StdDeserializer<StatementObject> {

        StatementObjectDeserializer() {
            super(StatementObject.class);
        }

        @Override
        public StatementObject deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return context.reportInputMismatch(StatementObject.class, "a statement object must be a JSON object");
            }
            String type = node.path("objectType").asText("Activity");
            return switch (type) {
                case "Activity" -> context.readTreeAsValue(node, Activity.class);
                case "Agent" -> context.readTreeAsValue(node, Agent.class);
                case "Group" -> context.readTreeAsValue(node, Group.class);
                case "StatementRef" -> context.readTreeAsValue(node, StatementRef.class);
                case "SubStatement" -> context.readTreeAsValue(node, SubStatement.class);
                default -> context.reportInputMismatch(StatementObject.class,
                        "objectType must be Activity, Agent, Group, StatementRef or SubStatement, was '%s'", type);
            };
        }
    }
}
