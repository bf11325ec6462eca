"""Where settings, logs and sessions go: the user's folders, never the install folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nir_desktop.core import paths


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    # The user's own folders, redirected so the test never writes into the real home.
    for var, name in (("XDG_DATA_HOME", "xdg-data"), ("XDG_CONFIG_HOME", "xdg-config"),
                      ("XDG_STATE_HOME", "xdg-state"),
                      # platformdirs on Windows: %APPDATA% and %LOCALAPPDATA%
                      ("WIN_PD_OVERRIDE_APPDATA", "Roaming"),
                      ("WIN_PD_OVERRIDE_LOCAL_APPDATA", "Local")):
        monkeypatch.setenv(var, str(tmp_path / name))
    paths.disable_portable()
    yield
    paths.disable_portable()


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the installed, frozen exe in ``tmp_path/app``."""
    app = tmp_path / "app"
    app.mkdir()
    exe = app / "NIR-kontroll.exe"
    exe.write_bytes(b"MZ")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return app


def _all_dirs() -> list[Path]:
    return [paths.data_dir(), paths.sessions_dir(), paths.profiles_dir(),
            paths.codelists_dir(), paths.logs_dir(), paths.settings_file().parent]


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_user_folders_follow_xdg_and_avoid_the_install_folder(tmp_path: Path,
                                                              frozen_app: Path) -> None:
    assert paths.mode() == "user"
    assert paths.sessions_dir() == tmp_path / "xdg-data" / "NIR-kontroll" / "sessions"
    assert paths.settings_file() == tmp_path / "xdg-config" / "NIR-kontroll" / "settings.ini"
    assert paths.profiles_dir() == tmp_path / "xdg-config" / "NIR-kontroll" / "profiles"
    assert paths.codelists_dir() == tmp_path / "xdg-config" / "NIR-kontroll" / "codelists"
    assert paths.logs_dir() == tmp_path / "xdg-state" / "NIR-kontroll" / "log"
    for d in _all_dirs():
        assert d.is_dir()
        assert not _inside(d, frozen_app)
    assert not (frozen_app / "data").exists()


def test_home_variable_holds_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        frozen_app: Path) -> None:
    home = tmp_path / "nir-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    (frozen_app / paths.PORTABLE_FLAG).write_text("")  # the variable wins over the flag
    assert paths.mode() == "home"
    assert paths.sessions_dir() == home / "sessions"
    assert paths.logs_dir() == home / "logs"
    assert paths.settings_file() == home / "settings.ini"
    for d in _all_dirs():
        assert d.is_dir() and _inside(d, home)
    assert not (frozen_app / "data").exists()


def test_portable_flag_beside_the_exe_keeps_data_beside_it(frozen_app: Path,
                                                           tmp_path: Path) -> None:
    (frozen_app / paths.PORTABLE_FLAG).write_text("")
    assert paths.mode() == "portable"
    assert paths.data_dir() == frozen_app / "data"
    assert paths.sessions_dir() == frozen_app / "data" / "sessions"
    assert paths.settings_file() == frozen_app / "data" / "settings.ini"
    for d in _all_dirs():
        assert _inside(d, frozen_app / "data")
    assert not (tmp_path / "xdg-data" / "NIR-kontroll").exists()


def test_portable_variable(frozen_app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.PORTABLE_ENV, "1")
    assert paths.logs_dir() == frozen_app / "data" / "logs"


def test_portable_switch_from_the_command_line(tmp_path: Path, frozen_app: Path) -> None:
    paths.enable_portable()
    assert paths.profiles_dir() == frozen_app / "data" / "profiles"
    paths.enable_portable(tmp_path / "usb")
    assert paths.sessions_dir() == tmp_path / "usb" / "data" / "sessions"
    paths.disable_portable()
    assert paths.mode() == "user"


def test_a_flag_file_in_the_source_tree_does_not_switch_a_source_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / paths.PORTABLE_FLAG).write_text("")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(paths, "install_dir", lambda: checkout)
    assert paths.portable_base() is None
    assert paths.mode() == "user"


def test_an_unwritable_location_gives_a_norwegian_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "en fil"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.HOME_ENV, str(blocker / "NIR"))
    with pytest.raises(paths.DataFolderError) as exc:
        paths.sessions_dir()
    assert "Kan ikke opprette mappen" in exc.value.message
    assert "en fil" in exc.value.message


def test_describe_lists_every_location(tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "h"))
    info = paths.describe()
    assert info["modus"] == "home"
    assert info["økter"] == str(tmp_path / "h" / "sessions")
    assert set(info) == {"modus", "data", "innstillinger", "økter", "profiler", "kodelister",
                         "logger"}


def test_on_windows_sessions_stay_local_and_settings_roam(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs' Windows mapping, emulated: %APPDATA% roams with the user's profile,
    %LOCALAPPDATA% stays on the laptop — sessions hold fødselsnummer and must not roam."""
    appdata, local = tmp_path / "Roaming", tmp_path / "Local"

    def data_dir(app: str, appauthor: object = None, roaming: bool = False) -> str:
        return str((appdata if roaming else local) / app)

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", data_dir)
    monkeypatch.setattr(paths.platformdirs, "user_config_dir", data_dir)
    monkeypatch.setattr(paths.platformdirs, "user_log_dir",
                        lambda app, appauthor=None: str(local / app / "Logs"))
    monkeypatch.setattr(paths, "_WINDOWS", True)
    assert paths.sessions_dir() == local / "NIR-kontroll" / "sessions"
    # Not platformdirs' "Logs": the same "logs" as in portable mode, beside the sessions.
    assert paths.logs_dir() == local / "NIR-kontroll" / "logs"
    assert paths.settings_file() == appdata / "NIR-kontroll" / "settings.ini"
    assert paths.profiles_dir() == appdata / "NIR-kontroll" / "profiles"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' own folders (the Windows suite)")
def test_on_real_windows_logs_sessions_and_settings_land_in_appdata(tmp_path: Path) -> None:
    # clean_env points %APPDATA% and %LOCALAPPDATA% at tmp_path/Roaming and tmp_path/Local.
    local, roaming = tmp_path / "Local" / "NIR-kontroll", tmp_path / "Roaming" / "NIR-kontroll"
    assert paths.sessions_dir() == local / "sessions"
    assert paths.logs_dir() == local / "logs"
    assert paths.settings_file() == roaming / "settings.ini"
    assert sorted(p.name for p in local.iterdir()) == ["logs", "sessions"]


def test_the_log_folder_has_one_name_in_every_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_app: Path) -> None:
    """IT is told "the logs are in a folder called logs", wherever the data folder is."""
    monkeypatch.setattr(paths, "_WINDOWS", True)
    monkeypatch.setattr(paths.platformdirs, "user_data_dir",
                        lambda app, appauthor=None, roaming=False: str(tmp_path / "user" / app))
    names = {"user": paths.logs_dir().name}
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    names["home"] = paths.logs_dir().name
    monkeypatch.delenv(paths.HOME_ENV)
    (frozen_app / paths.PORTABLE_FLAG).touch()
    names["portable"] = paths.logs_dir().name
    assert paths.logs_dir() == frozen_app / "data" / "logs"
    assert names == {"user": "logs", "home": "logs", "portable": "logs"}
