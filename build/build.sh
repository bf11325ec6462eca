#!/usr/bin/env bash
# Build NIR-kontroll's one-folder bundle from .venv, prove that it runs, and zip it for IT.
#
#   bash build/build.sh          (./dev.sh test runs it last; ./dev.sh sets up .venv)
#
# 1. PyInstaller with installer.spec -> dist/NIR-kontroll/ (work files in .pyi-work/)
# 2. build/check_bundle.py: both executables, resources, no broken library links, size
# 3. the frozen window's --self-test, offscreen
# 4. the frozen command line's `check` on the demo export (exit 1 = findings: expected)
# 5. dist/NIR-kontroll-<version>-<platform>.zip
# Safe to run again: each run replaces the bundle and the zip.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

py=.venv/bin/python
if [ ! -x "$py" ]; then
  echo "build.sh: fant ikke .venv. Kjør ./dev.sh (eller ./dev.sh test) først." >&2
  exit 2
fi
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: PyInstaller mangler i .venv: .venv/bin/pip install -e '.[build]'" >&2
  exit 2
fi
# openpyxl pulls numpy into the bundle when it can import it (+42 MB).
if "$py" -c "import numpy" 2>/dev/null; then
  fail "numpy er installert i .venv; bunten skal bygges uten (pip uninstall numpy)."
fi

# Several people (and ./dev.sh test runs) share this working tree: one build at a time, or
# two PyInstaller runs would overwrite each other's dist/ and .pyi-work/.
mkdir -p .pyi-work
exec 9>.pyi-work/build.lock
if command -v flock >/dev/null && ! flock -n 9; then
  say "Venter på en annen bygging i samme mappe"
  flock -w 600 9 || fail "en annen bygging holder låsen .pyi-work/build.lock"
fi

started=$(date +%s)
version=$("$py" build/versioninfo.py)
platform="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
bundle=dist/NIR-kontroll
zip="dist/NIR-kontroll-${version}-${platform}.zip"
demo=resources/demo/nir-demo-2021.xlsx

# Compiled translations are build output (git-ignored); the bundle needs them.
"$py" build/translations.py compile >/dev/null || fail "kunne ikke kompilere tekstkatalogen (.po -> .mo)"
lrelease=.venv/bin/pyside6-lrelease
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm=${ts%.ts}.qm
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    [ -x "$lrelease" ] || fail "pyside6-lrelease mangler; kan ikke lage $qm"
    "$lrelease" -silent "$ts" -qm "$qm"
  fi
done
if [ ! -f "$demo" ]; then
  "$py" -m nir_desktop.core.synthetic --demo "$demo"
fi

say "PyInstaller: $bundle (versjon $version)"
# The warnings filtered out are expected on Linux: Windows DLLs named in ctypes calls,
# gtk3 libraries of the platform theme the spec leaves out, pydantic.v1 left out on purpose.
log=.pyi-work/pyinstaller.log
expected="^[0-9]+ INFO: |required via ctypes not found|could not resolve 'lib(gtk|gdk)-3|Hidden import \"pydantic\.v1"
if ! "$py" -m PyInstaller --noconfirm --log-level WARN \
    --workpath .pyi-work --distpath dist installer.spec >"$log" 2>&1; then
  grep -v -E "$expected" "$log" >&2 || true
  fail "PyInstaller feilet (hele loggen: $log)"
fi
grep -v -E "$expected" "$log" >&2 || true
built=$(date +%s)

say "Kontroll av bunten"
"$py" build/check_bundle.py "$bundle"

# The frozen programs run from another folder with their own data folder, so they can use
# neither the repository's files nor the developer's settings.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
abs_bundle=$(cd "$bundle" && pwd)
abs_demo=$(cd "$(dirname "$demo")" && pwd)/$(basename "$demo")

say "Selvtest av vinduet (offscreen)"
selftest=$(cd "$scratch" && NIR_KONTROLL_HOME="$scratch/home" QT_QPA_PLATFORM=offscreen \
  timeout 180 "$abs_bundle/NIR-kontroll" --self-test) \
  || fail "selvtesten av det frosne vinduet feilet (kode $?): $selftest"
echo "$selftest"
# The gettext catalogue (.mo) is in the bundle and found there: a nynorsk text, not bokmål.
grep -q "ikkje ei fil" <<<"$selftest" || fail "selvtesten viste ikke tekstkatalogen på nynorsk"

say "Kommandolinjen: check på demoeksporten"
set +e
(cd "$scratch" && NIR_KONTROLL_HOME="$scratch/home" \
  timeout 180 "$abs_bundle/nir-desktop" check "$abs_demo" --format json --output "$scratch/check.json")
rc=$?
set -e
[ $rc -le 1 ] || fail "nir-desktop check feilet med kode $rc"
"$py" - "$scratch/check.json" <<'EOF' || fail "check skrev ikke en gyldig rapport"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
findings = report["findings"]
assert findings, "the demo export is built to have findings"
print(f"check: {len(findings)} funn i demoeksporten")
EOF

say "Portabel modus: portable.flag ved siden av programmet"
# IT's portable mode must keep everything in data/ beside the executable. Flag and data
# are removed again before zipping.
touch "$abs_bundle/portable.flag"
set +e
(cd "$scratch" && env -u NIR_KONTROLL_HOME timeout 180 "$abs_bundle/nir-desktop" check "$abs_demo" \
  >/dev/null 2>&1)
rc=$?
set -e
portable_ok=0
[ $rc -le 1 ] && [ -d "$abs_bundle/data/logs" ] && portable_ok=1
rm -rf "$abs_bundle/portable.flag" "$abs_bundle/data"
[ $portable_ok -eq 1 ] || fail "portabel modus skrev ikke i data/ ved siden av programmet (kode $rc)"
echo "portabel modus: data/ ved siden av programmet"

say "Zip for IT: $zip"
"$py" build/make_zip.py "$bundle" "$zip"

finished=$(date +%s)
say "Ferdig: $("$py" build/check_bundle.py "$bundle" | head -1); bygget på $((built - started)) s, alt på $((finished - started)) s"
