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
 * "JP saya / My JP": this year's JP of the ASN against the target, by competency type, with the learning behind it,
 * as the bridge's competency API reports it (called here, server-side, with a key scoped to one ASN's year).
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');

require_login(null, false);
$context = context_system::instance();
require_capability('local/jembatan:viewownjp', $context);
$year = optional_param('year', (int)date('Y'), PARAM_INT);

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/jembatan/myjp.php'));
$PAGE->set_pagelayout('standard');
$PAGE->set_title(get_string('myjp', 'local_jembatan'));
$PAGE->set_heading(get_string('myjp', 'local_jembatan'));

echo $OUTPUT->header();
$report = \local_jembatan\myjp::fetch($USER, $year);
if (isset($report->error)) {
    echo $OUTPUT->notification($report->error, \core\output\notification::NOTIFY_WARNING);
} else {
    echo $OUTPUT->render_from_template('local_jembatan/myjp', \local_jembatan\myjp::context($report));
}
echo $OUTPUT->footer();
