"""The comparison benchmark's two child steps (same protocol as bench_steps.py: the last
stdout line is one JSON object):

    python benchmarks/bench_compare.py pair OUTDIR --persons N   # write a.xlsx and b.xlsx
    python benchmarks/bench_compare.py measure A B               # read both, then compare

The pair: A is the demo generator's data for N persons over Deltakere, Tiltak and Norsk (the
fagsystem); B is the same municipality as NIR would list it: N persons too (0.5 % of A's
missing, as many others added), a third of the dates written as text, a tenth of the codes in
capitals, and real differences for 1 % of the persons (a new end date or reason for ending)
and 0.5 % of the tiltak rows (another end date). ``measure`` reads A and B with
``read_workbook`` (the baseline: reading both files) and then times ``compare_workbooks``
in the same process.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import traceback
from datetime import date, timedelta
from pathlib import Path
from typing import Any

DROP_SHARE = 0.005
CHANGED_PERSONS = 0.01
CHANGED_TILTAK = 0.005
TEXT_DATE_SHARE = 0.33
UPPER_CODE_SHARE = 0.10


def make_pair(out: Path, persons: int, seed: int = 7) -> dict[str, Any]:
    from nir_desktop.devtools.demo.bulk import generate
    from nir_desktop.devtools.demo.model import SHEET_HEADERS, Dataset
    from nir_desktop.devtools.demo.writers import write_xlsx

    extra = max(1, int(persons * DROP_SHARE))
    # Rows per person are about 1 : 4 : 3; ask for enough rows and keep whole persons.
    pool = generate((persons + extra) * 9 + 50, seed=seed)
    people = [row[0] for row in pool.deltakere][: persons + extra]
    assert len(people) == persons + extra, "the generator made too few persons"
    in_a = set(people[:persons])
    rng = random.Random(seed)
    dropped = set(rng.sample(people[:persons], extra))
    in_b = (in_a - dropped) | set(people[persons:])

    def pick(rows: list[list[Any]], keep: set[Any]) -> list[list[Any]]:
        return [list(r) for r in rows if r[0] in keep]

    a = Dataset(pool.year, pool.info, pick(pool.deltakere, in_a),
                pick(pool.tiltak, in_a), pick(pool.norsk, in_a))
    b = Dataset(pool.year, pool.info, pick(pool.deltakere, in_b),
                pick(pool.tiltak, in_b), pick(pool.norsk, in_b))
    heads = SHEET_HEADERS
    slutt = heads["Deltakere"].index("Avslutningsdato")
    arsak = heads["Deltakere"].index("Avslutningsårsak")
    t_slutt = heads["Tiltak"].index("Sluttdato")
    changed = 0
    for row in b.deltakere:
        if rng.random() < CHANGED_PERSONS:
            changed += 1
            if isinstance(row[slutt], date):
                row[slutt] = row[slutt] + timedelta(days=14)
            else:
                row[arsak] = "Arbeid deltid" if row[arsak] != "Arbeid deltid" else "Sykdom"
    for row in b.tiltak:
        if rng.random() < CHANGED_TILTAK and isinstance(row[t_slutt], date):
            row[t_slutt] = row[t_slutt] - timedelta(days=30)
            changed += 1
    codes = {heads["Deltakere"].index(h) for h in ("Lov", "Avslutningsårsak", "Sluttmål")}
    for title, rows in b.sheets.items():
        code_cols = codes if title == "Deltakere" else (
            {heads["Tiltak"].index("Tiltak")} if title == "Tiltak" else set())
        for row in rows:
            for c, v in enumerate(row):
                if isinstance(v, date) and rng.random() < TEXT_DATE_SHARE:
                    row[c] = v.strftime("%d.%m.%Y")
                elif c in code_cols and isinstance(v, str) and rng.random() < UPPER_CODE_SHARE:
                    row[c] = v.upper()
    out.mkdir(parents=True, exist_ok=True)
    write_xlsx(a, out / "a.xlsx")
    write_xlsx(b, out / "b.xlsx")
    return {"persons_a": len(a.deltakere), "persons_b": len(b.deltakere),
            "rows_a": len(a), "rows_b": len(b), "changed": changed, "dropped": extra}


def measure(path_a: Path, path_b: Path) -> dict[str, Any]:
    from nir_desktop.core.codelists import CodeLists
    from nir_desktop.core.compare import compare_workbooks
    from nir_desktop.core.readers import read_workbook

    CodeLists.default()  # loaded once per process, by the check as well
    gc.collect()
    t0 = time.perf_counter()
    a = read_workbook(path_a)
    b = read_workbook(path_b)
    t1 = time.perf_counter()
    result = compare_workbooks(a, b)
    t2 = time.perf_counter()
    return {"seconds": t2 - t1, "read_seconds": t1 - t0, "persons_a": result.persons_a,
            "persons_b": result.persons_b, "only_in_a": len(result.only_in_a),
            "only_in_b": len(result.only_in_b), "differences": len(result.differences),
            "rows": sum(len(s.rows) for s in (*a.sheets, *b.sheets))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("pair", "measure"))
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--persons", type=int, default=50_000)
    opts = ap.parse_args(argv)
    try:
        if opts.what == "pair":
            out = make_pair(opts.paths[0], opts.persons)
        else:
            out = measure(opts.paths[0], opts.paths[-1])
    except Exception as e:  # a crash is a result too, not a traceback in the table
        traceback.print_exc(file=sys.stderr)
        out = {"unavailable": f"feilet: {type(e).__name__}: {str(e)[:300]}"}
    print("\n" + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
