"""How many cells a sheet's XML would make, measured before any parser materialises them.

calamine holds a sheet's used range densely: rows × columns cells are allocated at once,
and an allocation it cannot get aborts the whole process (no exception to catch). So the
extent is measured here, from the raw XML as it is inflated, with byte-level counting that
is fast enough for a normal 100k-row export:

- xlsx worksheets: the ``r`` attribute of ``<row>`` and ``<c>`` is optional. With it, the
  largest reference gives the extent; without it a row is the previous one plus one and a
  cell the previous column plus one, so the bound adds the number of such rows and the
  most such cells in one row.
- ods content.xml: ``number-rows-repeated`` and ``number-columns-repeated`` make one
  element stand for a million; repeated *empty* cells and rows after the last content
  cost nothing (calamine trims them), repeated content does.

Both give an upper bound of what calamine would allocate; a bound is enough to refuse.
"""

from __future__ import annotations

import re

from nir_desktop.core.i18n import Msg

# calamine holds a sheet's used range densely (~32 bytes a cell before Python sees it, and
# a failed allocation aborts the process): Excel's 1,048,576 rows × 24 columns fit.
MAX_SHEET_CELLS = 25_000_000
# calamine makes every repeated .ods cell a value of its own (~140 bytes a cell in the end,
# measured: 49 million took 7 GB); a real export repeats a value a few times, not millions.
MAX_ODS_CELLS = 10_000_000

# One pass with a literal prefix (fast): references with a column beyond Z, or a row from
# 100000 on, of cells and of row elements. Smaller ones cannot reach the cell limit.
_FAR_REF = re.compile(rb' r="([A-Z]{0,3})(\d{6,})"| r="([A-Z]{2,3})(\d+)"')
_ROW_R = re.compile(rb'<row r="(\d+)"')
_ROW_WITH_R = re.compile(rb"<row\b[^>]*?\sr=")
_CELL_WITH_R = re.compile(rb"<c\b[^>]*?\sr=")
_FEW = 64


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _cell_tags(data: bytes) -> int:
    return data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")


def _row_tags(data: bytes) -> int:
    return data.count(b"<row ") + data.count(b"<row>") + data.count(b"<row/>")


class XlsxExtent:
    """The last row and column a worksheet's XML can reach (an upper bound)."""

    limit = MAX_SHEET_CELLS

    def __init__(self) -> None:
        self.explicit_rows = 0
        self.explicit_columns = 26  # references of one letter: at most Z
        self.rows_without_r = 0
        self.widest_run = 0  # the most cells without ``r`` in one row
        self._run = 0  # cells without ``r`` so far in the row being read
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        # Cut at the last tag start, so no tag is split or counted twice.
        data = self._carry + chunk
        cut = data.rfind(b"<")
        if cut <= 0:
            self._carry = data
            return
        self._carry = data[cut:]
        self._scan(data[:cut])

    def finish(self) -> None:
        if self._carry:
            self._scan(self._carry)
            self._carry = b""

    def _scan(self, data: bytes) -> None:
        found = _FAR_REF.findall(data)
        if found:
            letters = {a or c for a, _, c, _ in found}
            letters.discard(b"")
            if letters:
                self.explicit_columns = max(self.explicit_columns,
                                            max(map(_column_number, letters)))
            self.explicit_rows = max(self.explicit_rows, max(int(b or d) for _, b, _, d in found))
        tail_rows = _ROW_R.findall(data, max(0, len(data) - 4096))
        if tail_rows:
            self.explicit_rows = max(self.explicit_rows, int(tail_rows[-1]))
        # Literal counts (fast, in C) settle the usual case, where Excel writes ``r`` first
        # on every row and cell. "<c" and "<row" also match a few other elements (<cols>,
        # <rowBreaks>): a handful of extra is taken as cells or rows without ``r`` (an
        # upper bound); more than that is counted exactly.
        rows = data.count(b"<row") - data.count(b'<row r="')
        if rows > _FEW:  # or <rowBreaks>: count exactly
            rows = _row_tags(data) - len(_ROW_WITH_R.findall(data))
        self.rows_without_r += rows
        cells = data.count(b"<c") - data.count(b'<c r="')
        if cells > _FEW:
            self._count_runs(data)
        elif b"<row" in data:  # all of them may sit in the row that starts here
            self.widest_run = max(self.widest_run, self._run + cells)
            self._run = cells
        else:
            self._run += cells
            self.widest_run = max(self.widest_run, self._run)

    def _count_runs(self, data: bytes) -> None:
        # Rare (files from other tools than Excel): count per row, in Python.
        pieces = data.split(b"<row")
        for i, piece in enumerate(pieces):
            if i:
                self._run = 0
            n = _cell_tags(piece)
            if n:
                self._run += n - len(_CELL_WITH_R.findall(piece))
                self.widest_run = max(self.widest_run, self._run)

    @property
    def rows(self) -> int:
        return self.explicit_rows + self.rows_without_r

    @property
    def columns(self) -> int:
        return self.explicit_columns + self.widest_run

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def reason(self) -> Msg:
        if self.rows_without_r > self.explicit_rows or self.widest_run > self.explicit_columns:
            # Counted, not referenced: a huge sheet (or one built to look small).
            return Msg("et ark i filen har over {limit} celler (minst {rows} rader med opptil "
                       "{columns} kolonner). Det er mer enn en eksport har og mer enn maskinen "
                       "trygt kan lese. Lagre filen på nytt fra Excel, eller del den opp.",
                       limit=_n(MAX_SHEET_CELLS), rows=_n(self.rows), columns=_n(self.columns))
        return Msg("et ark i filen går helt ned til rad {rows} og ut til kolonne nr. {columns}, "
                   "langt forbi dataene (trolig en enslig celle langt ute). Slett de tomme "
                   "radene og kolonnene etter dataene i Excel, og lagre filen på nytt.",
                   rows=_n(self.rows), columns=_n(self.columns))


