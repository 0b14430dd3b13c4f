#!/usr/bin/env bash
# Runs ADL's LRS conformance test suite (github adlnet/lrs-conformance-test-suite) against the embedded statement
# store of the built jar: a fresh H2 state database in a temporary folder, the jar on a free 127.0.0.1 port with one
# LRS client, the suite's battery, its summary, and a last line "N passed, N failed". Exit status 0 only when no test
# failed (docs/lrs/embedded-store.md, "Conformance").
#
#   LRS_CONFORMANCE_SRC      the suite: its source tarball (*.tar.gz holding suite/) or an unpacked folder (required)
#   LRS_CONFORMANCE_VERSION  the battery: 1.0.3 (default) or 2.0.0
#   LRS_CONFORMANCE_GREP     only the tests whose names match this pattern (the suite's -g); default all
#   LRS_CONFORMANCE_PORT     the port of the bridge under test; default a free one
#   JEMBATAN_JAR             the jar to test; default bridge/target/jembatan.jar
#
# Needs Java 17, Node 18+ and npm (npm install fetches the suite's dependencies from the npm registry).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

src="${LRS_CONFORMANCE_SRC:-}"
version="${LRS_CONFORMANCE_VERSION:-1.0.3}"
grep_pattern="${LRS_CONFORMANCE_GREP:-}"
jar="${JEMBATAN_JAR:-bridge/target/jembatan.jar}"

fail() { echo "lrs-conformance: $*" >&2; exit 2; }

[ -n "$src" ] || fail "set LRS_CONFORMANCE_SRC to the suite's tarball or folder (github adlnet/lrs-conformance-test-suite)"
[ -e "$src" ] || fail "LRS_CONFORMANCE_SRC=$src does not exist"
[ -f "$jar" ] || fail "no jar at $jar: build it first (./mvnw -B package -DskipTests) or set JEMBATAN_JAR"
command -v node >/dev/null || fail "node is not on PATH (the suite needs Node 18 or later)"
command -v npm >/dev/null || fail "npm is not on PATH"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

work="$(mktemp -d "${TMPDIR:-/tmp}/lrs-conformance.XXXXXX")"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== unpacking the suite into $work"
if [ -d "$src" ]; then
  mkdir -p "$work/suite"
  (cd "$src" && tar --exclude=./node_modules --exclude=./logs -cf - .) | (cd "$work/suite" && tar -xf -)
else
  tar -xzf "$src" -C "$work"
  [ -d "$work/suite" ] || fail "$src holds no suite/ folder"
fi
suite="$work/suite"

echo "== npm install"
(cd "$suite" && npm install --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1) \
  || { tail -20 "$work/npm.log"; fail "npm install failed (log above)"; }

port="${LRS_CONFORMANCE_PORT:-}"
[ -n "$port" ] || port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
user="conformance"
password="$(node -e 'console.log(require("crypto").randomBytes(18).toString("hex"))')"

echo "== starting $jar on 127.0.0.1:$port (fresh H2 store in $work/state)"
mkdir -p "$work/state"
(
  cd "$work/state"
  export SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port"
  export JEMBATAN_STATE_JDBC_URL="jdbc:h2:file:$work/state/jembatan"
  export JEMBATAN_LRS_ENDPOINT=""
  export JEMBATAN_LRS_EMBEDDED_CLIENTS_0_USERNAME="$user"
  export JEMBATAN_LRS_EMBEDDED_CLIENTS_0_PASSWORD="$password"
  exec java -jar "$jar" >"$work/jembatan.log" 2>&1
) &
app_pid=$!

deadline=$((SECONDS + 300))
until curl -fsS -o /dev/null "http://127.0.0.1:$port/xapi/about" 2>/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    tail -40 "$work/jembatan.log"
    fail "the bridge stopped during start-up (log above)"
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    tail -40 "$work/jembatan.log"
    fail "the bridge did not answer /xapi/about within 300 s (log above)"
  fi
  sleep 2
done
echo "== the bridge answers; running the $version battery${grep_pattern:+ (tests matching '$grep_pattern')}"

args=(bin/console_runner.js -e "http://127.0.0.1:$port/xapi" -a -u "$user" -p "$password" -x "$version" -z)
[ -z "$grep_pattern" ] || args+=(-g "$grep_pattern")
set +e
(cd "$suite" && node "${args[@]}") >"$work/suite.out" 2>&1
suite_status=$?
set -e

# The suite prints its running summary as JSON lines every 2 s; the last one is the result.
summary="$(grep -E '^\{"total":' "$work/suite.out" | tail -1 || true)"
grep -vE '^\{"total":' "$work/suite.out" | grep -vE 'DeprecationWarning|trace-deprecation' | tail -5 || true
log="$(ls "$suite"/logs/*.log 2>/dev/null | head -1 || true)"
if [ -n "$log" ]; then
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).log;
    const walk = (node, path) => {
      if (!node) return;
      const tests = node.tests || [];
      const here = path.concat(node.title ? [node.title] : []);
      if (node.status === "failed" && tests.length === 0) {
        console.log("FAILED: " + here.slice(1).join(" > "));
        if (node.error) console.log("        " + String(node.error).split("\n")[0].slice(0, 300));
      }
      tests.forEach(t => walk(t, here));
    };
    walk(log, []);' "$log"
fi
[ -n "$summary" ] || { tail -30 "$work/suite.out"; fail "the suite printed no summary (exit status $suite_status)"; }

passed="$(node -e 'console.log(JSON.parse(process.argv[1]).passed || 0)' "$summary")"
failed="$(node -e 'console.log(JSON.parse(process.argv[1]).failed || 0)' "$summary")"
total="$(node -e 'console.log(JSON.parse(process.argv[1]).total || 0)' "$summary")"
echo "xAPI $version conformance of the embedded store: $passed passed, $failed failed of $total"
echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ] || [ "$suite_status" -ne 0 ]; then
  exit 1
fi
