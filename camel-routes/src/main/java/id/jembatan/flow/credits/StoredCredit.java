package id.jembatan.flow.credits;

/**
 * A credit as the ledger holds it.
 *
 * @param credit        the credit
 * @param voided        whether a voiding statement reversed it
 * @param simpegWritten whether its riwayat diklat row was written
 * @param siasnPushed   whether it was pushed to the SIASN-shaped API
 */
public record StoredCredit(Credit credit, boolean voided, boolean simpegWritten, boolean siasnPushed) {
}
