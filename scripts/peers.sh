#!/usr/bin/env bash
# Real peers for `./mvnw verify -Ppeers`: PostgreSQL and MariaDB from Debian packages, and Learning
# Locker's xAPI statements service (npm xapi-statements) with a credential-checking auth server.
#
#   scripts/peers.sh start                 install what is missing, start, wait until each answers
#   scripts/peers.sh stop [--started-only] stop all peers, or only those the last `start` started
#   scripts/peers.sh status                one line per peer; non-zero if any is down
#   scripts/peers.sh env                   export lines for the -Ppeers tests
#
# Everything it writes stays under .peers/ (git-ignored); logs go to .peers/logs/.
set -Eeuo pipefail
trap 'printf "[peers] ERROR: %s failed (line %s, exit %s)\n" "$BASH_COMMAND" "$LINENO" "$?" >&2' ERR

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS_DIR="${JEMBATAN_PEERS_DIR:-$REPO_ROOT/.peers}"
LOG_DIR="$PEERS_DIR/logs"
RUN_DIR="$PEERS_DIR/run"
STARTED_FILE="$RUN_DIR/started"
TIMEOUT="${JEMBATAN_PEERS_TIMEOUT:-90}"

DB_USER=jembatan
DB_PASSWORD=jembatan
DATABASES=(jembatan_state simpeg moodle)
PG_PORT=5432
MARIADB_PORT=3306

LRS_PORT="${JEMBATAN_PEERS_LRS_PORT:-8090}"
LRS_AUTH_PORT="${JEMBATAN_PEERS_LRS_AUTH_PORT:-8091}"
LRS_USERNAME="${JEMBATAN_PEERS_LRS_USERNAME:-jembatan}"
LRS_PASSWORD="${JEMBATAN_PEERS_LRS_PASSWORD:-jembatan-secret}"
LRS_SOURCE="$REPO_ROOT/scripts/lrs"
LRS_HOME="$PEERS_DIR/lrs"
LRS_DATA="$PEERS_DIR/lrs-data"
LRS_ENDPOINT="http://127.0.0.1:$LRS_PORT/xAPI/"
XAPI_VERSION_HEADER="X-Experience-API-Version: 1.0.3"

APT_UPDATED=0

