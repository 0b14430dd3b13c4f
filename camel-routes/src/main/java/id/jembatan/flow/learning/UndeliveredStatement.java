package id.jembatan.flow.learning;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.lrs.xapi.XapiJson;

/** How a statement the LRS did not take is written to the dead-letter store, for both sources of the flow. */
final class UndeliveredStatement {

    private UndeliveredStatement() {
    }

    /** The admin's reason: what the LRS did and said. */
    static String reason(DeliveryOutcome outcome) {
        String why = outcome.reason().orElse("");
        return switch (outcome.status()) {
            case CONFLICT -> "LRS sudah menyimpan pernyataan lain dengan id yang sama / the LRS holds a different"
                    + " statement with id " + outcome.statementId() + " (both versions in the payload): " + why;
            case REJECTED -> "LRS menolak pernyataan / the LRS rejected statement " + outcome.statementId() + ": " + why;
            case DELIVERED -> why;
        };
    }

    /** The payload: our statement, and for a conflict the one the LRS holds. */
    static String payload(DeliveryOutcome outcome) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.set("ours", XapiJson.toTree(outcome.statement()));
        outcome.stored().ifPresent(stored -> payload.set("stored", XapiJson.toTree(stored)));
        return payload.toString();
    }

    /** The dead letter's error class. */
    static String errorClass(DeliveryOutcome outcome) {
        return "lrs." + outcome.status().name().toLowerCase();
    }
}
