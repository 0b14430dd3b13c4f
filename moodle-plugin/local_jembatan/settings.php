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
 * Admin settings of local_jembatan.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

if ($hassiteconfig) {
    $ADMIN->add('localplugins', new admin_category('local_jembatan_category', get_string('pluginname', 'local_jembatan')));
    $settings = new admin_settingpage('local_jembatan', get_string('settings', 'local_jembatan'));
    $ADMIN->add('local_jembatan_category', $settings);
    if ($ADMIN->fulltree) {
        $settings->add(new admin_setting_heading('local_jembatan/bridge', get_string('heading_bridge', 'local_jembatan'),
            html_writer::link(new moodle_url('/local/jembatan/testconnection.php', ['sesskey' => sesskey()]),
                get_string('testconnection', 'local_jembatan'), ['class' => 'btn btn-secondary'])));
        $settings->add(new admin_setting_configtext('local_jembatan/bridgeurl', get_string('bridgeurl', 'local_jembatan'),
            get_string('bridgeurl_desc', 'local_jembatan'), '', PARAM_URL, 60));
        $settings->add(new admin_setting_configpasswordunmask('local_jembatan/bridgekey',
            get_string('bridgekey', 'local_jembatan'), get_string('bridgekey_desc', 'local_jembatan'), ''));
        $settings->add(new admin_setting_heading('local_jembatan/filter', get_string('heading_filter', 'local_jembatan'),
            get_string('heading_filter_desc', 'local_jembatan')));
        $settings->add(new admin_setting_configtext('local_jembatan/courses', get_string('courses', 'local_jembatan'),
            get_string('courses_desc', 'local_jembatan'), '', PARAM_SEQUENCE, 60));
        $settings->add(new admin_setting_configtext('local_jembatan/categories',
            get_string('categories', 'local_jembatan'), get_string('categories_desc', 'local_jembatan'), '',
            PARAM_SEQUENCE, 60));
        $settings->add(new admin_setting_configtext('local_jembatan/cohorts', get_string('cohorts', 'local_jembatan'),
            get_string('cohorts_desc', 'local_jembatan'), '', PARAM_SEQUENCE, 60));
        $settings->add(new admin_setting_heading('local_jembatan/asn', get_string('heading_asn', 'local_jembatan'), ''));
        $nip = new admin_setting_configtext('local_jembatan/nipfield', get_string('nipfield', 'local_jembatan'),
            get_string('nipfield_desc', 'local_jembatan'), 'idnumber', PARAM_ALPHANUMEXT);
        $nip->set_updatedcallback('\local_jembatan\fields::nipfield_updated');
        $settings->add($nip);
        $settings->add(new admin_setting_configpasswordunmask('local_jembatan/competencykey',
            get_string('competencykey', 'local_jembatan'), get_string('competencykey_desc', 'local_jembatan'), ''));
    }
    $ADMIN->add('local_jembatan_category', new admin_externalpage('local_jembatan_report',
        get_string('report', 'local_jembatan'), new moodle_url('/local/jembatan/report.php'), 'local/jembatan:manage'));
}