log() { printf '[peers] %s\n' "$*"; }
die() { printf '[peers] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

as_postgres() {
  (cd / && as_root runuser -u postgres -- "$@")
}

mark_started() {
  mkdir -p "$RUN_DIR"
  grep -qx "$1" "$STARTED_FILE" 2>/dev/null || echo "$1" >>"$STARTED_FILE"
}

# wait_for DESCRIPTION COMMAND...: retries COMMAND once a second until it succeeds or TIMEOUT passes.
wait_for() {
  local what="$1"; shift
  local deadline=$((SECONDS + TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$what did not answer within ${TIMEOUT}s"
      return 1
    fi
    sleep 1
  done
}

apt_lists_present() {
  compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

apt_install() {
  mkdir -p "$LOG_DIR"
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300)
  log "installing $* with apt-get (log: $LOG_DIR/apt.log)"
  if ! apt_lists_present; then
    as_root "${apt[@]}" update >>"$LOG_DIR/apt.log" 2>&1 || die "apt-get update failed (see $LOG_DIR/apt.log)"
    APT_UPDATED=1
  fi
  if as_root "${apt[@]}" install --no-install-recommends "$@" >>"$LOG_DIR/apt.log" 2>&1; then
    return 0
  fi
  [ "$APT_UPDATED" -eq 0 ] || die "apt-get install $* failed (see $LOG_DIR/apt.log)"
  as_root "${apt[@]}" update >>"$LOG_DIR/apt.log" 2>&1 || die "apt-get update failed (see $LOG_DIR/apt.log)"
  APT_UPDATED=1
  as_root "${apt[@]}" install --no-install-recommends "$@" >>"$LOG_DIR/apt.log" 2>&1 \
    || die "apt-get install $* failed (see $LOG_DIR/apt.log)"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL

pg_cluster() {
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2, $4; exit }'
}

pg_installed() {
  command -v pg_lsclusters >/dev/null 2>&1 && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

pg_ready() {
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT"
}

pg_login_works() {
  PGPASSWORD="$DB_PASSWORD" psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "${DATABASES[0]}" \
    -tAc 'SELECT 1' | grep -qx 1
}

pg_start() {
  pg_installed || apt_install postgresql
  local version cluster status
  read -r version cluster status < <(pg_cluster) || true
  if [ -z "${version:-}" ]; then
    version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
    cluster=main
    log "creating PostgreSQL cluster $version/$cluster on port $PG_PORT"
    as_root pg_createcluster "$version" "$cluster" --port "$PG_PORT" >>"$LOG_DIR/postgresql.log" 2>&1
    status=down
  fi
  if [[ "$status" != online* ]]; then
    as_root pg_ctlcluster "$version" "$cluster" start >>"$LOG_DIR/postgresql.log" 2>&1 || {
      tail -n 20 "/var/log/postgresql/postgresql-$version-$cluster.log" >&2 || true
      die "PostgreSQL $version/$cluster did not start"
    }
    mark_started postgresql
  fi
  wait_for "PostgreSQL" pg_ready || die "PostgreSQL is not accepting connections on 127.0.0.1:$PG_PORT"
  local dbs
  dbs="$(IFS=,; echo "${DATABASES[*]}")"
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -v user="$DB_USER" -v pw="$DB_PASSWORD" -v dbs="$dbs" \
    >>"$LOG_DIR/postgresql.log" 2>&1 <<'SQL' || die "PostgreSQL setup failed (see $LOG_DIR/postgresql.log)"
SELECT format('CREATE ROLE %I LOGIN', :'user')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'user')
  FROM unnest(string_to_array(:'dbs', ',')) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', d, :'user')
  FROM unnest(string_to_array(:'dbs', ',')) AS d \gexec
SQL
  pg_login_works || die "PostgreSQL: $DB_USER cannot log in on 127.0.0.1:$PG_PORT"
  log "postgresql: ready  jdbc:postgresql://127.0.0.1:$PG_PORT/{$dbs} (PostgreSQL $version/$cluster)"
}

pg_stop() {
  local version cluster status
  read -r version cluster status < <(pg_cluster) || true
  if [ -n "${version:-}" ] && [[ "$status" == online* ]]; then
    as_root pg_ctlcluster "$version" "$cluster" stop >>"$LOG_DIR/postgresql.log" 2>&1 || true
    log "postgresql: stopped"
  else
    log "postgresql: not running"
  fi
}

pg_status() {
  if pg_installed && pg_ready; then log "postgresql: up    127.0.0.1:$PG_PORT"; else log "postgresql: down"; return 1; fi
}

# ---------------------------------------------------------------------------------------------
# MariaDB

mariadb_installed() {
  [ -x /usr/sbin/mariadbd ] && command -v mariadb >/dev/null 2>&1
}

mariadb_socket_alive() {
  as_root mariadb-admin --protocol=socket ping
}

mariadb_tcp_works() {
  mariadb -h 127.0.0.1 -P "$MARIADB_PORT" -u "$DB_USER" -p"$DB_PASSWORD" -D "${DATABASES[0]}" \
    -NBe 'SELECT 1' | grep -qx 1
}

mariadb_start() {
  mariadb_installed || apt_install mariadb-server mariadb-client
  if ! mariadb_socket_alive >/dev/null 2>&1; then
    if ! as_root service mariadb start >>"$LOG_DIR/mariadb.log" 2>&1; then
      log "service mariadb start failed; starting mysqld_safe directly"
      as_root install -d -o mysql -g mysql /run/mysqld
      (as_root setsid mysqld_safe --bind-address=127.0.0.1 --port="$MARIADB_PORT" \
        >>"$LOG_DIR/mariadb.log" 2>&1 </dev/null &)
    fi
    mark_started mariadb
  fi
  wait_for "MariaDB" mariadb_socket_alive || die "MariaDB did not start (see $LOG_DIR/mariadb.log)"
  {
    for db in "${DATABASES[@]}"; do
      echo "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4;"
    done
    for host in '%' localhost 127.0.0.1; do
      echo "CREATE USER IF NOT EXISTS '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASSWORD';"
      echo "ALTER USER '$DB_USER'@'$host' IDENTIFIED BY '$DB_PASSWORD';"
      for db in "${DATABASES[@]}"; do
        echo "GRANT ALL PRIVILEGES ON \`$db\`.* TO '$DB_USER'@'$host';"
      done
    done
    echo "FLUSH PRIVILEGES;"
  } | as_root mariadb --protocol=socket >>"$LOG_DIR/mariadb.log" 2>&1 \
    || die "MariaDB setup failed (see $LOG_DIR/mariadb.log)"
  wait_for "MariaDB on 127.0.0.1:$MARIADB_PORT" mariadb_tcp_works \
    || die "MariaDB: $DB_USER cannot log in on 127.0.0.1:$MARIADB_PORT"
  local dbs
  dbs="$(IFS=,; echo "${DATABASES[*]}")"
  log "mariadb:    ready  jdbc:mariadb://127.0.0.1:$MARIADB_PORT/{$dbs} ($(mariadb --version | sed -E 's/.*Distrib ([^ ,]+).*/\1/'))"
}

mariadb_stop() {
  if mariadb_installed && mariadb_socket_alive >/dev/null 2>&1; then
    as_root service mariadb stop >>"$LOG_DIR/mariadb.log" 2>&1 \
      || as_root mariadb-admin --protocol=socket shutdown >>"$LOG_DIR/mariadb.log" 2>&1 || true
    log "mariadb: stopped"
  else
    log "mariadb: not running"
  fi
}

mariadb_status() {
  if mariadb_installed && mariadb-admin -h 127.0.0.1 -P "$MARIADB_PORT" -u "$DB_USER" -p"$DB_PASSWORD" ping >/dev/null 2>&1; then
    log "mariadb:    up    127.0.0.1:$MARIADB_PORT"
  else
    log "mariadb:    down"; return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# LRS (xapi-statements) and its auth server, both Node processes tracked by pid files

# listener_pid PORT: pid of the process listening on 127.0.0.1:PORT or *:PORT, if any.
listener_pid() {
  { ss -Hltnp "sport = :$1" 2>/dev/null || true; } | { grep -o 'pid=[0-9]*' || true; } | head -n 1 | cut -d= -f2
}

# node_pid NAME SCRIPT PORT: pid of our node process NAME (pid file first, then the port's listener),
# only when its command line runs SCRIPT; adopts a leftover one into the pid file.
node_pid() {
  local name="$1" script="$2" port="$3" pid=""
  local pidfile="$RUN_DIR/$name.pid"
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
  fi
  if [ -z "$pid" ] || ! runs_script "$pid" "$script"; then
    pid="$(listener_pid "$port")"
    if [ -n "$pid" ] && runs_script "$pid" "$script"; then
      mkdir -p "$RUN_DIR"
      echo "$pid" >"$pidfile"
    else
      rm -f "$pidfile"
      pid=""
    fi
  fi
  echo "$pid"
}

runs_script() {
  [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -- "$2"
}

stop_pid() {
  local name="$1" pid="$2"
  [ -n "$pid" ] || { log "$name: not running"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 15))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  rm -f "$RUN_DIR/$name.pid"
  log "$name: stopped (pid $pid)"
}

auth_pid() { node_pid lrs-auth scripts/lrs/auth-server.js "$LRS_AUTH_PORT"; }
lrs_pid() { node_pid lrs scripts/lrs/launch.js "$LRS_PORT"; }

basic_auth() {
  printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"
}

auth_answers() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $(basic_auth "$LRS_USERNAME" "$LRS_PASSWORD")" \
    "http://127.0.0.1:$LRS_AUTH_PORT/auth")" = 200 ]
}

lrs_about() {
  curl -fsS -m 5 -H "$XAPI_VERSION_HEADER" "${LRS_ENDPOINT}about"
}

lrs_statements_status() {
  curl -s -o /dev/null -m 10 -w '%{http_code}' -H "$XAPI_VERSION_HEADER" "$@" "${LRS_ENDPOINT}statements?limit=1"
}

lrs_install() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  mkdir -p "$LRS_HOME"
  local want have=""
  want="$(sha256sum "$LRS_SOURCE/package-lock.json" | cut -d' ' -f1)"
  [ -f "$LRS_HOME/.installed" ] && have="$(cat "$LRS_HOME/.installed")"
  if [ "$want" = "$have" ] && [ -f "$LRS_HOME/node_modules/xapi-statements/dist/index.js" ]; then
    return 0
  fi
  log "installing xapi-statements with npm ci into $LRS_HOME (log: $LOG_DIR/npm.log)"
  cp "$LRS_SOURCE/package.json" "$LRS_SOURCE/package-lock.json" "$LRS_HOME/"
  (cd "$LRS_HOME" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=warn) >>"$LOG_DIR/npm.log" 2>&1 \
    || die "npm ci of xapi-statements failed (see $LOG_DIR/npm.log)"
  echo "$want" >"$LRS_HOME/.installed"
}

# spawn NAME SCRIPT ENV...: starts node SCRIPT detached in its own session, logging to NAME.log.
spawn() {
  local name="$1" script="$2"; shift 2
  mkdir -p "$RUN_DIR"
  (cd "$LRS_HOME" && exec env "$@" setsid node "$REPO_ROOT/$script" >>"$LOG_DIR/$name.log" 2>&1 </dev/null) &
  echo "$!" >"$RUN_DIR/$name.pid"
  mark_started "$name"
}

ensure_port_free() {
  local port="$1" pid
  pid="$(listener_pid "$port")"
  [ -z "$pid" ] || die "port $port is taken by pid $pid ($(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null))"
}

alive_or_die() {
  local name="$1" pid="$2"
  kill -0 "$pid" 2>/dev/null && return 0
  tail -n 30 "$LOG_DIR/$name.log" >&2 || true
  die "$name exited (see $LOG_DIR/$name.log)"
}

lrs_start() {
  lrs_install
  mkdir -p "$LRS_DATA/storage" "$LRS_DATA/access-logs"
  local retry="${1:-retry}"

  local auth lrs
  auth="$(auth_pid)"
  if [ -n "$auth" ] && ! auth_answers; then
    stop_pid lrs-auth "$auth"
    auth=""
  fi
  if [ -z "$auth" ]; then
    ensure_port_free "$LRS_AUTH_PORT"
    spawn lrs-auth scripts/lrs/auth-server.js \
      LRS_AUTH_HOST=127.0.0.1 LRS_AUTH_PORT="$LRS_AUTH_PORT" \
      LRS_USERNAME="$LRS_USERNAME" LRS_PASSWORD="$LRS_PASSWORD"
    auth="$(cat "$RUN_DIR/lrs-auth.pid")"
    local deadline=$((SECONDS + TIMEOUT))
    until auth_answers; do
      alive_or_die lrs-auth "$auth"
      [ "$SECONDS" -lt "$deadline" ] || die "auth server did not answer within ${TIMEOUT}s"
      sleep 0.5
    done
  fi

  lrs="$(lrs_pid)"
  if [ -z "$lrs" ]; then
    ensure_port_free "$LRS_PORT"
    spawn lrs scripts/lrs/launch.js \
      LRS_HOME="$LRS_HOME" LRS_BIND_HOST=127.0.0.1 \
      EXPRESS_PORT="$LRS_PORT" \
      MODELS_REPO=memory STORAGE_REPO=local EVENTS_REPO=test AUTH_REPO=fetch \
      LL_CLIENT_INFO_ENDPOINT="http://127.0.0.1:$LRS_AUTH_PORT/auth" \
      FS_LOCAL_STORAGE_DIR="$LRS_DATA/storage" \
      EXPRESS_MORGAN_DIRECTORY="$LRS_DATA/access-logs" \
      WINSTON_CONSOLE_LEVEL=warn
    lrs="$(cat "$RUN_DIR/lrs.pid")"
    local deadline=$((SECONDS + TIMEOUT))
    until lrs_about >/dev/null 2>&1; do
      alive_or_die lrs "$lrs"
      [ "$SECONDS" -lt "$deadline" ] || die "LRS did not answer within ${TIMEOUT}s"
      sleep 0.5
    done
  fi

  local good bad none
  good="$(lrs_statements_status -u "$LRS_USERNAME:$LRS_PASSWORD")"
  bad="$(lrs_statements_status -u "$LRS_USERNAME:not-$LRS_PASSWORD")"
  none="$(lrs_statements_status)"
  if [ "$good" != 200 ] || [ "$bad" != 401 ] || [ "$none" != 401 ]; then
    local found="right credentials $good, wrong password $bad, none $none (want 200/401/401)"
    [ "$retry" = retry ] || die "LRS auth check failed: $found"
    log "lrs: auth check failed ($found); restarting the LRS and its auth server"
    lrs_stop
    lrs_start no-retry
    return
  fi
  log "lrs:        ready  $LRS_ENDPOINT (xapi-statements $(lrs_about | tr -d '\n'); auth 200/401/401 checked)"
}

lrs_stop() {
  stop_pid lrs "$(lrs_pid)"
  stop_pid lrs-auth "$(auth_pid)"
}

lrs_status() {
  local lrs
  lrs="$(lrs_pid)"
  if [ -n "$lrs" ] && lrs_about >/dev/null 2>&1 && auth_answers; then
    log "lrs:        up    $LRS_ENDPOINT (pid $lrs, auth pid $(auth_pid))"
  else
    log "lrs:        down"; return 1
  fi
}

# ---------------------------------------------------------------------------------------------

cmd_start() {
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  rm -f "$STARTED_FILE"
  command -v curl >/dev/null 2>&1 || apt_install curl
  pg_start
  mariadb_start
  lrs_start
}

cmd_stop() {
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  if [ "${1:-}" = "--started-only" ]; then
    local started=""
    [ -f "$STARTED_FILE" ] && started="$(cat "$STARTED_FILE")"
    if grep -qx lrs <<<"$started"; then stop_pid lrs "$(lrs_pid)"; fi
    if grep -qx lrs-auth <<<"$started"; then stop_pid lrs-auth "$(auth_pid)"; fi
    if grep -qx mariadb <<<"$started"; then mariadb_stop; fi
    if grep -qx postgresql <<<"$started"; then pg_stop; fi
  else
    lrs_stop
    mariadb_stop
    pg_stop
  fi
  rm -f "$STARTED_FILE"
}

cmd_status() {
  local rc=0
  pg_status || rc=1
  mariadb_status || rc=1
  lrs_status || rc=1
  return "$rc"
}

cmd_env() {
  cat <<EOF
export JEMBATAN_PEERS_PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/jembatan_state
export JEMBATAN_PEERS_PG_SIMPEG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/simpeg
export JEMBATAN_PEERS_PG_MOODLE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/moodle
export JEMBATAN_PEERS_PG_USERNAME=$DB_USER
export JEMBATAN_PEERS_PG_PASSWORD=$DB_PASSWORD
export JEMBATAN_PEERS_MARIADB_URL=jdbc:mariadb://127.0.0.1:$MARIADB_PORT/jembatan_state
export JEMBATAN_PEERS_MARIADB_SIMPEG_URL=jdbc:mariadb://127.0.0.1:$MARIADB_PORT/simpeg
export JEMBATAN_PEERS_MARIADB_MOODLE_URL=jdbc:mariadb://127.0.0.1:$MARIADB_PORT/moodle
export JEMBATAN_PEERS_MARIADB_USERNAME=$DB_USER
export JEMBATAN_PEERS_MARIADB_PASSWORD=$DB_PASSWORD
export JEMBATAN_PEERS_LRS_ENDPOINT=$LRS_ENDPOINT
export JEMBATAN_PEERS_LRS_USERNAME=$LRS_USERNAME
export JEMBATAN_PEERS_LRS_PASSWORD=$LRS_PASSWORD
EOF
}

case "${1:-}" in
  start) cmd_start ;;
  stop) shift; cmd_stop "$@" ;;
  status) cmd_status || exit 1 ;;
  env) cmd_env ;;
  *) echo "usage: $0 start | stop [--started-only] | status | env" >&2; exit 2 ;;
esac
