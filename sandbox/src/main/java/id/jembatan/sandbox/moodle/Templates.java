package id.jembatan.sandbox.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;

/**
 * Renders the sandbox's records in the JSON shapes of the recorded answers: each method copies a recorded
 * element (the "template") and replaces the fields that differ, so field names, order and types stay Moodle's.
 */
final class Templates {

    /** The recorded site's wwwroot, as it appears in every URL Moodle answered with. */
    static final String SITE = "http://127.0.0.1:8080";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PASS_ICON = "<i class=\"icon fa fa-check text-success fa-fw inline\"  title=\"Pass\""
            + " role=\"img\" aria-label=\"Pass\"></i>";
    private static final String FAIL_ICON = "<i class=\"icon fa fa-xmark text-danger fa-fw inline\"  title=\"Fail\""
            + " role=\"img\" aria-label=\"Fail\"></i>";
    private static final Set<String> NOT_IN_ENROLLED_USER = Set.of("auth", "suspended", "confirmed", "lang", "theme",
            "timezone", "mailformat", "trackforums", "preferences");

    private final ObjectNode user = (ObjectNode) byId(
            Fixture.load("core_user_get_users__by_email_wildcard").body().path("users"), 3);
    private final ObjectNode courseListed = (ObjectNode) byId(Fixture.load("core_course_get_courses__all").body(), 6);
    private final ObjectNode courseByField = (ObjectNode) byId(
            Fixture.load("core_course_get_courses_by_field__all").body().path("courses"), 6);
    private final JsonNode contents = Fixture.load("core_course_get_contents__course_skp").body();
    private final JsonNode quizUserGrades = Fixture.load("gradereport_user_get_grade_items__course_skp_user").body()
            .path("usergrades").get(0);
    private final JsonNode manualUserGrades = Fixture.load("gradereport_user_get_grade_items__course_wasbang_all_users")
            .body().path("usergrades");
    private final JsonNode courseCompleted = Fixture.load("core_completion_get_course_completion_status__completed")
            .body().path("completionstatus").path("completions");
    private final JsonNode quizCriterion = Fixture.load(
            "core_completion_get_course_completion_status__quiz_failed_not_completed").body().path("completionstatus")
            .path("completions").get(1);
    private final JsonNode activityStatuses = Fixture.load(
            "core_completion_get_activities_completion_status__passed_quiz").body().path("statuses");
    private final JsonNode attempt = Fixture.load("mod_quiz_get_user_attempts__passed").body().path("attempts").get(0);

    /** A user in the shape of {@code core_user_get_users} and {@code core_user_get_users_by_field}. */
    ObjectNode user(SandboxUser u) {
        ObjectNode n = user.deepCopy();
        n.put("id", u.id());
        n.put("username", u.username());
        n.put("firstname", u.firstname());
        n.put("lastname", u.lastname());
        n.put("fullname", u.fullname());
        n.put("email", u.email());
        n.put("department", u.department() == null ? "" : u.department());
        if (u.idnumber() == null || u.idnumber().isEmpty()) {
            n.remove("idnumber");
        } else {
            n.put("idnumber", u.idnumber());
        }
        n.put("lastaccess", 0);
        n.put("suspended", u.suspended());
        ArrayNode fields = (ArrayNode) n.get("customfields");
        ArrayNode kept = JSON.arrayNode();
        profileField(fields.get(0), u.golongan(), kept);
        profileField(fields.get(1), u.jabatan(), kept);
        if (kept.isEmpty()) {
            n.remove("customfields");
        } else {
            n.set("customfields", kept);
        }
        return n;
    }

    private static void profileField(JsonNode template, String value, ArrayNode into) {
        if (value != null) {
            into.add(((ObjectNode) template.deepCopy()).put("value", value).put("displayvalue", value));
        }
    }

    /** The {@link SandboxUser} view of a user record. */
    static SandboxUser userView(JsonNode n) {
        String golongan = null;
        String jabatan = null;
        for (JsonNode field : n.path("customfields")) {
            if ("golongan".equals(field.path("shortname").asText())) {
                golongan = field.path("value").asText(null);
            } else if ("jabatan".equals(field.path("shortname").asText())) {
                jabatan = field.path("value").asText(null);
            }
        }
        return new SandboxUser(n.path("id").asLong(), n.path("username").asText(), n.path("firstname").asText(),
                n.path("lastname").asText(), n.path("email").asText(), n.path("idnumber").asText(null),
                n.path("department").asText(null), golongan, jabatan, n.path("suspended").asBoolean());
    }

