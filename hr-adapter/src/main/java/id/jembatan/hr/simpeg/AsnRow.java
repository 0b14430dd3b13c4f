package id.jembatan.hr.simpeg;

/** A row of the ASN queries: a valid {@link AsnProfile}, or a {@link RejectedRow} saying why not. */
public sealed interface AsnRow permits AsnProfile, RejectedRow {
}
