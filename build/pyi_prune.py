"""What installer.spec leaves out of the bundle, and why.

PyInstaller's PySide6 hooks collect every Qt plugin of the modules in use and, on Linux, the
system libraries those plugins link to. The size is in the plugins, not in Python modules
(measured: 198 MB with everything, see /work/shared/guides/qt-on-linux.md), so the pruning
works on the collected file lists:

1. drop the plugins NIR-kontroll cannot use (:data:`DROP_PLUGINS`);
2. drop Qt's own translations except Norwegian and English;
3. drop every shared library that nothing kept links to any more (:func:`prune_orphans`):
   the gtk3 platform theme alone drags in cairo, pango, gdk-pixbuf and friends.

The frozen self-test in build/build.sh and a check that every kept binary still finds its
libraries (build/check_bundle.py) catch a library dropped by mistake.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Callable, Iterable

# A PyInstaller TOC entry: (destination name, source path, type code).
Entry = tuple[str, str, str]

# PyInstaller puts Qt under PySide6/Qt/ on Linux and macOS, directly under PySide6/ on Windows.
PLUGINS_DIRS = ("PySide6/Qt/plugins/", "PySide6/plugins/")
QT_TRANSLATIONS_DIRS = ("PySide6/Qt/translations/", "PySide6/translations/")

# Platform plugins NIR-kontroll runs on: Windows, X11 on Linux, and offscreen for tests and
# the self-test. Everything else (eglfs, linuxfb, vnc, wayland, minimal...) goes.
KEEP_PLATFORMS = ("qwindows", "qxcb", "qoffscreen")

# Plugin folders or files (fnmatch patterns on the path below PySide6/Qt/plugins/, library
# prefix and suffix removed) that the app cannot use.
DROP_PLUGINS = (
    "platformthemes/qgtk3",  # drags in gtk3, cairo, pango, gdk-pixbuf (~15 MB)
    "egldeviceintegrations/*",  # only for eglfs
    "wayland-*/*",  # the wayland platform plugin is not kept
    "platforminputcontexts/qtvirtualkeyboardplugin",  # on-screen keyboard: unused
    # Printing to a printer on Linux goes through CUPS, which drags in gnutls, kerberos and
    # p11-kit (~10 MB). Linux builds are for tests and CI; PDF export (QPdfWriter, or
    # QPrinter in PdfFormat) needs no print plugin. Windows keeps windowsprintersupport.
    "printsupport/cupsprintersupport",
    "imageformats/qpdf",  # drags in QtPdf (~9 MB); we write PDF, never read it
    # The app's images are SVG (icons) and PNG (built into QtGui); no photo formats.
    "imageformats/qjpeg",
    "imageformats/qgif",
    "imageformats/qwebp",
    "imageformats/qtiff",
    "imageformats/qtga",
    "imageformats/qwbmp",
    "imageformats/qicns",
    "generic/*",  # evdev/tuio input for kiosk systems; tuio needs QtNetwork
    "networkinformation/*",  # no network use at all
    "tls/*",  # no network use at all
    "qmltooling/*",
    "sqldrivers/*",
    "designer/*",
    "multimedia/*",
    "position/*",
    "sceneparsers/*",
    "renderers/*",
    "geometryloaders/*",
    "vectorimageformats/*",  # lottie, needs QtQuick
)

# Python modules no code path of the app imports. PySide6's hook pulls QtNetwork in by
# default; the test tools are installed in the build venv and would be found through
# optional imports (pydantic → hypothesis).
EXCLUDE_MODULES = (
    "numpy",
    # ssl stays although the app never uses the network: stdnum.util imports it.
    # pydantic imports rich (and rich pygments) only to pretty-print schemas when debugging.
    "rich",
    "pygments",
    # pydantic reaches its v1 compatibility layer only for v1-style models; ours are v2.
    "pydantic.v1",
    # help() topics for the interactive interpreter.
    "pydoc_data",
    # East-Asian codecs: NIR exports are UTF-8 or cp1252.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
    "tkinter",
    "_tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
    # QUiLoader's C++ library links QtOpenGL(Widgets), so those libraries stay; their Python
    # bindings (8.5 MB) are never imported. QtDBus is used by Qt itself, not from Python.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    # The demo generator and other developer tools (import-linter keeps the app off them).
    "nir_desktop.devtools",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "importlinter",
    "grimp",
    "pyinstrument",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
)

# Qt's own translations (dialog buttons and the like). Qt has no bokmål catalogue; nynorsk
# is kept for the GUI to fall back on, English for the English UI.
KEEP_QT_TRANSLATION_LANGS = ("nb", "nn", "no", "en")


def _plugin_key(dest: str) -> str | None:
    """"platforms/qxcb" for "PySide6/Qt/plugins/platforms/libqxcb.so"; None if not a plugin."""
    dest = dest.replace("\\", "/")
    prefix = next((p for p in PLUGINS_DIRS if dest.startswith(p)), None)
    if prefix is None:
        return None
    folder, _, filename = dest[len(prefix) :].rpartition("/")
    stem = filename.split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return f"{folder}/{stem}"


def keep_plugin(dest: str) -> bool:
    key = _plugin_key(dest)
    if key is None:
        return True
    folder, _, stem = key.partition("/")
    if folder == "platforms":
        return stem in KEEP_PLATFORMS
    return not any(fnmatch.fnmatch(key, pattern) for pattern in DROP_PLUGINS)


def keep_qt_translation(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if not dest.startswith(QT_TRANSLATIONS_DIRS):
        return True
    # qt_<lang>.qm and qtbase_<lang>.qm hold the widgets' texts; qt_help_, qtmultimedia_ and
    # the rest belong to modules we do not ship.
    match = re.match(r"qt(?:base)?_([a-z]{2})(?:_[A-Za-z]{2})?\.qm$", os.path.basename(dest))
    return bool(match) and match.group(1) in KEEP_QT_TRANSLATION_LANGS


# Data files of libraries that no code path reads (fnmatch on the bundle path).
DROP_DATA = (
    # python-stdnum's registries (MAC vendors, IMSI, Chinese districts...): only
    # stdnum.no.fodselsnummer is used, and it reads none of them.
    "stdnum/*.dat",
)


# Libraries (file names, fnmatch, any folder) Qt loads only for OpenGL. The app draws with
# Qt Widgets' raster engine and never asks for an OpenGL context, so on Windows the
# software OpenGL renderer (~20 MB) and ANGLE are dead weight.
#
# On Linux, base-system libraries that are better taken from the system than bundled:
# libstdc++/libgcc_s must be at least as new as the ones the system's OpenGL driver (Mesa)
# was built with, which a bundled copy may not be; libsystemd (pulled in through libdbus)
# belongs to the running systemd. All three are in every Debian/Ubuntu base system
# (Priority: required), and dropping libsystemd also orphans libgcrypt, liblz4, libcap and
# libgpg-error (~4.5 MB together).
DROP_BINARIES = (
    "opengl32sw.dll",
    "d3dcompiler_*.dll",
    "libegl.dll",
    "libglesv2.dll",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libsystemd.so.0",
)


def keep_binary(dest: str) -> bool:
    name = os.path.basename(dest.replace("\\", "/")).lower()
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROP_BINARIES)


def keep_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    return not any(fnmatch.fnmatch(dest, pattern) for pattern in DROP_DATA)


def filter_entries(entries: Iterable[Entry]) -> list[Entry]:
    """Entries without the dropped plugins, Qt translations and data files."""
    return [
        e
        for e in entries
        if keep_plugin(e[0])
        and keep_qt_translation(e[0])
        and keep_data(e[0])
        and keep_binary(e[0])
    ]


def drop_dangling_symlinks(binaries: list[Entry], datas: list[Entry]) -> list[Entry]:
    """``datas`` without SYMLINK entries whose target was left out of the bundle.

    PyInstaller records a top-level symlink for Qt's libraries (``libQt6Core.so.6 ->
    PySide6/Qt/lib/libQt6Core.so.6``); when the library itself is pruned, so is its link.
    """
    present = {os.path.normpath(e[0]) for e in binaries} | {
        os.path.normpath(e[0]) for e in datas if e[2] != "SYMLINK"
    }
    kept = []
    for entry in datas:
        if entry[2] == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
            if target not in present:
                continue
        kept.append(entry)
    return kept


def _is_shared_library(dest: str) -> bool:
    name = os.path.basename(dest).lower()
    return name.endswith((".dll", ".dylib")) or ".so" in name


def _is_root(entry: Entry) -> bool:
    """Binaries that are loaded by name at run time, not through another binary's imports."""
    dest, _, typecode = entry
    name = os.path.basename(dest).lower()
    return (
        typecode == "EXTENSION"  # Python extension modules, imported by Python itself
        or dest.replace("\\", "/").startswith(PLUGINS_DIRS)  # Qt plugins, loaded by Qt
        or name.startswith(("libpython", "python3"))  # loaded by the bootloader
    )


