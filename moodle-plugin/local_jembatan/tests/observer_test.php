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
 * Tests of the observer and the outbox.
 *
 * @package    local_jembatan
 * @category   test
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_jembatan\observer
 * @covers     \local_jembatan\outbox
 */
final class observer_test extends \advanced_testcase {

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        set_config('bridgeurl', 'http://127.0.0.1:1', 'local_jembatan');
        set_config('bridgekey', 'test-key-0123456789abcdef01234567', 'local_jembatan');
    }

    public function test_enrolment_is_written_with_the_fields_the_standard_log_stores(): void {
        global $DB;
        $course = $this->getDataGenerator()->create_course();
        $user = $this->getDataGenerator()->create_user();

        $this->getDataGenerator()->enrol_user($user->id, $course->id, 'student', 'manual');

        $rows = array_values($DB->get_records(outbox::TABLE));
        $this->assertCount(1, $rows);
        $row = $rows[0];
        $this->assertSame('\core\event\user_enrolment_created', $row->eventname);
        $this->assertEquals($user->id, $row->relateduserid);
        $this->assertEquals($course->id, $row->courseid);
        $this->assertEquals(\context_course::instance($course->id)->id, $row->contextid);
        $this->assertEquals(CONTEXT_COURSE, $row->contextlevel);
        $this->assertSame('manual', json_decode($row->other, true)['enrol']);
        $this->assertNull($row->logid);
        $this->assertEquals(outbox::PENDING, $row->state);
        $this->assertCount(1, \core\task\manager::get_adhoc_tasks('\local_jembatan\task\send_now'));
    }

    public function test_one_send_task_is_queued_for_many_events(): void {
        $course = $this->getDataGenerator()->create_course();
        foreach ([1, 2, 3] as $i) {
            $this->getDataGenerator()->enrol_user($this->getDataGenerator()->create_user()->id, $course->id);
        }
        $this->assertCount(1, \core\task\manager::get_adhoc_tasks('\local_jembatan\task\send_now'));
    }

    public function test_nothing_is_collected_without_a_bridge_url(): void {
        global $DB;
        set_config('bridgeurl', '', 'local_jembatan');
        $course = $this->getDataGenerator()->create_course();
        $this->getDataGenerator()->enrol_user($this->getDataGenerator()->create_user()->id, $course->id);
        $this->assertSame(0, $DB->count_records(outbox::TABLE));
    }

    public function test_events_outside_the_chosen_courses_categories_and_cohorts_are_not_sent(): void {
        global $DB;
        $generator = $this->getDataGenerator();
        $category = $generator->create_category();
        $chosen = $generator->create_course(['category' => $category->id]);
        $other = $generator->create_course();
        $member = $generator->create_user();
        $outsider = $generator->create_user();
        global $CFG;
        require_once($CFG->dirroot . '/cohort/lib.php');
        $cohort = $generator->create_cohort();
        cohort_add_member($cohort->id, $member->id);
        set_config('categories', (string)$category->id, 'local_jembatan');
        set_config('cohorts', (string)$cohort->id, 'local_jembatan');

        $generator->enrol_user($member->id, $other->id);
        $generator->enrol_user($outsider->id, $chosen->id);
        $generator->enrol_user($member->id, $chosen->id);

        $rows = array_values($DB->get_records(outbox::TABLE));
        $this->assertCount(1, $rows);
        $this->assertEquals($member->id, $rows[0]->relateduserid);
        $this->assertEquals($chosen->id, $rows[0]->courseid);
    }

    public function test_a_rolled_back_change_leaves_no_outbox_row(): void {
        global $DB;
        $this->preventResetByRollback();
        $course = $this->getDataGenerator()->create_course();
        $user = $this->getDataGenerator()->create_user();
        $transaction = $DB->start_delegated_transaction();
        $this->getDataGenerator()->enrol_user($user->id, $course->id);
        $this->assertSame(1, $DB->count_records(outbox::TABLE));
        try {
            $transaction->rollback(new \moodle_exception('rolledback'));
        } catch (\moodle_exception $expected) {
            $this->assertSame('rolledback', $expected->errorcode);
        }
        $this->assertSame(0, $DB->count_records(outbox::TABLE));
    }

    public function test_activity_completion_is_written(): void {
        global $DB;
        $generator = $this->getDataGenerator();
        $course = $generator->create_course(['enablecompletion' => 1]);
        $page = $generator->create_module('page', ['course' => $course->id, 'completion' => COMPLETION_TRACKING_MANUAL]);
        $user = $generator->create_user();
        $generator->enrol_user($user->id, $course->id);
        $cm = get_coursemodule_from_id('page', $page->cmid);

        (new \completion_info($course))->update_state($cm, COMPLETION_COMPLETE, $user->id);

        $row = $DB->get_record(outbox::TABLE, ['eventname' => '\core\event\course_module_completion_updated'], '*',
            MUST_EXIST);
        $this->assertEquals($user->id, $row->relateduserid);
        $this->assertEquals(COMPLETION_COMPLETE, json_decode($row->other, true)['completionstate']);
    }
}
