"""The generator's command line: the demo exports, their planted rules, files of any size.

    python -m nir_desktop.devtools.demo --demo resources/demo/nir-demo-2021.xlsx
    python -m nir_desktop.devtools.demo --demo resources/demo/nir-demo-2021-deltakere.csv
    python -m nir_desktop.devtools.demo --demo --year 2025 resources/demo/nir-demo-2025.xlsx
    python -m nir_desktop.devtools.demo --plants [--year 2025]
    python -m nir_desktop.devtools.demo --rows 100000 stor.xlsx
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from nir_desktop.devtools.demo import demo2021, demo2025
from nir_desktop.devtools.demo.bulk import generate, iter_deltakere_rows
from nir_desktop.devtools.demo.cast2025 import YEAR as YEAR_2025
from nir_desktop.devtools.demo.model import DEMO_YEAR
from nir_desktop.devtools.demo.writers import write_csv, write_xlsx

DEMO_YEARS = (DEMO_YEAR, YEAR_2025)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m nir_desktop.devtools.demo",
        description="Lag syntetiske NIR-eksporter (bare oppdiktede personer og syntetiske "
                    "fødselsnumre).",
    )
    ap.add_argument("out", metavar="UT", nargs="?", help="filen som skal skrives")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--plants", action="store_true",
                      help="skriv ut tabellen over regler som er plantet i demo-filen")
    mode.add_argument("--demo", action="store_true",
                      help="skriv demo-arbeidsboken for rapporteringsåret (2021: .xlsx, eller "
                           "Deltakere-arket som .csv; 2025: .xlsx)")
    mode.add_argument("--rows", type=int, metavar="N",
                      help="antall rader i alt (xlsx: over Deltakere, Tiltak og Norsk; "
                           "csv: Deltakere)")
    ap.add_argument("--format", choices=("xlsx", "csv"), default=None,
                    help="filformat (standard: fra filendelsen)")
    ap.add_argument("--seed", type=int, default=1, help="frø for tilfeldige tall (standard 1)")
    ap.add_argument("--year", type=int, default=DEMO_YEAR, metavar="RY",
                    help=f"rapporteringsår (standard {DEMO_YEAR}; demo-filene finnes for "
                         f"{DEMO_YEARS[0]} og {DEMO_YEARS[1]})")
    ap.add_argument("--error-rate", type=float, default=0.03,
                    help="andel personer med en typisk feil (standard 0.03)")
    ap.add_argument("--encoding", default="cp1252",
                    choices=("cp1252", "utf-8-sig", "utf-8"), help="tegnsett for csv")
    ap.add_argument("--delimiter", default=";", choices=(";", ",", "\t"),
                    help="skilletegn for csv")
    return ap


def _write_demo(out: Path, fmt: str, year: int) -> str:
    """Write a demo; what to print on success."""
    if year == YEAR_2025:
        demo = demo2025.write_demo_2025(out)
        return (f"Skrev demo-eksporten for {YEAR_2025} ({demo.persons} personer, "
                f"{demo.kap6a} etter kap. 6A, {sum(len(r) for r in demo.rows.values())} rader) "
                f"til {out}")
    if fmt == "csv":
        n = demo2021.write_demo_csv(out)
        return f"Skrev demo-deltakere ({n} rader) til {out}"
    ds = demo2021.write_demo(out)
    return (f"Skrev demo-eksporten for {ds.year} ({len(ds.deltakere)} personer, "
            f"{len(ds)} rader) til {out}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.demo or args.plants) and args.year not in DEMO_YEARS:
        parser.error(f"demo-filene finnes for {DEMO_YEARS[0]} og {DEMO_YEARS[1]}, "
                     f"ikke {args.year}")
    if args.plants:
        print(demo2025.plants_table() if args.year == YEAR_2025
              else demo2021.plants_table())
        return 0
    if args.out is None:
        parser.error("oppgi filen som skal skrives (UT)")
    out = Path(args.out)
    fmt = args.format or ("csv" if out.suffix.lower() == ".csv" else "xlsx")
    if args.demo and args.year == YEAR_2025 and fmt == "csv":
        parser.error(f"demoen for {YEAR_2025} finnes bare som .xlsx")
    try:
        if args.demo:
            print(_write_demo(out, fmt, args.year))
            return 0
        if args.rows < 0:
            print("Antall rader kan ikke være negativt.", file=sys.stderr)
            return 2
        if fmt == "csv":
            n = write_csv(iter_deltakere_rows(args.rows, seed=args.seed, year=args.year,
                                              error_rate=args.error_rate),
                          out, encoding=args.encoding, delimiter=args.delimiter)
            print(f"Skrev {n} rader (Deltakere) til {out}")
        else:
            ds = generate(args.rows, seed=args.seed, year=args.year,
                          error_rate=args.error_rate)
            write_xlsx(ds, out)
            print(f"Skrev {len(ds)} rader ({len(ds.deltakere)} Deltakere, {len(ds.tiltak)} "
                  f"Tiltak, {len(ds.norsk)} Norsk) til {out}")
    except OSError as exc:
        print(f"Kunne ikke skrive {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
