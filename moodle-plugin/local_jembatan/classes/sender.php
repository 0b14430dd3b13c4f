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
 * Sends the outbox to the bridge in batches and removes what the bridge acknowledged.
 *
 * Each row is first matched to the row the standard log wrote for the same event (same name, context, users, object,
 * time and data), because the bridge derives the statement id from the log row id: a pushed event and the log tail's
 * row of the same event become the same statement (docs/decisions/0021). For an activity marked incomplete it also
 * sends the learner's previous completion row of that activity, the statement the bridge voids.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class sender {

    /** @var int rows per request (the bridge answers 413 above its own bound; the batch is then halved) */
    const BATCH = 200;

    /** @var int seconds a row waits for its log row before it is held (the log store writes at the end of a request) */
    const LOGWAIT = 600;

    /** @var int longest wait between two attempts, seconds */
    const MAXBACKOFF = 600;

    /** @var string[] answers that acknowledge a row: it leaves the outbox */
    const ACKED = ['delivered', 'skipped', 'dead-lettered', 'duplicate'];

    /** @var callable|null function(string $url, string $body, string $key): array [int status, string body] */
    private $http;

    /**
     * @param callable|null $http the transport; null for Moodle's curl (tests pass their own)
     */
    public function __construct(?callable $http = null) {
        $this->http = $http;
    }

    /**
     * Sends due rows until none is left or a request fails.
     *
     * @param bool $ignorebackoff send rows whose next attempt lies in the future too (resend, CLI)
     * @return \stdClass acked, held, retry (rows that failed and wait), waiting (rows without their log row yet),
     *     requests, error (the last failure, or null)
     */
    public function run(bool $ignorebackoff = false): \stdClass {
        $result = (object)['acked' => 0, 'held' => 0, 'retry' => 0, 'waiting' => 0, 'requests' => 0, 'error' => null];
        $url = rtrim(trim((string)get_config('local_jembatan', 'bridgeurl')), '/');
        $key = trim((string)get_config('local_jembatan', 'bridgekey'));
        if ($url === '' || $key === '') {
            $result->error = get_string('error_notconfigured', 'local_jembatan');
            return $result;
        }
        $factory = \core\lock\lock_config::get_lock_factory('local_jembatan');
        $lock = $factory->get_lock('send', 0);
        if (!$lock) {
            return $result;
        }
        try {
            $batch = self::BATCH;
            $seen = [];
            while (true) {
                $rows = $this->due($batch, $ignorebackoff, $seen);
                if (!$rows) {
                    break;
                }
                foreach ($rows as $row) {
                    $seen[] = (int)$row->id;
                }
                $ready = $this->resolve($rows, $result);
                if (!$ready) {
                    continue;
                }
                $answer = $this->post($url . '/moodle/push', $key, $ready);
                $result->requests++;
                if ($answer->status === 413 && count($ready) > 1) {
                    $batch = max(1, intdiv(count($ready), 2));
                    $seen = array_diff($seen, array_map(fn($r) => (int)$r->id, $ready));
                    continue;
                }
                if (!$this->settle($ready, $answer, $result)) {
                    break;
                }
            }
        } finally {
            $lock->release();
        }
        return $result;
    }

    /**
     * Pending rows due now, oldest first.
     *
     * @param int $limit
     * @param bool $ignorebackoff
     * @param int[] $seen rows this run handled already
     * @return \stdClass[]
     */
    private function due(int $limit, bool $ignorebackoff, array $seen): array {
        global $DB;
        $select = 'state = :pending';
        $params = ['pending' => outbox::PENDING];
        if (!$ignorebackoff) {
            $select .= ' AND nextattempt <= :now';
            $params['now'] = time();
        }
        if ($seen) {
            [$notin, $notparams] = $DB->get_in_or_equal($seen, SQL_PARAMS_NAMED, 'seen', false);
            $select .= " AND id $notin";
            $params += $notparams;
        }
        return array_values($DB->get_records_select(outbox::TABLE, $select, $params, 'id', '*', 0, $limit));
    }

    /**
     * Finds the log row of each row that has none yet; rows whose log row is not written yet wait, rows that waited
     * too long are held. Returns the rows ready to send, in log order.
     *
     * @param \stdClass[] $rows
     * @param \stdClass $result
     * @return \stdClass[]
     */
    private function resolve(array $rows, \stdClass $result): array {
        global $DB;
        $stores = explode(',', (string)get_config('tool_log', 'enabled_stores'));
        $logging = in_array('logstore_standard', $stores, true);
        $ready = [];
        foreach ($rows as $row) {
            if (empty($row->logid)) {
                $row->logid = $logging ? $this->find_log_row($row) : null;
                if ($row->logid) {
                    $DB->set_field(outbox::TABLE, 'logid', $row->logid, ['id' => $row->id]);
                } else if (!$logging || $row->timecreated < time() - self::LOGWAIT) {
                    $reason = get_string($logging ? 'error_nologrow' : 'error_nostandardlog', 'local_jembatan');
                    $this->hold($row, $reason);
                    $result->held++;
                    continue;
                } else {
                    $DB->set_field(outbox::TABLE, 'nextattempt', time() + 1, ['id' => $row->id]);
                    $result->waiting++;
                    continue;
                }
            }
            $ready[] = $row;
        }
        usort($ready, fn($a, $b) => $a->logid <=> $b->logid);
        return $ready;
    }

    /**
     * The id of the standard log's row of the same event that no other outbox row claimed, or null.
     *
     * @param \stdClass $row
     * @return int|null
     */
    private function find_log_row(\stdClass $row): ?int {
        global $DB;
        $where = ['eventname = :eventname', 'contextid = :contextid', 'userid = :userid', 'timecreated = :timecreated',
            $DB->sql_compare_text('other') . ' = ' . $DB->sql_compare_text(':other')];
        $params = ['eventname' => $row->eventname, 'contextid' => $row->contextid, 'userid' => $row->userid,
            'timecreated' => $row->timecreated, 'other' => $row->other];
        foreach (['relateduserid', 'objectid'] as $field) {
            if ($row->$field === null) {
                $where[] = "$field IS NULL";
            } else {
                $where[] = "$field = :$field";
                $params[$field] = $row->$field;
            }
        }
        $candidates = $DB->get_fieldset_sql('SELECT id FROM {logstore_standard_log} WHERE ' . implode(' AND ', $where)
            . ' ORDER BY id', $params);
        if (!$candidates) {
            return null;
        }
        [$insql, $inparams] = $DB->get_in_or_equal($candidates, SQL_PARAMS_NAMED);
        $inparams['self'] = $row->id;
        $claimed = $DB->get_fieldset_select(outbox::TABLE, 'logid', "logid $insql AND id <> :self", $inparams);
        foreach ($candidates as $candidate) {
            if (!in_array($candidate, $claimed)) {
                return (int)$candidate;
            }
        }
        return null;
    }

    /**
     * The learner's activity completion row before this one in the same activity, for an "incomplete" row.
     *
     * @param \stdClass $row
     * @return array|null ['logid' => id, 'other' => JSON text]
     */
    private function prior_completion(\stdClass $row): ?array {
        global $DB;
        if ($row->eventname !== '\core\event\course_module_completion_updated') {
            return null;
        }
        $other = json_decode((string)$row->other, true);
        if (!is_array($other) || (int)($other['completionstate'] ?? -1) !== 0 || empty($row->relateduserid)) {
            return null;
        }
        $prior = $DB->get_record_sql('SELECT id, other FROM {logstore_standard_log}
                                       WHERE eventname = :eventname AND contextid = :contextid
                                             AND contextlevel = :level AND relateduserid = :userid AND id < :logid
                                    ORDER BY id DESC', ['eventname' => $row->eventname, 'contextid' => $row->contextid,
            'level' => CONTEXT_MODULE, 'userid' => $row->relateduserid, 'logid' => $row->logid], IGNORE_MULTIPLE);
        return $prior ? ['logid' => (int)$prior->id, 'other' => $prior->other] : null;
    }

    /**
     * The request body: the site and its events as the standard log holds them.
     *
     * @param \stdClass[] $rows
     * @return string JSON
     */
    public function body(array $rows): string {
        global $CFG;
        $events = [];
        foreach ($rows as $row) {
            $events[] = [
                'outboxid' => (int)$row->id,
                'logid' => (int)$row->logid,
                'eventname' => $row->eventname,
                'component' => $row->component,
                'action' => $row->action,
                'target' => $row->target,
                'objecttable' => $row->objecttable,
                'objectid' => $row->objectid === null ? null : (int)$row->objectid,
                'crud' => $row->crud,
                'edulevel' => (int)$row->edulevel,
                'contextid' => (int)$row->contextid,
                'contextlevel' => (int)$row->contextlevel,
                'contextinstanceid' => (int)$row->contextinstanceid,
                'userid' => (int)$row->userid,
                'courseid' => $row->courseid === null ? 0 : (int)$row->courseid,
                'relateduserid' => $row->relateduserid === null ? null : (int)$row->relateduserid,
                'anonymous' => (int)$row->anonymous,
                'other' => $row->other,
                'timecreated' => (int)$row->timecreated,
                'origin' => $row->origin,
                'prior' => $this->prior_completion($row),
            ];
        }
        return json_encode(['site' => $CFG->wwwroot, 'events' => $events], JSON_UNESCAPED_SLASHES);
    }

    /**
     * Posts the rows.
     *
     * @param string $url
     * @param string $key
     * @param \stdClass[] $rows
     * @return \stdClass status (0 when no answer came), body, error
     */
    private function post(string $url, string $key, array $rows): \stdClass {
        $body = $this->body($rows);
        if ($this->http) {
            [$status, $answer] = call_user_func($this->http, $url, $body, $key);
            return (object)['status' => (int)$status, 'body' => (string)$answer, 'error' => null];
        }
        return self::http_post($url, $key, $body, 30);
    }

    /**
     * One POST with Moodle's curl. The URL is the admin's setting, not user input, so the curl security list (which
     * blocks private addresses, where a bridge usually runs) does not apply.
     *
     * @param string $url
     * @param string $key
     * @param string $body JSON, or '' for a GET
     * @param int $timeout seconds
     * @return \stdClass status, body, error
     */
    public static function http_post(string $url, string $key, string $body, int $timeout): \stdClass {
        global $CFG;
        require_once($CFG->libdir . '/filelib.php');
        $curl = new \curl(['ignoresecurity' => true]);
        $curl->setHeader(['Content-Type: application/json', 'Accept: application/json', 'X-API-Key: ' . $key]);
        $options = ['CURLOPT_TIMEOUT' => $timeout, 'CURLOPT_CONNECTTIMEOUT' => 5];
        $answer = $body === '' ? $curl->get($url, [], $options) : $curl->post($url, $body, $options);
        $info = $curl->get_info();
        $status = (int)($info['http_code'] ?? 0);
        $error = $curl->get_errno() ? $curl->error : null;
        return (object)['status' => $error ? 0 : $status, 'body' => (string)$answer, 'error' => $error];
    }

    /**
     * Applies the bridge's answer to the rows sent.
     *
     * @param \stdClass[] $rows
     * @param \stdClass $answer
     * @param \stdClass $result
     * @return bool whether the request succeeded (the run goes on)
     */
    private function settle(array $rows, \stdClass $answer, \stdClass $result): bool {
        global $DB;
        $json = json_decode($answer->body, true);
        if ($answer->status !== 200 || !is_array($json) || !isset($json['results']) || !is_array($json['results'])) {
            if ($answer->status === 413) {
                $this->hold($rows[0], self::reason($answer));
                $result->held++;
                return true;
            }
            $reason = self::reason($answer);
            foreach ($rows as $row) {
                $this->retry($row, $reason);
            }
            $result->retry += count($rows);
            $result->error = $reason;
            return false;
        }
        $byid = [];
        foreach ($json['results'] as $item) {
            if (isset($item['outboxid'])) {
                $byid[(int)$item['outboxid']] = $item;
            }
        }
        $acked = [];
        foreach ($rows as $row) {
            $item = $byid[(int)$row->id] ?? null;
            $status = $item['status'] ?? null;
            if (in_array($status, self::ACKED, true)) {
                $acked[] = (int)$row->id;
            } else if ($status === 'rejected') {
                $this->hold($row, (string)($item['reason'] ?? 'rejected'));
                $result->held++;
            } else {
                $this->retry($row, get_string('error_noanswer', 'local_jembatan'));
                $result->retry++;
            }
        }
        if ($acked) {
            $DB->delete_records_list(outbox::TABLE, 'id', $acked);
            $result->acked += count($acked);
        }
        return true;
    }

    /**
     * What went wrong with a request, for the admin (never the key).
     *
     * @param \stdClass $answer
     * @return string
     */
    private static function reason(\stdClass $answer): string {
        if ($answer->status === 0) {
            return get_string('error_unreachable', 'local_jembatan', (string)$answer->error);
        }
        $json = json_decode($answer->body, true);
        $message = is_array($json) ? (string)($json['detail'] ?? $json['message'] ?? '') : '';
        if ($answer->status === 401 || $answer->status === 403) {
            $message = get_string('error_key', 'local_jembatan') . ($message !== '' ? ' ' . $message : '');
        }
        return 'HTTP ' . $answer->status . ($message !== '' ? ': ' . \core_text::substr($message, 0, 1000) : '');
    }

    /**
     * A failed attempt: wait longer each time (15 s, 30 s, 1 min ... up to 10 min).
     *
     * @param \stdClass $row
     * @param string $reason
     */
    private function retry(\stdClass $row, string $reason): void {
        global $DB;
        $attempts = (int)$row->attempts + 1;
        $wait = min(self::MAXBACKOFF, 15 * (2 ** min(10, $attempts - 1)));
        $DB->update_record(outbox::TABLE, (object)['id' => $row->id, 'attempts' => $attempts, 'lastattempt' => time(),
            'nextattempt' => time() + $wait, 'lasterror' => $reason]);
    }

    /**
     * The bridge refused the row itself: keep it for the admin to see and resend.
     *
     * @param \stdClass $row
     * @param string $reason
     */
    private function hold(\stdClass $row, string $reason): void {
        global $DB;
        $DB->update_record(outbox::TABLE, (object)['id' => $row->id, 'state' => outbox::HELD,
            'attempts' => (int)$row->attempts + 1, 'lastattempt' => time(), 'lasterror' => $reason]);
    }
}
