package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The site's cohorts and their members. Immutable: the {@code with...} methods return a changed copy. Cohorts are
 * kept in the shape {@code core_cohort_get_cohorts} answers (the recorded {@code core_cohort_get_cohorts__all}).
 */
final class Cohorts {

    static final Cohorts NONE = new Cohorts(Map.of(), Map.of());

    private final Map<Long, ObjectNode> cohorts;
    private final Map<Long, Set<Long>> members;

    private Cohorts(Map<Long, ObjectNode> cohorts, Map<Long, Set<Long>> members) {
        this.cohorts = Collections.unmodifiableMap(new TreeMap<>(cohorts));
        this.members = members;
    }

    Optional<ObjectNode> byId(long id) {
        return Optional.ofNullable(cohorts.get(id));
    }

    Optional<ObjectNode> byIdnumber(String idnumber) {
        return cohorts.values().stream().filter(c -> c.path("idnumber").asText().equals(idnumber)).findFirst();
    }

    List<ObjectNode> all() {
        return List.copyOf(cohorts.values());
    }

    long nextId() {
        return cohorts.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    }

    Set<Long> members(long cohortId) {
        return members.getOrDefault(cohortId, Set.of());
    }

    Cohorts with(ObjectNode cohort) {
        Map<Long, ObjectNode> more = new TreeMap<>(cohorts);
        more.put(cohort.path("id").asLong(), cohort);
        return new Cohorts(more, members);
    }

    Cohorts withMember(long cohortId, long userId, boolean member) {
        Map<Long, Set<Long>> changed = new TreeMap<>(members);
        Set<Long> users = new TreeSet<>(changed.getOrDefault(cohortId, Set.of()));
        if (member) {
            users.add(userId);
        } else {
            users.remove(userId);
        }
        changed.put(cohortId, Collections.unmodifiableSet(users));
        return new Cohorts(cohorts, Collections.unmodifiableMap(changed));
    }

    List<SandboxCohort> list() {
        return cohorts.values().stream().map(c -> new SandboxCohort(c.path("id").asLong(), c.path("idnumber").asText(),
                c.path("name").asText(), members(c.path("id").asLong()).size())).toList();
    }
}
