package id.jembatan.lrs.store;

import java.util.Objects;

/**
 * The raw data of one attachment, known by its SHA-2 hash (xAPI Data 2.4.11).
 *
 * @param sha2        the hash as declared in the statement, lower case hex
 * @param contentType the part's content type
 * @param content     the bytes
 */
public record AttachmentContent(String sha2, String contentType, byte[] content) {

    public AttachmentContent {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
