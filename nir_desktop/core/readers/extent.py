"""How many cells a sheet's XML would make, measured before any parser materialises them.

calamine holds a sheet's used range densely: rows × columns cells are allocated at once,
and an allocation it cannot get aborts the whole process (no exception to catch). So the
extent is measured here, from the raw XML as it is inflated, with byte-level counting that
is fast enough for a normal 100k-row export:

- xlsx worksheets: the ``r`` attribute of ``<row>`` and ``<c>`` is optional. With it, the
  largest reference gives the extent; without it a row is the previous one plus one and a
  cell the previous column plus one, so the bound adds the number of such rows and the
  most such cells in one row. A piece where every tag is in Excel's own form is only
  checked (a few regex searches in C); anything else — no ``r``, prefixed tags, other
  quotes or spellings of ``r``, wide columns — is measured tag by tag.
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

# Excel's own form of a row and a cell tag: ``r`` first, then only attributes not named r
# (a cell: only s and t, as Excel, LibreOffice and openpyxl write them); a cell of one
# letter and at most five digits. Where every tag of a piece has this form the piece stays
# within 99,999 rows × 26 columns, whatever else it holds: three searches in C settle it
# (the usual export), with no copy and no count of the tags. (Possessive quantifiers: a
# third faster, and nothing here needs to backtrack.)
_ODD_CELL = re.compile(rb'<c(?=[\s/>])(?! r="[A-Z]\d{1,5}+"(?: [st]="[^"]*+")*+ ?+/?+>)')
_ODD_ROW = re.compile(
    rb'<row(?=[\s/>])(?! r="\d{1,5}+"(?: [a-qs-zA-Z_][\w:.-]*+="[^"]*+")*+ ?+/?+>)')
# calamine reads <x:c> and <x:row> as cells and rows, whatever the prefix.
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_ANY_PREFIX = re.compile(rb"<[A-Za-z_][\w.-]*:(c|row)(?=[\s/>])")
_ROW_R = re.compile(rb'<row r="(\d+)"')
_NORMAL_MAX_ROW = 99_999

# The exact pass, for everything else. calamine takes the last ``r`` of a tag, in either
# quotes, with blanks around "=", in lower case, and any number of letters.
_R_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]*)(\d*)""")
_ROW_TAG = re.compile(rb"<row(?=[\s/>])")
_ROW_TAG_WITH_R = re.compile(rb"<row(?=[\s/>])[^>]*?\sr\s*=")
_CELL_TAG = re.compile(rb"<c(?=[\s/>])")
_CELL_TAG_WITH_R = re.compile(rb"<c(?=[\s/>])[^>]*?\sr\s*=")
_FEW = 64


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


class _TagScanner:
    """Feeds an XML part, chunk by chunk, to ``_scan(data, start, end)`` in pieces that end
    just before a ``<``: no tag is cut in two, and a chunk is scanned where it lies (the
    only bytes copied are those around a chunk boundary)."""

    def __init__(self) -> None:
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        first = chunk.find(b"<")
        if first < 0:  # a tag or text that goes on
            self._carry += chunk
            return
        if self._carry:
            head = self._carry + chunk[:first]
            self._scan(head, 0, len(head))
        elif first:
            self._scan(chunk, 0, first)
        cut = chunk.rfind(b"<")
        if cut > first:
            self._scan(chunk, first, cut)
        self._carry = chunk[cut:]

    def finish(self) -> None:
        if self._carry:
            self._scan(self._carry, 0, len(self._carry))
            self._carry = b""

    def _scan(self, data: bytes, start: int, end: int) -> None:
        raise NotImplementedError


