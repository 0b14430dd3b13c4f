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
 * English strings of local_jembatan.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['bridgekey'] = 'Bridge key';
$string['bridgekey_desc'] = 'The key the bridge knows this site by (its SHA-256 is set in the bridge as jembatan.moodle.push.sites[n].key-hash). Kept in the database; never shown in logs.';
$string['bridgeurl'] = 'Bridge URL';
$string['bridgeurl_desc'] = 'Where the Jembatan bridge listens, e.g. https://jembatan.example.go.id. Events are sent to its /moodle/push. Empty: no event is collected.';
$string['categories'] = 'Course categories to send';
$string['categories_desc'] = 'Category ids, comma-separated; a course in one of them or below counts. Empty with no courses either: every course.';
$string['cohorts'] = 'Cohorts to send';
$string['cohorts_desc'] = 'Cohort ids, comma-separated: only events about members of these cohorts are sent. Empty: every user.';
$string['competencykey'] = 'Competency API key';
$string['competencykey_desc'] = 'A key of the bridge\'s competency API with the scope competency:asn (a consumer in jembatan.api.clients that can read one ASN\'s JP, nothing else). Used server-side by "My JP"; never sent to the browser.';
$string['courses'] = 'Courses to send';
$string['courses_desc'] = 'Course ids, comma-separated. Empty with no categories either: every course.';
$string['credits'] = 'The learning behind it';
$string['error_key'] = 'The bridge refused the key: check Site administration > Plugins > Local plugins > Jembatan > Bridge key.';
$string['error_noanswer'] = 'The bridge said nothing about this event; it is sent again.';
$string['error_nologrow'] = 'The standard log holds no row for this event (was it purged, or the event not logged?). The bridge needs the log row id for the statement id.';
$string['error_nostandardlog'] = 'The standard log store is off: turn on "Standard log" in Site administration > Plugins > Logging; the bridge derives statement ids from its rows.';
$string['error_notconfigured'] = 'Set the bridge URL and key in Site administration > Plugins > Local plugins > Jembatan.';
$string['error_unreachable'] = 'The bridge could not be reached: {$a}';
$string['field_jp'] = 'JP (lesson hours of 45 minutes)';
$string['field_nip'] = 'NIP';
$string['field_nip_desc'] = 'The ASN\'s 18-digit NIP, as SIMPEG holds it.';
$string['field_type'] = 'Competency type';
$string['heading_asn'] = 'ASN';
$string['heading_bridge'] = 'Bridge';
$string['heading_filter'] = 'What to send';
$string['heading_filter_desc'] = 'Completions, grades, quiz attempts and enrolments of the chosen courses, categories and cohorts are sent.';
$string['jp_compliant'] = 'Target met';
$string['jp_notcompliant'] = '{$a} JP to go';
$string['jp_of_target'] = '{$a->total} of {$a->target} JP in {$a->year}';
$string['jp_unavailable'] = 'Your JP cannot be shown now: {$a}';
$string['jp_unknown'] = '{$a} completed learning without known JP (not counted)';
$string['jp_nonip'] = 'Your account has no NIP, so no JP can be shown. Ask the admin to fill it.';
$string['jp_notconfigured'] = 'The competency API key is not set (Site administration > Plugins > Local plugins > Jembatan).';
$string['jpsource'] = 'JP from';
$string['jpvalue'] = 'JP';
$string['completedon'] = 'Completed on';
$string['title'] = 'Learning';
$string['type'] = 'Type';
$string['type_manajerial'] = 'Managerial';
$string['type_sosialkultural'] = 'Socio-cultural';
$string['type_teknis'] = 'Technical';
$string['type_unknown'] = 'Type unknown';
$string['jembatan:manage'] = 'See the Jembatan outbox and resend events';
$string['jembatan:viewownjp'] = 'See one\'s own JP';
$string['myjp'] = 'My JP';
$string['nipfield'] = 'Where the NIP is';
$string['nipfield_desc'] = '"idnumber" (the user\'s ID number) or the short name of a profile field; a profile field of that name is created if absent. Set the same in the bridge (jembatan.identity.nip-field).';
$string['pluginname'] = 'Jembatan';
$string['privacy:metadata:bridge'] = 'Learning events are sent to the Jembatan bridge, which makes xAPI statements of them for the learning record store and the HR competency records.';
$string['privacy:metadata:bridge:eventname'] = 'What happened (completion, grade, quiz attempt, enrolment).';
$string['privacy:metadata:bridge:other'] = 'The event\'s details, e.g. completion state or grade item.';
$string['privacy:metadata:bridge:relateduserid'] = 'The learner the event is about (the bridge looks up their NIP).';
$string['privacy:metadata:bridge:timecreated'] = 'When it happened.';
$string['privacy:metadata:bridge:userid'] = 'Who caused the event.';
$string['privacy:metadata:outbox'] = 'Learning events waiting to be sent to the Jembatan bridge; deleted once the bridge acknowledged them.';
$string['privacy:metadata:outbox:eventname'] = 'What happened.';
$string['privacy:metadata:outbox:lasterror'] = 'Why the last attempt to send failed.';
$string['privacy:metadata:outbox:other'] = 'The event\'s details.';
$string['privacy:metadata:outbox:relateduserid'] = 'The learner the event is about.';
$string['privacy:metadata:outbox:timecreated'] = 'When it happened.';
$string['privacy:metadata:outbox:userid'] = 'Who caused the event.';
$string['report'] = 'Outbox';
$string['report_attempts'] = 'Attempts';
$string['report_empty'] = 'The outbox is empty: the bridge has acknowledged every event.';
$string['report_event'] = 'Event';
$string['report_failing'] = 'Failing, retried with backoff';
$string['report_held'] = 'Held (refused by the bridge)';
$string['report_lasterror'] = 'Reason';
$string['report_nextattempt'] = 'Next attempt';
$string['report_oldest'] = 'Oldest pending event';
$string['report_pending'] = 'Pending';
$string['report_resend'] = 'Resend held and failing events now';
$string['report_resent'] = '{$a} events resent.';
$string['report_time'] = 'Happened';
$string['settings'] = 'Settings';
$string['target'] = 'Target';
$string['task_result'] = 'Jembatan: {$a->acked} acknowledged, {$a->held} held, {$a->retry} to retry, {$a->waiting} waiting for their log row';
$string['task_send'] = 'Send learning events to the Jembatan bridge';
$string['task_sendnow'] = 'Send new learning events to the Jembatan bridge';
$string['testconnection'] = 'Test connection';
$string['testconnection_failed'] = 'The bridge did not accept the key: {$a}';
$string['testconnection_ok'] = 'The bridge at {$a} accepts this site\'s key.';
