package id.jembatan.flow.profiles;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How {@code hr-profiles} shapes Moodle accounts ({@code jembatan.flows.hr-profiles.*}).
 *
 * @param institution the {@code institution} of every account, e.g. {@code Pemerintah Kota Tangerang Selatan}
 * @param jabatanField short name of the user profile field that holds the position name
 * @param golonganField short name of the user profile field that holds the golongan
 * @param auth the authentication plugin of new accounts, e.g. {@code manual} or {@code oauth2}
 * @param opdCohortPrefix prefix of the OPD cohorts' idnumber, e.g. {@code OPD-} for {@code OPD-1.02}
 * @param jabatanCohortPrefix prefix of the position-kind cohorts' idnumber, e.g. {@code JABATAN-}
 * @param internCohortPrefix prefix of the university cohorts' idnumber, e.g. {@code MAGANG-}
 * @param internIdNumberPrefix prefix of an intern account's idnumber before the nomor induk, e.g. {@code MAGANG-}
 * @param internUsername username of an intern account: {@code {nomor}} is replaced by the nomor induk and
 *     {@code {email}} by the part of the email address before {@code @}; the result is lower-cased
 * @param zone the time zone whose date decides when an internship has ended
 * @param batchSize users per Moodle call
 * @param pageSize SIMPEG rows per page
 */
public record ProfileSettings(
        String institution,
        String jabatanField,
        String golonganField,
        String auth,
        String opdCohortPrefix,
        String jabatanCohortPrefix,
        String internCohortPrefix,
        String internIdNumberPrefix,
        String internUsername,
        ZoneId zone,
        int batchSize,
        int pageSize) {

    /** The zone of Tangerang Selatan. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public ProfileSettings {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(jabatanField, "jabatanField");
        Objects.requireNonNull(golonganField, "golonganField");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(opdCohortPrefix, "opdCohortPrefix");
        Objects.requireNonNull(jabatanCohortPrefix, "jabatanCohortPrefix");
        Objects.requireNonNull(internCohortPrefix, "internCohortPrefix");
        Objects.requireNonNull(internIdNumberPrefix, "internIdNumberPrefix");
        Objects.requireNonNull(internUsername, "internUsername");
        Objects.requireNonNull(zone, "zone");
        if (!internUsername.contains("{nomor}") && !internUsername.contains("{email}")) {
            throw new IllegalArgumentException("jembatan.flows.hr-profiles.intern-username must contain {nomor} or"
                    + " {email}, was '" + internUsername + "'");
        }
        if (batchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("jembatan.flows.hr-profiles.batch-size and page-size must be at least 1");
        }
    }

    /** The defaults: {@code jabatan} and {@code golongan} fields, manual accounts, 50 users per call. */
    public static ProfileSettings defaults(String institution) {
        return new ProfileSettings(institution, "jabatan", "golongan", "manual", "OPD-", "JABATAN-", "MAGANG-",
                "MAGANG-", "magang.{nomor}", WIB, 50, 500);
    }
}
