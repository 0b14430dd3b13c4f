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
 * Tests of "JP saya / My JP".
 *
 * @package    local_jembatan
 * @category   test
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_jembatan\myjp
 */
final class myjp_test extends \advanced_testcase {

    /** @var string an answer of GET /api/v1/competency/asn/{nip} as docs/api/competency.md documents it */
    const ANSWER = '{"nip":"198501012010011001","year":2026,"name":"Budi Santoso","targetJp":20.00,
        "jp":{"totalJp":23.50,"teknis":12.00,"manajerial":8.50,"sosialKultural":3.00,"unknownType":0.00,
              "unknownJpCount":1,"activeCredits":4},
        "compliant":true,"jpToTarget":0.00,
        "credits":[{"title":"Analisis Data dengan Python","competencyType":"TEKNIS","jp":12.00,
                    "completedOn":"2026-02-10"},
                   {"title":"Kepemimpinan","competencyType":"MANAJERIAL","jp":8.50,"completedOn":"2026-03-01"},
                   {"title":"Tanpa JP","competencyType":"SOSIAL_KULTURAL","jp":null,"completedOn":"2026-04-01"}]}';

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        set_config('bridgeurl', 'http://bridge.invalid', 'local_jembatan');
        set_config('competencykey', 'moodle-jp-0123456789abcdef-J', 'local_jembatan');
    }

    public function test_the_page_shows_the_jp_the_api_gives(): void {
        $user = $this->getDataGenerator()->create_user(['idnumber' => '198501012010011001']);
        $asked = [];
        $report = myjp::fetch($user, 2026, function (string $url, string $key) use (&$asked) {
            $asked = [$url, $key];
            return [200, self::ANSWER];
        });
        $this->assertSame(['http://bridge.invalid/api/v1/competency/asn/198501012010011001?year=2026',
            'moodle-jp-0123456789abcdef-J'], $asked);

        $context = myjp::context($report);
        $this->assertStringContainsString('23.50', $context['summary']);
        $this->assertStringContainsString('20', $context['summary']);
        $this->assertTrue($context['compliant']);
        $this->assertSame(['12.00', '8.50', '3.00'], array_column($context['types'], 'jp'));
        $this->assertSame(['Analisis Data dengan Python', 'Kepemimpinan', 'Tanpa JP'],
            array_column($context['credits'], 'title'));
        $this->assertSame('-', $context['credits'][2]['jp']);
        $this->assertNotNull($context['unknown']);

        global $OUTPUT;
        $html = $OUTPUT->render_from_template('local_jembatan/myjp', $context);
        $this->assertStringContainsString('Analisis Data dengan Python', $html);
    }

    public function test_a_nip_in_a_profile_field_is_used(): void {
        global $CFG;
        require_once($CFG->dirroot . '/user/profile/lib.php');
        set_config('nipfield', 'nip', 'local_jembatan');
        fields::nipfield_updated();
        $user = $this->getDataGenerator()->create_user(['profile_field_nip' => '199001012015012002']);
        $this->assertSame('199001012015012002', myjp::nip($user));
    }

    public function test_without_a_nip_or_a_key_the_asn_is_told_why(): void {
        $user = $this->getDataGenerator()->create_user(['idnumber' => '']);
        $this->assertSame(get_string('jp_nonip', 'local_jembatan'), myjp::fetch($user, 2026, fn() => [500, ''])->error);
        set_config('competencykey', '', 'local_jembatan');
        $this->assertSame(get_string('jp_notconfigured', 'local_jembatan'), myjp::fetch($user, 2026)->error);
    }

    public function test_an_api_refusal_is_shown_with_its_reason(): void {
        $user = $this->getDataGenerator()->create_user(['idnumber' => '198501012010011001']);
        $report = myjp::fetch($user, 2026, fn() => [403, '{"detail":"consumer lacks the scope competency:asn"}']);
        $this->assertStringContainsString('HTTP 403: consumer lacks the scope competency:asn', $report->error);
    }
}
