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
 * Install steps of local_jembatan: the course custom fields the bridge reads, and the user menu link.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Creates what the bridge reads if absent: the course fields jp and jenis_kompetensi, and the NIP profile field when
 * the site keeps the NIP in one (setting local_jembatan/nipfield); adds "JP saya / My JP" to the user menu.
 *
 * @return bool
 */
function xmldb_local_jembatan_install() {
    \local_jembatan\fields::ensure_course_fields();
    \local_jembatan\fields::ensure_nip_field((string)get_config('local_jembatan', 'nipfield'));
    \local_jembatan\fields::ensure_user_menu_item();
    return true;
}
