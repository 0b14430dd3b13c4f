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
 * Sends the outbox now, without waiting for cron or for the backoff of failed rows; prints what happened.
 *
 * Usage: php local/jembatan/cli/send.php [--held]   (--held: also rows the bridge refused before)
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);

require(__DIR__ . '/../../../config.php');
require_once($CFG->libdir . '/clilib.php');

[$options, $unrecognized] = cli_get_params(['held' => false, 'help' => false], ['h' => 'help']);
if ($options['help'] || $unrecognized) {
    echo "Sends the Jembatan outbox now.\n\nOptions:\n  --held   also resend rows the bridge refused before\n";
    exit($unrecognized ? 2 : 0);
}
if ($options['held']) {
    \local_jembatan\outbox::resend();
}
$result = (new \local_jembatan\sender())->run(true);
\local_jembatan\task\send_now::report($result);
$figures = \local_jembatan\outbox::figures();
echo "pending={$figures->pending} held={$figures->held}\n";
exit($result->error === null ? 0 : 1);
