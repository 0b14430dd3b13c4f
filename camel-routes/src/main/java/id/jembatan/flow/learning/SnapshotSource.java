package id.jembatan.flow.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.moodle.ActivitiesCompletionResult.ActivityCompletion;
import id.jembatan.moodle.Course;
import id.jembatan.moodle.CourseCompletionResult;
import id.jembatan.moodle.EnrolledUser;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.GradeItemsResult;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleClientException;
import id.jembatan.moodle.MoodleException;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.WatermarkStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Source B of {@code moodle-learning}, for sites that give no database access: Moodle's web services only. A pass
 * walks every course but the site course, in id order; per course the enrolled users, a page at a time
 * ({@code core_enrol_get_enrolled_users}); per learner the course completion, the activities' completion and the
 * grade items. Each page of one course's learners is a unit of work that the later steps deliver and commit before
 * the next page is read.
 *
 * <p>Only users holding a learner role in the course are read (Moodle tracks no completion for trainers). A learner
 * without a valid NIP becomes a dead letter and the pass goes on. Each of the three calls per learner stands alone: one
 * Moodle refuses for good loses only what it would have given, and the learner becomes a dead letter naming it while
 * the rest is sent. When the course completion call answers {@code usernotenroled} (the enrolment was suspended after
 * Moodle recorded the completion), the completion is worked out from the course's criteria and what the other calls
 * still show ({@link CompletionFromCriteria}). Transient and fatal Moodle failures are thrown.
 *
 * <p>The watermark {@code moodle-learning/snapshot} holds the last course whose learners were all committed, so a
 * pass cut short resumes after it, and {@code 0} once a pass reached the end. What was sent is remembered per fact
 * by {@link SnapshotSteps}; the watermark only saves reading again.
 */
public class SnapshotSource {

    static final String FLOW = "moodle-learning";
    static final String WATERMARK = "snapshot";
    static final String DONE = "0";
    /** Moodle's answer on the course completion of a learner whose enrolment is not active. */
    static final String NOT_ENROLLED = "usernotenroled";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MoodleClient moodle;
    private final MoodleDirectory directory;
    private final LearningSettings settings;
    private final WatermarkStore watermarks;
    private final int pageSize;
    private final Set<String> learnerRoles;

