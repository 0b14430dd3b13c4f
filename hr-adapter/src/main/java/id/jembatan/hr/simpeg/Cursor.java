package id.jembatan.hr.simpeg;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Where a keyset read stands: the {@code updated_at} and the key (NIP, or an intern's nomor induk) of the
 * last row read, exactly as the database returned them. The next page starts strictly after it.
 *
 * @param updatedAt last {@code updated_at} read; ignored by the full reconcile, which pages by key only
 * @param key last key read, the raw column text (empty before the first row)
 */
public record Cursor(LocalDateTime updatedAt, String key) {

    /** Before every row: {@code updated_at} 1900-01-01 00:00 and an empty key. */
    public static final Cursor START = new Cursor(LocalDateTime.of(1900, 1, 1, 0, 0), "");

    public Cursor {
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(key, "key");
    }

    /** A cursor for the full reconcile, which pages by key only. */
    public static Cursor afterKey(String key) {
        return new Cursor(START.updatedAt(), key);
    }
}
