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
 * Tests of sending the outbox (the sender behind both tasks).
 *
 * @package    local_jembatan
 * @category   test
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_jembatan\sender
 * @covers     \local_jembatan\task\send_events
 * @covers     \local_jembatan\task\send_now
 */
final class sender_test extends \advanced_testcase {

    /** @var array[] the requests the fake bridge received: [url, decoded body, key] */
    private array $requests = [];

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->preventResetByRollback();
        set_config('enabled_stores', 'logstore_standard', 'tool_log');
        set_config('buffersize', 0, 'logstore_standard');
        get_log_manager(true);
        set_config('bridgeurl', 'http://bridge.invalid/', 'local_jembatan');
        set_config('bridgekey', 'test-key-0123456789abcdef01234567', 'local_jembatan');
    }

    /**
     * A fake bridge answering each request with $answer(decoded body).
     *
     * @param callable $answer function(array $body): array [status, body array or string]
     * @return sender
     */
    private function sender(callable $answer): sender {
        return new sender(function (string $url, string $body, string $key) use ($answer) {
            $decoded = json_decode($body, true);
            $this->requests[] = [$url, $decoded, $key];
            [$status, $reply] = $answer($decoded);
            return [$status, is_string($reply) ? $reply : json_encode($reply)];
        });
    }

    /**
     * The bridge acknowledging every event with $status.
     *
     * @param string $status
     * @return callable
     */
    private static function all(string $status): callable {
        return fn(array $body) => [200, ['results' => array_map(fn($e) => ['outboxid' => $e['outboxid'],
            'status' => $status], $body['events'])]];
    }

    private function enrol(): array {
        $course = $this->getDataGenerator()->create_course();
        $user = $this->getDataGenerator()->create_user();
        $this->getDataGenerator()->enrol_user($user->id, $course->id);
        return [$course, $user];
    }

    public function test_acknowledged_events_leave_the_outbox_and_carry_their_log_row_id(): void {
        global $DB, $CFG;
        [$course, $user] = $this->enrol();
        $logid = $DB->get_field('logstore_standard_log', 'id', ['eventname' => '\core\event\user_enrolment_created',
            'relateduserid' => $user->id], MUST_EXIST);

        $result = $this->sender(self::all('delivered'))->run();

        $this->assertSame(1, $result->acked);
        $this->assertSame(0, $DB->count_records(outbox::TABLE));
        $this->assertCount(1, $this->requests);
        [$url, $body, $key] = $this->requests[0];
        $this->assertSame('http://bridge.invalid/moodle/push', $url);
        $this->assertSame('test-key-0123456789abcdef01234567', $key);
        $this->assertSame($CFG->wwwroot, $body['site']);
        $this->assertSame((int)$logid, $body['events'][0]['logid']);
        $this->assertSame((int)$course->id, $body['events'][0]['courseid']);
        $this->assertSame('\core\event\user_enrolment_created', $body['events'][0]['eventname']);
    }

    public function test_an_unreachable_bridge_keeps_the_rows_and_backs_off(): void {
        global $DB;
        $this->enrol();

        $failed = $this->sender(fn() => [0, ''])->run();
        $row = $DB->get_record(outbox::TABLE, [], '*', MUST_EXIST);
        $this->assertSame(1, $failed->retry);
        $this->assertEquals(1, $row->attempts);
        $this->assertGreaterThan(time(), (int)$row->nextattempt);
        $this->assertStringContainsString('could not be reached', $row->lasterror);

        $this->sender(self::all('delivered'))->run();
        $this->assertCount(1, $this->requests, 'a row waits out its backoff');

        $sent = $this->sender(self::all('delivered'))->run(true);
        $this->assertSame(1, $sent->acked);
        $this->assertSame(0, $DB->count_records(outbox::TABLE));
    }

    public function test_a_refused_key_names_the_setting(): void {
        global $DB;
        $this->enrol();
        $this->sender(fn() => [401, ['detail' => 'no or unknown site key']])->run();
        $this->assertStringContainsString('Bridge key', $DB->get_field(outbox::TABLE, 'lasterror', []));
    }

    public function test_a_rejected_event_is_held_with_the_bridges_reason_until_resent(): void {
        global $DB;
        $this->enrol();
        $this->sender(fn(array $body) => [200, ['results' => [['outboxid' => $body['events'][0]['outboxid'],
            'status' => 'rejected', 'reason' => "'contextid' is missing"]]]])->run();
        $row = $DB->get_record(outbox::TABLE, [], '*', MUST_EXIST);
        $this->assertEquals(outbox::HELD, $row->state);
        $this->assertSame("'contextid' is missing", $row->lasterror);
        $this->assertSame(1, outbox::figures()->held);

        $this->assertSame(1, outbox::resend());
        $this->assertSame(1, $this->sender(self::all('duplicate'))->run()->acked);
        $this->assertSame(0, $DB->count_records(outbox::TABLE));
    }

    public function test_a_batch_over_the_bridges_bound_is_sent_in_halves(): void {
        global $DB;
        $this->enrol();
        $this->enrol();
        $answer = self::all('delivered');
        $result = $this->sender(fn(array $body) => count($body['events']) > 1 ? [413, ['detail' => 'too many']]
            : $answer($body))->run();
        $this->assertSame(2, $result->acked);
        $this->assertSame([2, 1, 1], array_map(fn($r) => count($r[1]['events']), $this->requests));
        $this->assertSame(0, $DB->count_records(outbox::TABLE));
    }

    public function test_an_activity_marked_incomplete_carries_the_completion_it_revokes(): void {
        global $DB;
        $this->setAdminUser();
        $generator = $this->getDataGenerator();
        $course = $generator->create_course(['enablecompletion' => 1]);
        $page = $generator->create_module('page', ['course' => $course->id, 'completion' => COMPLETION_TRACKING_MANUAL]);
        $user = $generator->create_user();
        $generator->enrol_user($user->id, $course->id);
        $cm = get_coursemodule_from_id('page', $page->cmid);
        $completion = new \completion_info($course);
        $completion->update_state($cm, COMPLETION_COMPLETE, $user->id);
        $completion->update_state($cm, COMPLETION_INCOMPLETE, $user->id, true);

        $this->sender(self::all('delivered'))->run();

        $events = array_values(array_filter($this->requests[0][1]['events'],
            fn($e) => $e['eventname'] === '\core\event\course_module_completion_updated'));
        $this->assertCount(2, $events);
        $this->assertNull($events[0]['prior']);
        $this->assertSame($events[0]['logid'], $events[1]['prior']['logid']);
        $this->assertSame(COMPLETION_COMPLETE, json_decode($events[1]['prior']['other'], true)['completionstate']);
        $this->assertLessThan($events[1]['logid'], $events[0]['logid']);
    }

    public function test_without_the_standard_log_events_are_held_with_the_setting_to_fix(): void {
        global $DB;
        $this->enrol();
        set_config('enabled_stores', '', 'tool_log');
        $result = $this->sender(self::all('delivered'))->run();
        $this->assertSame(1, $result->held);
        $this->assertCount(0, $this->requests);
        $this->assertStringContainsString('Standard log', $DB->get_field(outbox::TABLE, 'lasterror', []));
    }

    public function test_the_scheduled_task_sends_through_curl_and_records_the_failure(): void {
        global $DB;
        set_config('bridgeurl', 'http://127.0.0.1:1', 'local_jembatan');
        $this->enrol();
        ob_start();
        (new task\send_events())->execute();
        $output = ob_get_clean();
        $this->assertStringContainsString('1 to retry', $output);
        $this->assertStringContainsString('could not be reached', $DB->get_field(outbox::TABLE, 'lasterror', []));
    }
}