class XlsxExtent(_TagScanner):
    """The last row and column a worksheet's XML can reach (an upper bound).

    Pieces in Excel's own form (see ``_ODD_CELL``) are only checked; the rest are measured
    exactly. Of the checked pieces only the last row is known, and a bound that could
    exceed the limit with them at row 99,999 is ``uncertain``: then the part is measured
    again with ``exact=True`` (rare: it takes a row of over 224 cells without ``r`` or a
    cell beyond column IP next to such pieces)."""

    limit = MAX_SHEET_CELLS

    def __init__(self, exact: bool = False) -> None:
        super().__init__()
        self.exact = exact
        self.explicit_rows = 0
        self.explicit_columns = 26  # references of one letter: at most Z
        self.rows_without_r = 0
        self.widest_run = 0  # the most cells without ``r`` in one row
        self._run = 0  # cells without ``r`` so far in the row being read
        self.checked_pieces = 0  # pieces settled by the check alone
        self._checked_rows = 0  # the last row of each checked piece (≤ 99,999)

    def _scan(self, data: bytes, start: int, end: int) -> None:
        if not self.exact and (_PREFIXED.search(data, start, end) is None
                               and _ODD_ROW.search(data, start, end) is None
                               and _ODD_CELL.search(data, start, end) is None):
            self.checked_pieces += 1
            tail = _ROW_R.findall(data, max(start, end - 4096), end)
            if tail:
                self._checked_rows = max(self._checked_rows, int(tail[-1]))
            if data.find(b"<row", start, end) >= 0:
                self._run = 0
            return
        self._measure(data[start:end])

    def _measure(self, data: bytes) -> None:
        if b":" in data:
            data = _ANY_PREFIX.sub(rb"<\1", data)
        refs = _R_REF.findall(data)
        if refs:
            letters = {a for a, _ in refs if a}
            if letters:
                self.explicit_columns = max(self.explicit_columns,
                                            max(map(_column_number, letters)))
            digits = [b for _, b in refs]
            longest = max(map(len, digits))
            if longest:
                top = max(b for b in digits if len(b) == longest)
                self.explicit_rows = max(self.explicit_rows, int(top))
        rows = len(_ROW_TAG.findall(data)) - len(_ROW_TAG_WITH_R.findall(data))
        self.rows_without_r += rows
        cells = len(_CELL_TAG.findall(data)) - len(_CELL_TAG_WITH_R.findall(data))
        if cells > _FEW:
            self._count_runs(data)
        elif _ROW_TAG.search(data):  # all of them may sit in the row that starts here
            self.widest_run = max(self.widest_run, self._run + cells)
            self._run = cells
        else:
            self._run += cells
            self.widest_run = max(self.widest_run, self._run)

    def _count_runs(self, data: bytes) -> None:
        # Rare (files from other tools than Excel): count per row, in Python.
        pieces = _ROW_TAG.split(data)
        for i, piece in enumerate(pieces):
            if i:
                self._run = 0
            n = len(_CELL_TAG.findall(piece))
            if n:
                self._run += n - len(_CELL_TAG_WITH_R.findall(piece))
                self.widest_run = max(self.widest_run, self._run)

    @property
    def rows(self) -> int:
        return max(self.explicit_rows, self._checked_rows) + self.rows_without_r

    @property
    def columns(self) -> int:
        return self.explicit_columns + self.widest_run

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    @property
    def uncertain(self) -> bool:
        """Within the limit only if the checked pieces end at their last row."""
        if not self.checked_pieces or self.cells > self.limit:
            return False
        rows = max(self.explicit_rows, _NORMAL_MAX_ROW) + self.rows_without_r
        return rows * self.columns > self.limit

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


class OdsExtent(_TagScanner):
    """Cells calamine would make of content.xml: per table, up to the last row and column
    with content, with repeats multiplied out. Empty repeated cells and rows only count
    when content follows them (calamine trims what is empty at the end)."""

    limit = MAX_ODS_CELLS

    def __init__(self) -> None:
        super().__init__()
        self.rows = 0
        self.columns = 0
        self.cells = 0  # of the largest table
        self._table_rows = 0
        self._table_columns = 0
        self._next_row = 0
        self._row_repeat = 1
        self._column = 0
        self._row_has_content = False

    def finish(self) -> None:
        super().finish()
        self._end_table()

    def _scan(self, data: bytes, start: int, end: int) -> None:
        for m in _ODS_TOKEN.finditer(data, start, end):
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
