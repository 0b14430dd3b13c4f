#!/usr/bin/env bash
# A real Moodle 4.5 as a test peer for `./mvnw verify -Pmoodle`: PHP 8.2 and PostgreSQL from Debian
# packages, Moodle from the source named by MOODLE_SRC, its own PostgreSQL cluster, PHP's built-in server.
#
#   scripts/moodle.sh start          install what is missing (packages, code, cluster, site, web services,
#                                    token, snapshot), start PostgreSQL and PHP, wait until both answer
#   scripts/moodle.sh stop           stop the PHP server and the cluster
#   scripts/moodle.sh status         one line per server; non-zero if either is down
#   scripts/moodle.sh env            export lines for the -Pmoodle tests: eval "$(scripts/moodle.sh env)"
#   scripts/moodle.sh reset          put database and moodledata back to the snapshot (seconds, no reinstall)
#   scripts/moodle.sh snapshot       take the snapshot now (the state `reset` returns to)
#   scripts/moodle.sh php ARGS...    run PHP CLI in the Moodle code folder, MOODLE_CONFIG set to its config.php,
#                                    e.g. scripts/moodle.sh php admin/cli/purge_caches.php
#   scripts/moodle.sh sql 'SQL'      run one statement on the Moodle database (unaligned output)
#   scripts/moodle.sh task CLASS     run one scheduled task, e.g. '\core\task\completion_regular_task'
#   scripts/moodle.sh plugin DIR     copy a plugin folder (with version.php) into the code, upgrade, re-snapshot
#   scripts/moodle.sh destroy        stop and delete everything this script wrote
#
# Settings (environment):
#   MOODLE_SRC                Moodle 4.5 source: a tarball (.tar.xz, .tar.gz, .tgz) with one top folder, or a
#                             source tree (e.g. `git clone --depth 1 -b v4.5.6 https://github.com/moodle/moodle`).
#                             Needed only until the code is unpacked.
#   MOODLE_PLUGINS            space-separated plugin folders put into the code before the install (changed
#                             ones are upgraded on the next start), e.g. moodle-plugin/local_jembatan
#   JEMBATAN_MOODLE_DIR       where everything goes (default: .moodle/ in the repository, git-ignored)
#   JEMBATAN_MOODLE_HOST      listen address of both servers (127.0.0.1)
#   JEMBATAN_MOODLE_PORT      PHP built-in server (18600)
#   JEMBATAN_MOODLE_PGPORT    PostgreSQL cluster (18632)
#   JEMBATAN_MOODLE_WORKERS   PHP_CLI_SERVER_WORKERS (4)
#   JEMBATAN_MOODLE_EXTRA_FUNCTIONS  comma-separated web service functions added to the service besides
#                             the bridge's (e.g. a plugin's own)
# Logs: $JEMBATAN_MOODLE_DIR/logs/.
set -Eeuo pipefail
trap 'printf "[moodle] ERROR: %s failed (line %s, exit %s)\n" "$BASH_COMMAND" "$LINENO" "$?" >&2' ERR

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HELPERS="$REPO_ROOT/scripts/moodle"
LAB="${JEMBATAN_MOODLE_DIR:-$REPO_ROOT/.moodle}"
HOST="${JEMBATAN_MOODLE_HOST:-127.0.0.1}"
PORT="${JEMBATAN_MOODLE_PORT:-18600}"
PGPORT_="${JEMBATAN_MOODLE_PGPORT:-18632}"
WORKERS="${JEMBATAN_MOODLE_WORKERS:-4}"
ADMINUSER=admin
ADMINPASS='Admin#12345'
WSUSER=jembatan
WSPASS='Jembatan#12345'
DBNAME=moodle DBUSER=moodle DBPASS=moodle-test SNAPDB=moodle_snapshot
LOGUSER=jembatan_log LOGPASS=jembatan-log-test
URL="http://$HOST:$PORT"
MD="$LAB/moodle"; DATA="$LAB/moodledata"; PGDATA_="$LAB/pg/data"; PGSOCK="$LAB/pg/sock"
LOGS="$LAB/logs"; RUN="$LAB/run"
export PHP_INI_SCAN_DIR=":$LAB/php.d"    # the leading ':' keeps Debian's conf.d (the extensions)
export MOODLE_CONFIG="$MD/config.php"

