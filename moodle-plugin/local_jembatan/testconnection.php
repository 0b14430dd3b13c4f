<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.


/**
 * "Test connection": asks the bridge whether it accepts this site's key (GET /moodle/push).
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

require_login();
require_capability('moodle/site:config', context_system::instance());
require_sesskey();

$back = new moodle_url('/admin/settings.php', ['section' => 'local_jembatan']);
$url = rtrim(trim((string)get_config('local_jembatan', 'bridgeurl')), '/');
$key = trim((string)get_config('local_jembatan', 'bridgekey'));
if ($url === '' || $key === '') {
    redirect($back, get_string('error_notconfigured', 'local_jembatan'), null, \core\output\notification::NOTIFY_ERROR);
}
$answer = \local_jembatan\sender::http_post($url . '/moodle/push', $key, '', 10);
if ($answer->status === 200) {
    redirect($back, get_string('testconnection_ok', 'local_jembatan', s($url)), null,
        \core\output\notification::NOTIFY_SUCCESS);
}
$json = json_decode($answer->body, true);
$detail = $answer->status === 0 ? (string)$answer->error
    : 'HTTP ' . $answer->status . (is_array($json) && isset($json['detail']) ? ': ' . $json['detail'] : '');
redirect($back, get_string('testconnection_failed', 'local_jembatan', s($detail)), null,
    \core\output\notification::NOTIFY_ERROR);
