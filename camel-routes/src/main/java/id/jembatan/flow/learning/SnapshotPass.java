package id.jembatan.flow.learning;

import id.jembatan.lrs.DeliveryOutcome;
import id.jembatan.moodle.Course;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.EnrolledUser;
import id.jembatan.support.flow.FlowPass;
import id.jembatan.support.flow.PassCounts;
import id.jembatan.support.state.Rejected;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of {@code moodle-learning}'s web-service source over the site's courses: the courses still to walk, the
 * course in hand with its enrolled users read lazily page by page, the unit of work (one page of one course's
 * learners) and what the pass has done so far. It travels as the body of the Camel exchange from step to step; a
 * step that is retried continues the unit where it stopped.
 */
public final class SnapshotPass implements FlowPass {

    /** A course to walk, with what statements say about it. */
    record CourseToRead(Course course, CourseInfo info) {
    }

    private final Deque<CourseToRead> remaining;

    CourseToRead course;
    Iterator<EnrolledUser> enrolled;
    Map<Long, ModuleInfo> modules;
    /** The course's completion criteria as Moodle reported them for one of its learners, once looked for. */
    CourseCompletionResult criteria;
    boolean criteriaLooked;

    final List<EnrolledUser> unit = new ArrayList<>();
    boolean unitListed;
    Long finishedCourse;
    final Set<Long> handled = new HashSet<>();
    final Map<Long, SnapshotReading> readings = new LinkedHashMap<>();
    final List<Rejected> rejected = new ArrayList<>();
    final List<LearningPass.Pending> pending = new ArrayList<>();
    List<DeliveryOutcome> outcomes = List.of();
    long factsRead;

    private boolean more;
    private long coursesRead;
    private long learners;
    private long read;
    private long delivered;
    private long skipped;
    private long deadLettered;

    SnapshotPass(List<CourseToRead> courses) {
        this.remaining = new ArrayDeque<>(courses);
        this.more = !courses.isEmpty();
    }

    /** Whether courses or learners remain to be read. */
    public boolean isMore() {
        return more;
    }

    boolean hasCoursesLeft() {
        return !remaining.isEmpty();
    }

    CourseToRead nextCourse() {
        course = remaining.poll();
        modules = null;
        criteria = null;
        criteriaLooked = false;
        enrolled = null;
        if (course != null) {
            coursesRead++;
        }
        return course;
    }

    void courseFinished() {
        finishedCourse = course.course().id();
        enrolled = null;
    }

    void unitListed() {
        unitListed = true;
        more = enrolled != null || !remaining.isEmpty();
    }

    void learnerRead() {
        learners++;
    }

    void committed(long deliveredNow, long skippedNow, long deadLetteredNow) {
        read += factsRead + rejected.size();
        delivered += deliveredNow;
        skipped += skippedNow;
        deadLettered += deadLetteredNow;
        unit.clear();
        unitListed = false;
        finishedCourse = null;
        handled.clear();
        readings.clear();
        rejected.clear();
        pending.clear();
        outcomes = List.of();
        factsRead = 0;
    }

    /** Courses walked so far. */
    public long courses() {
        return coursesRead;
    }

    /** Learners (enrolments with a learner role) read so far. */
    public long learners() {
        return learners;
    }

    /** Facts read (completions and grades), plus learners that could not be read. */
    public long read() {
        return read;
    }

    /** Statements the LRS accepted (or already held with the same content). */
    public long delivered() {
        return delivered;
    }

    /** Facts that needed no statement: already delivered, or an incomplete activity never sent as complete. */
    public long skipped() {
        return skipped;
    }

    /** Learners and statements put in the dead-letter store. */
    public long deadLettered() {
        return deadLettered;
    }

    @Override
    public PassCounts counts() {
        return new PassCounts(read, delivered, skipped, deadLettered);
    }

    /** One line for the admin: what the pass read and did. */
    @Override
    public String summary() {
        return String.format("kursus/courses %,d, peserta/learners %,d, dibaca/read %,d, terkirim/delivered %,d,"
                + " dilewati/skipped %,d, surat mati/dead-lettered %,d",
                coursesRead, learners, read, delivered, skipped, deadLettered);
    }
}
