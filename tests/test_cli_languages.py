"""``--lang nb|nn|en`` on every command that has it, as a user runs them on the shipped
2021 demo: nynorsk reports are nynorsk, English and bokmål read as before."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from test_cli import REPO, run

DEMO = REPO / "resources" / "demo" / "nir-demo-2021.xlsx"
# The English words of the report's frame (rule texts are the rule catalogue's).
ENGLISH = ("Summary", "Findings by", "Reporting year", "Deadline", "Checked:", "File:",
           "Suggestion:", "Whole file", "Not checked", "Notes from", "Goal attainment",
           "Acknowledged", "Severity", "Warning")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(shutil.copy(DEMO, tmp_path_factory.mktemp("lang") / DEMO.name))


def test_check_text_report_in_nynorsk(demo: Path) -> None:
    res = run("check", demo, "--lang", "nn")
    assert res.returncode == 1, res.stderr
    out = res.stdout
    for words in ("Samandrag", "Åtvaring: 27", "Måloppnåing 2021 (førehandsvising",
                  "Rapporteringsår 2021: fila oppgir det", "fristen gjekk ut for",
                  "  Regel    Namn", "Funn per regel", "Forslag: "):
        assert words in out, words
    assert not [w for w in ENGLISH if w in out]


def test_check_json_and_html_in_nynorsk(demo: Path, tmp_path: Path) -> None:
    data = json.loads(run("check", demo, "--lang", "nn", "--format", "json").stdout)
    assert data["summary"]["year_reason"].startswith("Rapporteringsår 2021: fila oppgir")
    assert data["summary"]["goal"]["caveat"].startswith("For 2021 venta IMDi")
    html = run("check", demo, "--lang", "nn", "--format", "html").stdout
    assert '<html lang="nn">' in html and "<h2>Samandrag</h2>" in html
    assert "Merk: Eksportert med 29 feil og 27 åtvaringar som verken er retta" in html
    assert not [w for w in ENGLISH if w in html.split("<h2>Funn</h2>")[0]]


def test_check_xlsx_report_in_nynorsk(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    res = run("check", demo, "--lang", "nn", "--format", "xlsx", "--output", out)
    assert res.returncode == 1 and "Rapporten er skriven til" in res.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Samandrag", "Funn", "Endringslogg"]
    headers = [c.value for c in next(wb["Funn"].iter_rows(max_row=1))]
    assert headers == ["Ark", "Rad", "Kolonne", "Felt", "Person", "Regel", "Alvor", "Melding",
                       "Forslag"]
    assert "Åtvaring" in {r[6] for r in wb["Funn"].iter_rows(min_row=2, values_only=True)}


def test_fix_speaks_the_language_it_is_asked_for(demo: Path, tmp_path: Path) -> None:
    nn = run("fix", demo, "--lang", "nn", "--output", tmp_path / "retta.xlsx")
    assert nn.returncode == 0, nn.stderr
    lines = nn.stdout.splitlines()
    assert lines[0].endswith("automatiske rettingar:")
    assert " rad " in lines[1] and ", kolonne " in lines[1]
    assert lines[-1] == f"Skrive til {tmp_path / 'retta.xlsx'}"
    en = run("fix", demo, "--lang", "en", "--output", tmp_path / "fixed.xlsx")
    assert en.stdout.splitlines()[0].endswith("automatic fixes:")
    assert en.stdout.splitlines()[-1] == f"Written to {tmp_path / 'fixed.xlsx'}"


@pytest.mark.parametrize("command", [("check", "DEMO"), ("fix", "DEMO", "--output", "x.xlsx"),
                                     ("rules",), ("compare", "DEMO", "DEMO")])
def test_every_command_with_lang_takes_nynorsk_and_refuses_other_codes(command, demo) -> None:
    args = [str(demo) if a == "DEMO" else a for a in command]
    help_text = " ".join(run(args[0], "-h").stdout.split())
    assert "{nb,nn,en}" in help_text and "nn = nynorsk" in help_text
    bad = run(*args, "--lang", "sv")
    assert bad.returncode == 2 and "ugyldig valg: 'sv'" in bad.stderr


def test_an_unreadable_file_is_explained_in_the_language(tmp_path: Path) -> None:
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    nb = run("check", empty)
    nn = run("check", empty, "--lang", "nn")
    assert nb.returncode == nn.returncode == 2
    assert nb.stderr != nn.stderr and "ikkje" in nn.stderr.lower()
