package id.jembatan.lrs.xapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a statement against the xAPI 1.0.3 rules an LRS enforces
 * (<a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#22-formatting-requirements">xAPI Data 2.2</a>
 * and the property sections of 2.4), so that a bad statement is caught with a clear reason before it is sent
 * instead of costing a rejected batch. Returns every violation found, in document order; an empty list means valid.
 */
public final class StatementValidator {

    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");
    private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in",
            "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final URI VOIDED = URI.create("http://adlnet.gov/expapi/verbs/voided");

    private final List<Violation> violations = new ArrayList<>();

    private StatementValidator() {
    }

    /** Every violation of xAPI 1.0.3 in {@code statement}; empty when it is valid. */
    public static List<Violation> validate(Statement statement) {
        StatementValidator validator = new StatementValidator();
        if (statement == null) {
            validator.add("statement", "is missing");
        } else {
            validator.statement(statement);
        }
        return List.copyOf(validator.violations);
    }

    private void statement(Statement statement) {
        if (statement.id() != null) {
            uuid("id", statement.id());
        }
        requiredActor("actor", statement.actor());
        verb("verb", statement.verb());
        object("object", statement.object(), false);
        if (VOIDED.equals(statement.verb() == null ? null : statement.verb().id())
                && !(statement.object() instanceof StatementRef)) {
            add("object", "a voiding statement (verb " + VOIDED + ") must have a StatementRef object");
        }
        result("result", statement.result());
        context("context", statement.context(), statement.object());
        timestamp("timestamp", statement.timestamp());
        timestamp("stored", statement.stored());
        if (statement.authority() != null) {
            actor("authority", statement.authority());
            if (statement.authority() instanceof Group group && (group.mbox() != null || group.mboxSha1sum() != null
                    || group.openid() != null || group.account() != null || group.member().size() != 2)) {
                add("authority", "a Group as authority must be an OAuth triad: an anonymous Group of exactly two "
                        + "Agents, the application and the user (xAPI Data 2.4.9)");
            }
        }
        attachments("attachments", statement.attachments());
    }

    private void requiredActor(String path, Actor actor) {
        if (actor == null) {
            add(path, "is required");
        } else {
            actor(path, actor);
        }
    }

    private void actor(String path, Actor actor) {
        if (actor instanceof Agent agent) {
            agent(path, agent);
        } else if (actor instanceof Group group) {
            group(path, group);
        }
    }

    private void agent(String path, Agent agent) {
        int identifiers = identifiers(path, agent.mbox(), agent.mboxSha1sum(), agent.openid(), agent.account());
        if (identifiers != 1) {
            add(path, "an Agent needs exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or "
                    + "account), has " + identifiers);
        }
    }

    private void group(String path, Group group) {
        int identifiers = identifiers(path, group.mbox(), group.mboxSha1sum(), group.openid(), group.account());
        if (identifiers > 1) {
            add(path, "a Group has at most one inverse functional identifier (mbox, mbox_sha1sum, openid or "
                    + "account), has " + identifiers);
        }
        if (identifiers == 0 && group.member().isEmpty()) {
            add(path + ".member", "an anonymous Group (no identifier) needs at least one member");
        }
        for (int i = 0; i < group.member().size(); i++) {
            agent(path + ".member[" + i + "]", group.member().get(i));
        }
    }

    private int identifiers(String path, String mbox, String mboxSha1sum, URI openid, Account account) {
        int count = 0;
        if (mbox != null) {
            count++;
            if (!MAILTO.matcher(mbox).matches()) {
                add(path + ".mbox", "must be a mailto IRI such as mailto:nama@example.go.id, was '" + mbox + "'");
            }
        }
        if (mboxSha1sum != null) {
            count++;
            if (!SHA1_HEX.matcher(mboxSha1sum).matches()) {
                add(path + ".mbox_sha1sum", "must be 40 hexadecimal digits (SHA-1 of the mailto IRI), was '"
                        + mboxSha1sum + "'");
            }
        }
        if (openid != null) {
            count++;
            absoluteIri(path + ".openid", openid);
        }
        if (account != null) {
            count++;
            requiredIri(path + ".account.homePage", account.homePage());
            if (account.name() == null || account.name().isBlank()) {
                add(path + ".account.name", "is required (Jembatan: the NIP or its pseudonym)");
            }
        }
        return count;
    }

