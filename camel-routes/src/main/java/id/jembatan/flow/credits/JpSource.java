package id.jembatan.flow.credits;

/** Where a credit's JP came from; stored in the ledger's {@code jp_source}. */
public enum JpSource {
    /** The statement said: context extension {@code .../extensions/jp} (or, if enabled, {@code result.duration}). */
    STATEMENT,
    /** The course mapping file said ({@code jembatan.flows.lrs-credits.mapping-file}). */
    MAPPING,
    /** Nobody said: the credit is held with JP NULL and shown to HR as "JP unknown", never guessed. */
    UNKNOWN
}
