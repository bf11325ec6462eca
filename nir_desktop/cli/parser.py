"""The command line's parsers, in Norwegian (argparse's own words translated too)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nir_desktop import __version__
from nir_desktop.cli.common import (
    EXIT_CODES_HELP,
    EXIT_UNREADABLE,
    LANG_HELP,
    LANGS,
    year_arg,
)

REPORT_FILE_FORMATS = ("xlsx", "html", "pdf")
REPORT_FORMATS = ("text", "json", *REPORT_FILE_FORMATS)

# argparse's own words are English; the ones a user meets most are said in Norwegian.
_ARGPARSE_NB = (
    ("the following arguments are required:", "disse må være med:"),
    ("unrecognized arguments:", "ukjente argumenter:"),
    ("invalid choice:", "ugyldig valg:"),
    ("(choose from", "(velg blant"),
    ("expected one argument", "trenger en verdi"),
    ("argument ", "argumentet "),
)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Bruk: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="vis denne hjelpen og avslutt")

    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors exit with 2 like an unreadable file: nothing was checked.
        for en, nb in _ARGPARSE_NB:
            message = message.replace(en, nb)
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: feil: {message}\n")
        sys.exit(EXIT_UNREADABLE)


def _lang_option(p: argparse.ArgumentParser, help_text: str) -> None:
    p.add_argument("--lang", choices=LANGS, default="nb", help=f"{help_text} ({LANG_HELP})")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nir-desktop",
        description="NIR-kontroll: kontroller og rett NIR-eksporter før fristen.",
        epilog="Uten kommando åpnes programvinduet (med FIL hvis den er gitt). "
               + EXIT_CODES_HELP,
    )
    parser.add_argument("--version", action="version", version=f"NIR-kontroll {__version__}",
                        help="vis versjonen og avslutt")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandoer")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", metavar="FIL", type=Path, help="eksporten (.xlsx, .xlsm, .xls, "
                       ".ods eller .csv)")
        p.add_argument("--year", type=year_arg, metavar="ÅR",
                       help="rapporteringsåret (standard: Rapporteringsår i filen, ellers "
                            "inneværende år – i januar og februar året før)")
        p.add_argument("--profile", metavar="NAVN|FIL.json",
                       help="koblingsprofil for kolonner: navnet på en lagret profil eller "
                            "en profilfil")
        p.add_argument("--codelists", metavar="FIL.json|MAPPE", type=Path,
                       help="egne kodelister (en eksportert kodelistefil, en listefil eller "
                            "en mappe med listefiler) i stedet for de lagrede")
        _lang_option(p, "språk i rapporten")

    check = sub.add_parser("check", help="kontroller en eksport og skriv rapporten",
                           epilog=EXIT_CODES_HELP)
    common(check)
    check.add_argument("--format", choices=REPORT_FORMATS, default="text",
                       help="rapportformat (standard: text); xlsx, html og pdf er feilrapporten "
                            "slik programvinduet skriver den (xlsx og pdf trenger --output)")
    check.add_argument("--output", type=Path, metavar="FIL",
                       help="skriv rapporten til FIL i stedet for til skjermen")
    check.add_argument("--group-by", choices=("rule", "row"), default="rule",
                       help="tekstrapporten gruppert per regel (standard) eller per rad")
    check.add_argument("--show-fnr", action="store_true",
                       help="vis hele fødselsnummer i rapporten (standard: maskert)")
    _session_options(check)

    fix = sub.add_parser("fix", help="gjør alle automatiske rettinger og skriv en ny fil",
                         epilog=EXIT_CODES_HELP)
    common(fix)
    fix.add_argument("--output", type=Path, metavar="FIL", required=True,
                     help="den rettede filen (aldri originalen)")
    fix.add_argument("--canonical-codes", action="store_true",
                     help="skriv kodelistens verdi der koblingsprofilen oversetter filens "
                          "egen skrivemåte (standard: filens skrivemåte beholdes)")
    fix.add_argument("--show-fnr", action="store_true",
                     help="vis hele fødselsnummer i listen over endringer (standard: maskert)")
    _session_options(fix)
    fix.add_argument("--report", type=Path, metavar="FIL.xlsx|.html|.pdf",
                     help="skriv også feilrapporten etter rettingene (med endringslogg)")
    _add_compare_parser(sub)
    _add_rules_parser(sub)
    return parser


def _session_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", type=Path, metavar="ØKT.json",
                   help="en øktfil fra programvinduet (Fil → Eksporter økt): endringene og "
                        "kvitteringene i den brukes før kontrollen rapporteres")


def _add_rules_parser(sub: Any) -> None:
    rules = sub.add_parser("rules", help="skriv regelkatalogen (alle regler med tekster, "
                                         "kilder og eksempler)")
    rules.add_argument("--year", type=year_arg, metavar="ÅR",
                       help="bare reglene som gjelder for dette rapporteringsåret")
    rules.add_argument("--format", choices=("text", "json"), default="text",
                       help="format (standard: text)")
    _lang_option(rules, "språk")


def _add_compare_parser(sub: Any) -> None:
    p = sub.add_parser("compare", help="sammenlign to filer (fagsystemet mot NIR): kom "
                       "rettingene fram?")
    p.add_argument("file_a", metavar="A", type=Path, help="den første filen (f.eks. "
                   "fagsystemets eksport)")
    p.add_argument("file_b", metavar="B", type=Path, help="den andre filen (f.eks. NIRs "
                   "personliste)")
    p.add_argument("--year", type=year_arg, metavar="ÅR",
                   help="rapporteringsåret: personer og perioder som ikke berører året, "
                        "utelates (standard: alt sammenlignes)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="rapportformat (standard: text; en --output som slutter på .xlsx "
                        "gir en arbeidsbok)")
    p.add_argument("--output", type=Path, metavar="FIL",
                   help="skriv rapporten til FIL (.xlsx: én rad per forskjell)")
    p.add_argument("--profile-a", metavar="NAVN|FIL.json", help="koblingsprofil for A")
    p.add_argument("--profile-b", metavar="NAVN|FIL.json", help="koblingsprofil for B")
    p.add_argument("--codelists", metavar="FIL.json|MAPPE", type=Path,
                   help="egne kodelister i stedet for de lagrede")
    p.add_argument("--show-fnr", action="store_true",
                   help="vis hele fødselsnummer i tekst- og xlsx-rapporten (standard: "
                        "maskert; JSON har alltid hele)")
    _lang_option(p, "språk i tekst- og xlsx-rapporten")


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nir-desktop",
                     description="NIR-kontroll: kontroller og rett NIR-eksporter før fristen. "
                                 "Kommandoer: check FIL, fix FIL --output UT (se "
                                 "«nir-desktop check -h»).")
    parser.add_argument("--version", action="version", version=f"NIR-kontroll {__version__}",
                        help="vis versjonen og avslutt")
    parser.add_argument("file", metavar="FIL", type=Path, nargs="?",
                        help="eksporten som skal åpnes i vinduet")
    parser.add_argument("--self-test", action="store_true",
                        help="start vinduet, kontroller demoeksporten og avslutt")
    return parser