# The web service functions the bridge's flows call (MoodleFunctionNeed in HrProfilesConfiguration,
# MoodleLearningConfiguration and KinerjaConfiguration); MoodleServiceFunctionsMoodleIT compares them.
FUNCTIONS=(core_webservice_get_site_info
  core_user_get_users_by_field core_user_create_users core_user_update_users
  core_cohort_get_cohorts core_cohort_create_cohorts core_cohort_add_cohort_members core_cohort_delete_cohort_members
  core_course_get_courses core_course_get_categories core_course_get_contents core_course_get_courses_by_field
  core_enrol_get_enrolled_users core_enrol_get_users_courses enrol_manual_enrol_users
  core_completion_get_course_completion_status core_completion_get_activities_completion_status
  gradereport_user_get_grade_items core_message_send_instant_messages)

PHP_DEBS=(php8.2-cli php8.2-pgsql php8.2-intl php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip
  php8.2-gd php8.2-soap php8.2-opcache php8.2-readline)
PHP_EXTS=(pgsql intl mbstring xml dom xmlreader simplexml curl zip gd soap sodium iconv fileinfo ctype
  tokenizer openssl zlib json exif)

log() { printf '[moodle] %s\n' "$*" >&2; }
die() { printf '[moodle] ERROR: %s\n' "$*" >&2; exit 1; }
since() { echo "$((SECONDS - $1))s"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else (cd / && as_root runuser -u postgres -- "$@"); fi; }
pgbin() { find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1 |
  sed 's|^|/usr/lib/postgresql/|; s|$|/bin|'; }
pgsql() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -h "$PGSOCK" -p "$PGPORT_" -U postgres \
  -d postgres -v ON_ERROR_STOP=1 "$@"; }
mphp() { (cd "$MD" && php "$@"); }

# ---------------------------------------------------------------------------------------------
# Packages

packages() {
  local missing=() needpg=0
  if command -v php >/dev/null 2>&1; then
    mapfile -t missing < <(php -r 'foreach (array_slice($argv, 1) as $e) { if (!extension_loaded($e)) { echo "$e\n"; } }' \
      -- "${PHP_EXTS[@]}")
  else
    missing=(php)
  fi
  { [ -n "$(pgbin)" ] && [ -x "$(pgbin)/initdb" ] && command -v psql >/dev/null 2>&1; } || needpg=1
  [ ${#missing[@]} -eq 0 ] && [ $needpg = 0 ] && return 0
  local debs=("${PHP_DEBS[@]}") t0=$SECONDS
  if [ $needpg = 1 ]; then
    # Keep the Debian package from creating and starting a 'main' cluster of its own on 5432.
    as_root mkdir -p /etc/postgresql-common
    grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf ||
      echo 'create_main_cluster = false' | as_root tee -a /etc/postgresql-common/createcluster.conf >/dev/null
    debs+=(postgresql postgresql-client)
  fi
  mkdir -p "$LOGS"
  log "installing ${debs[*]} with apt-get (log: $LOGS/apt.log)"
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300)
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null ||
     ! as_root "${apt[@]}" install --no-install-recommends "${debs[@]}" >>"$LOGS/apt.log" 2>&1; then
    as_root "${apt[@]}" update >>"$LOGS/apt.log" 2>&1 || die "apt-get update failed (see $LOGS/apt.log)"
    as_root "${apt[@]}" install --no-install-recommends "${debs[@]}" >>"$LOGS/apt.log" 2>&1 ||
      die "apt-get install failed (see $LOGS/apt.log)"
  fi
  log "packages installed in $(since $t0)"
}

php_ini() {
  mkdir -p "$LAB/php.d"
  cat >"$LAB/php.d/99-jembatan-moodle.ini" <<'EOF'
; Moodle 4.5 on PHP 8 requires max_input_vars >= 5000 (CLI and server alike).
max_input_vars = 5000
memory_limit = 512M
post_max_size = 64M
upload_max_filesize = 64M
opcache.enable = 1
opcache.enable_cli = 0
EOF
}

# ---------------------------------------------------------------------------------------------
# Code

code() {
  [ -f "$MD/version.php" ] && return 0
  [ -n "${MOODLE_SRC:-}" ] || die "no Moodle code in $MD yet: set MOODLE_SRC to a Moodle 4.5 tarball or source tree (README, Test tiers)"
  [ -e "$MOODLE_SRC" ] || die "MOODLE_SRC=$MOODLE_SRC: no such file or folder"
  local t0=$SECONDS tmp="$LAB/moodle.unpack"
  rm -rf "$tmp"; mkdir -p "$tmp"
  if [ -d "$MOODLE_SRC" ]; then
    [ -f "$MOODLE_SRC/version.php" ] || die "MOODLE_SRC=$MOODLE_SRC has no version.php: not a Moodle source tree"
    tar -C "$MOODLE_SRC" --exclude=./.git --exclude=./config.php -cf - . | tar -C "$tmp" -xf -
    mv "$tmp" "$MD"
  else
    case "$MOODLE_SRC" in
      *.tar.xz | *.txz) tar -xJf "$MOODLE_SRC" -C "$tmp" ;;
      *.tar.gz | *.tgz) tar -xzf "$MOODLE_SRC" -C "$tmp" ;;
      *.tar) tar -xf "$MOODLE_SRC" -C "$tmp" ;;
      *) die "MOODLE_SRC=$MOODLE_SRC: expected a folder or a .tar.xz/.tar.gz/.tgz/.tar" ;;
    esac
    local top; top="$(find "$tmp" -mindepth 2 -maxdepth 2 -name version.php -printf '%h\n' | head -n 1)"
    [ -n "$top" ] || die "MOODLE_SRC=$MOODLE_SRC has no <folder>/version.php: not a Moodle tarball"
    mv "$top" "$MD"; rm -rf "$tmp"
  fi
  rm -f "$MD/config.php"
  log "Moodle $(release) from $MOODLE_SRC in $MD ($(since $t0))"
}

