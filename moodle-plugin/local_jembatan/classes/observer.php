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
 * Writes observed events to the outbox, if the site's filter (courses, categories, cohorts) lets them through.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class observer {

    /**
     * Stores the event in the outbox and queues the ad-hoc send task. No network here: the task sends.
     *
     * @param \core\event\base $event
     */
    public static function store(\core\event\base $event): void {
        if (!outbox::is_enabled() || !outbox::passes_filter($event)) {
            return;
        }
        outbox::add($event);
        outbox::queue_send();
    }
}
