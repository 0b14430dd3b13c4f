<?php
// The local_jembatan end-to-end test's view of the plugin (the learning events themselves come from
// ../moodle-php/fixture.php, through Moodle's own APIs).
//
//   php fixture.php CONFIG configure BRIDGEURL KEY   the plugin's settings
//   php fixture.php CONFIG outbox                     the outbox as JSON (pending, held, the reasons of failed rows)
define('CLI_SCRIPT', true);
require($argv[1]);

\core\session\manager::set_user(get_admin());
$command = $argv[2] ?? '';
$out = [];
switch ($command) {
    case 'configure':
        set_config('bridgeurl', $argv[3], 'local_jembatan');
        set_config('bridgekey', $argv[4], 'local_jembatan');
        $out['configured'] = true;
        break;
    case 'outbox':
        $out = (array)\local_jembatan\outbox::figures();
        $out['errors'] = array_values($DB->get_fieldset_select('local_jembatan_outbox', 'lasterror',
            'lasterror IS NOT NULL'));
        break;
    default:
        fwrite(STDERR, "unknown command '$command'\n");
        exit(2);
}
echo json_encode($out), "\n";
