package id.jembatan.hr.simpeg;

import java.util.List;

/** Maps one row of a query to a checked record or a {@link RejectedRow}; never throws for bad data. */
interface RowMapper<R> {

    /** Every alias the query must return. */
    List<String> aliases();

    /** The alias of the keyset column (unique, not null). */
    String keyAlias();

    R map(String query, RawRow row);
}
