#!/usr/bin/env bash
# Smoke test of the demo profile (docs/demo.md), for CI: builds nothing. Starts the built jar with
# --spring.profiles.active=demo on a free port in a fresh folder, waits (at most DEMO_TIMEOUT seconds, default 120)
# until the demo logs that every flow had its turn, checks that no flow failed, that the competency API answers the
# demo key with data (a non-zero JP somewhere) and that /xapi/statements holds statements; then stops the process.
# Exit 0 when all holds; otherwise 1 with the log's tail (2 when the jar is missing).
#
#   scripts/demo-smoke.sh                 uses bridge/target/jembatan.jar (JEMBATAN_JAR to override)
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar=${JEMBATAN_JAR:-$root/bridge/target/jembatan.jar}
timeout=${DEMO_TIMEOUT:-120}
key=${DEMO_API_KEY:-DEMO-KEY-jembatan-sandbox-0001}
xapi_user=${DEMO_XAPI_USER:-demo}
xapi_password=${DEMO_XAPI_PASSWORD:-demo-sandbox-password}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
done_line='DEMO SELESAI / DEMO COMPLETE'

if [[ ! -f $jar ]]; then
  echo "demo-smoke: jar tidak ada / missing: $jar — build it first: ./mvnw -B -q package -DskipTests" >&2
  exit 2
fi

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/jembatan-demo-smoke.XXXXXX")
log=$work/demo.log
port=$(free_port) || { echo "demo-smoke: no free port" >&2; exit 1; }
pid=

stop() {
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  fi
}

fail() {
  echo "demo-smoke: GAGAL / FAILED: $*" >&2
  echo "---- tail of $log ----" >&2
  tail -n 80 "$log" >&2
  stop
  exit 1
}

trap 'stop' EXIT
(cd "$work" && exec "$java" -jar "$jar" --spring.profiles.active=demo --server.port="$port") >"$log" 2>&1 &
pid=$!
echo "demo-smoke: started pid $pid on port $port in $work"

waited=0
until grep -q "$done_line" "$log"; do
  kill -0 "$pid" 2>/dev/null || fail "the demo process ended before the flows ran"
  (( waited >= timeout )) && fail "no '$done_line' within ${timeout}s"
  sleep 2
  waited=$(( waited + 2 ))
done
summary=$(grep "$done_line" "$log" | tail -n 1)
echo "demo-smoke: after ${waited}s: ${summary#*: DEMO}"
grep -q ' 0 gagal / failed' <<<"$summary" || fail "a flow failed: $summary"
grep -q ' 0 dilewati / skipped' <<<"$summary" || fail "a flow was skipped: $summary"

base=http://127.0.0.1:$port
competency=$(curl -fsS -H "X-API-Key: $key" "$base/api/v1/competency/opd") \
  || fail "the competency API did not answer the demo key at $base/api/v1/competency/opd"
grep -Eiq '"[a-z_]*jp[a-z_]*" *: *([1-9][0-9]*(\.[0-9]+)?|0\.[0-9]*[1-9])' <<<"$competency" \
  || fail "the competency API answered without any non-zero JP: ${competency:0:400}"
echo "demo-smoke: competency API answers with JP"

statements=$(curl -fsS -u "$xapi_user:$xapi_password" -H 'X-Experience-API-Version: 1.0.3' \
  "$base/xapi/statements?limit=5") || fail "GET $base/xapi/statements failed"
grep -q '"statements" *: *\[ *{' <<<"$statements" || fail "/xapi/statements holds no statement: ${statements:0:400}"
echo "demo-smoke: /xapi/statements holds statements"

stop
pid=
rm -rf "$work"
echo "demo-smoke: OK"
