"""Every message the core and the command line show a user goes through the catalogue.

An AST scan of nir_desktop/core and nir_desktop/cli: a user-facing error or note built from
a bare string literal (or an f-string, or a literal joined to something) instead of
``Msg(...)``, ``N_(...)`` or ``texts(lang).gettext(...)`` would reach an English or nynorsk
user in bokmål. Log lines, docstrings and programming errors (ValueError, TypeError …) are
not messages to the user and are not scanned. Also: the swept texts read in English and
nynorsk where the user meets them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.i18n import render
from nir_desktop.core.mapping import ProfileError, ProfileStore
from nir_desktop.core.session.errors import SessionBusyError
from nir_desktop.core.session.store import parse_session
from nir_desktop.core.writers import WriteError
from nir_desktop.core.writers.apply import guard_notes
from nir_desktop.core.writers.atomic import ensure_not_original

PACKAGE = Path(__file__).resolve().parents[1] / "nir_desktop"
SCANNED = (PACKAGE / "core", PACKAGE / "cli")
# Constructors whose text a user reads (errors shown in the window or on stderr, notes,
# outcomes of applying a session), and the lists notes are collected in.
USER_FACING = {"ReadError", "ReadNote", "MappingNote", "CliError", "ProfileError",
               "WriteError", "SessionError", "CodeListError", "DataFolderError",
               "ExportFailed", "EditOutcome", "AckOutcome", "ArgumentTypeError",
               "add_notice"}
COLLECTED_IN = {"notes", "reasons"}  # notes.append("…"), reasons.append(f"…")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _bare_text(node: ast.expr) -> str | None:
    """The literal words of an argument that is not a catalogue call: a string constant,
    an f-string, or literals joined with + or %; None when no words are literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if any(c.isalpha() for c in node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values
                 if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        text = "".join(parts)
        return text if any(c.isalpha() for c in text) else None
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    return None  # a call (Msg, gettext, a helper), a name, an attribute: not literal


def unmarked_messages(roots: tuple[Path, ...]) -> list[str]:
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node.func)
                collected = (name in ("append", "extend", "insert")
                             and isinstance(node.func, ast.Attribute)
                             and _name(node.func.value) in COLLECTED_IN)
                if name not in USER_FACING and not collected:
                    continue
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    text = _bare_text(arg)
                    if text is not None:
                        found.append(f"{path.relative_to(root.parent)}:{node.lineno}: "
                                     f"{name}({text[:60]!r})")
    return found


def test_no_user_facing_message_is_a_bare_string() -> None:
    assert unmarked_messages(SCANNED) == []


def test_the_scan_catches_a_new_unmarked_message(tmp_path: Path) -> None:
    pkg = tmp_path / "core"
    pkg.mkdir()
    (pkg / "new.py").write_text(
        "from nir_desktop.core.i18n import Msg\n"
        "def save(path, notes, reasons):\n"
        "    notes.append(Msg('Filen ble lagret som {file}.', file=path))\n"  # marked: fine
        "    reasons.append(f'Arket «{path}» mangler')\n"                   # f-string
        "    raise WriteError(f'Kunne ikke skrive {path}.')\n"               # f-string
        "def load(name):\n"
        "    raise ProfileError('Finner ingen profil med navnet «' + name + '».')\n"
        "def bug():\n"
        "    raise ValueError('programming error, never shown')\n",          # not scanned
        encoding="utf-8")
    found = unmarked_messages((pkg,))
    assert [line.split(": ", 1)[1] for line in found] == [
        "append('Arket «» mangler')",
        "WriteError('Kunne ikke skrive .')",
        "ProfileError('Finner ingen profil med navnet «')",
    ]


# -- the swept texts in the user's language --------------------------------------------------


def test_profile_errors_in_english_and_nynorsk(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    with pytest.raises(ProfileError) as exc:
        store.load("Visma Flyktning")
    msg = exc.value.message
    assert msg == "Finner ingen koblingsprofil med navnet «Visma Flyktning»."
    assert render(msg, "en") == "There is no mapping profile named «Visma Flyktning»."
    assert render(msg, "nn") == "Finn ingen koplingsprofil med namnet «Visma Flyktning»."
    broken = tmp_path / "profil.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        ProfileStore.load_file(broken)
    assert render(exc.value.message, "en") == (
        "«profil.json» is not a valid mapping profile (JSONDecodeError).")


def test_profile_error_on_the_command_line_in_english(tmp_path: Path) -> None:
    from test_cli_help_languages import run

    res = run("check", tmp_path / "eksport.xlsx", "--profile", "mangler.json", "--lang", "en")
    assert res.returncode == 2
    assert res.stderr.strip() == "Cannot find the profile file «mangler.json»."


def test_write_errors_and_notes_in_english_and_nynorsk(tmp_path: Path) -> None:
    original = tmp_path / "eksport.csv"
    original.write_text("a;b\n", encoding="utf-8")
    with pytest.raises(WriteError) as exc:
        ensure_not_original(original, original)
    assert render(exc.value.message, "en") == (
        "Cannot write to eksport.csv: it is the original file. The original is never "
        "changed – choose another file name.")
    [note] = guard_notes([CellEdit("Deltakere", 4, 1, "=1+2", "'=1+2")], None)
    assert str(note).startswith("1 celle som begynte med = + - @")
    assert render(note, "en") == (
        "1 cell that began with = + - @, tab or line break got an apostrophe (') in front, "
        "so that spreadsheet programs do not run it as a formula:\n"
        "  row 4, column B: «=1+2»")
    assert render(note, "nn").splitlines()[1] == "  rad 4, kolonne B: «=1+2»"
    assert "reknearkprogram ikkje køyrer ho som formel" in render(note, "nn")


def test_session_conflict_and_damage_texts_in_english() -> None:
    busy = SessionBusyError(None, locked=True)
    assert render(busy.message, "en") == (
        "This file is already open in another NIR-kontroll window. The session can be open "
        "in only one place at a time: close the file there first. Changes you make here now "
        "are not saved in the session.")
    assert render(busy.message, "nn").startswith(
        "Denne fila er allereie open i eit anna NIR-kontroll-vindauge.")
    from nir_desktop.core.session import SessionError

    with pytest.raises(SessionError) as exc:
        parse_session(b"{}", "okt.json")
    assert render(exc.value.message, "en") == "«okt.json» is not a session file from NIR-kontroll."


def test_field_descriptions_in_english_and_nynorsk() -> None:
    from nir_desktop.core.fields import FNR

    assert FNR.description() == "11 siffer; nøkkelen som knytter arkene sammen"
    assert FNR.description("en") == "11 digits; the key that links the sheets"
    assert FNR.description("nn") == "11 siffer; nøkkelen som knyter arka saman"