    /**
     * A course in the shape of {@code core_course_get_courses}.
     *
     * @param categorySortOrder the course's {@code categorysortorder} (its category's sortorder plus its place)
     */
    ObjectNode courseListed(SandboxCourse c, long categorySortOrder) {
        ObjectNode n = courseListed.deepCopy();
        n.put("id", c.id());
        n.put("shortname", c.shortname());
        n.put("categoryid", c.categoryId());
        n.put("categorysortorder", categorySortOrder);
        n.put("fullname", c.fullname());
        n.put("displayname", c.fullname());
        n.put("idnumber", c.idnumber());
        n.put("summary", summary(c));
        jp((ArrayNode) n.get("customfields"), c.jp());
        return n;
    }

    /** A course in the shape of {@code core_course_get_courses_by_field}, contacts left for the answer. */
    ObjectNode courseByField(SandboxCourse c, long sortOrder, String categoryName, long contextId) {
        ObjectNode n = courseByField.deepCopy();
        n.put("id", c.id());
        n.put("fullname", c.fullname());
        n.put("displayname", c.fullname());
        n.put("shortname", c.shortname());
        n.put("courseimage", SITE + "/pluginfile.php/" + contextId + "/course/generated/course.svg");
        n.put("categoryid", c.categoryId());
        n.put("categoryname", categoryName);
        n.put("sortorder", sortOrder);
        n.put("summary", summary(c));
        jp((ArrayNode) n.get("customfields"), c.jp());
        n.put("idnumber", c.idnumber());
        return n;
    }

    private static String summary(SandboxCourse c) {
        return "<p>" + c.fullname() + " untuk ASN di lingkungan Pemerintah Kabupaten Sukamaju."
                + (c.jp() == null ? "" : " Bobot " + c.jp() + " JP.") + "</p>";
    }

    private static void jp(ArrayNode customFields, Integer jp) {
        for (JsonNode field : customFields) {
            if ("jp".equals(field.path("shortname").asText())) {
                ObjectNode f = (ObjectNode) field;
                if (jp == null) {
                    f.putNull("valueraw");
                    f.putNull("value");
                } else {
                    f.put("valueraw", jp);
                    f.put("value", Integer.toString(jp));
                }
            }
        }
    }

    /** The {@link SandboxCourse} view of a course in the {@code core_course_get_courses} shape. */
    static SandboxCourse courseView(JsonNode n) {
        Integer jp = null;
        for (JsonNode field : n.path("customfields")) {
            if ("jp".equals(field.path("shortname").asText()) && field.path("valueraw").canConvertToInt()) {
                jp = field.path("valueraw").asInt();
            }
        }
        return new SandboxCourse(n.path("id").asLong(), n.path("shortname").asText(), n.path("fullname").asText(),
                n.path("idnumber").asText(""), n.path("categoryid").asLong(), jp);
    }

    /** {@code core_course_get_contents} of a course laid out as the recorded ones: sections 0 to 2. */
    ArrayNode contents(CourseLayout layout) {
        ArrayNode sections = JSON.arrayNode();
        for (int s = 0; s < 3; s++) {
            ObjectNode section = contents.get(s).deepCopy();
            section.put("id", layout.firstSectionId() + s);
            sections.add(section.set("modules", JSON.arrayNode()));
        }
        ((ArrayNode) sections.get(1).get("modules")).add(module(contents.get(1).path("modules").get(0), layout.page()));
        if (layout.quizCourse()) {
            ((ArrayNode) sections.get(2).get("modules")).add(module(contents.get(2).path("modules").get(0),
                    layout.quiz()));
        }
        return sections;
    }

    /** {@code core_course_get_contents} of a course without activities (the site course). */
    ArrayNode emptyContents(long sectionId) {
        ObjectNode section = contents.get(0).deepCopy();
        section.put("id", sectionId);
        return JSON.arrayNode().add(section);
    }

    private static ObjectNode module(JsonNode template, CourseLayout.Module m) {
        ObjectNode n = template.deepCopy();
        n.put("id", m.cmid());
        n.put("url", viewUrl(m));
        n.put("name", m.name());
        n.put("instance", m.instance());
        n.put("contextid", m.contextId());
        for (JsonNode file : n.path("contents")) {
            ((ObjectNode) file).put("fileurl", SITE + "/webservice/pluginfile.php/" + m.contextId()
                    + "/mod_page/content/index.html?forcedownload=1");
        }
        return n;
    }

    private static String viewUrl(CourseLayout.Module m) {
        return SITE + "/mod/" + m.modName() + "/view.php?id=" + m.cmid();
    }

