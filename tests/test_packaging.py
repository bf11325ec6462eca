"""Packaging: the spec, the installer script, the version resource and the build helpers.

The real build (PyInstaller, frozen self-test, frozen `check`) runs in build/build.sh, which
./dev.sh test calls after pytest; these tests check what can be checked without building.
"""

from __future__ import annotations

import ast
import importlib
import re
import stat
import struct
import sys
import zipfile
from pathlib import Path

import pytest

import nir_desktop

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
sys.path.insert(0, str(BUILD))
sys.path.insert(0, str(REPO / "benchmarks"))

import check_bundle  # noqa: E402
import make_zip  # noqa: E402
import pyi_prune  # noqa: E402
import versioninfo  # noqa: E402

# The installer's AppId must never change: Windows would treat a new version as a different
# program and install it beside the old one.


# --- installer.spec ---------------------------------------------------------------------------


def _spec_calls() -> tuple[dict[str, object], dict[str, list[ast.Call]]]:
    tree = ast.parse((REPO / "installer.spec").read_text(encoding="utf-8"))
    constants: dict[str, object] = {}
    calls: dict[str, list[ast.Call]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            calls.setdefault(node.func.id, []).append(node)
    return constants, calls


def _kw(call: ast.Call, name: str, constants: dict[str, object]) -> object:
    for keyword in call.keywords:
        if keyword.arg == name:
            value = keyword.value
            if isinstance(value, ast.Constant):
                return value.value
            if isinstance(value, ast.Name):
                return constants.get(value.id, value.id)
            if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not):
                return "not " + ast.unparse(value.operand)
            return ast.unparse(value)
    raise AssertionError(f"{name}= missing in {ast.unparse(call)[:80]}")


def test_spec_builds_two_executables_into_one_folder() -> None:
    constants, calls = _spec_calls()
    exes = {_kw(c, "name", constants): c for c in calls["EXE"]}
    assert set(exes) == {"NIR-kontroll", "nir-desktop"}
    assert _kw(exes["NIR-kontroll"], "console", constants) is False
    assert _kw(exes["nir-desktop"], "console", constants) is True
    # One folder: the executables leave the libraries out, and one COLLECT gathers both.
    for exe in exes.values():
        assert _kw(exe, "exclude_binaries", constants) is True
    (collect,) = calls["COLLECT"]
    collected = {a.id for a in collect.args if isinstance(a, ast.Name)}
    assert {"exe_gui", "exe_cli"} <= collected
    assert _kw(collect, "name", constants) == "NIR-kontroll"


def test_spec_never_uses_upx() -> None:
    constants, calls = _spec_calls()
    for call in [*calls["EXE"], *calls["COLLECT"]]:
        assert _kw(call, "upx", constants) is False


def test_spec_entry_scripts_call_the_command_line_entry_points() -> None:
    gui = (BUILD / "entry_gui.py").read_text(encoding="utf-8")
    cli = (BUILD / "entry_cli.py").read_text(encoding="utf-8")
    assert "from nir_desktop.cli import gui_main" in gui and "gui_main()" in gui
    assert "from nir_desktop.cli import main" in cli and "main()" in cli
    module = importlib.import_module("nir_desktop.cli")
    assert callable(module.gui_main) and callable(module.main)


def _spec_resource_datas() -> list[tuple[str, str]]:
    """Run the spec's own resource_datas() against the repository."""
    tree = ast.parse((REPO / "installer.spec").read_text(encoding="utf-8"))
    (func,) = [n for n in tree.body
               if isinstance(n, ast.FunctionDef) and n.name == "resource_datas"]
    constants, _ = _spec_calls()
    namespace: dict[str, object] = {**constants, "ROOT": REPO, "Path": Path}
    exec(compile(ast.Module(body=[func], type_ignores=[]), "installer.spec", "exec"), namespace)
    return namespace["resource_datas"]()  # type: ignore[operator]


