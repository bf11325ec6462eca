"""Every report of a check in bokmål, nynorsk and English from one catalogue (core.i18n).

Bokmål and English must read as they did before the catalogue (exact lines); nynorsk must
be nynorsk, with none of the English words left over. Rule texts come from the rule
catalogue and are not what these tests look at.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Severity
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.report import (
    change_lines,
    change_log_table,
    goal_lines,
    json_report,
    report_tables,
    text_report,
)
from nir_desktop.core.report.common import deadline_line
from nir_desktop.core.review.export import OpenFindings, open_note
from nir_desktop.core.review.html import report_html, report_html_page
from nir_desktop.core.rules import check
from nir_desktop.core.rules.examples import workbook_from_rows
from nir_desktop.core.summary import goal_attainment
from nir_desktop.core.writers import Table

FNR_A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR_ZERO = make_synthetic(date(1991, 1, 5), 200, next_valid=True)
TODAY = date(2022, 2, 14)

# English words of the report's own frame; none may be left in a nynorsk report.
ENGLISH = ("Summary", "Findings", "Reporting year", "Deadline", "Checked:", "File:",
           "Suggestion", "Whole file", "Not checked", "Notes from", "Goal attainment",
           "Acknowledged", "Severity", "Count", "Sheet", "Message", "Change log", "Before",
           "After", "Warning", "Error", "Total", "days left", " row ", "column ", "Page ")
# Words only nynorsk has (bokmål writes «Sammendrag», «Advarsel», «Antall», «Navn»).
NYNORSK = ("Samandrag", "Åtvaring", "Tal", "Namn")


def _workbook():
    return workbook_from_rows({SheetKind.DELTAKERE: [
        {"fodselsnummer": FNR_A, "saksnummer": "21/001", "lov": "Introduksjonsloven",
         "kommunenummer": "0301"},
        {"fodselsnummer": FNR_ZERO[1:], "saksnummer": "21/002", "lov": "introduksjonsloven",
         "kommunenummer": "0301"},
        {"fodselsnummer": "12345", "saksnummer": "21/003", "lov": "Integreringsloven",
         "kommunenummer": "301"},
    ]}, reporting_year=2021)


@pytest.fixture(scope="module")
def checked():
    wb = _workbook()
    result = check(wb, 2021, today=TODAY)
    assert {f.severity for f in result.findings} >= {Severity.ERROR, Severity.WARNING}
    return wb, result


def _frame(text: str) -> str:
    """The report without the rule texts (those are the rule catalogue's)."""
    return "\n".join(line for line in text.splitlines()
                     if not re.match(r"\s+(Deltakere|Hele filen|Heile fila)", line))


def _no_english(text: str) -> None:
    left = [w for w in ENGLISH if re.search(rf"\b{re.escape(w.strip())}\b", text)]
    assert not left, f"English in the nynorsk report: {left}"


def test_text_report_in_nynorsk_has_no_english(checked) -> None:
    wb, result = checked
    text = text_report(result, wb, file="eksport.xlsx", lang="nn", today=TODAY)
    lines = text.splitlines()
    assert lines[:3] == ["NIR-kontroll – kontrollrapport", "=" * 30, "Fil: eksport.xlsx"]
    assert "Rapporteringsår 2021: fila oppgir det (Rapporteringsår)." in text
    assert "Frist for å ajourføre NIR: 28.02.2022 (14 dagar att)" in text
    assert "Samandrag" in text and "Åtvaring: " in text and "Funn per regel" in text
    header = next(line for line in lines if line.strip().startswith("Regel"))
    assert header.split() == ["Regel", "Namn", "Alvor", "Tal"]
    assert "Deltakere rad 4, kolonne A (Fødselsnummer) – 21/003" in text
    _no_english(_frame(text))
    by_row = text_report(result, wb, file="e.xlsx", lang="nn", group_by="row", today=TODAY)
    assert "Funn per rad" in by_row and "Deltakere rad 4 – 21/003" in by_row
    _no_english(_frame(by_row))


def test_text_report_in_english_and_bokmal_reads_as_before(checked) -> None:
    wb, result = checked
    en = text_report(result, wb, file="eksport.xlsx", lang="en", today=TODAY).splitlines()
    assert en[:7] == [
        "NIR-kontroll – check report", "=" * 27, "File: eksport.xlsx",
        "Reporting year: 2021",
        "  Reporting year 2021: the file says so (Rapporteringsår).",
        "Deadline for updating NIR: 28.02.2022 (14 days left)", "Checked: 14.02.2022"]
    assert next(line for line in en if line.strip().startswith("Rule")).split() == [
        "Rule", "Name", "Severity", "Count"]
    # The column's header as the file has it (the file's own words are never translated).
    assert "  Deltakere row 4, column A (Fødselsnummer) – 21/003" in [
        line.split(":")[0] for line in en]
    nb = text_report(result, wb, file="eksport.xlsx", lang="nb", today=TODAY).splitlines()
    assert nb[:7] == [
        "NIR-kontroll – kontrollrapport", "=" * 30, "Fil: eksport.xlsx",
        "Rapporteringsår: 2021",
        "  Rapporteringsår 2021: filen oppgir det (Rapporteringsår).",
        "Frist for å ajourføre NIR: 28.02.2022 (14 dager igjen)", "Kontrollert: 14.02.2022"]
    assert next(line for line in nb if line.strip().startswith("Regel")).split() == [
        "Regel", "Navn", "Alvor", "Antall"]


@pytest.mark.parametrize(("today", "nb", "nn", "en"), [
    (date(2022, 2, 27), "1 dag igjen", "1 dag att", "1 day left"),
    (date(2022, 2, 26), "2 dager igjen", "2 dagar att", "2 days left"),
    (date(2022, 2, 28), "i dag", "i dag", "today"),
    (date(2022, 3, 1), "fristen gikk ut for 1 dag siden", "fristen gjekk ut for 1 dag sidan",
     "passed 1 day ago"),
    (date(2022, 3, 3), "fristen gikk ut for 3 dager siden",
     "fristen gjekk ut for 3 dagar sidan", "passed 3 days ago"),
])
def test_the_deadline_line_counts_days_with_real_plurals(today, nb, nn, en) -> None:
    assert deadline_line(2021, today, "nb") == f"Frist for å ajourføre NIR: 28.02.2022 ({nb})"
    assert deadline_line(2021, today, "nn") == f"Frist for å ajourføre NIR: 28.02.2022 ({nn})"
    assert deadline_line(2021, today, "en") == f"Deadline for updating NIR: 28.02.2022 ({en})"


def test_json_report_messages_follow_the_language_and_the_schema_does_not(checked) -> None:
    wb, result = checked
    nn = json_report(result, wb, lang="nn", today=TODAY)
    nb = json_report(result, wb, lang="nb", today=TODAY)
    assert nn.summary.year_reason == "Rapporteringsår 2021: fila oppgir det (Rapporteringsår)."
    assert nb.summary.year_reason == "Rapporteringsår 2021: filen oppgir det (Rapporteringsår)."
    assert [f.severity for f in nn.findings] == [f.severity for f in nb.findings]
    assert nn.model_dump().keys() == nb.model_dump().keys()


def test_xlsx_tables_and_html_in_nynorsk(checked) -> None:
    wb, result = checked
    tables = report_tables(result, wb, file="eksport.xlsx", lang="nn", today=TODAY,
                           acks={})
    assert [t.title for t in tables] == ["Samandrag", "Funn", "Ikkje kontrollert"]
    assert tables[0].headers == ["Regel", "Namn", "Tittel", "Alvor", "Tal"]
    assert tables[1].headers == ["Ark", "Rad", "Kolonne", "Felt", "Person", "Regel", "Alvor",
                                 "Melding", "Forslag"]
    assert tables[2].headers == ["Regel", "Grunn"]
    assert "Åtvaring" in {row[6] for row in tables[1].rows}
    assert tables[0].rows[-1][0] == "Totalt"
    html = report_html_page(tables, "nn")
    assert '<html lang="nn">' in html and "<h2>Samandrag</h2>" in html
    _no_english(html.split("<h2>Funn</h2>")[0])
    en = report_tables(result, wb, file="eksport.xlsx", lang="en", today=TODAY)
    assert [t.title for t in en] == ["Summary", "Findings", "Not checked"]
    assert en[1].headers[:4] == ["Sheet", "Row", "Column", "Field"]


def test_html_left_out_rows_and_the_open_note_use_plurals() -> None:
    table = Table(title="Funn", headers=["Rad"], rows=[[1], [2], [3]])
    html, notes = report_html([table], "nn", max_rows=2)
    assert "1 rad til er ikkje vist her; xlsx-rapporten har alle." in html
    assert notes == ["PDF-rapporten viser dei første 2 radene av «Funn» (1 til står i "
                     "xlsx-rapporten)."]
    html_en, _ = report_html([table], "en", max_rows=1)
    assert "2 more rows are not shown here; the xlsx report has them all." in html_en
    found = OpenFindings([object()], [object(), object()], 0)  # type: ignore[list-item]
    assert open_note(found, "nb") == ("Merk: Eksportert med 1 feil og 2 advarsler som verken er "
                                      "rettet eller kvittert ut.")
    assert open_note(found, "nn") == ("Merk: Eksportert med 1 feil og 2 åtvaringar som verken "
                                      "er retta eller kvitterte ut.")
    assert open_note(found, "en") == ("Note: Exported with 1 error and 2 warnings that are "
                                      "neither fixed nor acknowledged.")
    assert 'class="warn">Merk: Eksportert' in report_html_page(
        [Table(title="Samandrag", headers=["Regel"], rows=[],
               notes=[open_note(found, "nn") or ""])], "nn")


def test_change_log_in_three_languages() -> None:
    edits = [CellEdit("Deltakere", 3, 2, "301", "0301", "ID005", field="kommunenummer")]
    assert change_log_table(edits, None, lang="nn").headers == [
        "Ark", "Rad", "Kolonne", "Felt", "Før", "Etter", "Regel"]
    assert change_log_table(edits, None, lang="en").title == "Change log"
    assert change_lines(edits, None, lang="nn") == [
        "Deltakere rad 3, kolonne C (Kommunenummer): «301» → «0301» [ID005]"]
    assert change_lines(edits, None, lang="en") == [
        "Deltakere row 3, column C (Municipality number): «301» → «0301» [ID005]"]
    manual = [CellEdit("Deltakere", 2, 1, "a", "b", "", field="fornavn")]
    assert change_log_table(manual, None, lang="nn").rows[0][3:] == [
        "Førenamn", "a", "b", "Manuell"]


def test_goal_lines_in_nynorsk_with_the_2021_caveat() -> None:
    wb = workbook_from_rows({SheetKind.DELTAKERE: [
        {"fodselsnummer": FNR_A, "saksnummer": "21/001", "lov": "Introduksjonsloven",
         "kommunenummer": "0301", "programstart": "01.03.2019",
         "avslutningsdato": "01.06.2021", "avslutningsarsak": "Arbeid heltid"},
    ]}, reporting_year=2021)
    lines = goal_lines(goal_attainment(wb, 2021, lang="nn"), "nn")
    assert lines[0] == "Måloppnåing 2021 (førehandsvising, slik NIR vil ha det)"
    assert lines[2] == "  Avslutta i 2021 (i NIR): 1   Utelate (COV003): 0   Grunnlag: 1"
    assert lines[-1].startswith("  For 2021 venta IMDi lågare datakvalitet")
    _no_english("\n".join(lines))
