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
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;

/**
 * Tests of the privacy provider.
 *
 * @package    local_jembatan
 * @category   test
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_jembatan\privacy\provider
 */
final class provider_test extends provider_testcase {

    /** @var \stdClass */
    private $course;

    /** @var \stdClass */
    private $learner;

    /** @var \stdClass */
    private $other;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        set_config('bridgeurl', 'http://127.0.0.1:1', 'local_jembatan');
        $this->course = $this->getDataGenerator()->create_course();
        $this->learner = $this->getDataGenerator()->create_user();
        $this->other = $this->getDataGenerator()->create_user();
        $this->getDataGenerator()->enrol_user($this->learner->id, $this->course->id);
        $this->getDataGenerator()->enrol_user($this->other->id, $this->course->id);
    }

    public function test_metadata_declares_the_outbox_and_the_bridge(): void {
        $items = provider::get_metadata(new collection('local_jembatan'))->get_collection();
        $names = array_map(fn($item) => $item->get_name(), $items);
        $this->assertContains('local_jembatan_outbox', $names);
        $this->assertContains('bridge', $names);
        foreach ($items as $item) {
            $this->assertArrayHasKey('relateduserid', $item->get_privacy_fields());
        }
    }

    public function test_the_learners_waiting_events_are_found_and_exported(): void {
        $context = \context_course::instance($this->course->id);
        $contexts = provider::get_contexts_for_userid($this->learner->id);
        $this->assertEquals([$context->id], $contexts->get_contextids());

        $userlist = new userlist($context, 'local_jembatan');
        provider::get_users_in_context($userlist);
        $this->assertContains((int)$this->learner->id, array_map('intval', $userlist->get_userids()));
        $this->assertContains((int)$this->other->id, array_map('intval', $userlist->get_userids()));

        provider::export_user_data(new approved_contextlist($this->learner, 'local_jembatan', [$context->id]));
        $data = writer::with_context($context)->get_data([get_string('pluginname', 'local_jembatan'),
            get_string('report', 'local_jembatan')]);
        $this->assertCount(1, $data->events);
        $this->assertSame('\core\event\user_enrolment_created', $data->events[0]->eventname);
    }

    public function test_deleting_a_users_data_deletes_only_their_events(): void {
        global $DB;
        $context = \context_course::instance($this->course->id);
        provider::delete_data_for_user(new approved_contextlist($this->learner, 'local_jembatan', [$context->id]));
        $this->assertSame(0, $DB->count_records('local_jembatan_outbox', ['relateduserid' => $this->learner->id]));
        $this->assertSame(1, $DB->count_records('local_jembatan_outbox', ['relateduserid' => $this->other->id]));

        provider::delete_data_for_users(new approved_userlist($context, 'local_jembatan', [$this->other->id]));
        $this->assertSame(0, $DB->count_records('local_jembatan_outbox', ['relateduserid' => $this->other->id]));
    }

    public function test_deleting_a_context_deletes_its_events(): void {
        global $DB;
        provider::delete_data_for_all_users_in_context(\context_course::instance($this->course->id));
        $this->assertSame(0, $DB->count_records('local_jembatan_outbox'));
    }
}
