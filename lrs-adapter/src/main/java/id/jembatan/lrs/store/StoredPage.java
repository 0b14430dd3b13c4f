package id.jembatan.lrs.store;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query.
 *
 * @param statements the statements, in the query's order
 * @param next       the query for the next page, when there is one
 */
public record StoredPage(List<StoredStatement> statements, Optional<StoreQuery> next) {

    public StoredPage {
        statements = List.copyOf(statements);
    }
}