def test_spec_ships_the_resources_where_the_frozen_app_looks() -> None:
    datas = {(Path(src).relative_to(REPO).as_posix(), Path(dest).as_posix())
             for src, dest in _spec_resource_datas()}
    for rel in check_bundle.expected_resources():
        if rel.endswith((".qm", ".mo")) and not (REPO / rel).exists():
            continue  # compiled by build.sh before PyInstaller runs
        assert (rel, Path(rel).parent.as_posix()) in datas
    assert any(d == "resources/codelists" for _, d in datas)
    assert ("ui/main_window.ui", "ui") in datas
    assert all(not src.endswith((".ts", ".po", ".py")) for src, _ in datas)
    # The gettext catalogues and the nynorsk guidance go where core.i18n and Hjelp look.
    wanted = {"resources/locale/nn/LC_MESSAGES/nir_desktop.mo",
              "resources/locale/en/LC_MESSAGES/nir_desktop.mo",
              "resources/guidance/nn/03-lovene.md"}
    assert wanted <= set(check_bundle.expected_resources())


# --- version resource -------------------------------------------------------------------------


class _Recorder:
    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args = args
        self.kwargs = kwargs


def _parse_version_info(text: str) -> _Recorder:
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct"]
    namespace = {name: type(name, (_Recorder,), {}) for name in names}
    return eval(text, namespace)  # the rendered file is a Python expression by design


def test_version_template_renders_the_package_version() -> None:
    assert versioninfo.package_version() == nir_desktop.__version__
    info = _parse_version_info(
        versioninfo.render_version_info(nir_desktop.__version__, "NIR-kontroll"))
    strings = dict(s.args for s in info.kwargs["kids"][0].args[0][0].args[1])
    assert strings["FileVersion"] == nir_desktop.__version__
    assert strings["ProductVersion"] == nir_desktop.__version__
    assert strings["OriginalFilename"] == "NIR-kontroll.exe"
    expected = versioninfo.file_version_tuple(nir_desktop.__version__)
    assert info.kwargs["ffi"].kwargs["filevers"] == expected


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)),
    ("1.2", (1, 2, 0, 0)),
    ("2.0.1rc1", (2, 0, 1, 0)),
    ("3.4.5+local", (3, 4, 5, 0)),
])
def test_file_version_has_four_numbers(version: str, expected: tuple[int, ...]) -> None:
    assert versioninfo.file_version_tuple(version) == expected


# --- NSIS installer (proven by build/windows/wine.sh; these guard its promises) ----------------


def _nsi() -> str:
    return (BUILD / "windows" / "NIR-kontroll.nsi").read_text(encoding="utf-8-sig")


def test_installer_is_per_user_without_admin() -> None:
    text = _nsi()
    assert re.search(r"^RequestExecutionLevel user\s*$", text, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP_NAME\}"\s*$', text, re.M)
    # Shortcut, uninstall entry and upgrade location all under the current user.
    assert "SetShellVarContext current" in text
    assert "HKLM" not in text
    assert re.search(r'^InstallDirRegKey HKCU "\$\{UNINST_KEY\}" "InstallLocation"', text, re.M)


def test_installer_documents_silent_install_and_takes_the_build_version() -> None:
    text = _nsi()
    assert "setup.exe /S" in text
    assert 'QuietUninstallString" \'"$INSTDIR\\${UNINSTALLER}" /S\'' in text
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${APP_VERSION}"' in text
    assert "!error" in text.split("!ifndef APP_VERSION", 1)[1].split("!endif", 1)[0]


def test_uninstaller_leaves_what_it_did_not_install() -> None:
    # A recursive delete of $INSTDIR would take a portable data\ folder (the user's work)
    # with it; only the program's own files go.
    uninstall = _nsi().split('Section "Uninstall"', 1)[1]
    assert 'RMDir "$INSTDIR"' in uninstall
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert "APPDATA" not in uninstall


