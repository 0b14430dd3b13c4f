package id.jembatan.lrs;

/** 413: the request body is larger than the LRS accepts; a smaller batch may pass. */
public final class LrsPayloadTooLargeException extends LrsRejectedException {

    LrsPayloadTooLargeException(String message, String lrsMessage) {
        super(message, 413, lrsMessage);
    }
}
