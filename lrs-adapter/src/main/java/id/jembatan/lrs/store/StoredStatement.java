package id.jembatan.lrs.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A statement as the store holds it.
 *
 * @param seq    its place in storing order (the {@code more} cursor counts in these)
 * @param id     the statement id
 * @param stored when it was stored (its {@code stored} property)
 * @param json   the statement as received plus what the store set ({@code format=exact})
 */
public record StoredStatement(long seq, UUID id, Instant stored, String json) {
}
