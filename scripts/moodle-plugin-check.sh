#!/usr/bin/env bash
# Checks the Moodle plugin moodle-plugin/local_jembatan:
#   scripts/moodle-plugin-check.sh lint       php -l on every PHP file, one file per call (php -l reads only the first)
#   scripts/moodle-plugin-check.sh phpunit    the plugin's PHPUnit tests in the real Moodle of scripts/moodle.sh
#                                             (Moodle's PHPUnit site is initialised there on first use, ~2 min)
# Needs PHP 8.2 CLI (scripts/moodle.sh start installs it); phpunit also needs Debian's phpunit and
# php-mikey179-vfsstream packages and the en_AU.UTF-8 locale, installed here when missing (root).
set -Eeuo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PLUGIN="$REPO_ROOT/moodle-plugin/local_jembatan"

lint() {
  local failed=0 count=0 file
  while IFS= read -r -d '' file; do
    count=$((count + 1))
    php -l "$file" >/dev/null || { echo "php -l failed: $file" >&2; failed=1; }
  done < <(find "$PLUGIN" -name '*.php' -print0)
  echo "[moodle-plugin] php -l: $count files, $([ $failed = 0 ] && echo ok || echo FAILED)"
  return $failed
}

phpunit() {
  eval "$("$REPO_ROOT/scripts/moodle.sh" env)"
  [ -d "$MOODLE_DIR" ] || { echo "no Moodle at $MOODLE_DIR: run scripts/moodle.sh start first" >&2; exit 1; }
  local md="$MOODLE_DIR"
  # The plugin's current files, as the site runs them.
  rm -rf "$md/local/jembatan"; cp -r "$PLUGIN" "$md/local/jembatan"
  if ! [ -f /usr/share/php/PHPUnit/Autoload.php ] || ! [ -f /usr/share/php/org/bovigo/vfs/autoload.php ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends phpunit php-mikey179-vfsstream >/dev/null
  fi
  if ! locale -a 2>/dev/null | grep -qi '^en_AU.utf8$'; then
    sed -i 's/^# *en_AU.UTF-8 UTF-8/en_AU.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^en_AU.UTF-8 UTF-8' /etc/locale.gen || echo 'en_AU.UTF-8 UTF-8' >> /etc/locale.gen
    locale-gen >/dev/null
  fi
  # Moodle's PHPUnit tooling looks for composer's vendor/: a shim loading Debian's PHPUnit 9.6 and vfsStream.
  mkdir -p "$md/vendor/bin" "$md/vendor/phpunit/phpunit"
  cat > "$md/vendor/autoload.php" <<'PHP'
<?php
require_once '/usr/share/php/PHPUnit/Autoload.php';
require_once '/usr/share/php/org/bovigo/vfs/autoload.php';
PHP
  cat > "$md/vendor/bin/phpunit" <<'PHP'
#!/usr/bin/env php
<?php
if (!ini_get('date.timezone')) {
    ini_set('date.timezone', 'UTC');
}
define('PHPUNIT_COMPOSER_INSTALL', __DIR__ . '/../autoload.php');
require PHPUNIT_COMPOSER_INSTALL;
PHPUnit\TextUI\Command::main();
PHP
  chmod +x "$md/vendor/bin/phpunit"
  echo '{"name": "phpunit/phpunit"}' > "$md/vendor/phpunit/phpunit/composer.json"
  if ! grep -q phpunit_prefix "$md/config.php"; then
    local data; data="$(dirname "$md")/phpu_moodledata"; mkdir -p "$data"
    sed -i "s|^require_once(__DIR__ . '/lib/setup.php');|\$CFG->phpunit_prefix = 'phpu_';\n\$CFG->phpunit_dataroot = '$data';\nrequire_once(__DIR__ . '/lib/setup.php');|" "$md/config.php"
  fi
  local code=0
  (cd "$md" && php admin/tool/phpunit/cli/util.php --diag >/dev/null 2>&1) || code=$?
  if [ $code = 141 ]; then (cd "$md" && php admin/tool/phpunit/cli/util.php --drop >/dev/null); code=140; fi
  if [ $code = 140 ]; then (cd "$md" && php admin/tool/phpunit/cli/util.php --install >/dev/null); fi
  (cd "$md" && php admin/tool/phpunit/cli/util.php --buildconfig >/dev/null)
  (cd "$md" && vendor/bin/phpunit --testsuite local_jembatan_testsuite)
}

case "${1:-}" in
  lint) lint ;;
  phpunit) phpunit ;;
  *) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
