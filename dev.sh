#!/usr/bin/env bash
# Set up everything NIR-kontroll needs on Debian 12 and then run it or test it.
#   ./dev.sh run    set up, then open the demo export (prints its check when there is no display)
#   ./dev.sh test   set up, then run every check: ruff, import contracts, all tests, smoke runs
#   ./dev.sh windows  the real Windows build under Wine: Windows tests, bundle, installer and
#                   its install/upgrade/uninstall round trip (build/windows/wine.sh)
# Safe to run again: each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-run}
shift || true

demo=resources/demo/nir-demo-2021.xlsx

# Qt needs these even offscreen; the test run also needs a real X server and LibreOffice.
apt_runtime=(libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6
  libdbus-1-3 fonts-dejavu-core)
apt_xcb=(xvfb xauth libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
apt_test=(libreoffice-calc-nogui)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_ensure() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  say "Installerer systempakker: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_for_venv() {
  for p in python3.11 python3; do
    if command -v "$p" >/dev/null; then echo "$p"; return; fi
  done
  echo "Fant ikke Python 3.11. Installer python3 først." >&2
  exit 1
}

venv_ensure() {
  local py
  py=$(python_for_venv)
  if [ ! -x .venv/bin/python ]; then
    say "Lager .venv"
    if ! "$py" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      apt_ensure python3-venv
      "$py" -m venv .venv
    fi
  fi
  # Reinstall only when the dependency list changed.
  local stamp=.venv/.nir-stamp want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installerer Python-pakker i .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test,build,bench]"
    echo "$want" > "$stamp"
  fi
  translations_ensure
}

translations_ensure() {
  # The gettext catalogue (.po -> .mo); writes only what changed.
  .venv/bin/python build/translations.py compile >/dev/null
  local lrelease=.venv/bin/pyside6-lrelease
  [ -x "$lrelease" ] || return 0
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    local qm=${ts%.ts}.qm
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$lrelease" -silent "$ts" -qm "$qm"
    fi
  done
}

demo_ensure() {
  [ -f "$demo" ] || .venv/bin/python -m nir_desktop.core.synthetic --demo "$demo"
}

case "$mode" in
  run)
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      apt_ensure "${apt_runtime[@]}" "${apt_xcb[@]}"
      venv_ensure
      demo_ensure
      exec .venv/bin/python -m nir_desktop "$demo" "$@"
    else
      venv_ensure
      demo_ensure
      say "Ingen skjerm: skriver kontrollen av demo-eksporten"
      set +e
      .venv/bin/python -m nir_desktop check "$demo" "$@"
      rc=$?
      # Exit 1 only means the demo has errors, which it is built to have.
      [ $rc -le 1 ] && exit 0 || exit $rc
    fi
    ;;
  test)
    apt_ensure "${apt_runtime[@]}" "${apt_xcb[@]}" "${apt_test[@]}"
    venv_ensure
    demo_ensure
    export QT_QPA_PLATFORM=offscreen
    say "ruff"
    .venv/bin/ruff check nir_desktop tests benchmarks build
    say "import-linter: kjernen importerer ikke Qt"
    .venv/bin/lint-imports
    say "pytest (offscreen)"
    .venv/bin/python -m pytest -m "not xvfb" -p no:cacheprovider "$@"
    say "pytest (ekte X-server under Xvfb)"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" \
      .venv/bin/python -m pytest -m xvfb -p no:cacheprovider "$@"
    if [ -f benchmarks/bench.py ]; then
      say "Ytelsesmåling, liten røykprøve (ikke en tidsgrense)"
      .venv/bin/python benchmarks/bench.py --rows 2000 --repeat 1
    fi
    if [ -f build/build.sh ]; then
      say "Pakking: Linux-bunt og selvtest"
      bash build/build.sh
    fi
    ;;
  windows)
    # The Linux side makes what both builds share (translations, demo export) and downloads
    # the Windows wheels with .venv's pip; the rest happens under Wine.
    venv_ensure
    demo_ensure
    exec bash build/windows/wine.sh "$@"
    ;;
  *)
    echo "Bruk: ./dev.sh run | ./dev.sh test | ./dev.sh windows" >&2
    exit 2
    ;;
esac