def _n(x: int) -> str:
    return f"{x:,}".replace(",", "\u00a0")


# --- OpenDocument ---------------------------------------------------------------------------

_ODS_TOKEN = re.compile(
    rb"<table:table-row\b([^>]*?)(/?)>|</table:table-row>"
    rb"|<table:(?:covered-)?table-cell\b([^>]*?)(/?)>"
    rb"|<table:table\b[^-][^>]*>|</table:table>")
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="(\d+)"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="(\d+)"')


class OdsExtent:
    limit = MAX_ODS_CELLS

    """Cells calamine would make of content.xml: per table, up to the last row and column
    with content, with repeats multiplied out. Empty repeated cells and rows only count
    when content follows them (calamine trims what is empty at the end)."""

    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self.cells = 0  # of the largest table
        self._table_rows = 0
        self._table_columns = 0
        self._next_row = 0
        self._row_repeat = 1
        self._column = 0
        self._row_has_content = False
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        data = self._carry + chunk
        cut = data.rfind(b"<")
        if cut <= 0:
            self._carry = data
            return
        self._carry = data[cut:]
        self._scan(data[:cut])

    def finish(self) -> None:
        if self._carry:
            self._scan(self._carry)
            self._carry = b""
        self._end_table()

    def _scan(self, data: bytes) -> None:
        for m in _ODS_TOKEN.finditer(data):
            token = m.group(0)
            if token.startswith(b"<table:table-row"):
                rep = _ROWS_REPEATED.search(m.group(1) or b"")
                self._row_repeat = int(rep.group(1)) if rep else 1
                self._column = 0
                self._row_has_content = False
                if m.group(2):  # <table:table-row/>: an empty row
                    self._end_row()
            elif token == b"</table:table-row>":
                self._end_row()
            elif token.startswith((b"<table:table-cell", b"<table:covered")):
                attrs = m.group(3) or b""
                rep = _COLUMNS_REPEATED.search(attrs)
                span = int(rep.group(1)) if rep else 1
                # A self-closing cell without a value type holds nothing.
                if not m.group(4) or b"value-type" in attrs:
                    self._row_has_content = True
                    self._table_columns = max(self._table_columns, self._column + span)
                self._column += span
            elif token == b"</table:table>":
                self._end_table()
            else:  # <table:table …>: a new sheet
                self._end_table()

    def _end_row(self) -> None:
        self._next_row += self._row_repeat
        if self._row_has_content:
            self._table_rows = self._next_row
        self._row_repeat = 1
        self._row_has_content = False
        self.rows = max(self.rows, self._table_rows)
        self.columns = max(self.columns, self._table_columns)
        self.cells = max(self.cells, self._table_rows * self._table_columns)

    def _end_table(self) -> None:
        self.cells = max(self.cells, self._table_rows * self._table_columns)
        self._table_rows = self._table_columns = self._next_row = 0

    def reason(self) -> Msg:
        return Msg("et ark i filen har celler med innhold som gjentas helt ned til rad {rows} "
                   "og ut til kolonne nr. {columns} (gjentatte rader eller kolonner), langt mer "
                   "enn en eksport har. Slett de tomme radene og kolonnene etter dataene, og "
                   "lagre filen på nytt.", rows=_n(self.rows), columns=_n(self.columns))