# --- pruning rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    # Windows layout: Qt directly under PySide6/, backslashes in the bundle path.
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/plugins/platforms/qoffscreen.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
    ("PySide6/plugins/printsupport/windowsprintersupport.dll", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/plugins/imageformats/qsvg.dll", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/plugins/tls/qopensslbackend.dll", False),
    ("PySide6/QtWidgets.abi3.so", True),
])
def test_plugin_pruning_keeps_what_the_app_runs_on(dest: str, kept: bool) -> None:
    assert pyi_prune.keep_plugin(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_nn.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_nn.qm", False),
    ("PySide6\\translations\\qtbase_de.qm", False),
    ("PySide6\\translations\\qtbase_en.qm", True),
    ("resources/translations/nir_desktop_en.qm", True),
])
def test_only_norwegian_and_english_qt_translations_are_kept(dest: str, kept: bool) -> None:
    assert pyi_prune.keep_qt_translation(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6/d3dcompiler_47.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("libstdc++.so.6", False),  # must match the system's OpenGL driver: taken from the system
    ("libzstd.so.1", True),
])
def test_opengl_and_base_system_libraries_are_left_out(dest: str, kept: bool) -> None:
    assert pyi_prune.filter_entries([(dest, "/src", "BINARY")]) == (
        [(dest, "/src", "BINARY")] if kept else [])


def test_orphan_libraries_are_dropped_and_linked_ones_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pyi_prune.sys, "platform", "linux")  # the Linux rule, on any machine
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),  # reached through freetype
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only the dropped gtk3 plugin
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # bootloader
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["/usr/lib/libfreetype.so.6", "libc.so.6"],
        "/src/libfreetype.so.6": ["libpng16.so.16"],
    }
    kept, dropped = pyi_prune.prune_orphans(binaries, lambda src: links.get(src, []))
    assert [d[0] for d in dropped] == ["libcairo.so.2"]
    assert {k[0] for k in kept} == {b[0] for b in binaries} - {"libcairo.so.2"}


def test_on_windows_only_unused_qt_dlls_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    # Other DLLs (VC runtime, python3.dll) are loaded in ways an import table does not show.
    monkeypatch.setattr(pyi_prune.sys, "platform", "win32")
    binaries = [
        ("PySide6/QtGui.pyd", "C:/src/QtGui.pyd", "EXTENSION"),
        ("PySide6/Qt6Gui.dll", "C:/src/Qt6Gui.dll", "BINARY"),
        ("PySide6/Qt6Pdf.dll", "C:/src/Qt6Pdf.dll", "BINARY"),  # nothing links to it
        ("VCRUNTIME140_1.dll", "C:/src/VCRUNTIME140_1.dll", "BINARY"),  # not in any table
    ]
    links = {"C:/src/QtGui.pyd": ["Qt6Gui.dll"]}
    kept, dropped = pyi_prune.prune_orphans(binaries, lambda src: links.get(src, []))
    assert [d[0] for d in dropped] == ["PySide6/Qt6Pdf.dll"]
    assert len(kept) == 3


def test_symlinks_to_pruned_libraries_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("resources/demo/x.csv", "/src/x.csv", "DATA"),
    ]
    kept = pyi_prune.drop_dangling_symlinks(binaries, datas)
    assert [k[0] for k in kept] == ["libQt6Core.so.6", "resources/demo/x.csv"]


def test_numpy_is_never_bundled() -> None:
    assert "numpy" in pyi_prune.EXCLUDE_MODULES
    spec = (REPO / "installer.spec").read_text(encoding="utf-8")
    assert "numpy ended up in the bundle" in spec


# --- zip for IT and the bundle check --------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_zip_holds_the_folder_and_keeps_symlinks_as_links(tmp_path: Path) -> None:
    bundle = tmp_path / "NIR-kontroll"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    (bundle / "_internal" / "lib" / "libA.so").write_bytes(b"x" * 1000)
    (bundle / "_internal" / "libA.so").symlink_to("lib/libA.so")
    (bundle / "nir-desktop").write_bytes(b"#!exe")
    (bundle / "nir-desktop").chmod(0o755)
    target = make_zip.make_zip(bundle, tmp_path / "out.zip")
    make_zip.make_zip(bundle, target)  # a rerun replaces the archive
    with zipfile.ZipFile(target) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        assert set(infos) == {"NIR-kontroll/_internal/lib/libA.so",
                              "NIR-kontroll/_internal/libA.so", "NIR-kontroll/nir-desktop"}
        link = infos["NIR-kontroll/_internal/libA.so"]
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert zf.read(link) == b"lib/libA.so"
        assert (infos["NIR-kontroll/nir-desktop"].external_attr >> 16) & 0o111
    assert not (tmp_path / "out.zip.part").exists()


