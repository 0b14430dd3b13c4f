#!/usr/bin/env bash
# The admin console's browser tier: installs Debian's chromium and chromium-driver when missing, then runs the
# ConsoleBrowserTest suite against bridge/target/jembatan.jar (build it first: ./mvnw -B package -DskipTests).
# Screenshots of every page, in both languages, land in tests/target/screenshots/.
#   scripts/browser.sh install   only install the browser
#   scripts/browser.sh [test]    install if needed, then run the tier
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

install() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return 0
  fi
  echo "Installing chromium and chromium-driver (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -y -q update
  apt-get -y -q install --no-install-recommends chromium chromium-driver
}

case "${1:-test}" in
  install) install ;;
  test)
    install
    ./mvnw -B verify -Pbrowser -pl tests -am -Dtest='*BrowserTest' -Dsurefire.failIfNoSpecifiedTests=false \
      -Dchromium.binary="$(command -v chromium)" \
      -Dchromedriver="$(command -v chromedriver)" ;;
  *) echo "usage: scripts/browser.sh [install|test]" >&2; exit 2 ;;
esac
