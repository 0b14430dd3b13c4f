package id.jembatan.moodle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The web service functions the client calls; the lower-case constant name is the Moodle name. */
enum WsFunction {
    CORE_WEBSERVICE_GET_SITE_INFO,
    CORE_USER_GET_USERS_BY_FIELD,
    CORE_USER_GET_USERS,
    CORE_USER_CREATE_USERS,
    CORE_USER_UPDATE_USERS,
    CORE_COURSE_GET_COURSES,
    CORE_COURSE_GET_COURSES_BY_FIELD,
    CORE_COURSE_GET_CATEGORIES,
    CORE_COURSE_GET_CONTENTS,
    CORE_ENROL_GET_ENROLLED_USERS,
    CORE_ENROL_GET_USERS_COURSES,
    ENROL_MANUAL_ENROL_USERS,
    ENROL_MANUAL_UNENROL_USERS,
    CORE_COMPLETION_GET_COURSE_COMPLETION_STATUS,
    CORE_COMPLETION_GET_ACTIVITIES_COMPLETION_STATUS,
    GRADEREPORT_USER_GET_GRADE_ITEMS,
    CORE_COHORT_CREATE_COHORTS,
    CORE_COHORT_ADD_COHORT_MEMBERS,
    CORE_COHORT_DELETE_COHORT_MEMBERS,
    CORE_COHORT_GET_COHORTS,
    CORE_COHORT_SEARCH_COHORTS,
    CORE_MESSAGE_SEND_INSTANT_MESSAGES,
    CORE_COMPETENCY_LIST_COURSE_COMPETENCIES,
    MOD_QUIZ_GET_USER_ATTEMPTS;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(WsFunction::wireName).toList();
    }
}
