"""What the reader tests share: synthetic fødselsnummer and a small xlsx writer."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def synthetic_fnr(day: int, month: int, yy: int, individ: int) -> str:
    """A synthetic test number (month + 80) with valid control digits."""
    for ind in range(individ, individ + 50):
        base = [int(ch) for ch in f"{day:02d}{month + 80:02d}{yy:02d}{ind:03d}"]
        k1 = 11 - sum(w * d for w, d in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), base, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(w * d for w, d in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), [*base, k1],
                                            strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, base)) + f"{k1}{k2}"
    raise AssertionError("no valid number")


FNR_A = synthetic_fnr(15, 3, 85, 123)
FNR_B = synthetic_fnr(2, 11, 90, 456)
FNR_C = synthetic_fnr(1, 1, 1, 200)  # starts with 0: Excel drops the zero


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], *, start_row: int = 1,
               start_col: int = 1) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None:
                    ws.cell(row=start_row + r, column=start_col + c, value=v)
    wb.save(path)
    return path


DELTAKERE_HEADER = ["Fødselsnummer", "Navn", "Kommunenr", "Saksnummer", "Lov", "Vedtaksdato",
                    "Programstart", "Avslutningsårsak", "Notat"]