    private void verb(String path, Verb verb) {
        if (verb == null) {
            add(path, "is required");
            return;
        }
        requiredIri(path + ".id", verb.id());
        languageMap(path + ".display", verb.display());
    }

    private void object(String path, StatementObject object, boolean inSubStatement) {
        if (object == null) {
            add(path, "is required");
        } else if (object instanceof Activity activity) {
            activity(path, activity);
        } else if (object instanceof Agent agent) {
            agent(path, agent);
        } else if (object instanceof Group group) {
            group(path, group);
        } else if (object instanceof StatementRef ref) {
            if (ref.id() == null) {
                add(path + ".id", "is required");
            } else {
                uuid(path + ".id", ref.id());
            }
        } else if (object instanceof SubStatement sub) {
            if (inSubStatement) {
                add(path, "a SubStatement cannot contain another SubStatement");
                return;
            }
            requiredActor(path + ".actor", sub.actor());
            verb(path + ".verb", sub.verb());
            object(path + ".object", sub.object(), true);
            result(path + ".result", sub.result());
            context(path + ".context", sub.context(), sub.object());
            timestamp(path + ".timestamp", sub.timestamp());
            attachments(path + ".attachments", sub.attachments());
        }
    }

    private void activity(String path, Activity activity) {
        requiredIri(path + ".id", activity.id());
        ActivityDefinition definition = activity.definition();
        if (definition == null) {
            return;
        }
        String at = path + ".definition";
        languageMap(at + ".name", definition.name());
        languageMap(at + ".description", definition.description());
        if (definition.type() != null) {
            absoluteIri(at + ".type", definition.type());
        }
        if (definition.moreInfo() != null) {
            absoluteIri(at + ".moreInfo", definition.moreInfo());
        }
        if (definition.interactionType() != null && !INTERACTION_TYPES.contains(definition.interactionType())) {
            add(at + ".interactionType", "must be one of " + INTERACTION_TYPES.stream().sorted().toList()
                    + ", was '" + definition.interactionType() + "'");
        }
        if (definition.interactionType() == null && (!definition.correctResponsesPattern().isEmpty()
                || !definition.choices().isEmpty() || !definition.scale().isEmpty() || !definition.source().isEmpty()
                || !definition.target().isEmpty() || !definition.steps().isEmpty())) {
            add(at + ".interactionType", "is required when correctResponsesPattern, choices, scale, source, target "
                    + "or steps is given (xAPI Data 2.4.4.1)");
        }
        components(at + ".choices", definition.choices());
        components(at + ".scale", definition.scale());
        components(at + ".source", definition.source());
        components(at + ".target", definition.target());
        components(at + ".steps", definition.steps());
        extensions(at + ".extensions", definition.extensions());
    }

    private void components(String path, List<InteractionComponent> components) {
        for (int i = 0; i < components.size(); i++) {
            InteractionComponent component = components.get(i);
            if (component.id() == null || component.id().isBlank()) {
                add(path + "[" + i + "].id", "is required");
            }
            languageMap(path + "[" + i + "].description", component.description());
        }
    }

    private void result(String path, Result result) {
        if (result == null) {
            return;
        }
        if (result.score() != null) {
            score(path + ".score", result.score());
        }
        if (result.duration() != null && !Iso8601.isDuration(result.duration())) {
            add(path + ".duration", "must be an ISO 8601 duration such as PT1H30M or P1D, was '"
                    + result.duration() + "'");
        }
        extensions(path + ".extensions", result.extensions());
    }

    private void score(String path, Score score) {
        finite(path + ".scaled", score.scaled());
        finite(path + ".raw", score.raw());
        finite(path + ".min", score.min());
        finite(path + ".max", score.max());
        if (score.scaled() != null && (score.scaled() < -1 || score.scaled() > 1)) {
            add(path + ".scaled", "must be between -1 and 1, was " + score.scaled());
        }
        if (score.min() != null && score.max() != null && !(score.min() < score.max())) {
            add(path + ".min", "must be less than max (" + score.max() + "), was " + score.min());
        }
        if (score.raw() != null && score.min() != null && score.raw() < score.min()) {
            add(path + ".raw", "must not be below min (" + score.min() + "), was " + score.raw());
        }
        if (score.raw() != null && score.max() != null && score.raw() > score.max()) {
            add(path + ".raw", "must not be above max (" + score.max() + "), was " + score.raw());
        }
    }