    /**
     * @param pageSize     learners per unit of work, and per {@code core_enrol_get_enrolled_users} call
     * @param learnerRoles short names of the course roles whose holders are learners, e.g. {@code student}
     */
    public SnapshotSource(MoodleClient moodle, MoodleDirectory directory, LearningSettings settings,
                          WatermarkStore watermarks, int pageSize, Collection<String> learnerRoles) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("the snapshot page size must be at least 1, was " + pageSize);
        }
        if (learnerRoles.isEmpty()) {
            throw new IllegalArgumentException("name at least one learner role, e.g. student");
        }
        this.moodle = moodle;
        this.directory = directory;
        this.settings = settings;
        this.watermarks = watermarks;
        this.pageSize = pageSize;
        this.learnerRoles = Set.copyOf(learnerRoles);
    }

    /**
     * A pass over the site's courses ({@code core_course_get_courses}) after the last course an interrupted pass
     * finished, or over all of them. Course names, JP and competency types are looked up afresh for every pass.
     */
    public SnapshotPass start() {
        long after = watermarks.get(FLOW, WATERMARK).map(Long::parseLong).orElse(0L);
        List<Course> all = moodle.courses().stream()
                .filter(course -> !isSiteCourse(course))
                .sorted(Comparator.comparingLong(Course::id))
                .toList();
        List<Course> rest = all.stream().filter(course -> course.id() > after).toList();
        List<Course> courses = rest.isEmpty() ? all : rest;
        directory.clear();
        Map<Long, CourseInfo> infos = directory.courses(courses.stream().map(Course::id).toList());
        List<SnapshotPass.CourseToRead> toRead = new ArrayList<>();
        for (Course course : courses) {
            CourseInfo info = infos.get(course.id());
            if (info != null) {
                toRead.add(new SnapshotPass.CourseToRead(course, info));
            }
        }
        return new SnapshotPass(toRead);
    }

    /**
     * Reads the next unit: the next page of learners of the course in hand (or of the next course with any), and
     * what Moodle reports about each. Run again after a failure, it goes on with the learners not read yet.
     */
    public SnapshotPass readCourse(SnapshotPass pass) {
        if (!pass.unitListed) {
            listUnit(pass);
        }
        for (EnrolledUser user : pass.unit) {
            if (pass.handled.add(user.id())) {
                try {
                    read(pass, user);
                } catch (RuntimeException e) {
                    pass.handled.remove(user.id());
                    throw e;
                }
            }
        }
        return pass;
    }

    private void listUnit(SnapshotPass pass) {
        while (true) {
            if (pass.enrolled == null) {
                SnapshotPass.CourseToRead next = pass.nextCourse();
                if (next == null) {
                    break;
                }
                pass.enrolled = moodle.enrolledUsers(next.course().id(), pageSize, userFields()).iterator();
            }
            while (pass.unit.size() < pageSize && pass.enrolled.hasNext()) {
                EnrolledUser user = pass.enrolled.next();
                if (user.roles().stream().anyMatch(role -> learnerRoles.contains(role.shortName()))) {
                    pass.unit.add(user);
                }
            }
            if (pass.unit.size() < pageSize) {
                pass.courseFinished();
            }
            if (!pass.unit.isEmpty() || !pass.hasCoursesLeft()) {
                break;
            }
        }
        pass.unitListed();
    }

    private void read(SnapshotPass pass, EnrolledUser user) {
        SnapshotPass.CourseToRead course = pass.course;
        long courseId = course.course().id();
        Learner learner = learner(user);
        if (learner.nip() == null) {
            pass.rejected.add(new Rejected(recordKey(user.id(), courseId), payload(user, courseId),
                    learner.nipProblem(), "moodle-learning.no-nip"));
            pass.learnerRead();
            return;
        }
        List<String> lost = new ArrayList<>();
        CourseCompletionResult completion = null;
        boolean notEnrolled = false;
        List<ActivityCompletion> activities = List.of();
        if (course.course().enableCompletion()) {
            try {
                completion = courseCompletion(courseId, user.id());
            } catch (MoodleClientException e) {
                String message = permanent(e);
                if (e instanceof MoodleException moodleError && NOT_ENROLLED.equals(moodleError.errorcode())) {
                    notEnrolled = true;
                } else {
                    lost.add(message);
                }
            }
            try {
                activities = moodle.activitiesCompletionStatus(courseId, user.id()).statuses();
            } catch (MoodleClientException e) {
                lost.add(permanent(e));
            }
        }
        List<GradeItemsResult.GradeItem> grades = List.of();
        try {
            grades = moodle.gradeItems(courseId, user.id()).userGrades().stream()
                    .filter(grade -> grade.userId() == user.id())
                    .flatMap(grade -> grade.gradeItems().stream())
                    .toList();
        } catch (MoodleClientException e) {
            lost.add(permanent(e));
        }
        if (notEnrolled) {
            Optional<CourseCompletionResult> derived = CompletionFromCriteria.of(criteria(pass, user), activities,
                    grades);
            if (derived.isPresent()) {
                completion = derived.get();
            } else {
                lost.add("core_completion_get_course_completion_status: usernotenroled (pendaftaran ditangguhkan /"
                        + " enrolment suspended), dan kriteria kursus tidak dapat diperiksa dari panggilan lain / and"
                        + " the course's criteria cannot be checked from the other calls");
            }
        }
        if (!activities.isEmpty() && pass.modules == null) {
            pass.modules = modules(courseId);
        }
        if (completion != null || !activities.isEmpty() || !grades.isEmpty() || lost.isEmpty()) {
            pass.readings.put(user.id(), new SnapshotReading(learner, course.info(), completion, activities, grades,
                    activities.isEmpty() ? Map.of() : pass.modules));
        }
        if (!lost.isEmpty()) {
            pass.rejected.add(new Rejected(recordKey(user.id(), courseId), payload(user, courseId),
                    refused(lost, user, course.info()), "moodle-learning.refused"));
        }
        pass.learnerRead();
    }

    /** The message of {@code e} when it is permanent (Moodle refused this call for this learner); others are thrown. */
    private static String permanent(MoodleClientException e) {
        if (e.kind() != ErrorKind.PERMANENT) {
            throw e;
        }
        return e.getMessage();
    }

    /**
     * The course's completion criteria, as Moodle reports them for another learner of the unit: asked once per course
     * and pass, for the first learner whose completion Moodle will not report.
     */
    private CourseCompletionResult criteria(SnapshotPass pass, EnrolledUser notEnrolled) {
        if (pass.criteriaLooked) {
            return pass.criteria;
        }
        pass.criteriaLooked = true;
        long courseId = pass.course.course().id();
        for (EnrolledUser other : pass.unit) {
            if (other.id() == notEnrolled.id()) {
                continue;
            }
            try {
                CourseCompletionResult answer = courseCompletion(courseId, other.id());
                if (answer != null && answer.completionStatus() != null
                        && !answer.completionStatus().completions().isEmpty()) {
                    pass.criteria = answer;
                    return answer;
                }
            } catch (MoodleClientException e) {
                permanent(e);
            }
        }
        return null;
    }

    private CourseCompletionResult courseCompletion(long courseId, long userId) {
        try {
            return moodle.courseCompletionStatus(courseId, userId);
        } catch (MoodleException e) {
            if ("nocriteriaset".equals(e.errorcode())) {
                return null;
            }
            throw e;
        }
    }

    private Map<Long, ModuleInfo> modules(long courseId) {
        return directory.modules(courseId);
    }

    private List<String> userFields() {
        List<String> fields = new ArrayList<>(List.of("id", "username", "fullname", "idnumber", "department",
                "roles"));
        if (!settings.nipField().equals("idnumber")) {
            fields.add("customfields");
        }
        return fields;
    }

    private Learner learner(EnrolledUser user) {
        String field = settings.nipField();
        return Learner.of(user.id(), user.username(), user.fullName(), user.department(), field,
                field.equals("idnumber") ? user.idNumber() : user.profileField(field).orElse(null));
    }

    private static String refused(List<String> lost, EnrolledUser user, CourseInfo course) {
        return "Moodle tidak memberi sebagian data pengguna / gave part of no data on user " + user.username() + " (id "
                + user.id() + ") di kursus / in course " + course.id() + " (" + course.fullName() + "); yang lain"
                + " terkirim / the rest was sent: " + String.join("; ", lost);
    }

    private static boolean isSiteCourse(Course course) {
        return course.id() == 1 || "site".equals(course.format());
    }

    static String recordKey(long userId, long courseId) {
        return "ws:" + userId + ":" + courseId;
    }

    private static String payload(EnrolledUser user, long courseId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("source", "web-service");
        payload.put("userid", user.id());
        payload.put("username", user.username());
        payload.put("courseid", courseId);
        return payload.toString();
    }
}
