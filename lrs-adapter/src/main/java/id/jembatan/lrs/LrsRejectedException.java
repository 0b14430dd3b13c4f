package id.jembatan.lrs;

/**
 * The LRS refused this request (400 and other 4xx that are not about credentials). For a batch the LRS stores none of
 * it; {@link StatementDelivery} narrows the batch down to the statements at fault.
 */
public sealed class LrsRejectedException extends LrsException
        permits LrsConflictException, LrsPayloadTooLargeException {

    private final String lrsMessage;

    LrsRejectedException(String message, int status, String lrsMessage) {
        super(message, status, null);
        this.lrsMessage = lrsMessage;
    }

    /** What the LRS said: its {@code message}, its {@code warnings}, or the start of its body. */
    public String lrsMessage() {
        return lrsMessage;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
