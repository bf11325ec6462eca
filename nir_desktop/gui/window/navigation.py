"""Moving through the table: next/previous finding (F8 / Shift+F8) and find (Ctrl+F)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from nir_desktop.gui.review.finding_index import FindingIndex
from nir_desktop.gui.window.sheet_page import SheetPage


def next_finding(pages: list[SheetPage], current: SheetPage | None, index: FindingIndex,
                 backwards: bool = False) -> SheetPage | None:
    """Select the next cell with a finding, in the order shown (the sheet's own row order,
    or the sorted order when the table is sorted), then on to the
    next sheet, wrapping around; rows the filter hides are skipped. Returns the page whose
    cell was selected, or None when there is no finding to go to."""
    if not pages:
        return None
    current = current or pages[0]
    i0 = pages.index(current)
    n = len(pages)
    step = -1 if backwards else 1
    pos = current.current_position()
    sequence = [(current, pos)]
    sequence += [(pages[(i0 + step * k) % n], None) for k in range(1, n)]
    if pos is not None:
        sequence.append((current, None))  # wrap around to the start of this sheet
    for page, cursor in sequence:
        step_from = _stepper(page, index, backwards)
        while (nxt := step_from(cursor)) is not None:
            r, c = nxt
            if page.select(r, max(c, 0)):
                return page
            cursor = nxt
    return None


def _stepper(page: SheetPage, index: FindingIndex, backwards: bool
             ) -> Callable[[tuple[int, int] | None], tuple[int, int] | None]:
    """The function that gives the finding after a position, in the order the user sees:
    the sheet's own row order, or the sorted order when the table is sorted."""
    name = page.sheet.name
    model = page.model
    if not model.is_sorted:
        return lambda cursor: index.next_position(name, cursor, backwards)
    # Sorted: walk the findings by their row's place in the view. Built once per F8 press.
    keyed = sorted((model.view_row(r), c, r) for r, c in index.positions.get(name, ()))

    def step(cursor: tuple[int, int] | None) -> tuple[int, int] | None:
        if not keyed:
            return None
        if cursor is None:
            _v, c, r = keyed[-1] if backwards else keyed[0]
            return r, c
        key = (model.view_row(cursor[0]), cursor[1], cursor[0])
        i = bisect.bisect_left(keyed, key) - 1 if backwards else bisect.bisect_right(keyed, key)
        if 0 <= i < len(keyed):
            _v, c, r = keyed[i]
            return r, c
        return None

    return step


def find_in_page(page: SheetPage, text: str, backwards: bool = False) -> tuple[int, int] | None:
    """Select the next cell (in the order shown) whose text contains ``text``, case
    ignored; returns its (row index, column) or None. Searches the unmasked text, so a
    caseworker can find a person by fødselsnummer while the column stays masked."""
    needle = text.casefold()
    model, proxy = page.model, page.proxy
    rows, cols = proxy.rowCount(), model.columnCount()
    if not needle or rows == 0 or cols == 0:
        return None
    # Map the shown rows to sheet rows once, not once per cell (100k rows × 25 columns).
    sheet_rows = [model.sheet_row(proxy.mapToSource(proxy.index(pr, 0)).row())
                  for pr in range(rows)]
    sheet = page.sheet
    cur = page.view.currentIndex()
    start = cur.row() * cols + cur.column() if cur.isValid() else (
        -1 if not backwards else rows * cols)
    step = -1 if backwards else 1
    total = rows * cols
    for i in range(1, total + 1):
        pr, c = divmod((start + step * i) % total, cols)
        r = sheet_rows[pr]
        if needle in sheet.text(r, c).casefold():
            idx = proxy.index(pr, c)
            page.view.setCurrentIndex(idx)
            page.view.scrollTo(idx)
            return r, c
    return None
