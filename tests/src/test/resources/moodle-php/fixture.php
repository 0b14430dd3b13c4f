<?php
// Test fixtures made through Moodle's own APIs (data generators, completion_info, enrol plugins, user_update_user),
// so that Moodle writes its log, events and tables as it does for a person in the browser.
// Used by the -Pmoodle tier (tests/src/test/java/id/jembatan/support/moodle/RealMoodle.java).
//
// Usage: php fixture.php COMMAND ARGS...   (MOODLE_CONFIG = the site's config.php; scripts/moodle.sh env sets it)
//   course SHORT IDNUMBER JP CATIDNUMBER    course with completion: a page (complete on view), a quiz with one
//                                           true/false question; course completion = the page. Prints COURSE= PAGE= QUIZ=
//   user USERNAME NIP                       a learner with the NIP in idnumber. Prints USER=
//   users PREFIX NIPPREFIX COUNT            COUNT learners PREFIX1.. with NIPs NIPPREFIX + 3 digits. Prints USERn= each
//   enrol USERNAME SHORT [ROLE]             manual enrolment (student). Prints ENROLMENT=
//   view USERNAME SHORT                     the learner views the page: activity and course completion at once
//   quiz USERNAME SHORT                     a quiz attempt, answered right and submitted (graded)
//   incomplete USERNAME SHORT               a teacher overrides the page's completion back to incomplete
//   suspend-user USERNAME                   suspends the account (user_update_user)
//   suspend-enrolment USERNAME SHORT        suspends the manual enrolment
//   remove-function NAME                    takes a web service function out of the service 'jembatan'
define('CLI_SCRIPT', true);
$config = getenv('MOODLE_CONFIG');
if (!$config || !is_file($config)) {
    fwrite(STDERR, "MOODLE_CONFIG must name the site's config.php (eval \"\$(scripts/moodle.sh env)\")\n");
    exit(2);
}
require($config);
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->libdir . '/completionlib.php');
require_once($CFG->libdir . '/enrollib.php');
require_once($CFG->libdir . '/questionlib.php');
require_once($CFG->libdir . '/testing/classes/util.php');
require_once($CFG->libdir . '/testing/generator/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/completion/criteria/completion_criteria_activity.php');
require_once($CFG->dirroot . '/mod/quiz/locallib.php');
require_once($CFG->dirroot . '/webservice/lib.php');

$args = array_slice($argv, 1);
$command = array_shift($args);
$admin = get_admin();
\core\session\manager::set_user($admin);
$generator = testing_util::get_data_generator();

function user_named(string $username): stdClass {
    global $DB;
    return $DB->get_record('user', ['username' => $username, 'deleted' => 0], '*', MUST_EXIST);
}

function course_named(string $shortname): stdClass {
    global $DB;
    return $DB->get_record('course', ['shortname' => $shortname], '*', MUST_EXIST);
}

function cm_of(stdClass $course, string $modname): cm_info {
    foreach (get_fast_modinfo($course)->get_instances_of($modname) as $cm) {
        return $cm;
    }
    throw new moodle_exception("no $modname in course {$course->shortname}");
}

function jp_field(): void {
    $handler = \core_course\customfield\course_handler::create();
    foreach ($handler->get_categories_with_fields() as $category) {
        foreach ($category->get_fields() as $field) {
            if ($field->get('shortname') === 'jp') {
                return;
            }
        }
    }
    $category = \core_customfield\category_controller::create($handler->create_category('Data Pelatihan ASN'));
    // A number field, as the plugin local_jembatan creates it (web services then answer valueraw as a number).
    $field = \core_customfield\field_controller::create(0, (object)['type' => 'number'], $category);
    $handler->save_field_configuration($field, (object)['name' => 'JP', 'shortname' => 'jp', 'description' => '',
        'descriptionformat' => FORMAT_HTML, 'type' => 'number', 'sortorder' => 0,
        'configdata' => json_encode(['required' => 0, 'uniquevalues' => 0, 'locked' => 0, 'visibility' => 2,
            'defaultvalue' => '', 'minimumvalue' => '0', 'maximumvalue' => '', 'decimalplaces' => 0,
            'display' => '{value}', 'displaywhenzero' => 1])]);
}