    /** One learner's entry of {@code gradereport_user_get_grade_items}: the assessment item and the course total. */
    ObjectNode userGrades(JsonNode course, CourseLayout layout, JsonNode learner, Enrolment.Progress p) {
        ObjectNode n = quizUserGrades.deepCopy();
        n.put("courseid", course.path("id").asLong());
        n.put("courseidnumber", course.path("idnumber").asText(""));
        n.put("userid", learner.path("id").asLong());
        n.put("userfullname", learner.path("fullname").asText());
        n.put("useridnumber", learner.path("idnumber").asText(""));
        ArrayNode items = JSON.arrayNode();
        items.add(layout.quizCourse() ? quizItem(layout, p) : manualItem(layout, p));
        items.add(courseItem(layout, p));
        n.set("gradeitems", items);
        return n;
    }

    private ObjectNode quizItem(CourseLayout layout, Enrolment.Progress p) {
        ObjectNode n = quizUserGrades.path("gradeitems").get(0).deepCopy();
        n.put("id", layout.assessmentItemId());
        n.put("itemname", layout.quiz().name());
        n.put("iteminstance", layout.quiz().instance());
        n.put("categoryid", layout.gradeCategoryId());
        n.put("cmid", layout.quiz().cmid());
        if (p.graded()) {
            grade(n, p.grade(), true, layout.passGrade());
            n.put("gradedatesubmitted", p.submittedAt());
            n.put("gradedategraded", p.gradedAt());
        } else {
            ungraded(n);
        }
        return n;
    }

    private ObjectNode manualItem(CourseLayout layout, Enrolment.Progress p) {
        ObjectNode n = manualTemplate(p.graded(), 0);
        n.put("id", layout.assessmentItemId());
        n.put("idnumber", layout.manualItemIdNumber());
        n.put("categoryid", layout.gradeCategoryId());
        if (p.graded()) {
            grade(n, p.grade(), true, layout.passGrade());
            n.put("gradedategraded", p.gradedAt());
        }
        return n;
    }

    private ObjectNode courseItem(CourseLayout layout, Enrolment.Progress p) {
        ObjectNode n = manualTemplate(p.graded(), 1);
        n.put("id", layout.courseItemId());
        n.put("iteminstance", layout.gradeCategoryId());
        if (p.graded()) {
            grade(n, p.grade(), false, 0);
            n.put("gradedategraded", p.totalGradedAt());
        }
        return n;
    }

    /** Item {@code index} of a recorded WASBANG-2025 learner, graded (Budi, id 3) or not (Rina, id 10). */
    private ObjectNode manualTemplate(boolean graded, int index) {
        long userId = graded ? 3 : 10;
        for (JsonNode entry : manualUserGrades) {
            if (entry.path("userid").asLong() == userId) {
                return entry.path("gradeitems").get(index).deepCopy();
            }
        }
        throw new IllegalStateException("recorded grade items of user " + userId + " are missing");
    }

    private static void grade(ObjectNode item, double grade, boolean icon, double pass) {
        String shown = String.format(Locale.ROOT, "%.2f", grade);
        number(item, "graderaw", grade);
        item.put("gradeformatted", (icon ? (grade >= pass ? PASS_ICON : FAIL_ICON) : "") + shown);
        item.put("percentageformatted", shown + " %");
    }

    private static void ungraded(ObjectNode item) {
        item.remove("weightraw");
        item.remove("weightformatted");
        item.putNull("graderaw");
        item.putNull("gradedatesubmitted");
        item.putNull("gradedategraded");
        item.put("gradeformatted", "-");
        item.put("percentageformatted", "-");
        item.put("feedback", "");
        item.put("feedbackformat", 0);
    }

    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    /** {@code core_completion_get_course_completion_status} of one learner. */
    ObjectNode courseCompletion(CourseLayout layout, Enrolment.Progress p) {
        ArrayNode criteria = JSON.arrayNode();
        boolean all = true;
        for (CourseLayout.Module m : layout.modules()) {
            boolean quiz = "quiz".equals(m.modName());
            Long at = quiz ? (p.graded() && p.grade() >= layout.passGrade() ? p.submittedAt() : null) : p.viewedAt();
            ObjectNode c = (quiz ? quizCriterion : courseCompleted.get(0)).deepCopy();
            c.put("status", at != null ? "Yes" : "No");
            c.put("complete", at != null);
            if (at != null) {
                c.put("timecompleted", at);
            } else {
                c.putNull("timecompleted");
            }
            ((ObjectNode) c.get("details")).put("criteria", "<a href=\"" + viewUrl(m) + "\">" + m.name() + "</a>");
            criteria.add(c);
            all &= at != null;
        }
        if (!layout.quizCourse()) {
            ObjectNode c = courseCompleted.get(1).deepCopy();
            String required = String.format(Locale.ROOT, "%.2f", layout.passGrade());
            boolean passed = p.graded() && p.grade() >= layout.passGrade();
            String grade = p.graded() ? String.format(Locale.ROOT, "%.2f", p.grade()) : null;
            c.put("status", (grade == null ? "No grade" : grade) + " (" + required + " required)");
            c.put("complete", passed);
            if (passed) {
                c.put("timecompleted", p.totalGradedAt());
            } else {
                c.putNull("timecompleted");
            }
            ((ObjectNode) c.get("details")).put("requirement", required).put("status", grade == null ? "" : grade);
            criteria.add(c);
            all &= passed;
        }
        ObjectNode status = JSON.objectNode();
        status.put("completed", all);
        status.put("aggregation", 1);
        status.set("completions", criteria);
        ObjectNode answer = JSON.objectNode();
        answer.set("completionstatus", status);
        answer.set("warnings", JSON.arrayNode());
        return answer;
    }

