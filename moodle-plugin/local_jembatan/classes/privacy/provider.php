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


namespace local_jembatan\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;

/**
 * Privacy provider: the outbox holds learning events until the bridge acknowledged them, and the bridge is an external
 * location that receives them.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
        \core_privacy\local\metadata\provider,
        \core_privacy\local\request\core_userlist_provider,
        \core_privacy\local\request\plugin\provider {

    /**
     * What is stored and what is sent.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $collection->add_database_table('local_jembatan_outbox', [
            'userid' => 'privacy:metadata:outbox:userid',
            'relateduserid' => 'privacy:metadata:outbox:relateduserid',
            'eventname' => 'privacy:metadata:outbox:eventname',
            'other' => 'privacy:metadata:outbox:other',
            'timecreated' => 'privacy:metadata:outbox:timecreated',
            'lasterror' => 'privacy:metadata:outbox:lasterror',
        ], 'privacy:metadata:outbox');
        $collection->add_external_location_link('bridge', [
            'userid' => 'privacy:metadata:bridge:userid',
            'relateduserid' => 'privacy:metadata:bridge:relateduserid',
            'eventname' => 'privacy:metadata:bridge:eventname',
            'other' => 'privacy:metadata:bridge:other',
            'timecreated' => 'privacy:metadata:bridge:timecreated',
        ], 'privacy:metadata:bridge');
        return $collection;
    }

    /**
     * The contexts of the user's waiting events.
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        $contextlist->add_from_sql('SELECT DISTINCT contextid FROM {local_jembatan_outbox}
                                     WHERE userid = :userid OR relateduserid = :relateduserid',
            ['userid' => $userid, 'relateduserid' => $userid]);
        return $contextlist;
    }

    /**
     * The users with waiting events in a context.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
        $params = ['contextid' => $userlist->get_context()->id];
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_jembatan_outbox} WHERE contextid = :contextid',
            $params);
        $userlist->add_from_sql('relateduserid', 'SELECT relateduserid FROM {local_jembatan_outbox}
                                                  WHERE contextid = :contextid', $params);
    }

    /**
     * Exports the user's waiting events, per context.
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
        global $DB;
        $userid = $contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            $rows = $DB->get_records_select('local_jembatan_outbox',
                'contextid = :contextid AND (userid = :userid OR relateduserid = :relateduserid)',
                ['contextid' => $context->id, 'userid' => $userid, 'relateduserid' => $userid], 'id');
            if (!$rows) {
                continue;
            }
            $events = [];
            foreach ($rows as $row) {
                $events[] = (object)[
                    'eventname' => $row->eventname,
                    'other' => $row->other,
                    'timecreated' => \core_privacy\local\request\transform::datetime($row->timecreated),
                    'lasterror' => $row->lasterror,
                ];
            }
            writer::with_context($context)->export_data([get_string('pluginname', 'local_jembatan'),
                get_string('report', 'local_jembatan')], (object)['events' => $events]);
        }
    }

    /**
     * Deletes every waiting event in a context.
     *
     * @param \context $context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
        global $DB;
        $DB->delete_records('local_jembatan_outbox', ['contextid' => $context->id]);
    }

    /**
     * Deletes the user's waiting events in the approved contexts.
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        global $DB;
        $userid = $contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            $DB->delete_records_select('local_jembatan_outbox',
                'contextid = :contextid AND (userid = :userid OR relateduserid = :relateduserid)',
                ['contextid' => $context->id, 'userid' => $userid, 'relateduserid' => $userid]);
        }
    }

    /**
     * Deletes the waiting events of the approved users in one context.
     *
     * @param approved_userlist $userlist
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
        global $DB;
        $userids = $userlist->get_userids();
        if (!$userids) {
            return;
        }
        [$insql, $params] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED);
        [$insql2, $params2] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'rel');
        $params = array_merge($params, $params2, ['contextid' => $userlist->get_context()->id]);
        $DB->delete_records_select('local_jembatan_outbox',
            "contextid = :contextid AND (userid $insql OR relateduserid $insql2)", $params);
    }
}
