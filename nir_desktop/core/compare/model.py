"""What a comparison of two files found: persons on one side only, field differences, and
the fields (or sheets) only one side has, which are listed once and never compared."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nir_desktop.core.fields import field_label
from nir_desktop.core.i18n import texts

A = "a"
B = "b"


@dataclass(frozen=True, slots=True)
class RowRef:
    """One row of a person on one side: its sheet and its spreadsheet row number."""

    sheet: str  # the sheet kind's title ("Deltakere"), the same on both sides
    sheet_name: str  # the sheet's own name in that file
    row: int  # spreadsheet row number (header = 1, as Excel shows it)
    index: int  # 0-based index into Sheet.rows


@dataclass(frozen=True, slots=True)
class OnlyIn:
    """A person (fødselsnummer after the checker's repairs) found in one file only."""

    fnr: str
    side: str  # "a" or "b"
    rows: tuple[RowRef, ...]
    saksnummer: str | None = None


@dataclass(frozen=True, slots=True)
class Difference:
    """One field of one person that means something else in A than in B.

    ``field`` is None for a whole row that has no counterpart on the other side (a
    programme period, a tiltak or a norsk period only one file has); then ``a`` or ``b``
    describes the row and the other is None.
    """

    fnr: str
    sheet: str  # the sheet kind's title
    field: str | None  # field name (core/fields.py), None for a row without counterpart
    label: str  # the field's Norwegian label, or «Hele raden»
    a: str | None  # the cell's text in A (None = blank or no row)
    b: str | None
    a_row: int | None  # spreadsheet row numbers
    b_row: int | None
    a_sheet: str | None = None  # the sheet names in the files
    b_sheet: str | None = None
    a_index: int | None = None  # 0-based row index into A's Sheet.rows
    a_column: int | None = None  # 0-based column of the field in A
    take_over: str | None = None  # what to write into A's cell to take B's value over

    def label_in(self, lang: str = "nb") -> str:
        """The field's label in the UI's language (``label`` is bokmål)."""
        if self.field is not None:
            return field_label(self.field, lang)
        return texts(lang).gettext(self.label)  # «Hele raden» (a sheet's title stays)

    @property
    def is_row(self) -> bool:
        return self.field is None

    def to_json(self) -> dict[str, Any]:
        return {"fnr": self.fnr, "sheet": self.sheet, "field": self.field, "a": self.a,
                "b": self.b, "a_row": self.a_row, "b_row": self.b_row}


@dataclass(frozen=True, slots=True)
class NotCompared:
    """A field (or with ``field`` None, a whole sheet) only one file has."""

    sheet: str
    field: str | None
    label: str
    side: str  # the side that has it

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "field": self.field, "only_in": self.side}


@dataclass(frozen=True, slots=True)
class ComparedSheet:
    sheet: str
    a_name: str
    b_name: str
    fields: tuple[str, ...]


@dataclass(slots=True)
class Comparison:
    file_a: Path
    file_b: Path
    only_in_a: list[OnlyIn]
    only_in_b: list[OnlyIn]
    differences: list[Difference]  # grouped by person (fnr order), then sheet and row
    not_compared: list[NotCompared]
    sheets: list[ComparedSheet]
    persons_a: int = 0
    persons_b: int = 0
    persons_both: int = 0
    rows_without_fnr: dict[str, int] = field(default_factory=lambda: {A: 0, B: 0})
    year: int | None = None
    saksnummer: dict[str, str] = field(default_factory=dict)  # of persons with differences
    outside_year: dict[str, int] = field(default_factory=lambda: {A: 0, B: 0})

    @property
    def equal(self) -> bool:
        return not (self.only_in_a or self.only_in_b or self.differences)

    @property
    def comparable(self) -> bool:
        """False when the files share no sheet kind: nothing could be compared."""
        return bool(self.sheets)

    def persons_with_differences(self) -> int:
        return len({d.fnr for d in self.differences})

    def fields_with_differences(self) -> list[tuple[str, str | None, str]]:
        """(sheet, field, label) of every field that has a difference, in first-seen order."""
        seen: dict[tuple[str, str | None], str] = {}
        for d in self.differences:
            seen.setdefault((d.sheet, d.field), d.label)
        return [(s, f, label) for (s, f), label in seen.items()]

    def summary(self) -> dict[str, Any]:
        return {
            "file_a": self.file_a.name,
            "file_b": self.file_b.name,
            "equal": self.equal,
            "year": self.year,
            "persons_a": self.persons_a,
            "persons_b": self.persons_b,
            "persons_both": self.persons_both,
            "only_in_a": len(self.only_in_a),
            "only_in_b": len(self.only_in_b),
            "differences": len(self.differences),
            "persons_with_differences": self.persons_with_differences(),
            "compared": [{"sheet": s.sheet, "a_sheet": s.a_name, "b_sheet": s.b_name,
                          "fields": list(s.fields)} for s in self.sheets],
            "not_compared": [n.to_json() for n in self.not_compared],
            "rows_without_fnr": dict(self.rows_without_fnr),
            "outside_year": dict(self.outside_year),
        }