def _is_prunable(entry: Entry) -> bool:
    """Which non-root binaries may be dropped when nothing links to them.

    On Windows only Qt's own DLLs: other DLLs there (VC runtime, python3.dll) are loaded
    in ways an import table does not show. On Linux every collected library.
    """
    if _is_root(entry) or not _is_shared_library(entry[0]):
        return False
    if sys.platform == "win32":
        return os.path.basename(entry[0]).lower().startswith("qt6")
    return True


def prune_orphans(
    binaries: Iterable[Entry],
    imports_of: Callable[[str], Iterable[str]],
) -> tuple[list[Entry], list[Entry]]:
    """(kept, dropped): drop prunable libraries no kept binary links to, directly or not.

    ``imports_of(source_path)`` gives the library names a binary links to (basenames or
    paths); PyInstaller's ``bindepend.get_imports`` fits.
    """
    binaries = list(binaries)
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(os.path.basename(entry[0]).lower(), []).append(entry)
    reached: set[str] = set()
    queue = [e for e in binaries if not _is_prunable(e)]
    seen_src: set[str] = set()
    while queue:
        entry = queue.pop()
        if entry[1] in seen_src:
            continue
        seen_src.add(entry[1])
        for name in imports_of(entry[1]):
            base = os.path.basename(name).lower()
            if base in reached:
                continue
            reached.add(base)
            queue.extend(by_name.get(base, []))
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in binaries:
        base = os.path.basename(entry[0]).lower()
        if _is_prunable(entry) and base not in reached:
            dropped.append(entry)
        else:
            kept.append(entry)
    return kept, dropped


def pyinstaller_imports(source_path: str) -> list[str]:
    """Library names ``source_path`` links to, via PyInstaller's own dependency reader."""
    from PyInstaller.depend import bindepend

    found = bindepend.get_imports(source_path)
    names = []
    for name, full in found:
        names.append(os.path.basename(full or name))
        names.append(os.path.basename(name))
    return names
