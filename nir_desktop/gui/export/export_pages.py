"""The export wizard's pages: what to write, open findings, options, destination,
summary (with the write itself) and the final list of written files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nir_desktop.core.model import column_letter
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.writers import WriteError, ensure_not_original
from nir_desktop.gui.export.export_job import (
    ExportFailed,
    OutputKind,
    WrittenFile,
    expected_suffix,
    output_label,
    planned_outputs,
)
from nir_desktop.gui.i18n import core_text

if TYPE_CHECKING:
    from nir_desktop.core.model import Workbook
    from nir_desktop.gui.export.export_job import ExportChoices, OpenFindings
    from nir_desktop.gui.review.document import ReviewDocument


class WizardState(Protocol):
    """What the pages may read and ask of their wizard (the ExportWizard, which imports
    the pages; this protocol keeps the pages from importing it back)."""

    document: ReviewDocument
    workbook: Workbook
    original: Path
    folder: Path | None
    targets: dict[OutputKind, Path]
    what_page: WhatPage
    summary_page: SummaryPage

    @property
    def net_edits(self) -> list[Any]: ...
    @property
    def mapped_cells(self) -> int: ...
    @property
    def writing(self) -> bool: ...
    def open_found(self) -> OpenFindings: ...
    def value_choice_applies(self) -> bool: ...
    def choices(self) -> ExportChoices: ...
    def tell(self, title: str, text: str) -> None: ...
    def ask(self, title: str, text: str) -> bool: ...
    def start_writing(self) -> Any: ...
    def back_to_review(self) -> None: ...
    def currentId(self) -> int: ...
    def pageIds(self) -> list[int]: ...

MAX_LISTED_WARNINGS = 500
translate = QCoreApplication.translate


def _wizard(page: QWizardPage) -> WizardState:
    return page.wizard()  # type: ignore[return-value]


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# --- 1. What to write ---------------------------------------------------------------------


class WhatPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hva vil du lagre?"))
        self.setSubTitle(self.tr("Originalfilen endres aldri. Alt du velger her, blir nye "
                                 "filer."))
        lay = QVBoxLayout(self)
        self.corrected = QCheckBox(self.tr("&Rettet eksport i samme oppsett som originalen"),
                                   self)
        self.corrected.setToolTip(self.tr(
            "Samme ark, kolonner, rekkefølge og formater som originalen, med rettingene dine. "
            "Klar til å lese inn igjen."))
        self.changed_rows = QCheckBox(self.tr("&Bare radene du har endret"), self)
        self.report = QCheckBox(self.tr("&Feilrapport (til en kollega eller leder)"), self)
        self.change_log = QCheckBox(self.tr("&Endringslogg (hva som ble endret, celle for "
                                            "celle)"), self)
        self.corrected.setChecked(True)
        self.report.setChecked(True)
        self.change_log.setChecked(True)
        self.edits_label = _label("", self)
        for box, name in ((self.corrected, self.tr("Rettet eksport")),
                          (self.changed_rows, self.tr("Bare endrede rader")),
                          (self.report, self.tr("Feilrapport")),
                          (self.change_log, self.tr("Endringslogg"))):
            box.setAccessibleName(name)
            box.toggled.connect(self.completeChanged)
            lay.addWidget(box)
            if box is self.corrected:
                hint = _label(self.tr("Samme ark, kolonner og formater som originalen – klar "
                                      "til å lese inn i NIR igjen."), self)
                hint.setContentsMargins(24, 0, 0, 6)
                lay.addWidget(hint)
        lay.addSpacing(12)
        lay.addWidget(self.edits_label)
        lay.addStretch(1)
        self._initialised = False

    def initializePage(self) -> None:
        n = len(_wizard(self).net_edits)
        if not self._initialised:
            # Nothing changed: a change log would be empty.
            self.change_log.setChecked(n > 0)
            self._initialised = True
        if n == 0:
            self.edits_label.setText(self.tr(
                "Du har ikke endret noen celler ennå. Den rettede filen blir da lik "
                "originalen."))
        else:
            self.edits_label.setText(self.tr("{0} celler er endret.").format(n))

    def isComplete(self) -> bool:
        return any(b.isChecked() for b in (self.corrected, self.changed_rows, self.report,
                                           self.change_log))


# --- 2. Open findings ---------------------------------------------------------------------


class FindingsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Funn som ikke er løst"))
        self.setSubTitle(self.tr("Feil og advarsler som verken er rettet eller kvittert ut."))
        lay = QVBoxLayout(self)
        self.summary = _label("", self)
        self.summary.setAccessibleName(self.tr("Åpne funn"))
        lay.addWidget(self.summary)
        self.list_label = QLabel(self.tr("&Advarsler som ikke er kvittert ut:"), self)
        self.warnings = QListWidget(self)
        self.warnings.setAccessibleName(self.tr("Advarsler som ikke er kvittert ut"))
        self.warnings.setAlternatingRowColors(True)
        self.warnings.setWordWrap(True)
        self.list_label.setBuddy(self.warnings)
        lay.addWidget(self.list_label)
        lay.addWidget(self.warnings, 1)
        row = QHBoxLayout()
        self.back_to_review = QPushButton(self.tr("&Lukk og rett funnene"), self)
        self.back_to_review.setAccessibleName(self.tr("Lukk veiviseren og rett funnene"))
        self.anyway = QCheckBox(self.tr("E&ksporter likevel (rapporten sier at funn er "
                                        "åpne)"), self)
        self.anyway.setAccessibleName(self.tr("Eksporter likevel"))
        self.anyway.toggled.connect(self.completeChanged)
        row.addWidget(self.anyway, 1)
        row.addWidget(self.back_to_review)
        lay.addLayout(row)
        self.back_to_review.clicked.connect(lambda: _wizard(self).back_to_review())

    def initializePage(self) -> None:
        w = _wizard(self)
        found = w.open_found()
        errors, warnings = len(found.errors), len(found.warnings)
        if not found.any:
            text = self.tr("Ingen feil eller advarsler er åpne. Alt er rettet eller kvittert "
                           "ut.")
            if found.acknowledged:
                text += " " + self.tr("{0} advarsler er kvittert ut og står i rapporten med "
                                      "merknaden din.").format(found.acknowledged)
            self.summary.setText(text)
        else:
            text = self.tr("<b>{0} feil</b> og <b>{1} advarsler</b> er verken rettet eller "
                           "kvittert ut.").format(errors, warnings)
            if found.acknowledged:
                text += " " + self.tr("(Kvitterte advarsler er ikke regnet med: {0}.)").format(
                    found.acknowledged)
            text += "<br>" + self.tr("Du kan gå tilbake og rette dem, eller eksportere likevel. "
                                     "Da står det i rapporten at funn er åpne.")
            self.summary.setText(text)
        self.warnings.clear()
        doc = w.document
        for f in found.warnings[:MAX_LISTED_WARNINGS]:
            where = (self.tr("{0} rad {1}").format(f.sheet, f.row) if f.sheet and f.row
                     else (f.sheet or ""))
            if f.column is not None:
                where += self.tr(", kolonne {0}").format(column_letter(f.column))
            self.warnings.addItem(f"{f.rule} – {where}: {doc.message(f)}")
        if warnings > MAX_LISTED_WARNINGS:
            self.warnings.addItem(self.tr("… og {0} til").format(warnings - MAX_LISTED_WARNINGS))
        self.list_label.setVisible(bool(warnings))
        self.warnings.setVisible(bool(warnings))
        self.anyway.setVisible(found.any)
        self.back_to_review.setVisible(found.any)
        if not found.any:
            self.anyway.setChecked(False)

    def isComplete(self) -> bool:
        w = self.wizard()
        if w is None:
            return True
        return not _wizard(self).open_found().any or self.anyway.isChecked()

    def nextId(self) -> int:
        w = _wizard(self)
        if not (w.what_page.report.isChecked() or w.what_page.change_log.isChecked()
                or w.value_choice_applies()):
            return w.pageIds()[w.pageIds().index(w.currentId()) + 2]  # no report options
        return super().nextId()


# --- 3. Options ---------------------------------------------------------------------------


class OptionsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Valg for rapportene"))
        self.setSubTitle(self.tr("Personvern og format for feilrapporten og "
                                 "endringsloggen."))
        lay = QVBoxLayout(self)
        self.mask = QCheckBox(self.tr("&Skjul personnummeret i fødselsnumre (anbefalt)"), self)
        self.mask.setChecked(True)
        self.mask.setAccessibleName(self.tr("Skjul fødselsnumre i rapportene"))
        self.mask.setToolTip(self.tr("Feilrapporten og endringsloggen viser bare "
                                     "fødselsdatoen, f.eks. 158385*****. Den rettede eksporten "
                                     "og «bare endrede rader» har alltid hele numrene."))
        lay.addWidget(self.mask)
        self.formats = QGroupBox(self.tr("Format for feilrapporten"), self)
        f_lay = QVBoxLayout(self.formats)
        self.xlsx = QCheckBox(self.tr("E&xcel (.xlsx) – alle funn, kan sorteres og filtreres"),
                              self.formats)
        self.pdf = QCheckBox(self.tr("&PDF – for utskrift eller til leder"), self.formats)
        self.xlsx.setChecked(True)
        self.xlsx.setAccessibleName(self.tr("Feilrapport som Excel"))
        self.pdf.setAccessibleName(self.tr("Feilrapport som PDF"))
        f_lay.addWidget(self.xlsx)
        f_lay.addWidget(self.pdf)
        lay.addWidget(self.formats)
        self.log_box = QGroupBox(self.tr("Endringsloggen"), self)
        l_lay = QVBoxLayout(self.log_box)
        self.log_sheet = QRadioButton(self.tr("Som et eget a&rk i feilrapporten"), self.log_box)
        self.log_file = QRadioButton(self.tr("Som en egen &fil"), self.log_box)
        self.log_sheet.setChecked(True)
        self.log_sheet.setAccessibleName(self.tr("Endringslogg i rapporten"))
        self.log_file.setAccessibleName(self.tr("Endringslogg som egen fil"))
        group = QButtonGroup(self)
        group.addButton(self.log_sheet)
        group.addButton(self.log_file)
        l_lay.addWidget(self.log_sheet)
        l_lay.addWidget(self.log_file)
        lay.addWidget(self.log_box)
        # Only when the profile maps some of the file's spellings to code-list values.
        self.values_box = QGroupBox(self.tr("Verdikoblinger i den rettede filen"), self)
        v_lay = QVBoxLayout(self.values_box)
        self.values_label = _label("", self.values_box)
        self.keep_spelling = QRadioButton(self.tr("&Behold filens skrivemåte"), self.values_box)
        self.canonical = QRadioButton(self.tr("Skriv &verdien fra kodelisten"),
                                      self.values_box)
        self.keep_spelling.setChecked(True)
        self.keep_spelling.setAccessibleName(self.tr("Behold filens skrivemåte"))
        self.canonical.setAccessibleName(self.tr("Skriv verdien fra kodelisten"))
        values_group = QButtonGroup(self)
        values_group.addButton(self.keep_spelling)
        values_group.addButton(self.canonical)
        v_lay.addWidget(self.values_label)
        v_lay.addWidget(self.keep_spelling)
        v_lay.addWidget(self.canonical)
        lay.addWidget(self.values_box)
        self.values_box.hide()
        self.hint = _label("", self)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        for box in (self.xlsx, self.pdf):
            box.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        w = _wizard(self)
        what = w.what_page
        report, log = what.report.isChecked(), what.change_log.isChecked()
        self.formats.setEnabled(report)
        self.log_box.setEnabled(report and log)
        values = w.value_choice_applies()
        # Only the value choice to make: the report's options would be noise.
        for widget in (self.mask, self.formats, self.log_box):
            widget.setVisible(report or log or not values)
        self.values_box.setVisible(values)
        if values:
            self.setTitle(self.tr("Valg for filene"))
            self.setSubTitle(self.tr("Verdikoblinger, personvern og format."))
            self.values_label.setText(self.tr(
                "Koblingsprofilen kobler filens egen skrivemåte av noen koder til verdier i "
                "kodelisten ({0} celler). Den rettede filen kan beholde filens skrivemåte, "
                "eller få verdien fra kodelisten.").format(w.mapped_cells))
            self.canonical.setText(self.tr("Skriv &verdien fra kodelisten ({0} celler "
                                           "endres)").format(w.mapped_cells))
        else:
            self.setTitle(self.tr("Valg for rapportene"))
            self.setSubTitle(self.tr("Personvern og format for feilrapporten og "
                                     "endringsloggen."))
        if not report and log:
            self.hint.setText(self.tr("Endringsloggen blir en egen fil, siden du ikke lager "
                                      "feilrapport."))
        else:
            self.hint.setText("")

    def isComplete(self) -> bool:
        w = self.wizard()
        if w is None or not _wizard(self).what_page.report.isChecked():
            return True
        return self.xlsx.isChecked() or self.pdf.isChecked()


# --- 4. Destination -----------------------------------------------------------------------


class DestinationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hvor skal filene lagres?"))
        self.setSubTitle(self.tr("Forslaget er mappen der originalen ligger. Originalfilen "
                                 "kan ikke overskrives."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("&Mappe:"), self)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Mappe"))
        self.folder_label.setBuddy(self.folder)
        self.choose = QPushButton(self.tr("&Velg mappe…"), self)
        self.choose.setAccessibleName(self.tr("Velg mappe"))
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        lay.addLayout(row)
        self.names_box = QGroupBox(self.tr("Filnavn"), self)
        self.names = QFormLayout(self.names_box)
        lay.addWidget(self.names_box)
        self.error = _label("", self)
        self.error.setStyleSheet("color: #9c2a00;")
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.edits: dict[OutputKind, QLineEdit] = {}
        self.choose.clicked.connect(self.choose_folder)
        self.folder.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        w = _wizard(self)
        folder = w.folder or w.original.parent
        self.folder.setText(str(folder))
        self._fill(folder)

    def _fill(self, folder: Path) -> None:
        w = _wizard(self)
        while self.names.rowCount():
            self.names.removeRow(0)
        self.edits = {}
        for kind, path in planned_outputs(w.choices(), w.workbook, folder).items():
            edit = QLineEdit(path.name, self.names_box)
            edit.setAccessibleName(output_label(kind))
            edit.textChanged.connect(self.completeChanged)
            self.edits[kind] = edit
            self.names.addRow(output_label(kind) + ":", edit)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for filene"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            _wizard(self).folder = Path(chosen)
            self._fill(Path(chosen))

    def targets(self) -> dict[OutputKind, Path]:
        folder = Path(self.folder.text().strip())
        wb = _wizard(self).workbook
        result = {}
        for kind, edit in self.edits.items():
            name = edit.text().strip()
            want = expected_suffix(kind, wb)
            if Path(name).suffix.lower() != want:
                name += want
            result[kind] = folder / name
        return result

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip()) and all(
            e.text().strip() for e in self.edits.values())

    def validatePage(self) -> bool:
        w = _wizard(self)
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            w.tell(self.tr("Mappen finnes ikke"),
                   self.tr("Mappen «{0}» finnes ikke. Velg en annen mappe.").format(folder))
            return False
        targets = self.targets()
        for path in targets.values():
            try:
                ensure_not_original(path, w.original)
            except WriteError:
                w.tell(self.tr("Kan ikke skrive over originalen"), self.tr(
                    "«{0}» er originalfilen. Den endres aldri; velg et annet filnavn.").format(
                    path.name))
                return False
        names = [p.name.casefold() for p in targets.values()]
        if len(set(names)) != len(names):
            w.tell(self.tr("Samme filnavn to ganger"),
                   self.tr("To av filene har samme navn. Gi dem hvert sitt navn."))
            return False
        existing = [p for p in targets.values() if p.exists()]
        if existing:
            listed = "\n".join(f"• {p.name}" for p in existing)
            if not w.ask(self.tr("Erstatte filer?"), self.tr(
                    "Disse filene finnes allerede i mappen og blir erstattet:\n\n{0}\n\n"
                    "Vil du erstatte dem?").format(listed)):
                return False
        w.folder = folder
        w.targets = targets
        return True


# --- 5. Summary and write -----------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Klar til å lagre"))
        self.setSubTitle(self.tr("Se over valgene og trykk «Lagre filene»."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Lagre filene"))
        lay = QVBoxLayout(self)
        self.text = _label("", self)
        self.text.setAccessibleName(self.tr("Sammendrag"))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.text)
        lay.addStretch(1)
        self.status = _label("", self)
        lay.addWidget(self.status)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Fremdrift"))
        self.progress.hide()
        lay.addWidget(self.progress)
        self.written: list[WrittenFile] = []
        self.done = False

    def initializePage(self) -> None:
        w = _wizard(self)
        self.done = False
        self.written = []
        self.progress.hide()
        self.status.setText("")
        lines = [self.tr("Disse filene blir lagret i <b>{0}</b>:").format(
            _html(str(w.folder)))]
        lines.append("<ul>")
        for kind, path in w.targets.items():
            lines.append(f"<li>{_html(output_label(kind))}: <b>{_html(path.name)}</b></li>")
        lines.append("</ul>")
        choices = w.choices()
        facts = [self.tr("{0} endrede celler").format(len(w.net_edits))]
        if choices.canonical_values:
            facts.append(self.tr("{0} celler får verdien fra kodelisten").format(
                w.mapped_cells))
        elif w.value_choice_applies():
            facts.append(self.tr("filens skrivemåte beholdes i {0} celler med "
                                 "verdikobling").format(w.mapped_cells))
        if choices.report or choices.change_log:
            facts.append(self.tr("fødselsnumre skjult i rapportene") if choices.masked
                         else self.tr("fødselsnumre vises i sin helhet i rapportene"))
        found = w.open_found()
        if found.any:
            facts.append(self.tr("{0} feil og {1} advarsler er åpne (står i rapporten)").format(
                len(found.errors), len(found.warnings)))
        lines.append("<p>" + _html(", ".join(facts)).capitalize() + ".</p>")
        lines.append("<p>" + _html(self.tr("Originalfilen {0} blir ikke endret.").format(
            w.original.name)) + "</p>")
        self.text.setText("".join(lines))

    def validatePage(self) -> bool:
        if self.done:
            return True
        w = _wizard(self)
        if not w.writing:
            self.progress.setValue(0)
            self.progress.show()
            self.status.setText(self.tr("Lagrer …"))
            w.start_writing()
        return False

    def writing_finished(self, written: list[WrittenFile]) -> None:
        self.written = written
        self.done = True
        self.progress.setValue(1000)
        _wizard(self).next()

    def writing_failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(f'<span style="color:#9c2a00">{_html(message)}</span>')


def _html(text: str) -> str:
    from html import escape

    return escape(text)


# --- 6. Done ------------------------------------------------------------------------------


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Filene er lagret"))
        self.setSubTitle(" ")
        self.setFinalPage(True)
        lay = QVBoxLayout(self)
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Lagrede filer"))
        lay.addWidget(self.files, 1)
        self.notes = _label("", self)
        lay.addWidget(self.notes)
        self.open_folder = QPushButton(self.tr("Å&pne mappen"), self)
        self.open_folder.setAccessibleName(self.tr("Åpne mappen med filene"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_folder)
        lay.addLayout(row)
        self.open_folder.clicked.connect(self.show_folder)

    def initializePage(self) -> None:
        w = _wizard(self)
        self.files.clear()
        notes: list[str] = []
        for wf in w.summary_page.written:
            self.files.addItem(f"{wf.path.name}  –  {output_label(wf.kind)}")
            notes += [core_text(note) for note in wf.notes]
        self.setSubTitle(self.tr("{0} filer er lagret i {1}").format(
            len(w.summary_page.written), w.folder))
        self.notes.setText("\n".join(notes))
        self.open_folder.setFocus()

    def show_folder(self) -> bool:
        folder = _wizard(self).folder
        if folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def failure_message(exc: BaseException, masked: bool) -> tuple[str, list[WrittenFile]]:
    """The Norwegian text for a failed write, and the files finished before it."""
    if isinstance(exc, ExportFailed):
        text = core_text(exc.message)
        if exc.written:
            text += "\n\n" + translate(
                "ExportFailure", "Disse filene ble lagret før feilen: {0}.").format(
                ", ".join(w.path.name for w in exc.written))
        return (mask_text(text) if masked else text), exc.written
    return translate("ExportFailure", "Noe gikk galt under lagringen ({0}). Ingen halvferdig "
                     "fil er lagt igjen; prøv igjen, eller velg en annen mappe.").format(
        type(exc).__name__), []
