"""The error report as a PDF, through Qt's own text layout and PDF writer (QTextDocument +
QPdfWriter, both in QtGui): no extra engine to ship. The content is the same tables as
the xlsx report (core.report.report_tables); only the layout is made for paper.

:func:`render_pdf` runs in the export's worker thread: Qt 6 lays text out and renders
fonts outside the GUI thread, and QPainter may paint on a QPdfWriter there. (A crash
seen while trying this came from calling QApplication.processEvents in a Python loop
while a worker ran, not from the PDF: wait with QTest.qWait or an event loop instead.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from nir_desktop.core.i18n import texts
from nir_desktop.core.review.html import MAX_PDF_ROWS, report_html
from nir_desktop.core.writers import Table, atomic_write_bytes

__all__ = ["MAX_PDF_ROWS", "render_pdf", "report_html", "write_report_pdf"]


def render_pdf(html: str, title: str = "NIR-kontroll", footer: str = "", lang: str = "nb",
               ) -> bytes:
    """Lay ``html`` out on A4 landscape pages, "Side n av m" (and ``footer``) at the foot
    of each, and return the PDF's bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("NIR-kontroll")
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 10, 12, 10), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    # Measure text at the PDF's resolution, so 8 pt on paper is 8 pt.
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    foot = writer.resolution() * 0.25  # a quarter inch for the page number
    page_h = height - foot
    doc.setPageSize(QSizeF(width, page_h))
    pages = doc.pageCount()
    painter = QPainter(writer)
    painter.setFont(font)
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * page_h)
            doc.drawContents(painter, QRectF(0, i * page_h, width, page_h))
            painter.restore()
            footer_rect = QRectF(0, page_h, width, foot)
            painter.drawText(footer_rect, Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignBottom, footer)
            number = texts(lang).gettext("Side {page} av {pages}").format(
                page=i + 1, pages=pages)
            painter.drawText(footer_rect, Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom, number)
    finally:
        painter.end()
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_report_pdf(path: Path | str, tables: Sequence[Table], *,
                     original: Path | str | None = None, lang: str = "nb",
                     render: Callable[..., bytes] = render_pdf) -> list[str]:
    """Write the report tables as a PDF at ``path`` (atomic, never the original);
    returns Norwegian notes for the user (rows left out)."""
    html, notes = report_html(tables, lang)
    footer = tables[0].notes[0] if tables and tables[0].notes else ""  # "Fil: …"
    atomic_write_bytes(path, render(html, footer=footer, lang=lang), original)
    return notes