release() { sed -n "s/^\$release *= *'\([^']*\)'.*/\1/p" "$MD/version.php"; }

config() {
  cat >"$MD/config.php.tmp" <<EOF
<?php  // Written by scripts/moodle.sh: a throw-away test site.
unset(\$CFG);
global \$CFG;
\$CFG = new stdClass();

\$CFG->dbtype    = 'pgsql';
\$CFG->dblibrary = 'native';
\$CFG->dbhost    = '$HOST';
\$CFG->dbname    = '$DBNAME';
\$CFG->dbuser    = '$DBUSER';
\$CFG->dbpass    = '$DBPASS';
\$CFG->prefix    = 'mdl_';
\$CFG->dboptions = ['dbpersist' => 0, 'dbport' => $PGPORT_, 'dbsocket' => ''];

\$CFG->wwwroot   = '$URL';
\$CFG->dataroot  = '$DATA';
\$CFG->admin     = 'admin';
\$CFG->directorypermissions = 02777;

// Never send mail; a valid noreply address (else every completion logs an 'Invalid address' error).
\$CFG->noemailever = true;
\$CFG->noreplyaddress = 'noreply@example.com';
// Tests call the site from 127.0.0.1 (the bridge's push target too).
\$CFG->curlsecurityblockedhosts = '';
\$CFG->curlsecurityallowedport = '';

require_once(__DIR__ . '/lib/setup.php');
EOF
  mv "$MD/config.php.tmp" "$MD/config.php"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: a cluster of its own (initdb/pg_ctl as postgres; Debian's pg_createcluster writes
# listen_addresses unquoted for a single address and the cluster then does not start).

pg_running() { [ -f "$PGDATA_/postmaster.pid" ] && as_postgres "$(pgbin)/pg_ctl" -D "$PGDATA_" status >/dev/null 2>&1; }

pg_start() {
  id postgres >/dev/null 2>&1 || die "OS user 'postgres' missing (Debian package postgresql)"
  if [ ! -f "$PGDATA_/PG_VERSION" ]; then
    local t0=$SECONDS
    rm -rf "$LAB/pg"; mkdir -p "$PGDATA_" "$PGSOCK" "$LOGS"
    as_root chown -R postgres:postgres "$LAB/pg"; chmod 700 "$PGDATA_"
    as_postgres "$(pgbin)/initdb" -D "$PGDATA_" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$LOGS/initdb.log" 2>&1 ||
      { cat "$LOGS/initdb.log" >&2; die "initdb failed"; }
    cat <<EOF | as_postgres tee -a "$PGDATA_/postgresql.conf" >/dev/null

# scripts/moodle.sh: loopback only; throw-away test data, so no durability.
listen_addresses = '$HOST'
port = $PGPORT_
unix_socket_directories = '$PGSOCK'
max_connections = 60
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    log "PostgreSQL cluster created in $PGDATA_ ($(since $t0))"
  fi
  if ! pg_running; then
    port_free "$PGPORT_" || die "port $HOST:$PGPORT_ is taken by another process: set JEMBATAN_MOODLE_PGPORT"
    mkdir -p "$PGSOCK" "$LOGS"; as_root chown postgres:postgres "$PGSOCK"
    touch "$LOGS/postgresql.log"; as_root chown postgres "$LOGS/postgresql.log"
    as_postgres "$(pgbin)/pg_ctl" -D "$PGDATA_" -l "$LOGS/postgresql.log" -w -t 60 start >/dev/null ||
      { tail -20 "$LOGS/postgresql.log" >&2; die "PostgreSQL did not start (see $LOGS/postgresql.log)"; }
    log "PostgreSQL on $HOST:$PGPORT_"
  fi
  pgsql <<SQL
SELECT 'CREATE ROLE $DBUSER LOGIN PASSWORD ''$DBPASS''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DBUSER') \gexec
SELECT 'CREATE ROLE $LOGUSER LOGIN PASSWORD ''$LOGPASS''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$LOGUSER') \gexec
SELECT 'CREATE DATABASE $DBNAME OWNER $DBUSER ENCODING ''UTF8'' TEMPLATE template0' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DBNAME') \gexec
SQL
}

