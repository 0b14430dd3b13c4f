package id.jembatan.sandbox.moodle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is enrolled where: listed enrolments (the recorded site) plus blocks of "every one of these users in
 * every one of these courses" (synthetic sites), whose enrolments are made when asked for, so that a large
 * synthetic site costs no memory per enrolment. Immutable.
 */
final class Enrolments {

    /** Every user of {@code userIds} in every course of {@code courseIds} with {@code role}, made by {@code make}. */
    record Block(Set<Long> userIds, Set<Long> courseIds, Enrolment.Role role, Maker make) {

        Block {
            userIds = Collections.unmodifiableSet(new LinkedHashSet<>(userIds.stream().sorted().toList()));
            courseIds = Collections.unmodifiableSet(new LinkedHashSet<>(courseIds));
        }
    }

    /** Makes the enrolment of a user in a course of a block. */
    interface Maker {
        Enrolment make(long courseId, long userId);
    }

    static final Enrolments NONE = new Enrolments(Map.of(), List.of());

    private final Map<Long, Map<Long, Enrolment>> listed;
    private final List<Block> blocks;

    private Enrolments(Map<Long, Map<Long, Enrolment>> listed, List<Block> blocks) {
        this.listed = listed;
        this.blocks = blocks;
    }

    Enrolments with(Collection<Enrolment> enrolments) {
        Map<Long, Map<Long, Enrolment>> copy = new HashMap<>();
        listed.forEach((course, users) -> copy.put(course, new TreeMap<>(users)));
        for (Enrolment e : enrolments) {
            copy.computeIfAbsent(e.courseId(), c -> new TreeMap<>()).put(e.userId(), e);
        }
        return new Enrolments(Collections.unmodifiableMap(copy), blocks);
    }

    Enrolments with(Block block) {
        List<Block> more = new ArrayList<>(blocks);
        more.add(block);
        return new Enrolments(listed, List.copyOf(more));
    }

    Optional<Enrolment> find(long courseId, long userId) {
        Enrolment e = listed.getOrDefault(courseId, Map.of()).get(userId);
        if (e != null) {
            return Optional.of(e);
        }
        for (Block block : blocks) {
            if (block.courseIds().contains(courseId) && block.userIds().contains(userId)) {
                return Optional.of(block.make().make(courseId, userId));
            }
        }
        return Optional.empty();
    }

    /** The course's enrolments ordered by user id. */
    List<Enrolment> ofCourse(long courseId) {
        Map<Long, Enrolment> byUser = new TreeMap<>(listed.getOrDefault(courseId, Map.of()));
        for (Block block : blocks) {
            if (block.courseIds().contains(courseId)) {
                for (long userId : block.userIds()) {
                    byUser.putIfAbsent(userId, block.make().make(courseId, userId));
                }
            }
        }
        return List.copyOf(byUser.values());
    }

    /** The ids of the courses the user is enrolled in, in no particular order. */
    Set<Long> coursesOf(long userId) {
        Set<Long> courses = new LinkedHashSet<>();
        listed.forEach((course, users) -> {
            if (users.containsKey(userId)) {
                courses.add(course);
            }
        });
        for (Block block : blocks) {
            if (block.userIds().contains(userId)) {
                courses.addAll(block.courseIds());
            }
        }
        return courses;
    }

    /** The ids of the users enrolled as students somewhere, ascending. */
    Set<Long> students() {
        Set<Long> students = new TreeSet<>();
        listed.values().forEach(byUser -> byUser.values().stream().filter(e -> e.role() == Enrolment.Role.STUDENT)
                .forEach(e -> students.add(e.userId())));
        blocks.stream().filter(b -> b.role() == Enrolment.Role.STUDENT && !b.courseIds().isEmpty())
                .forEach(b -> students.addAll(b.userIds()));
        return students;
    }
}