    /** {@code core_completion_get_activities_completion_status} of one learner. */
    ObjectNode activitiesCompletion(CourseLayout layout, Enrolment.Progress p) {
        ArrayNode statuses = JSON.arrayNode();
        for (CourseLayout.Module m : layout.modules()) {
            boolean quiz = "quiz".equals(m.modName());
            ObjectNode s = activityStatuses.get(quiz ? 1 : 0).deepCopy();
            s.put("cmid", m.cmid());
            s.put("instance", m.instance());
            int state;
            long time;
            if (quiz) {
                boolean passed = p.graded() && p.grade() >= layout.passGrade();
                state = !p.graded() ? 0 : passed ? 2 : 3;
                time = p.graded() ? p.submittedAt() : 0;
                ruleStatus(s.path("details").get(0), !p.graded() ? 0 : passed ? 2 : 1);
                ruleStatus(s.path("details").get(1), state);
            } else {
                state = p.viewedAt() != null ? 1 : 0;
                time = p.viewedAt() != null ? p.viewedAt() : 0;
                ruleStatus(s.path("details").get(0), state);
            }
            s.put("state", state);
            s.put("timecompleted", time);
            s.put("isoverallcomplete", state == 1 || state == 2);
            statuses.add(s);
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("statuses", statuses);
        answer.set("warnings", JSON.arrayNode());
        return answer;
    }

    private static void ruleStatus(JsonNode rule, int status) {
        ((ObjectNode) rule.path("rulevalue")).put("status", status);
    }

    /** A learner's finished attempt at a quiz, made when the quiz was graded. */
    ObjectNode attempt(long quizId, long userId, Enrolment.Progress p) {
        ObjectNode n = attempt.deepCopy();
        n.put("id", p.attemptId());
        n.put("quiz", quizId);
        n.put("userid", userId);
        n.put("attempt", 1);
        n.put("uniqueid", p.attemptId());
        n.put("timestart", p.submittedAt());
        n.put("timefinish", p.submittedAt());
        n.put("timemodified", p.submittedAt());
        number(n, "sumgrades", p.grade() / 50);
        n.put("gradednotificationsenttime", p.submittedAt());
        return n;
    }

    /**
     * A user in the shape of {@code core_enrol_get_enrolled_users}: the user record without the account
     * settings, profile fields without {@code displayvalue}, plus the course access, roles and courses.
     */
    static ObjectNode enrolledUser(JsonNode user, Enrolment enrolment, ArrayNode enrolledCourses,
            Set<String> fields) {
        ObjectNode n = JSON.objectNode();
        user.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (NOT_IN_ENROLLED_USER.contains(name) || !wanted(fields, name)) {
                return;
            }
            if (name.equals("customfields")) {
                ArrayNode custom = JSON.arrayNode();
                field.getValue().forEach(f -> custom.add(((ObjectNode) f.deepCopy()).without("displayvalue")));
                n.set(name, custom);
            } else {
                n.set(name, field.getValue().deepCopy());
            }
            if (name.equals("lastaccess") && wanted(fields, "lastcourseaccess")) {
                n.put("lastcourseaccess", enrolment.lastCourseAccess());
            }
        });
        if (wanted(fields, "roles")) {
            ArrayNode roles = JSON.arrayNode();
            roles.addObject().put("roleid", enrolment.role().id).put("name", "")
                    .put("shortname", enrolment.role().shortname).put("sortorder", 0);
            n.set("roles", roles);
        }
        if (wanted(fields, "enrolledcourses")) {
            n.set("enrolledcourses", enrolledCourses);
        }
        return n;
    }

    private static boolean wanted(Set<String> fields, String name) {
        return fields == null || fields.contains(name) || name.equals("id") || name.equals("fullname");
    }

    static JsonNode byId(JsonNode array, long id) {
        for (JsonNode element : array) {
            if (element.path("id").asLong() == id) {
                return element;
            }
        }
        throw new IllegalStateException("no element with id " + id + " in the recorded answer");
    }
}
