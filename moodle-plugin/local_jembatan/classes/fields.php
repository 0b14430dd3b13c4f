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
 * The fields the bridge reads: course custom fields jp and jenis_kompetensi, and the NIP profile field.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class fields {

    /** @var string the category the course fields are put in when they do not exist */
    const CATEGORY = 'Data Pelatihan ASN';

    /** @var string[] the choices of jenis_kompetensi, as the bridge maps them */
    const TYPES = ['Teknis', 'Manajerial', 'Sosial Kultural'];

    /**
     * Creates the course custom fields jp (a number, or text before the number type existed) and jenis_kompetensi
     * (a menu) in the category "Data Pelatihan ASN", each only if no course field has its short name.
     */
    public static function ensure_course_fields(): void {
        $handler = \core_course\customfield\course_handler::create();
        $existing = [];
        $category = null;
        foreach ($handler->get_categories_with_fields() as $cat) {
            if ($cat->get('name') === self::CATEGORY) {
                $category = $cat;
            }
            foreach ($cat->get_fields() as $field) {
                $existing[$field->get('shortname')] = true;
            }
        }
        if (isset($existing['jp']) && isset($existing['jenis_kompetensi'])) {
            return;
        }
        if (!$category) {
            $category = \core_customfield\category_controller::create($handler->create_category(self::CATEGORY));
        }
        $types = \core_component::get_plugin_list('customfield');
        if (!isset($existing['jp'])) {
            $type = isset($types['number']) ? 'number' : 'text';
            $config = $type === 'number'
                ? ['required' => 0, 'uniquevalues' => 0, 'locked' => 0, 'visibility' => 2, 'decimalplaces' => 0,
                    'minimumvalue' => '0', 'maximumvalue' => '', 'defaultvalue' => '', 'display' => '{value}',
                    'displaywhenzero' => '0']
                : ['required' => 0, 'uniquevalues' => 0, 'locked' => 0, 'visibility' => 2, 'defaultvalue' => '',
                    'displaysize' => 10, 'maxlength' => 10, 'ispassword' => 0, 'link' => '', 'linktarget' => ''];
            self::create($category, $type, 'jp', get_string('field_jp', 'local_jembatan'), $config);
        }
        if (!isset($existing['jenis_kompetensi'])) {
            self::create($category, 'select', 'jenis_kompetensi', get_string('field_type', 'local_jembatan'),
                ['required' => 0, 'uniquevalues' => 0, 'locked' => 0, 'visibility' => 2,
                    'options' => implode("\n", self::TYPES), 'defaultvalue' => '']);
        }
    }

    /**
     * Adds one course field.
     *
     * @param \core_customfield\category_controller $category
     * @param string $type
     * @param string $shortname
     * @param string $name
     * @param array $config
     */
    private static function create(\core_customfield\category_controller $category, string $type, string $shortname,
            string $name, array $config): void {
        $field = \core_customfield\field_controller::create(0, (object)['type' => $type], $category);
        $handler = $field->get_handler();
        $handler->save_field_configuration($field, (object)['name' => $name, 'shortname' => $shortname,
            'description' => '', 'descriptionformat' => FORMAT_HTML, 'configdata' => $config]);
    }

    /**
     * Creates a text profile field for the NIP when the site keeps it in one (setting nipfield names its short name;
     * empty or "idnumber" means the user's ID number holds it) and no such field exists.
     *
     * @param string $shortname
     */
    public static function ensure_nip_field(string $shortname): void {
        global $DB, $CFG;
        $shortname = trim($shortname);
        if ($shortname === '' || $shortname === 'idnumber' || !preg_match('/^[A-Za-z0-9_]+$/', $shortname)) {
            return;
        }
        if ($DB->record_exists('user_info_field', ['shortname' => $shortname])) {
            return;
        }
        require_once($CFG->dirroot . '/user/profile/definelib.php');
        $categoryid = $DB->get_field_sql('SELECT MIN(id) FROM {user_info_category}');
        if (!$categoryid) {
            $categoryid = $DB->insert_record('user_info_category', (object)['name' => self::CATEGORY, 'sortorder' => 1]);
        }
        $field = (object)[
            'shortname' => $shortname, 'name' => get_string('field_nip', 'local_jembatan'), 'datatype' => 'text',
            'description' => get_string('field_nip_desc', 'local_jembatan'), 'descriptionformat' => FORMAT_HTML,
            'categoryid' => $categoryid, 'required' => 0, 'locked' => 1, 'visible' => PROFILE_VISIBLE_PRIVATE,
            'forceunique' => 1, 'signup' => 0, 'defaultdata' => '', 'defaultdataformat' => FORMAT_MOODLE,
            'param1' => 18, 'param2' => 18, 'param3' => 0, 'param4' => '', 'param5' => '',
        ];
        $field->sortorder = 1 + (int)$DB->count_records('user_info_field', ['categoryid' => $categoryid]);
        $DB->insert_record('user_info_field', $field);
    }

    /**
     * Adds "JP saya / My JP" to the user menu (site setting customusermenuitems) once.
     */
    public static function ensure_user_menu_item(): void {
        $items = (string)get_config('core', 'customusermenuitems');
        if (strpos($items, '/local/jembatan/myjp.php') !== false) {
            return;
        }
        $line = 'myjp,local_jembatan|/local/jembatan/myjp.php';
        set_config('customusermenuitems', trim($items) === '' ? $line : rtrim($items) . "\n" . $line);
    }

    /**
     * Called when the nipfield setting changes.
     */
    public static function nipfield_updated(): void {
        self::ensure_nip_field((string)get_config('local_jembatan', 'nipfield'));
    }
}