switch ($command) {
    case 'course':
        [$shortname, $idnumber, $jp, $catidnumber] = $args;
        set_config('enablecompletion', 1);
        jp_field();
        $category = $DB->get_record('course_categories', ['idnumber' => $catidnumber]);
        if (!$category) {
            $category = $generator->create_category(['name' => $catidnumber, 'idnumber' => $catidnumber]);
        }
        $course = $generator->create_course(['shortname' => $shortname, 'fullname' => "Pelatihan $shortname",
            'idnumber' => $idnumber, 'category' => $category->id, 'enablecompletion' => 1,
            'customfield_jp' => $jp]);
        $page = $generator->create_module('page', ['course' => $course->id, 'name' => 'Materi',
            'completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionview' => COMPLETION_VIEW_REQUIRED]);
        $quiz = $generator->create_module('quiz', ['course' => $course->id, 'name' => 'Evaluasi', 'grade' => 10,
            'sumgrades' => 1, 'completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionusegrade' => 1]);
        $questions = $generator->get_plugin_generator('core_question');
        $qcategory = $questions->create_question_category(['contextid' => context_module::instance($quiz->cmid)->id]);
        // The generator's create_question() needs PHPUnit (question/engine/tests/helpers.php): save it as the form does.
        $question = question_bank::get_qtype('truefalse')->save_question(
            (object)['qtype' => 'truefalse', 'category' => $qcategory->id, 'createdby' => $admin->id],
            (object)['category' => $qcategory->id, 'name' => 'Benar atau salah', 'defaultmark' => 1, 'penalty' => 1,
                'questiontext' => ['text' => 'Jawabannya benar.', 'format' => FORMAT_HTML],
                'generalfeedback' => ['text' => '', 'format' => FORMAT_HTML], 'correctanswer' => '1',
                'feedbacktrue' => ['text' => '', 'format' => FORMAT_HTML],
                'feedbackfalse' => ['text' => '', 'format' => FORMAT_HTML],
                'status' => \core_question\local\bank\question_version_status::QUESTION_STATUS_READY]);
        quiz_add_quiz_question($question->id, $quiz);
        $criterion = (object)['id' => $course->id, 'criteria_activity' => [$page->cmid => 1]];
        (new completion_criteria_activity())->update_config($criterion);
        foreach ([null, COMPLETION_CRITERIA_TYPE_ACTIVITY] as $type) {
            $aggregation = new completion_aggregation(['course' => $course->id, 'criteriatype' => $type]);
            $aggregation->setMethod(COMPLETION_AGGREGATION_ALL);
            $aggregation->save();
        }
        echo "COURSE={$course->id}\nPAGE={$page->cmid}\nQUIZ={$quiz->cmid}\nQUIZID={$quiz->id}\n";
        break;

    case 'user':
        [$username, $nip] = $args;
        $user = $generator->create_user(['username' => $username, 'idnumber' => $nip, 'firstname' => 'ASN',
            'lastname' => $username, 'email' => "$username@example.com"]);
        echo "USER={$user->id}\n";
        break;

    case 'users':
        [$prefix, $nipprefix, $count] = $args;
        for ($i = 1; $i <= (int)$count; $i++) {
            $user = $generator->create_user(['username' => $prefix . $i, 'idnumber' => $nipprefix . sprintf('%03d', $i),
                'firstname' => 'ASN', 'lastname' => $prefix . $i, 'email' => "$prefix$i@example.com"]);
            echo "USER$i={$user->id}\n";
        }
        break;

    case 'enrol':
        [$username, $shortname] = $args;
        $user = user_named($username);
        $course = course_named($shortname);
        $generator->enrol_user($user->id, $course->id, $args[2] ?? 'student', 'manual');
        echo 'ENROLMENT=' . $DB->get_field_sql('SELECT ue.id FROM {user_enrolments} ue JOIN {enrol} e ON e.id = ue.enrolid
            WHERE e.courseid = ? AND e.enrol = ? AND ue.userid = ?', [$course->id, 'manual', $user->id]) . "\n";
        break;

    case 'view':
        [$username, $shortname] = $args;
        $user = user_named($username);
        $course = course_named($shortname);
        \core\session\manager::set_user($user);
        $cm = cm_of($course, 'page');
        (new completion_info($course))->set_module_viewed($cm, $user->id);
        $done = (new completion_completion(['userid' => $user->id, 'course' => $course->id]))->is_complete();
        echo 'COURSECOMPLETE=' . ($done ? 1 : 0) . "\n";
        break;

    case 'quiz':
        [$username, $shortname] = $args;
        $user = user_named($username);
        $course = course_named($shortname);
        $cm = cm_of($course, 'quiz');
        \core\session\manager::set_user($user);
        $quizzes = $generator->get_plugin_generator('mod_quiz');
        $attempt = $quizzes->create_attempt($cm->instance, $user->id);
        // As the generator's submit_responses(), without its unit-test-only get_question_usage().
        $attemptobj = \mod_quiz\quiz_attempt::create($attempt->id);
        $qa = $attemptobj->get_question_attempt(1);
        $postdata = [$qa->get_control_field_name('sequencecheck') => (string)$qa->get_sequence_check_count(),
            $qa->get_flag_field_name() => '0', $qa->get_qt_field_name('answer') => '1'];
        $attemptobj->process_submitted_actions(time(), false, $postdata);
        $attemptobj->process_finish(time(), false);
        echo "ATTEMPT={$attempt->id}\n";
        break;

    case 'incomplete':
        [$username, $shortname] = $args;
        $user = user_named($username);
        $course = course_named($shortname);
        $cm = cm_of($course, 'page');
        (new completion_info($course))->update_state($cm, COMPLETION_INCOMPLETE, $user->id, true);
        echo "OVERRIDDEN={$cm->id}\n";
        break;

    case 'suspend-user':
        $user = user_named($args[0]);
        user_update_user((object)['id' => $user->id, 'suspended' => 1], false, true);
        echo "SUSPENDED={$user->id}\n";
        break;

    case 'suspend-enrolment':
        [$username, $shortname] = $args;
        $user = user_named($username);
        $course = course_named($shortname);
        $instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
        enrol_get_plugin('manual')->update_user_enrol($instance, $user->id, ENROL_USER_SUSPENDED);
        echo "SUSPENDED={$user->id}\n";
        break;

    case 'remove-function':
        $ws = new webservice();
        $service = $ws->get_external_service_by_shortname('jembatan', MUST_EXIST);
        $ws->remove_external_function_from_service($args[0], $service->id);
        echo "REMOVED={$args[0]}\n";
        break;

    default:
        cli_error("unknown command '$command' (see the head of " . basename(__FILE__) . ')', 2);
}
