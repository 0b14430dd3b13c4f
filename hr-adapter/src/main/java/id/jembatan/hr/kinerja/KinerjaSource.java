package id.jembatan.hr.kinerja;

/**
 * e-Kinerja as a source of SKP period results, whichever way it is reached ({@link HttpKinerjaSource},
 * {@link SqlKinerjaSource}). A flow keeps the source's watermark and opens one {@link KinerjaRead} per pass.
 */
public interface KinerjaSource {

    /** {@code http} or {@code sql}: the flows key their watermark by it, so switching source starts afresh. */
    String kind();

    /** Where the source is, without secrets, for messages and {@code check}. */
    String describe();

    /**
     * Starts reading the records changed after {@code watermark} up to now (a bound captured here, so that records
     * changed during the pass are left for the next one).
     *
     * @param watermark what an earlier read's {@link KinerjaRead#checkpoint()} returned; null to read everything
     * @param pageSize records per page, at least 1
     */
    KinerjaRead open(String watermark, int pageSize);
}
