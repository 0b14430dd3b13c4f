package id.jembatan.hr.kinerja;

/** One record read from e-Kinerja: a checked {@link PeriodResult}, or a {@link RejectedRecord} with its reason. */
public sealed interface KinerjaRow permits PeriodResult, RejectedRecord {
}
