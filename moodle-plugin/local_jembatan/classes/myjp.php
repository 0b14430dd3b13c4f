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
 * One ASN's JP of a year, read from the bridge's competency API (GET /api/v1/competency/asn/{nip}).
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class myjp {

    /**
     * The user's NIP, where the site keeps it (setting nipfield).
     *
     * @param \stdClass $user
     * @return string|null
     */
    public static function nip(\stdClass $user): ?string {
        global $CFG;
        $field = trim((string)get_config('local_jembatan', 'nipfield'));
        if ($field === '' || $field === 'idnumber') {
            $nip = (string)($user->idnumber ?? '');
        } else {
            require_once($CFG->dirroot . '/user/profile/lib.php');
            $nip = (string)(profile_user_record($user->id, false)->$field ?? '');
        }
        $nip = preg_replace('/\s+/', '', $nip);
        return $nip === '' ? null : $nip;
    }

    /**
     * The report of the API, or an object with only "error" (a sentence for the ASN).
     *
     * @param \stdClass $user
     * @param int $year
     * @param callable|null $http function(string $url, string $key): array [status, body]; null for curl
     * @return \stdClass
     */
    public static function fetch(\stdClass $user, int $year, ?callable $http = null): \stdClass {
        $url = rtrim(trim((string)get_config('local_jembatan', 'bridgeurl')), '/');
        $key = trim((string)get_config('local_jembatan', 'competencykey'));
        if ($url === '' || $key === '') {
            return (object)['error' => get_string('jp_notconfigured', 'local_jembatan')];
        }
        $nip = self::nip($user);
        if ($nip === null) {
            return (object)['error' => get_string('jp_nonip', 'local_jembatan')];
        }
        $address = $url . '/api/v1/competency/asn/' . rawurlencode($nip) . '?year=' . $year;
        if ($http) {
            [$status, $body] = $http($address, $key);
            $answer = (object)['status' => (int)$status, 'body' => (string)$body, 'error' => null];
        } else {
            $answer = sender::http_post($address, $key, '', 10);
        }
        $json = json_decode($answer->body);
        if ($answer->status !== 200 || !is_object($json)) {
            $detail = $answer->status === 0 ? (string)$answer->error
                : 'HTTP ' . $answer->status . (is_object($json) && isset($json->detail) ? ': ' . $json->detail : '');
            return (object)['error' => get_string('jp_unavailable', 'local_jembatan', $detail)];
        }
        return $json;
    }

    /**
     * The template context of a report.
     *
     * @param \stdClass $report as the API answered
     * @return array
     */
    public static function context(\stdClass $report): array {
        $jp = $report->jp ?? new \stdClass();
        $target = (float)($report->targetJp ?? 20);
        $total = (float)($jp->totalJp ?? 0);
        $types = [];
        foreach (['teknis' => 'type_teknis', 'manajerial' => 'type_manajerial',
                'sosialKultural' => 'type_sosialkultural', 'unknownType' => 'type_unknown'] as $field => $string) {
            $value = (float)($jp->$field ?? 0);
            if ($field !== 'unknownType' || $value > 0) {
                $types[] = ['name' => get_string($string, 'local_jembatan'), 'jp' => format_float($value, 2)];
            }
        }
        $credits = [];
        foreach ($report->credits ?? [] as $credit) {
            $type = strtolower(str_replace('_', '', (string)($credit->competencyType ?? '')));
            $credits[] = [
                'title' => (string)($credit->title ?? ''),
                'type' => get_string_manager()->string_exists('type_' . $type, 'local_jembatan')
                    ? get_string('type_' . $type, 'local_jembatan') : get_string('type_unknown', 'local_jembatan'),
                'jp' => isset($credit->jp) ? format_float((float)$credit->jp, 2) : '-',
                'completedon' => (string)($credit->completedOn ?? ''),
            ];
        }
        $percent = $target > 0 ? min(100, round(100 * $total / $target)) : 100;
        return [
            'summary' => get_string('jp_of_target', 'local_jembatan', (object)['total' => format_float($total, 2),
                'target' => format_float($target, 0), 'year' => (int)($report->year ?? date('Y'))]),
            'percent' => $percent,
            'compliant' => !empty($report->compliant),
            'togo' => get_string('jp_notcompliant', 'local_jembatan', format_float((float)($report->jpToTarget ?? 0), 2)),
            'types' => $types,
            'credits' => $credits,
            'hascredits' => !empty($credits),
            'unknown' => ($jp->unknownJpCount ?? 0) > 0
                ? get_string('jp_unknown', 'local_jembatan', (int)$jp->unknownJpCount) : null,
        ];
    }
}