    private void finite(String path, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            add(path, "must be a finite number, was " + value);
        }
    }

    private void context(String path, Context context, StatementObject object) {
        if (context == null) {
            return;
        }
        if (context.registration() != null) {
            uuid(path + ".registration", context.registration());
        }
        if (context.instructor() != null) {
            actor(path + ".instructor", context.instructor());
        }
        if (context.team() != null) {
            group(path + ".team", context.team());
        }
        ContextActivities activities = context.contextActivities();
        if (activities != null) {
            contextActivities(path + ".contextActivities.parent", activities.parent());
            contextActivities(path + ".contextActivities.grouping", activities.grouping());
            contextActivities(path + ".contextActivities.category", activities.category());
            contextActivities(path + ".contextActivities.other", activities.other());
        }
        boolean aboutActivity = object == null || object instanceof Activity;
        if (context.revision() != null && !aboutActivity) {
            add(path + ".revision", "may only be used when the object is an Activity");
        }
        if (context.platform() != null && !aboutActivity) {
            add(path + ".platform", "may only be used when the object is an Activity");
        }
        if (context.language() != null && !LanguageTags.isWellFormed(context.language())) {
            add(path + ".language", "must be an RFC 5646 language tag such as id-ID, was '" + context.language() + "'");
        }
        if (context.statement() != null) {
            if (context.statement().id() == null) {
                add(path + ".statement.id", "is required");
            } else {
                uuid(path + ".statement.id", context.statement().id());
            }
        }
        extensions(path + ".extensions", context.extensions());
    }

    private void contextActivities(String path, List<Activity> activities) {
        for (int i = 0; i < activities.size(); i++) {
            activity(path + "[" + i + "]", activities.get(i));
        }
    }

    private void attachments(String path, List<Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            String at = path + "[" + i + "]";
            requiredIri(at + ".usageType", attachment.usageType());
            if (attachment.display().isEmpty()) {
                add(at + ".display", "is required");
            }
            languageMap(at + ".display", attachment.display());
            languageMap(at + ".description", attachment.description());
            if (attachment.contentType() == null || attachment.contentType().isBlank()) {
                add(at + ".contentType", "is required");
            }
            if (attachment.length() == null || attachment.length() < 0) {
                add(at + ".length", "is required and must not be negative");
            }
            if (attachment.sha2() == null || attachment.sha2().isBlank()) {
                add(at + ".sha2", "is required");
            }
            if (attachment.fileUrl() != null) {
                absoluteIri(at + ".fileUrl", attachment.fileUrl());
            }
        }
    }

    private void timestamp(String path, String text) {
        if (text == null || Iso8601.isTimestamp(text)) {
            return;
        }
        if (Iso8601.lacksOffset(text)) {
            add(path, "needs a zone offset, e.g. 2025-03-01T09:15:00+07:00 or 2025-03-01T02:15:00Z, was '" + text + "'");
        } else {
            add(path, "must be an ISO 8601 date-time with a zone offset, e.g. 2025-03-01T09:15:00+07:00, was '"
                    + text + "'");
        }
    }

    private void languageMap(String path, Map<String, String> map) {
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (!LanguageTags.isWellFormed(entry.getKey())) {
                add(path, "key must be an RFC 5646 language tag such as id-ID or en-US, was '" + entry.getKey() + "'");
            }
            if (entry.getValue() == null) {
                add(path + "." + entry.getKey(), "must not be null");
            }
        }
    }

    private void extensions(String path, Map<URI, Object> extensions) {
        for (URI key : extensions.keySet()) {
            if (key == null || !key.isAbsolute()) {
                add(path, "key must be an absolute IRI, was '" + key + "'");
            }
        }
    }

    private void uuid(String path, UUID uuid) {
        if (uuid.variant() != 2 || uuid.version() < 1 || uuid.version() > 5) {
            add(path, "must be an RFC 4122 UUID (variant 2, version 1 to 5), was " + uuid);
        }
    }

    private void requiredIri(String path, URI iri) {
        if (iri == null) {
            add(path, "is required");
        } else {
            absoluteIri(path, iri);
        }
    }

    private void absoluteIri(String path, URI iri) {
        if (!iri.isAbsolute()) {
            add(path, "must be an absolute IRI with a scheme, e.g. https://..., was '" + iri + "'");
        }
    }

    private void add(String path, String message) {
        violations.add(new Violation(path, message));
    }
}
