package id.jembatan.lrs.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a statement can be found by, as rows of the {@code xapi_statement_key} table: one key per query filter of
 * xAPI Communication 2.1.3 a statement matches. A key is the filter's kind as a small number and the first 64 bits of
 * the SHA-256 of the value, so that an IRI of any length fits a compact index on every database
 * (docs/decisions/0023-compact-statement-store.md). Two values share a key only by a 64-bit collision (for a million
 * distinct values of one kind, a chance of about 3 in 10<sup>8</sup>); a query would then also return statements of the
 * other value.
 *
 * <ul>
 *   <li>{@code agent}: the actor and an Agent or Group object, and the members of such groups (a group whose member
 *   matches is a match);</li>
 *   <li>{@code related_agent}: the same plus authority, instructor and team, also inside a SubStatement;</li>
 *   <li>{@code activity}: an Activity object; {@code related_activity}: also the context activities, also inside a
 *   SubStatement;</li>
 *   <li>{@code verb}, {@code registration}.</li>
 * </ul>
 * A statement that targets another by a StatementRef object also matches what the target matches; the store copies
 * the target's keys (Communication 2.1.3, "Filter Conditions for StatementRefs").
 */
final class FilterKeys {

    /** The kind codes; migration V11 maps V4's kind names to the same numbers. */
    static final int AGENT = 1;
    static final int RELATED_AGENT = 2;
    static final int ACTIVITY = 3;
    static final int RELATED_ACTIVITY = 4;
    static final int VERB = 5;
    static final int REGISTRATION = 6;

    /** One row: a filter kind and the hash of the value. */
    record Key(int kind, long hash) {
    }

    private final Set<Key> keys = new LinkedHashSet<>();

    private FilterKeys() {
    }

    static Set<Key> of(JsonNode statement) {
        FilterKeys filter = new FilterKeys();
        filter.statement(statement, true);
        filter.actor(RELATED_AGENT, statement.get("authority"));
        return filter.keys;
    }

    private void statement(JsonNode statement, boolean top) {
        JsonNode actor = statement.get("actor");
        JsonNode object = statement.get("object");
        if (top) {
            actor(AGENT, actor);
            add(VERB, statement.path("verb").path("id").asText(null));
            add(REGISTRATION, normalisedUuid(statement.path("context").path("registration").asText(null)));
        }
        actor(RELATED_AGENT, actor);
        String objectType = object == null ? "" : object.path("objectType").asText("Activity");
        switch (objectType) {
            case "Activity" -> {
                if (top) {
                    add(ACTIVITY, object.path("id").asText(null));
                }
                add(RELATED_ACTIVITY, object.path("id").asText(null));
            }
            case "Agent", "Group" -> {
                if (top) {
                    actor(AGENT, object);
                }
                actor(RELATED_AGENT, object);
            }
            case "SubStatement" -> {
                if (top) {
                    statement(object, false);
                }
            }
            default -> {
            }
        }
        JsonNode context = statement.get("context");
        if (context != null) {
            actor(RELATED_AGENT, context.get("instructor"));
            actor(RELATED_AGENT, context.get("team"));
            JsonNode activities = context.get("contextActivities");
            if (activities != null) {
                activities.elements().forEachRemaining(list -> {
                    if (list.isArray()) {
                        list.forEach(activity -> add(RELATED_ACTIVITY, activity.path("id").asText(null)));
                    } else {
                        add(RELATED_ACTIVITY, list.path("id").asText(null));
                    }
                });
            }
        }
    }

    private void actor(int kind, JsonNode actor) {
        if (actor == null || !actor.isObject()) {
            return;
        }
        identifier(actor).ifPresent(id -> add(kind, id));
        JsonNode members = actor.get("member");
        if (members != null && members.isArray()) {
            members.forEach(member -> identifier(member).ifPresent(id -> add(kind, id)));
        }
    }

    /**
     * The inverse functional identifier of an agent or group as one string, or empty for an anonymous group. Two
     * agents are the same for a filter when these strings are equal (Communication 2.1.3, agent).
     */
    static Optional<String> identifier(JsonNode agent) {
        if (agent.hasNonNull("mbox")) {
            return Optional.of("mbox " + agent.get("mbox").asText());
        }
        if (agent.hasNonNull("mbox_sha1sum")) {
            return Optional.of("mbox_sha1sum " + agent.get("mbox_sha1sum").asText().toLowerCase(java.util.Locale.ROOT));
        }
        if (agent.hasNonNull("openid")) {
            return Optional.of("openid " + agent.get("openid").asText());
        }
        JsonNode account = agent.get("account");
        if (account != null && account.isObject()) {
            return Optional.of("account " + account.path("homePage").asText() + " " + account.path("name").asText());
        }
        return Optional.empty();
    }

    static String normalisedUuid(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    private void add(int kind, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(new Key(kind, hash(value)));
        }
    }

    /** The first 64 bits of the value's SHA-256, big-endian (as V11 carried V4's hex hashes over). */
    static long hash(String value) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