def test_bundle_check_reports_what_is_missing(tmp_path: Path) -> None:
    bundle = tmp_path / "NIR-kontroll"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "nir-desktop").write_bytes(b"")
    if sys.platform != "win32":
        (bundle / "_internal" / "libgone.so").symlink_to("PySide6/Qt/lib/libgone.so")
    report = check_bundle.check(bundle)
    problems = "\n".join(report["problems"])
    assert "executable missing: NIR-kontroll" in problems
    assert "resource missing: resources/codelists/" in problems
    if sys.platform != "win32":
        assert "dangling symlink: libgone.so" in problems


# --- icon, CI workflow ----------------------------------------------------------------------------


def test_icon_files_are_small_and_the_ico_holds_small_and_large_sizes() -> None:
    ico = REPO / "resources" / "icons" / "app.ico"
    png = REPO / "resources" / "icons" / "app.png"
    assert ico.stat().st_size < 100_000 and png.stat().st_size < 100_000
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_windows_workflow_never_tests_secrets_in_an_if() -> None:
    # GitHub rejects `secrets.` in `if:`; the signing step must test an env flag instead.
    text = (REPO / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    ifs = [line for line in text.splitlines() if line.strip().startswith("if:")]
    assert ifs and not any("secrets." in line for line in ifs)
    assert any("HAS_SIGNING_CERT" in line for line in ifs)
    build_ps1 = (BUILD / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "installer.spec" in build_ps1 and "--self-test" in build_ps1
    # The same installer script as ./dev.sh windows proves under Wine.
    assert "build\\windows\\NIR-kontroll.nsi" in build_ps1


# --- startup benchmark machinery (no timing assertions) ------------------------------------------


def _fake_program(tmp_path: Path, name: str, body: str) -> list[str]:
    script = tmp_path / f"{name}.py"
    script.write_text(body, encoding="utf-8")
    return [sys.executable, str(script)]


def test_measure_startup_reports_medians_for_both_programs(tmp_path: Path) -> None:
    import startup

    frozen = _fake_program(tmp_path, "frozen", "print('READY', flush=True)\n")
    bare = _fake_program(tmp_path, "bare", "print('noise'); print('READY', flush=True)\n")
    fake_exe = Path(frozen[0])
    result = startup.measure_startup([str(fake_exe), *frozen[1:]], 2, baseline_cmd=bare)
    assert result["probe"] == "READY"
    assert result["frozen"]["failed_runs"] == 0 and result["bare"]["failed_runs"] == 0
    assert len(result["frozen"]["runs_s"]) == 2
    assert result["ratio"] is not None


def test_measure_startup_falls_back_to_the_self_test(tmp_path: Path) -> None:
    import startup

    # An app without the READY probe that passes its self-test.
    frozen = _fake_program(tmp_path, "old", "import sys; sys.exit(0 if '--self-test' in "
                                             "sys.argv else 0)\n")
    bare = _fake_program(tmp_path, "bare", "print('READY', flush=True)\n")
    result = startup.measure_startup(frozen, 1, baseline_cmd=bare, timeout=20)
    assert result["probe"] == "self-test"
    assert result["frozen"]["median_s"] is not None


def test_measure_startup_says_when_there_is_no_bundle(tmp_path: Path) -> None:
    import startup

    result = startup.measure_startup(tmp_path / "missing" / "NIR-kontroll", 1)
    assert "unavailable" in result


def test_no_application_module_imports_what_the_bundle_leaves_out() -> None:
    # A module in EXCLUDE_MODULES is missing from the frozen app: importing it there fails
    # although every test from source passes.
    excluded = set(pyi_prune.EXCLUDE_MODULES)
    offenders = []
    for path in sorted((REPO / "nir_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                parts = name.split(".")
                if any(".".join(parts[:i]) in excluded for i in range(1, len(parts) + 1)):
                    offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert offenders == []


@pytest.mark.parametrize("name", ["build.ps1", "NIR-kontroll.nsi"])
def test_windows_scripts_keep_their_utf8_bom(name: str) -> None:
    # Windows PowerShell 5.1 and makensis read a file without a BOM in the ANSI code page:
    # «ø» in a message becomes «Ã¸», and some UTF-8 bytes even read as quote characters.
    data = (BUILD / "windows" / name).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8-sig")
