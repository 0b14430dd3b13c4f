package id.jembatan.bridge.competency;

import id.jembatan.hr.simpeg.ActiveAsn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The active ASN in SIMPEG at one moment, indexed by NIP and by OPD: the headcount of the OPD figures.
 *
 * @param byNip      every active ASN by NIP
 * @param byOpd      the active ASN of each OPD code, in NIP order
 * @param opdNames   each OPD code's name (the first non-empty one SIMPEG gave)
 * @param withoutOpd active ASN placed in no OPD (counted only in the all-OPD total)
 * @param readAt     when SIMPEG was read
 */
record ActiveRoster(Map<String, ActiveAsn> byNip, SortedMap<String, List<ActiveAsn>> byOpd,
        Map<String, String> opdNames, int withoutOpd, Instant readAt) {

    static ActiveRoster of(List<ActiveAsn> active, Instant readAt) {
        Map<String, ActiveAsn> byNip = new HashMap<>();
        SortedMap<String, List<ActiveAsn>> byOpd = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        int withoutOpd = 0;
        for (ActiveAsn asn : active) {
            if (byNip.putIfAbsent(asn.nip().value(), asn) != null) {
                continue;
            }
            if (asn.opdCode() == null) {
                withoutOpd++;
                continue;
            }
            byOpd.computeIfAbsent(asn.opdCode(), code -> new ArrayList<>()).add(asn);
            if (asn.opdName() != null) {
                names.putIfAbsent(asn.opdCode(), asn.opdName());
            }
        }
        byOpd.replaceAll((code, members) -> {
            members.sort((a, b) -> a.nip().compareTo(b.nip()));
            return Collections.unmodifiableList(members);
        });
        return new ActiveRoster(Collections.unmodifiableMap(byNip), Collections.unmodifiableSortedMap(byOpd),
                Collections.unmodifiableMap(names), withoutOpd, readAt);
    }

    Optional<ActiveAsn> find(String nip) {
        return Optional.ofNullable(byNip.get(nip));
    }
}
