"""The command line's parsers in the user's language (argparse's own words translated too).

The language of the help is known before the arguments are parsed: ``--lang`` anywhere in
the arguments, else the ``NIR_LANG`` environment variable, else bokmål
(:func:`help_language`); it is also ``--lang``'s default, so ``NIR_LANG=en`` gives English
help and English reports."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nir_desktop import __version__
from nir_desktop.cli.common import (
    EXIT_CODES_HELP,
    EXIT_UNREADABLE,
    LANG_HELP,
    LANGS,
    year_type,
)
from nir_desktop.core.i18n import N_, texts

REPORT_FILE_FORMATS = ("xlsx", "html", "pdf")
REPORT_FORMATS = ("text", "json", *REPORT_FILE_FORMATS)
LANG_ENV = "NIR_LANG"

# argparse's own words are English; the ones a user meets most are said in the user's
# language (the bokmål is the catalogue id; English keeps argparse's own words).
_ARGPARSE_WORDS = (
    ("the following arguments are required:", N_("disse må være med:")),
    ("unrecognized arguments:", N_("ukjente argumenter:")),
    ("invalid choice:", N_("ugyldig valg:")),
    ("(choose from", N_("(velg blant")),
    ("expected one argument", N_("trenger en verdi")),
    ("argument ", N_("argumentet ")),
)


def help_language(argv: Sequence[str], environ: Any = None) -> str:
    """The language of the help and of argparse's errors, before parsing: the last
    ``--lang X``/``--lang=X`` in ``argv``, else ``NIR_LANG``, else bokmål. An unknown value
    is left for argparse to reject (in the language found so far)."""
    env = os.environ if environ is None else environ
    found = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    if found in LANGS:
        return str(found)
    from_env = (env.get(LANG_ENV) or "").strip().lower()
    return from_env if from_env in LANGS else "nb"


class _Formatter(argparse.HelpFormatter):
    usage_prefix = "Bruk: "

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          self.usage_prefix if prefix is None else prefix)


def _formatter_for(lang: str) -> type[argparse.HelpFormatter]:
    prefix = texts(lang).gettext("Bruk: ")
    return type("_LangFormatter", (_Formatter,), {"usage_prefix": prefix})


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, lang: str = "nb", **kwargs: Any) -> None:
        self.lang = lang
        t = texts(lang)
        kwargs.setdefault("formatter_class", _formatter_for(lang))
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = t.gettext("argumenter")
        self._optionals.title = t.gettext("valg")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=t.gettext("vis denne hjelpen og avslutt"))

    def error(self, message: str) -> None:  # type: ignore[override]
        # Usage errors exit with 2 like an unreadable file: nothing was checked.
        t = texts(self.lang)
        if self.lang != "en":
            for en, nb in _ARGPARSE_WORDS:
                message = message.replace(en, t.gettext(nb))
        self.print_usage(sys.stderr)
        sys.stderr.write(t.gettext("{prog}: feil: {message}").format(prog=self.prog,
                                                                    message=message) + "\n")
        sys.exit(EXIT_UNREADABLE)


def _lang_option(p: argparse.ArgumentParser, lang: str, help_text: str) -> None:
    t = texts(lang)
    p.add_argument("--lang", choices=LANGS, default=lang,
                   help=f"{help_text} ({t.gettext(LANG_HELP)})")


def build_parser(lang: str = "nb") -> argparse.ArgumentParser:
    gettext = texts(lang).gettext
    year = year_type(lang)
    parser = _Parser(
        prog="nir-desktop", lang=lang,
        description=gettext("NIR-kontroll: kontroller og rett NIR-eksporter før fristen."),
        epilog=gettext("Uten kommando åpnes programvinduet (med FIL hvis den er gitt).") + " "
               + gettext(EXIT_CODES_HELP),
    )
    parser.add_argument("--version", action="version", version=f"NIR-kontroll {__version__}",
                        help=gettext("vis versjonen og avslutt"))
    sub = parser.add_subparsers(dest="command", metavar=gettext("KOMMANDO"),
                                title=gettext("kommandoer"), parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", metavar=gettext("FIL"), type=Path,
                       help=gettext("eksporten (.xlsx, .xlsm, .xls, .ods eller .csv)"))
        p.add_argument("--year", type=year, metavar=gettext("ÅR"),
                       help=gettext("rapporteringsåret (standard: Rapporteringsår i filen, ellers "
                              "inneværende år – i januar og februar året før)"))
        p.add_argument("--profile", metavar=gettext("NAVN|FIL.json"),
                       help=gettext("koblingsprofil for kolonner: navnet på en lagret profil eller "
                              "en profilfil"))
        p.add_argument("--codelists", metavar=gettext("FIL.json|MAPPE"), type=Path,
                       help=gettext("egne kodelister (en eksportert kodelistefil, en listefil "
                                    "eller en mappe med listefiler) i stedet for de lagrede"))
        _lang_option(p, lang, gettext("språk i rapporten"))

    check = sub.add_parser("check", help=gettext("kontroller en eksport og skriv rapporten"),
                           epilog=gettext(EXIT_CODES_HELP), lang=lang)
    common(check)
    check.add_argument("--format", choices=REPORT_FORMATS, default="text",
                       help=gettext("rapportformat (standard: text); xlsx, html og pdf er "
                              "feilrapporten slik programvinduet skriver den (xlsx og pdf "
                              "trenger --output)"))
    check.add_argument("--output", type=Path, metavar=gettext("FIL"),
                       help=gettext("skriv rapporten til FIL i stedet for til skjermen"))
    check.add_argument("--group-by", choices=("rule", "row"), default="rule",
                       help=gettext("tekstrapporten gruppert per regel (standard) eller per rad"))
    check.add_argument("--show-fnr", action="store_true",
                       help=gettext("vis hele fødselsnummer i rapporten (standard: maskert)"))
    _session_options(check, lang)

    fix = sub.add_parser("fix", help=gettext("gjør alle automatiske rettinger og skriv en ny fil"),
                         epilog=gettext(EXIT_CODES_HELP), lang=lang)
    common(fix)
    fix.add_argument("--output", type=Path, metavar=gettext("FIL"), required=True,
                     help=gettext("den rettede filen (aldri originalen)"))
    fix.add_argument("--canonical-codes", action="store_true",
                     help=gettext("skriv kodelistens verdi der koblingsprofilen oversetter filens "
                            "egen skrivemåte (standard: filens skrivemåte beholdes)"))
    fix.add_argument("--show-fnr", action="store_true",
                     help=gettext("vis hele fødselsnummer i listen over endringer (standard: "
                            "maskert)"))
    _session_options(fix, lang)
    fix.add_argument("--report", type=Path, metavar=gettext("FIL.xlsx|.html|.pdf"),
                     help=gettext("skriv også feilrapporten etter rettingene (med endringslogg)"))
    _add_compare_parser(sub, lang)
    _add_rules_parser(sub, lang)
    return parser


def _session_options(p: argparse.ArgumentParser, lang: str) -> None:
    gettext = texts(lang).gettext
    p.add_argument("--session", type=Path, metavar=gettext("ØKT.json"),
                   help=gettext("en øktfil fra programvinduet (Fil → Eksporter økt): endringene og "
                          "kvitteringene i den brukes før kontrollen rapporteres"))


def _add_rules_parser(sub: Any, lang: str) -> None:
    gettext = texts(lang).gettext
    rules = sub.add_parser("rules", help=gettext("skriv regelkatalogen (alle regler med tekster, "
                                           "kilder og eksempler)"), lang=lang)
    rules.add_argument("--year", type=year_type(lang), metavar=gettext("ÅR"),
                       help=gettext("bare reglene som gjelder for dette rapporteringsåret"))
    rules.add_argument("--format", choices=("text", "json"), default="text",
                       help=gettext("format (standard: text)"))
    _lang_option(rules, lang, gettext("språk"))


def _add_compare_parser(sub: Any, lang: str) -> None:
    gettext = texts(lang).gettext
    p = sub.add_parser("compare", help=gettext("sammenlign to filer (fagsystemet mot NIR): kom "
                                         "rettingene fram?"), lang=lang)
    p.add_argument("file_a", metavar="A", type=Path,
                   help=gettext("den første filen (f.eks. fagsystemets eksport)"))
    p.add_argument("file_b", metavar="B", type=Path,
                   help=gettext("den andre filen (f.eks. NIRs personliste)"))
    p.add_argument("--year", type=year_type(lang), metavar=gettext("ÅR"),
                   help=gettext("rapporteringsåret: personer og perioder som ikke berører året, "
                          "utelates (standard: alt sammenlignes)"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=gettext("rapportformat (standard: text; en --output som slutter på .xlsx "
                          "gir en arbeidsbok)"))
    p.add_argument("--output", type=Path, metavar=gettext("FIL"),
                   help=gettext("skriv rapporten til FIL (.xlsx: én rad per forskjell)"))
    p.add_argument("--profile-a", metavar=gettext("NAVN|FIL.json"),
                   help=gettext("koblingsprofil for A"))
    p.add_argument("--profile-b", metavar=gettext("NAVN|FIL.json"),
                   help=gettext("koblingsprofil for B"))
    p.add_argument("--codelists", metavar=gettext("FIL.json|MAPPE"), type=Path,
                   help=gettext("egne kodelister i stedet for de lagrede"))
    p.add_argument("--show-fnr", action="store_true",
                   help=gettext("vis hele fødselsnummer i tekst- og xlsx-rapporten (standard: "
                          "maskert; JSON har alltid hele)"))
    _lang_option(p, lang, gettext("språk i tekst- og xlsx-rapporten"))


def build_gui_parser(lang: str = "nb") -> argparse.ArgumentParser:
    gettext = texts(lang).gettext
    parser = _Parser(prog="nir-desktop", lang=lang,
                     description=gettext(
                         "NIR-kontroll: kontroller og rett NIR-eksporter før fristen. "
                         "Kommandoer: check FIL, fix FIL --output UT (se "
                         "«nir-desktop check -h»)."))
    parser.add_argument("--version", action="version", version=f"NIR-kontroll {__version__}",
                        help=gettext("vis versjonen og avslutt"))
    parser.add_argument("file", metavar=gettext("FIL"), type=Path, nargs="?",
                        help=gettext("eksporten som skal åpnes i vinduet"))
    parser.add_argument("--self-test", action="store_true",
                        help=gettext("start vinduet, kontroller demoeksporten og avslutt"))
    return parser
