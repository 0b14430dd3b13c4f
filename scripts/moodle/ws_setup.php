<?php
// Idempotent web-service set-up for the test Moodle (run by scripts/moodle.sh after install):
// REST on, a system role with exactly the capabilities the bridge's functions check, the service user,
// the external service "jembatan" holding exactly the functions named in argv[4] (comma-separated; the
// ones a missing function would make `check` fail for), and a permanent token. Prints TOKEN=...
//
// Usage: php ws_setup.php CONFIG_PHP WSUSER WSPASS FUNCTION,FUNCTION,...
define('CLI_SCRIPT', true);
require($argv[1]);
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/webservice/lib.php');
[$username, $password, $wanted] = [$argv[2], $argv[3], array_values(array_filter(explode(',', $argv[4])))];
$serviceshort = 'jembatan';
\core\session\manager::set_user(get_admin());
$syscontext = context_system::instance();

set_config('enablewebservices', 1);
$protocols = array_filter(explode(',', (string)get_config('core', 'webserviceprotocols')));
if (!in_array('rest', $protocols)) {
    $protocols[] = 'rest';
    set_config('webserviceprotocols', implode(',', $protocols));
}

$roleid = $DB->get_field('role', 'id', ['shortname' => 'jembatanws']);
if (!$roleid) {
    $roleid = create_role('Jembatan web service', 'jembatanws', 'The bridge\'s web-service user (tests)');
}
set_role_contextlevels($roleid, [CONTEXT_SYSTEM]);
$caps = [
    'webservice/rest:use',
    // hr-profiles
    'moodle/user:create', 'moodle/user:update', 'moodle/user:viewdetails', 'moodle/user:viewhiddendetails',
    'moodle/user:viewalldetails', 'moodle/cohort:manage', 'moodle/cohort:assign', 'moodle/cohort:view',
    // moodle-learning
    'moodle/course:view', 'moodle/course:update', 'moodle/course:viewhiddencourses',
    'moodle/category:viewhiddencategories', 'moodle/course:viewhiddenactivities', 'moodle/course:viewparticipants',
    'moodle/site:viewparticipants', 'moodle/course:enrolreview', 'moodle/course:viewsuspendedusers',
    'moodle/course:useremail', 'moodle/course:viewhiddenuserfields', 'moodle/site:accessallgroups',
    'report/completion:view', 'report/progress:view', 'gradereport/user:view', 'moodle/grade:viewall',
    // kinerja-recommendations
    'moodle/role:assign', 'enrol/manual:enrol', 'enrol/manual:unenrol',
    'moodle/site:sendmessage', 'moodle/site:messageanyuser',
];
foreach ($caps as $cap) {
    if (!get_capability_info($cap)) {
        cli_error("capability $cap does not exist in this Moodle");
    }
    assign_capability($cap, CAP_ALLOW, $roleid, $syscontext->id, true);
}
foreach (['student', 'teacher', 'editingteacher'] as $archetype) {   // enrol_manual_enrol_users assigns these
    foreach (get_archetype_roles($archetype) as $target) {
        if (!$DB->record_exists('role_allow_assign', ['roleid' => $roleid, 'allowassign' => $target->id])) {
            core_role_set_assign_allowed($roleid, $target->id);
        }
    }
}

$user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id, 'deleted' => 0]);
if (!$user) {
    $id = user_create_user((object)['username' => $username, 'password' => $password, 'auth' => 'manual',
        'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id, 'firstname' => 'Jembatan', 'lastname' => 'Bridge',
        'email' => $username . '@example.com']);
    $user = $DB->get_record('user', ['id' => $id], '*', MUST_EXIST);
}
if (!user_has_role_assignment($user->id, $roleid, $syscontext->id)) {
    role_assign($roleid, $user->id, $syscontext->id);
}

$ws = new webservice();
$service = $ws->get_external_service_by_shortname($serviceshort);
if (!$service) {
    $ws->add_external_service((object)['name' => 'Jembatan', 'shortname' => $serviceshort, 'enabled' => 1,
        'restrictedusers' => 1, 'downloadfiles' => 0, 'uploadfiles' => 0, 'requiredcapability' => '',
        'component' => null]);
    $service = $ws->get_external_service_by_shortname($serviceshort, MUST_EXIST);
}
foreach ($wanted as $fn) {
    if (!$DB->record_exists('external_functions', ['name' => $fn])) {
        cli_error("web service function $fn does not exist in this Moodle");
    }
    if (!$ws->service_function_exists($fn, $service->id)) {
        $ws->add_external_function_to_service($fn, $service->id);
    }
}
foreach ($ws->get_external_functions([$service->id]) as $f) {   // exactly the wanted ones
    if (!in_array($f->name, $wanted)) {
        $ws->remove_external_function_from_service($f->name, $service->id);
    }
}
if (!$DB->record_exists('external_services_users', ['externalserviceid' => $service->id, 'userid' => $user->id])) {
    $ws->add_ws_authorised_user((object)['externalserviceid' => $service->id, 'userid' => $user->id,
        'iprestriction' => '', 'validuntil' => 0]);
}
$token = $DB->get_field_select('external_tokens', 'token',
    'userid = ? AND externalserviceid = ? AND tokentype = ? AND (validuntil = 0 OR validuntil > ?)',
    [$user->id, $service->id, EXTERNAL_TOKEN_PERMANENT, time()], IGNORE_MULTIPLE);
if (!$token) {
    $token = \core_external\util::generate_token(EXTERNAL_TOKEN_PERMANENT, $service, $user->id, $syscontext, 0, '',
        'jembatan-tests');
}
echo "TOKEN=$token\n";
