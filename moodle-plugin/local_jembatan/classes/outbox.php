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


namespace local_jembatan;

/**
 * The outbox table: events waiting for the bridge's acknowledgement.
 *
 * A row holds the event's data exactly as logstore_standard writes it ({@see \core\event\base::get_data()}, "other"
 * JSON-encoded), so that the bridge translates a pushed event as it would translate the log row of the same event.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class outbox {

    /** @var string the table */
    const TABLE = 'local_jembatan_outbox';

    /** @var int waiting to be sent */
    const PENDING = 0;

    /** @var int refused by the bridge; waits for an admin's resend */
    const HELD = 1;

    /** @var string[] the events the bridge's moodle-learning flow turns into statements */
    const EVENTS = [
        '\core\event\course_completed',
        '\core\event\course_module_completion_updated',
        '\core\event\user_graded',
        '\mod_quiz\event\attempt_submitted',
        '\core\event\user_enrolment_created',
        '\core\event\user_enrolment_deleted',
    ];

    /**
     * Whether events are collected: a bridge URL is set.
     *
     * @return bool
     */
    public static function is_enabled(): bool {
        return trim((string)get_config('local_jembatan', 'bridgeurl')) !== '';
    }

    /**
     * Whether the event belongs to the courses, categories and cohorts the site chose to send (empty = all).
     *
     * @param \core\event\base $event
     * @return bool
     */
    public static function passes_filter(\core\event\base $event): bool {
        global $DB;
        $courses = self::ids('courses');
        $categories = self::ids('categories');
        $cohorts = self::ids('cohorts');
        $courseid = (int)$event->courseid;
        if ($courses || $categories) {
            $incourse = $courses && in_array($courseid, $courses, true);
            $incategory = false;
            if (!$incourse && $categories && $courseid > 0) {
                $categoryid = $DB->get_field('course', 'category', ['id' => $courseid]);
                $path = $categoryid ? $DB->get_field('course_categories', 'path', ['id' => $categoryid]) : '';
                $incategory = (bool)array_intersect($categories, array_map('intval', explode('/', trim((string)$path, '/'))));
            }
            if (!$incourse && !$incategory) {
                return false;
            }
        }
        if ($cohorts) {
            $learner = !empty($event->relateduserid) ? (int)$event->relateduserid : (int)$event->userid;
            [$insql, $params] = $DB->get_in_or_equal($cohorts, SQL_PARAMS_NAMED);
            $params['userid'] = $learner;
            if (!$DB->record_exists_select('cohort_members', "userid = :userid AND cohortid $insql", $params)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ids of a filter setting (comma-separated).
     *
     * @param string $name setting name
     * @return int[]
     */
    private static function ids(string $name): array {
        $text = (string)get_config('local_jembatan', $name);
        $ids = [];
        foreach (preg_split('/[\s,;]+/', $text, -1, PREG_SPLIT_NO_EMPTY) as $part) {
            if (ctype_digit($part)) {
                $ids[] = (int)$part;
            }
        }
        return $ids;
    }

    /**
     * Writes the event as a pending row.
     *
     * @param \core\event\base $event
     * @return int the row id
     */
    public static function add(\core\event\base $event): int {
        global $DB, $PAGE;
        $data = $event->get_data();
        $row = (object)[
            'eventname' => $data['eventname'],
            'component' => $data['component'],
            'action' => $data['action'],
            'target' => $data['target'],
            'objecttable' => $data['objecttable'],
            'objectid' => $data['objectid'],
            'crud' => $data['crud'],
            'edulevel' => $data['edulevel'],
            'contextid' => $data['contextid'],
            'contextlevel' => $data['contextlevel'],
            'contextinstanceid' => $data['contextinstanceid'],
            'userid' => $data['userid'],
            'courseid' => $data['courseid'],
            'relateduserid' => $data['relateduserid'],
            'anonymous' => $data['anonymous'],
            'other' => json_encode($data['other']),
            'timecreated' => $data['timecreated'],
            'origin' => isset($PAGE) ? $PAGE->requestorigin : null,
            'logid' => null,
            'state' => self::PENDING,
            'attempts' => 0,
            'nextattempt' => 0,
            'lastattempt' => 0,
            'lasterror' => null,
        ];
        return $DB->insert_record(self::TABLE, $row);
    }

    /**
     * Queues the ad-hoc task that sends the outbox soon (one queued at a time).
     */
    public static function queue_send(): void {
        $task = new task\send_now();
        \core\task\manager::queue_adhoc_task($task, true);
    }

    /**
     * Figures for the admin report.
     *
     * @return \stdClass pending, held, oldestpending (time or null), failing (pending rows with a last error)
     */
    public static function figures(): \stdClass {
        global $DB;
        return (object)[
            'pending' => $DB->count_records(self::TABLE, ['state' => self::PENDING]),
            'held' => $DB->count_records(self::TABLE, ['state' => self::HELD]),
            'failing' => $DB->count_records_select(self::TABLE, 'state = ? AND attempts > 0', [self::PENDING]),
            'oldestpending' => $DB->get_field_sql('SELECT MIN(timecreated) FROM {' . self::TABLE . '} WHERE state = ?',
                [self::PENDING]) ?: null,
        ];
    }

    /**
     * Puts held rows (or all rows that failed) back to pending, to be sent on the next run.
     *
     * @param int[]|null $ids rows to resend, or null for every held or failing row
     * @return int how many
     */
    public static function resend(?array $ids = null): int {
        global $DB;
        $select = '(state = :held OR attempts > 0)';
        $params = ['held' => self::HELD];
        if ($ids !== null) {
            if (!$ids) {
                return 0;
            }
            [$insql, $inparams] = $DB->get_in_or_equal(array_map('intval', $ids), SQL_PARAMS_NAMED);
            $select .= " AND id $insql";
            $params += $inparams;
        }
        $count = $DB->count_records_select(self::TABLE, $select, $params);
        $DB->set_field_select(self::TABLE, 'nextattempt', 0, $select, $params);
        $DB->set_field_select(self::TABLE, 'state', self::PENDING, $select, $params);
        if ($count) {
            self::queue_send();
        }
        return $count;
    }
}
