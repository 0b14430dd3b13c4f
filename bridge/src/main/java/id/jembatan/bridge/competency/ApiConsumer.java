package id.jembatan.bridge.competency;

import java.util.Set;

/**
 * A consumer of the API whose key matched.
 *
 * @param name     as configured; the actor of its audit entries
 * @param scopes   what it may do, e.g. {@code competency:read}
 * @param opdCodes the OPD it may see; empty = every OPD
 */
record ApiConsumer(String name, Set<String> scopes, Set<String> opdCodes) {

    /** Scope of every read under {@code /api/v1/competency}. */
    static final String COMPETENCY_READ = "competency:read";
    /**
     * Scope of one ASN's year only ({@code /api/v1/competency/asn/{nip}}): what Moodle's "JP saya / My JP" page needs,
     * so that the key kept in Moodle cannot list OPDs. {@link #COMPETENCY_READ} includes it.
     */
    static final String COMPETENCY_ASN = "competency:asn";
    /** The scopes a consumer may be given. */
    static final Set<String> KNOWN_SCOPES = Set.of(COMPETENCY_READ, COMPETENCY_ASN);

    ApiConsumer {
        scopes = Set.copyOf(scopes);
        opdCodes = Set.copyOf(opdCodes);
    }

    boolean has(String scope) {
        return scopes.contains(scope) || scope.equals(COMPETENCY_ASN) && scopes.contains(COMPETENCY_READ);
    }

    /** Whether it is limited to some OPD. */
    boolean restricted() {
        return !opdCodes.isEmpty();
    }

    /** Whether it may see this OPD's figures; a restricted consumer never sees an ASN placed in no OPD. */
    boolean maySee(String opdCode) {
        return !restricted() || opdCode != null && opdCodes.contains(opdCode);
    }
}