pg_stop() {
  if pg_running; then
    as_postgres "$(pgbin)/pg_ctl" -D "$PGDATA_" -m fast -w stop >/dev/null && log "PostgreSQL stopped"
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

site_installed() {
  [ -n "$(pgsql -d "$DBNAME" -Atc "SELECT to_regclass('mdl_config')" 2>/dev/null)" ] &&
  [ -n "$(pgsql -d "$DBNAME" -Atc "SELECT value FROM mdl_config WHERE name = 'version'" 2>/dev/null)" ]
}

# ---------------------------------------------------------------------------------------------
# Site, web services, snapshot

site() {
  site_installed && return 0
  local t0=$SECONDS
  # install_database.php refuses to run over existing tables: start from an empty database.
  pgsql -c "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"
  pgsql -c "CREATE DATABASE $DBNAME OWNER $DBUSER ENCODING 'UTF8' TEMPLATE template0"
  rm -rf "$DATA"; mkdir -p "$DATA"
  log "installing the Moodle site (admin/cli/install_database.php, about a minute; log: $LOGS/install.log)"
  mphp admin/cli/install_database.php --agree-license --lang=en \
    --adminuser="$ADMINUSER" --adminpass="$ADMINPASS" --adminemail=admin@example.com \
    --fullname="Jembatan test Moodle" --shortname=jembatan-test --supportemail=admin@example.com \
    >"$LOGS/install.log" 2>&1 || { tail -30 "$LOGS/install.log" >&2; die "install_database.php failed"; }
  log "Moodle site installed in $(since $t0)"
  web_services
  rm -rf "$LAB/snapshot"
}

functions_csv() {
  local all=("${FUNCTIONS[@]}") extra
  IFS=',' read -r -a extra <<<"${JEMBATAN_MOODLE_EXTRA_FUNCTIONS:-}"
  all+=("${extra[@]}")
  (IFS=,; echo "${all[*]}")
}

web_services() {
  local out
  out="$(php "$HELPERS/ws_setup.php" "$MD/config.php" "$WSUSER" "$WSPASS" "$(functions_csv)")" ||
    die "scripts/moodle/ws_setup.php failed"
  mkdir -p "$LAB/state"
  printf '%s\n' "$out" | sed -n 's/^TOKEN=//p' >"$LAB/state/token"
  [ -s "$LAB/state/token" ] || die "scripts/moodle/ws_setup.php printed no token"
  # The bridge's log tail reads one table with an account that may read nothing else.
  pgsql -d "$DBNAME" -c "GRANT SELECT ON mdl_logstore_standard_log TO $LOGUSER"
  log "web services: service 'jembatan' with $(functions_csv | tr ',' '\n' | wc -l) functions, user $WSUSER, token ready"
}

snapshot() {
  local t0=$SECONDS
  pgsql -c "DROP DATABASE IF EXISTS $SNAPDB WITH (FORCE)"
  pgsql -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DBNAME' AND pid <> pg_backend_pid()" >/dev/null
  pgsql -c "CREATE DATABASE $SNAPDB TEMPLATE $DBNAME OWNER $DBUSER"
  mkdir -p "$LAB/snapshot"
  tar -C "$LAB" -cf "$LAB/snapshot/moodledata.tar.tmp" moodledata
  mv "$LAB/snapshot/moodledata.tar.tmp" "$LAB/snapshot/moodledata.tar"
  cp "$LAB/state/token" "$LAB/snapshot/token"
  log "snapshot taken ($(since $t0))"
}

reset() {
  [ -f "$LAB/snapshot/moodledata.tar" ] || die "no snapshot in $LAB/snapshot: run scripts/moodle.sh start first"
  local t0=$SECONDS
  pg_running || pg_start
  # The PHP server may stay up: it keeps no state between requests (no persistent connections, no APCu).
  pgsql -c "DROP DATABASE IF EXISTS $DBNAME WITH (FORCE)"
  pgsql -c "CREATE DATABASE $DBNAME TEMPLATE $SNAPDB OWNER $DBUSER"
  rm -rf "$DATA"
  tar -C "$LAB" -xf "$LAB/snapshot/moodledata.tar"
  cp "$LAB/snapshot/token" "$LAB/state/token"
  log "reset to the snapshot ($(since $t0))"
}

# Copies the plugins named in MOODLE_PLUGINS into the code; prints 1 if any changed.
sync_plugins() {
  local src rel changed=0
  mkdir -p "$DATA"   # lib/setup.php does not load without an existing dataroot
  for src in ${MOODLE_PLUGINS:-}; do
    [ -f "$src/version.php" ] || die "MOODLE_PLUGINS: $src/version.php missing"
    rel="$(php "$HELPERS/plugindir.php" "$MD/config.php" "$(cd "$src" && pwd)/version.php")" ||
      die "MOODLE_PLUGINS: cannot tell where $src belongs"
    if ! diff -rq "$src" "$MD/$rel" >/dev/null 2>&1; then
      rm -rf "${MD:?}/$rel"; mkdir -p "$(dirname "$MD/$rel")"; cp -r "$src" "$MD/$rel"
      changed=1
      log "plugin $src copied to $rel"
    fi
  done
  echo $changed
}

upgrade() {
  local t0=$SECONDS
  mphp admin/cli/upgrade.php --non-interactive >"$LOGS/upgrade.log" 2>&1 ||
    { tail -30 "$LOGS/upgrade.log" >&2; die "admin/cli/upgrade.php failed (see $LOGS/upgrade.log)"; }
  mphp admin/cli/purge_caches.php >/dev/null
  log "admin/cli/upgrade.php in $(since $t0)"
}

# ---------------------------------------------------------------------------------------------
# PHP built-in server (own process group: its workers keep the port unless the whole group stops)

php_pid() { cat "$RUN/php.pid" 2>/dev/null; }
php_running() {
  local p; p="$(php_pid)" || return 1
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null && grep -qa -- "-S" "/proc/$p/cmdline" 2>/dev/null
}
login_code() { curl -s -o /dev/null -m 20 -w '%{http_code}' "$URL/login/index.php" || true; }

php_start() {
  php_running && return 0
  port_free "$PORT" || die "port $HOST:$PORT is taken by another process: set JEMBATAN_MOODLE_PORT"
  mkdir -p "$RUN" "$LOGS"
  PHP_CLI_SERVER_WORKERS=$WORKERS setsid php -S "$HOST:$PORT" -t "$MD" >>"$LOGS/php-server.log" 2>&1 </dev/null &
  echo $! >"$RUN/php.pid"
  local deadline=$((SECONDS + 60)) code=000
  until [ "$code" = 200 ]; do
    php_running || { tail -20 "$LOGS/php-server.log" >&2; die "the PHP server exited (see $LOGS/php-server.log)"; }
    [ $SECONDS -lt $deadline ] || die "$URL/login/index.php answered $code for 60s (see $LOGS/php-server.log)"
    sleep 0.2
    code="$(login_code)"
  done
  log "PHP server (pid $(php_pid)) on $URL"
}

group_alive() { ps -o stat= -g "$1" 2>/dev/null | grep -qv '^Z'; }

php_stop() {
  local p; p="$(php_pid || true)"
  if [ -n "$p" ] && php_running; then
    kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p"
    local _; for _ in $(seq 1 50); do group_alive "$p" || break; sleep 0.1; done
    group_alive "$p" && kill -KILL -- "-$p" 2>/dev/null || true
    log "PHP server stopped"
  fi
  rm -f "$RUN/php.pid"
}

# ---------------------------------------------------------------------------------------------
# Commands

cmd_start() {
  local t0=$SECONDS
  mkdir -p "$LAB" "$LOGS"; touch "$LAB/.jembatan-moodle"
  packages
  php_ini
  code
  config
  pg_start
  local installed=0 changed
  site_installed && installed=1
  changed="$(sync_plugins)"
  site
  if [ $installed = 1 ] && [ "$changed" = 1 ]; then upgrade; rm -rf "$LAB/snapshot"; fi
  [ -s "$LAB/state/token" ] || web_services
  if [ ! -f "$LAB/snapshot/moodledata.tar" ]; then
    php_stop; snapshot
  fi
  php_start
  log "ready in $(since $t0): $URL (scripts/moodle.sh env)"
}

cmd_env() {
  cat <<EOF
export MOODLE_URL='$URL'
export MOODLE_TOKEN='$(cat "$LAB/state/token" 2>/dev/null)'
export MOODLE_LOG_JDBC_URL='jdbc:postgresql://$HOST:$PGPORT_/$DBNAME'
export MOODLE_LOG_DB_USER='$LOGUSER'
export MOODLE_LOG_DB_PASSWORD='$LOGPASS'
export MOODLE_DB_USER='$DBUSER'
export MOODLE_DB_PASSWORD='$DBPASS'
export MOODLE_ADMIN_USER='$ADMINUSER'
export MOODLE_ADMIN_PASSWORD='$ADMINPASS'
export MOODLE_WS_USER='$WSUSER'
export MOODLE_DIR='$MD'
export MOODLE_CONFIG='$MD/config.php'
export MOODLE_SCRIPT='$REPO_ROOT/scripts/moodle.sh'
export PHP_INI_SCAN_DIR='$PHP_INI_SCAN_DIR'
EOF
}

cmd_status() {
  local rc=0
  if pg_running; then log "postgresql: up    $HOST:$PGPORT_"; else log "postgresql: down"; rc=1; fi
  if php_running; then
    local code; code="$(login_code)"
    log "php server: up    $URL (login page $code)"; [ "$code" = 200 ] || rc=1
  else
    log "php server: down"; rc=1
  fi
  [ -f "$MD/version.php" ] && log "moodle: $(release) in $MD"
  return $rc
}

cmd_plugin() {
  local src="${1:?usage: scripts/moodle.sh plugin DIR}"
  MOODLE_PLUGINS="$src" sync_plugins >/dev/null
  pg_running || pg_start
  upgrade
  local wasup=0; php_running && { wasup=1; php_stop; }
  snapshot
  [ $wasup = 1 ] && php_start
  return 0
}

cmd_destroy() {
  [ -d "$LAB" ] || return 0
  [ -f "$LAB/.jembatan-moodle" ] || die "$LAB has no .jembatan-moodle marker; not deleting it"
  php_stop; pg_stop
  rm -rf "$LAB"
  log "deleted $LAB"
}

need_site() { [ -f "$MD/config.php" ] || die "no Moodle in $LAB: run scripts/moodle.sh start first"; pg_running || pg_start; }

case "${1:-}" in
  start) cmd_start ;;
  stop) php_stop; pg_stop ;;
  status) cmd_status ;;
  env) cmd_env ;;
  reset) reset ;;
  snapshot) need_site; snapshot ;;
  php) shift; need_site; mphp "$@" ;;
  sql) shift; need_site; pgsql -d "$DBNAME" -At -c "${1:?usage: scripts/moodle.sh sql 'SELECT ...'}" ;;
  task) shift; need_site; mphp admin/cli/scheduled_task.php --execute="${1:?usage: scripts/moodle.sh task CLASS}" ;;
  plugin) shift; need_site; cmd_plugin "$@" ;;
  destroy) cmd_destroy ;;
  *) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
