package id.jembatan.hr.simpeg;

/** A row of the intern queries: a valid {@link Intern}, or a {@link RejectedRow} saying why not. */
public sealed interface InternRow permits Intern, RejectedRow {
}
