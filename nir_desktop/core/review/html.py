"""The error report as HTML: the same tables as the xlsx report (core.report.report_tables)
laid out for reading and printing. The window turns this HTML into a PDF with Qt's own
text layout (gui.export.pdf_report); the command line writes it as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Any

from nir_desktop.core.i18n import texts
from nir_desktop.core.writers import Table

# Thousands of table rows make a PDF nobody reads and take long to lay out; the xlsx
# report always has every finding.
MAX_PDF_ROWS = 1500
PAGE_CHARS = 165  # about how many 8 pt characters fit across A4 landscape

_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 8pt; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }
p.note { margin: 0; }
p.warn { margin: 6pt 0; color: #9c2a00; font-weight: bold; }
table { border-collapse: collapse; }
th { background: #e4e8ee; text-align: left; font-weight: bold; }
td, th { padding: 2px 4px; vertical-align: top; }
td.num { text-align: right; }
"""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    return escape(str(value))


def _column_weights(table: Table, rows: list[Any]) -> list[float]:
    """Column shares in characters: short columns as wide as their longest value (never
    narrower than their longest word, which cannot wrap), and the long text columns
    (messages) share what is left of the page."""
    xlsx = list(table.column_widths)
    if len(xlsx) != len(table.headers):
        return []
    fixed: dict[int, float] = {}
    flexible: list[int] = []
    for c, base in enumerate(xlsx):
        texts = [str(table.headers[c])] + [
            _cell(row[c]) for row in rows[:300] if c < len(row) and row[c] is not None]
        word = min(max((len(w) for t in texts for w in t.split()), default=0), 20)
        longest = max((len(t) for t in texts), default=0)
        if base >= 40 and longest > base:
            flexible.append(c)
        else:
            fixed[c] = max(word + 3.0, min(float(base), longest + 3.0))
    rest = max(30.0, PAGE_CHARS - sum(fixed.values()))
    return [fixed[c] if c in fixed else rest / len(flexible) for c in range(len(xlsx))]


def _table_html(table: Table, limit: int | None) -> tuple[str, int]:
    rows = list(table.rows)
    shown = rows if limit is None else rows[:limit]
    out = ['<table border="1" cellspacing="0" cellpadding="2" width="100%">', "<thead><tr>"]
    widths = _column_weights(table, shown)
    if widths:
        # The xlsx column widths, as shares of the page.
        out += [f'<th width="{w * 100 / sum(widths):.0f}%">{escape(str(h))}</th>'
                for h, w in zip(table.headers, widths, strict=True)]
    else:
        out += [f"<th>{escape(str(h))}</th>" for h in table.headers]
    out.append("</tr></thead><tbody>")
    for row in shown:
        out.append("<tr>")
        for v in row:
            cls = ' class="num"' if isinstance(v, int | float) else ""
            out.append(f"<td{cls}>{_cell(v)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out), len(rows) - len(shown)


def report_html(tables: Sequence[Table], lang: str = "nb", max_rows: int | None = MAX_PDF_ROWS,
                ) -> tuple[str, list[str]]:
    """(HTML for QTextDocument, notes for the user about what the PDF leaves out);
    ``max_rows=None`` keeps every row."""
    t = texts(lang)
    title = t.gettext("NIR-kontroll – kontrollrapport")
    warn = ("Merk:", t.gettext("Merk:"))
    parts = [f'<html lang="{escape(lang)}"><head><meta charset="utf-8">'
             f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>"]
    notes: list[str] = []
    for i, table in enumerate(tables):
        if i > 0:
            parts.append(f"<h2>{escape(table.title)}</h2>")
        for line in table.notes:
            if not line:
                continue
            cls = "warn" if line.startswith(warn) else "note"
            parts.append(f'<p class="{cls}">{escape(line)}</p>')
        if i == 0 and table.notes:
            parts.append(f"<h2>{escape(table.title)}</h2>")
        html, left_out = _table_html(table, max_rows)
        parts.append(html)
        if left_out:
            text = t.ngettext("{n} rad til er ikke vist her; xlsx-rapporten har alle.",
                              "{n} rader til er ikke vist her; xlsx-rapporten har alle.",
                              left_out).format(n=left_out)
            parts.append(f'<p class="warn">{escape(text)}</p>')
            notes.append(t.gettext("PDF-rapporten viser de første {max} radene av «{table}» "
                                   "({n} til står i xlsx-rapporten).").format(
                max=max_rows, table=table.title, n=left_out))
    parts.append("</body></html>")
    return "".join(parts), notes


def report_html_page(tables: Sequence[Table], lang: str = "nb") -> str:
    """The whole report as one HTML page with every row (to open in a browser or print)."""
    return report_html(tables, lang, max_rows=None)[0]
