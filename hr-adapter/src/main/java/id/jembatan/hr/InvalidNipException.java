package id.jembatan.hr;

/** A NIP that cannot be accepted; carries the rejected text and the reason. */
public final class InvalidNipException extends IllegalArgumentException {

    private final String rejected;
    private final Nip.Reason reason;

    InvalidNipException(String rejected, Nip.Reason reason) {
        super("NIP tidak valid / invalid NIP '" + rejected + "': " + reason.message());
        this.rejected = rejected;
        this.reason = reason;
    }

    /** The text that was rejected, as given. */
    public String rejected() {
        return rejected;
    }

    /** Why it was rejected. */
    public Nip.Reason reason() {
        return reason;
    }
}
