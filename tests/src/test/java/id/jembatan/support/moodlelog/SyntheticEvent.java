package id.jembatan.support.moodlelog;

import id.jembatan.moodle.log.LearningEvents;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The events synthetic rows are made of, each with the columns and {@code other} JSON Moodle 4.5 writes for
 * it (copied from the recorded rows), and its weight within learning events or within the noise.
 *
 * <p>Synthetic site layout: course {@code c} has context {@code 1000 + c}, a page (course module
 * {@code 10c + 1}) and a quiz (course module {@code 10c + 2}, quiz id {@code c}); a module's context is
 * {@code 100000 + cmid}; its manual enrolment instance is {@code 10c + 3} and its grade item {@code 10c + 9}.
 * User 2 is the admin that runs cron, 11 a trainer, 12 the web service account.
 */
enum SyntheticEvent {

    COURSE_COMPLETED(LearningEvents.COURSE_COMPLETED, true, 10) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            return new StoredRow(id, eventName(), "core", "completed", "course", "course_completions", objectId,
                    "u", 2, courseContext(course), 50, course, ADMIN, course, user, 0,
                    "{\"relateduserid\":\"" + user + "\"}", time, "cli", null, null);
        }
    },
    COURSE_MODULE_COMPLETION_UPDATED(LearningEvents.COURSE_MODULE_COMPLETION_UPDATED, true, 40) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            long cm = random.nextBoolean() ? pageModule(course) : quizModule(course);
            String relatedUser = random.nextInt(10) == 0 ? Long.toString(user) : "\"" + user + "\"";
            int state = weighted(random, COMPLETION_STATES, COMPLETION_STATE_WEIGHTS);
            return new StoredRow(id, eventName(), "core", "updated", "course_module_completion",
                    "course_modules_completion", objectId, "u", 2, moduleContext(cm), 70, cm, user, course, user, 0,
                    "{\"relateduserid\":" + relatedUser + ",\"overrideby\":null,\"completionstate\":" + state + "}",
                    time, "web", ip(user), null);
        }
    },
    USER_GRADED(LearningEvents.USER_GRADED, true, 20) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            boolean byCron = random.nextBoolean();
            int draw = random.nextInt(100);
            String grade = draw < 2 ? "null"
                    : draw < 20 ? (40 + random.nextInt(60)) + ".5"
                    : Integer.toString(40 + random.nextInt(61));
            return new StoredRow(id, eventName(), "core", "graded", "user", "grade_grades", objectId, "u", 1,
                    courseContext(course), 50, course, byCron ? -1 : TRAINER, course, user, 0,
                    "{\"itemid\":\"" + (course * 10 + 9) + "\",\"overridden\":false,\"finalgrade\":" + grade + "}",
                    time, byCron ? "cli" : "web", byCron ? null : ip(TRAINER), null);
        }
    },
    QUIZ_ATTEMPT_SUBMITTED(LearningEvents.QUIZ_ATTEMPT_SUBMITTED, true, 15) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            long cm = quizModule(course);
            return new StoredRow(id, eventName(), "mod_quiz", "submitted", "attempt", "quiz_attempts", objectId,
                    "u", 2, moduleContext(cm), 70, cm, user, course, user, 0,
                    "{\"submitterid\":null,\"quizid\":\"" + course + "\",\"studentisonline\":false}", time, "web",
                    ip(user), null);
        }
    },
    USER_ENROLMENT_CREATED(LearningEvents.USER_ENROLMENT_CREATED, true, 10) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            return new StoredRow(id, eventName(), "core", "created", "user_enrolment", "user_enrolments", objectId,
                    "c", 0, courseContext(course), 50, course, WS_ACCOUNT, course, user, 0, "{\"enrol\":\"manual\"}",
                    time, "ws", ip(WS_ACCOUNT), null);
        }
    },
    USER_ENROLMENT_DELETED(LearningEvents.USER_ENROLMENT_DELETED, true, 5) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            long enrolled = time - 30L * 24 * 3600;
            String other = "{\"userenrolment\":{\"id\":\"" + objectId + "\",\"status\":\"0\",\"enrolid\":\""
                    + (course * 10 + 3) + "\",\"userid\":\"" + user + "\",\"timestart\":\"" + enrolled
                    + "\",\"timeend\":\"0\",\"modifierid\":\"" + WS_ACCOUNT + "\",\"timecreated\":\"" + enrolled
                    + "\",\"timemodified\":\"" + enrolled + "\",\"courseid\":\"" + course
                    + "\",\"enrol\":\"manual\",\"lastenrol\":true},\"enrol\":\"manual\"}";
            return new StoredRow(id, eventName(), "core", "deleted", "user_enrolment", "user_enrolments", objectId,
                    "d", 0, courseContext(course), 50, course, WS_ACCOUNT, course, user, 0, other, time, "ws",
                    ip(WS_ACCOUNT), null);
        }
    },
    COURSE_VIEWED("\\core\\event\\course_viewed", false, 45) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            return new StoredRow(id, eventName(), "core", "viewed", "course", null, null, "r", 2,
                    courseContext(course), 50, course, user, course, null, 0, "null", time, "web", ip(user), null);
        }
    },
    PAGE_VIEWED("\\mod_page\\event\\course_module_viewed", false, 30) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            long cm = pageModule(course);
            return new StoredRow(id, eventName(), "mod_page", "viewed", "course_module", "page", course, "r", 2,
                    moduleContext(cm), 70, cm, user, course, null, 0, "null", time, "web", ip(user), null);
        }
    },
    QUIZ_VIEWED("\\mod_quiz\\event\\course_module_viewed", false, 15) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            long cm = quizModule(course);
            return new StoredRow(id, eventName(), "mod_quiz", "viewed", "course_module", "quiz", course, "r", 2,
                    moduleContext(cm), 70, cm, user, course, null, 0, "null", time, "web", ip(user), null);
        }
    },
    USER_LOGGEDIN("\\core\\event\\user_loggedin", false, 10) {
        @Override
        StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random) {
            return new StoredRow(id, eventName(), "core", "loggedin", "user", "user", user, "r", 0, 1, 10, 0, user,
                    0L, null, 0, "{\"username\":\"asn" + user + "\",\"extrauserinfo\":[]}", time, "web", ip(user),
                    null);
        }
    };

    static final long ADMIN = 2;
    static final long TRAINER = 11;
    static final long WS_ACCOUNT = 12;

    private static final int[] COMPLETION_STATES = {1, 0, 2, 3};
    private static final int[] COMPLETION_STATE_WEIGHTS = {70, 10, 15, 5};
    private static final SyntheticEvent[] LEARNING = Arrays.stream(values()).filter(e -> e.learning)
            .toArray(SyntheticEvent[]::new);
    private static final SyntheticEvent[] NOISE = Arrays.stream(values()).filter(e -> !e.learning)
            .toArray(SyntheticEvent[]::new);

    private final String eventName;
    private final boolean learning;
    private final int weight;

    SyntheticEvent(String eventName, boolean learning, int weight) {
        this.eventName = eventName;
        this.learning = learning;
        this.weight = weight;
    }

    /**
     * A row of this event.
     *
     * @param objectId the id of the event's object (completion, grade, attempt, enrolment), where it has one
     * @param user the learner (or, for a login, the user logging in)
     */
    abstract StoredRow row(long id, long objectId, long user, long course, long time, SplittableRandom random);

    String eventName() {
        return eventName;
    }

    static List<SyntheticEvent> learning() {
        return List.of(LEARNING);
    }

    /** A learning event with probability {@code learningShare}, else noise; each by weight within its group. */
    static SyntheticEvent pick(SplittableRandom random, double learningShare) {
        SyntheticEvent[] group = random.nextDouble() < learningShare ? LEARNING : NOISE;
        int total = Arrays.stream(group).mapToInt(event -> event.weight).sum();
        int draw = random.nextInt(total);
        for (SyntheticEvent event : group) {
            draw -= event.weight;
            if (draw < 0) {
                return event;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    static SyntheticEvent named(String eventName) {
        return Arrays.stream(values()).filter(event -> event.eventName.equals(eventName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no synthetic rows for " + eventName + "; known: "
                        + Arrays.stream(values()).map(SyntheticEvent::eventName).toList()));
    }

    private static int weighted(SplittableRandom random, int[] values, int[] weights) {
        int draw = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static long courseContext(long course) {
        return 1000 + course;
    }

    private static long pageModule(long course) {
        return course * 10 + 1;
    }

    private static long quizModule(long course) {
        return course * 10 + 2;
    }

    private static long moduleContext(long cm) {
        return 100_000 + cm;
    }

    private static String ip(long user) {
        return "10." + ((user >> 16) & 255) + "." + ((user >> 8) & 255) + "." + (user & 255);
    }
}
