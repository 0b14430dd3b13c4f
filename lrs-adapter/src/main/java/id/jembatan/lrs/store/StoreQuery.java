package id.jembatan.lrs.store;

import java.time.Instant;

/**
 * A statements query of xAPI Communication 2.1.3 in store terms.
 *
 * @param agent             the inverse functional identifier of the agent filter ({@link FilterKeys#identifier}), or
 *                          null
 * @param verb              verb id, or null
 * @param activity          activity id, or null
 * @param registration      registration UUID text, or null
 * @param relatedAgents     apply the agent filter broadly
 * @param relatedActivities apply the activity filter broadly
 * @param since             stored after this instant (exclusive), or null
 * @param until             stored at or before this instant, or null
 * @param limit             page size, already capped by the store's maximum
 * @param ascending         oldest first
 * @param position          continue after this seq (the cursor), or null for the first page
 * @param ceiling           the last seq visible to this query (fixed by the first page), or null for the first page
 */
public record StoreQuery(String agent, String verb, String activity, String registration, boolean relatedAgents,
        boolean relatedActivities, Instant since, Instant until, int limit, boolean ascending, Long position,
        Long ceiling) {

    public StoreQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    /** Every statement, newest first, {@code limit} per page. */
    public static StoreQuery all(int limit) {
        return new StoreQuery(null, null, null, null, false, false, null, null, limit, false, null, null);
    }

    /** The same query from another position. */
    public StoreQuery at(long newPosition, long newCeiling) {
        return new StoreQuery(agent, verb, activity, registration, relatedAgents, relatedActivities, since, until,
                limit, ascending, newPosition, newCeiling);
    }
}
