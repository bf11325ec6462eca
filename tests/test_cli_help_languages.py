"""The command line's help and argparse's complaints follow the language: ``--lang`` seen
anywhere in the arguments, else ``NIR_LANG``, else bokmål."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_cli import PY, REPO, _env

from nir_desktop.cli.parser import help_language


def run(*args: str | Path, lang_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = _env()
    env.pop("NIR_LANG", None)
    if lang_env is not None:
        env["NIR_LANG"] = lang_env
    return subprocess.run([PY, "-m", "nir_desktop", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPO, timeout=120, env=env)


def test_check_help_in_english() -> None:
    res = run("check", "--help", "--lang", "en")
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert out.startswith("Usage: nir-desktop check [-h]")
    for words in ("options:", "show this help and exit",
                  "the export (.xlsx, .xlsm, .xls, .ods or .csv)",
                  "language of the report (nb = Norwegian Bokmål, nn = Norwegian Nynorsk, "
                  "en = English)",
                  "--year YEAR", "--profile NAME|FILE.json", "--session SESSION.json",
                  "Exit codes: 0 = checked, no errors"):
        assert words in " ".join(out.split()), words
    for bokmal in ("Bruk:", "vis denne hjelpen", "valg", "Avslutningskoder", "rapporten"):
        assert bokmal not in out, bokmal


def test_check_help_in_nynorsk() -> None:
    out = " ".join(run("check", "--help", "--lang", "nn").stdout.split())
    assert out.startswith("Bruk: nir-desktop check [-h]")
    for words in ("val:", "vis denne hjelpa og avslutt", "--year ÅR",
                  "koplingsprofil for kolonnar: namnet på ein lagra profil eller ei profilfil",
                  "Avslutningskodar: 0 = kontrollert, ingen feil (eller retta fil skriven)"):
        assert words in out, words
    assert "vis denne hjelpen" not in out and "Avslutningskoder" not in out


def test_bokmal_is_the_default_and_nir_lang_chooses_otherwise() -> None:
    assert "vis denne hjelpen og avslutt" in run("check", "--help").stdout
    english = run("fix", "--help", lang_env="en").stdout
    assert english.startswith("Usage: nir-desktop fix") and "the corrected file" in english
    # --lang on the command line wins over the environment.
    assert run("fix", "--help", "--lang", "nb", lang_env="en").stdout.startswith("Bruk:")
    top = " ".join(run("--help", lang_env="nn").stdout.split())
    assert "kommandoar:" in top and "kontroller ein eksport og skriv rapporten" in top


def test_usage_errors_in_the_asked_language(tmp_path: Path) -> None:
    res = run("check", "x.xlsx", "--format", "doc", "--lang", "en")
    assert res.returncode == 2
    assert "nir-desktop check: error: argument --format: invalid choice: 'doc'" in res.stderr
    res = run("check", "x.xlsx", "--format", "doc", "--lang", "nn")
    assert "nir-desktop check: feil: argumentet --format: ugyldig val: 'doc' (vel blant" \
        in res.stderr
    res = run("check", "x.xlsx", "--year", "1800", "--lang", "nn")
    assert "1800 er ikkje eit rapporteringsår NIR-kontroll kjenner (2000–2100)" in res.stderr
    res = run("check", "--year", "tjue", "x.xlsx", lang_env="en")
    assert "«tjue» is not a year" in res.stderr


def test_the_window_launcher_speaks_the_language_too(tmp_path: Path) -> None:
    res = run(tmp_path / "finnes-ikke.xlsx", lang_env="en")
    assert res.returncode == 2
    assert res.stderr.strip() == f"Cannot find the file «{tmp_path / 'finnes-ikke.xlsx'}»."


@pytest.mark.parametrize(("argv", "env", "expected"), [
    (["check", "f.xlsx"], {}, "nb"),
    (["check", "f.xlsx", "--lang=nn"], {"NIR_LANG": "en"}, "nn"),
    (["check", "--lang", "en", "f.xlsx"], {}, "en"),
    (["check", "f.xlsx", "--lang", "xx"], {"NIR_LANG": "EN"}, "en"),  # argparse rejects xx
    (["check", "f.xlsx"], {"NIR_LANG": "de"}, "nb"),
    (["check", "--lang"], {}, "nb"),
])
def test_help_language(argv: list[str], env: dict[str, str], expected: str) -> None:
    assert help_language(argv, env) == expected
