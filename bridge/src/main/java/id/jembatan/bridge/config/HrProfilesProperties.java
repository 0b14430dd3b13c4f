package id.jembatan.bridge.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code hr-profiles} flow (SIMPEG → Moodle accounts and cohorts).
 *
 * @param enabled             whether the flow runs on its schedule (it also needs Moodle and SIMPEG configured)
 * @param schedule            time between two reads of what changed in SIMPEG
 * @param reconcileEvery      time between two full reconciles, which compare every profile with what was last sent
 * @param batchSize           users per Moodle call
 * @param pageSize            SIMPEG rows per page
 * @param institution         the {@code institution} of every account
 * @param jabatanField        short name of the Moodle user profile field for the position name
 * @param golonganField       short name of the Moodle user profile field for the golongan
 * @param auth                authentication plugin of new accounts; {@code manual} accounts get a password mailed
 *                            by Moodle
 * @param opdCohortPrefix     idnumber prefix of the OPD cohorts
 * @param jabatanCohortPrefix idnumber prefix of the position-kind cohorts
 * @param internCohortPrefix  idnumber prefix of the interns' university cohorts
 * @param internIdnumberPrefix idnumber prefix of intern accounts, before the nomor induk
 * @param internUsername      username scheme of intern accounts: {@code {nomor}} (nomor induk) and/or
 *                            {@code {email}} (the address before {@code @})
 */
@ConfigurationProperties("jembatan.flows.hr-profiles")
public record HrProfilesProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15m") Duration schedule,
        @DefaultValue("24h") Duration reconcileEvery,
        @DefaultValue("50") int batchSize,
        @DefaultValue("500") int pageSize,
        @DefaultValue("Pemerintah Kota Tangerang Selatan") String institution,
        @DefaultValue("jabatan") String jabatanField,
        @DefaultValue("golongan") String golonganField,
        @DefaultValue("manual") String auth,
        @DefaultValue("OPD-") String opdCohortPrefix,
        @DefaultValue("JABATAN-") String jabatanCohortPrefix,
        @DefaultValue("MAGANG-") String internCohortPrefix,
        @DefaultValue("MAGANG-") String internIdnumberPrefix,
        @DefaultValue("magang.{nomor}") String internUsername) {
}
