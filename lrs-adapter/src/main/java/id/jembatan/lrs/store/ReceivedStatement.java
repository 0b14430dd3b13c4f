package id.jembatan.lrs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.xapi.Statement;
import id.jembatan.lrs.xapi.StatementValidator;
import id.jembatan.lrs.xapi.Violation;
import id.jembatan.lrs.xapi.XapiJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement as a client sent it, checked: its JSON tree exactly as received (what {@code format=exact} returns) and
 * the record model (what validation and comparison use).
 *
 * @param json  the statement as received; the store adds {@code id}, {@code stored}, {@code authority},
 *              {@code version} and, when missing, {@code timestamp}
 * @param model the same statement as records
 */
public record ReceivedStatement(ObjectNode json, Statement model) {

    /**
     * Checks one statement against xAPI 1.0.3 (Data 2.2 and 2.4): structure, then {@link StatementValidator}, then
     * the version rule (Data 2.4.10).
     *
     * @throws StoreRejection {@code INVALID}, naming every problem found
     */
    public static ReceivedStatement check(JsonNode json, int index) {
        String where = index < 0 ? "" : "statement[" + index + "] ";
        if (json == null || !json.isObject()) {
            throw StoreRejection.invalid(where + "harus objek JSON", where + "must be a JSON object");
        }
        List<String> problems = new ArrayList<>(StatementShape.check(json));
        Statement model = null;
        if (problems.isEmpty()) {
            try {
                model = XapiJson.readStatement(json);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (model != null) {
            for (Violation violation : StatementValidator.validate(model)) {
                problems.add(violation.toString());
            }
            if (model.version() != null && !model.version().matches("1\\.0(\\.\\d+)?")) {
                problems.add("statement.version: harus 1.0.x / must start with 1.0., was '" + model.version() + "'");
            }
            if (model.id() != null && !json.get("id").asText().equalsIgnoreCase(model.id().toString())) {
                problems.add("statement.id: bukan UUID baku / not a canonical UUID, was '" + json.get("id").asText()
                        + "'");
            }
        }
        if (!problems.isEmpty()) {
            String list = problems.stream().collect(Collectors.joining("; "));
            throw new StoreRejection(StoreRejection.Reason.INVALID, where + "pernyataan tidak sah / invalid "
                    + "statement: " + list);
        }
        return new ReceivedStatement(((ObjectNode) json).deepCopy(), model);
    }
}
