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


namespace local_jembatan\task;

/**
 * Queued when an event is written to the outbox: sends it as soon as cron picks it up.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class send_now extends \core\task\adhoc_task {

    /** @var int how many times to look again for log rows not written yet (the request that wrote them may still run) */
    const LOGROUNDS = 5;

    /**
     * @return string
     */
    public function get_name() {
        return get_string('task_sendnow', 'local_jembatan');
    }

    /**
     * Sends the outbox; when rows wait for their log row, looks again a few times, a second apart.
     */
    public function execute() {
        $sender = new \local_jembatan\sender();
        for ($round = 0; $round <= self::LOGROUNDS; $round++) {
            $result = $sender->run();
            self::report($result);
            if ($result->waiting === 0 || $result->error !== null) {
                return;
            }
            sleep(1);
        }
    }

    /**
     * One line for the task log.
     *
     * @param \stdClass $result what {@see \local_jembatan\sender::run()} returned
     */
    public static function report(\stdClass $result): void {
        mtrace(get_string('task_result', 'local_jembatan', $result) . ($result->error ? ' - ' . $result->error : ''));
    }
}
