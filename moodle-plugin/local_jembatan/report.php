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
 * The outbox report: how many events wait, the oldest, the failures with the bridge's reason, and resend.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

admin_externalpage_setup('local_jembatan_report');
$context = context_system::instance();
require_capability('local/jembatan:manage', $context);
$pageurl = new moodle_url('/local/jembatan/report.php');

if (optional_param('resend', 0, PARAM_BOOL) && confirm_sesskey()) {
    $count = \local_jembatan\outbox::resend();
    redirect($pageurl, get_string('report_resent', 'local_jembatan', $count), null,
        \core\output\notification::NOTIFY_SUCCESS);
}

$figures = \local_jembatan\outbox::figures();
echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('report', 'local_jembatan'));

$summary = new html_table();
$summary->attributes['class'] = 'generaltable';
$summary->data = [
    [get_string('report_pending', 'local_jembatan'), $figures->pending],
    [get_string('report_failing', 'local_jembatan'), $figures->failing],
    [get_string('report_held', 'local_jembatan'), $figures->held],
    [get_string('report_oldest', 'local_jembatan'), $figures->oldestpending ? userdate($figures->oldestpending) : '-'],
];
echo html_writer::table($summary);

if ($figures->pending + $figures->held === 0) {
    echo $OUTPUT->notification(get_string('report_empty', 'local_jembatan'), \core\output\notification::NOTIFY_SUCCESS);
} else {
    $rows = $DB->get_records_select(\local_jembatan\outbox::TABLE, 'state = ? OR attempts > 0',
        [\local_jembatan\outbox::HELD], 'id', 'id, eventname, timecreated, state, attempts, nextattempt, lasterror', 0, 100);
    if ($rows) {
        $table = new html_table();
        $table->head = [get_string('report_event', 'local_jembatan'), get_string('report_time', 'local_jembatan'),
            get_string('report_attempts', 'local_jembatan'), get_string('report_nextattempt', 'local_jembatan'),
            get_string('report_lasterror', 'local_jembatan')];
        foreach ($rows as $row) {
            $next = (int)$row->state === \local_jembatan\outbox::HELD ? get_string('report_held', 'local_jembatan')
                : userdate($row->nextattempt);
            $table->data[] = [s($row->eventname), userdate($row->timecreated), $row->attempts, $next, s($row->lasterror)];
        }
        echo html_writer::table($table);
    }
    echo $OUTPUT->single_button(new moodle_url($pageurl, ['resend' => 1]), get_string('report_resend', 'local_jembatan'),
        'post');
}
echo $OUTPUT->footer();
