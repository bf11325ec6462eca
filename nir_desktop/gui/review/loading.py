"""Reading and checking files in the background, one job at a time, with progress and
cancel. The window only sees signals; the core functions run on a worker thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from nir_desktop.core.model import Workbook
from nir_desktop.core.reporting_year import choose_year
from nir_desktop.gui.i18n import core_text
from nir_desktop.gui.review.engine import Engine
from nir_desktop.gui.workers import Task, start

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for




def _scaled(progress: Callable[..., None], start_at: float, share: float) -> Callable[..., None]:
    def report(fraction: float = 0.0, *_: object) -> None:
        progress(start_at + share * float(fraction))
    return report


class Loader(QObject):
    loaded = Signal(object, int, object)  # Workbook, year, CheckResult
    checked = Signal(int, object)  # year, CheckResult
    failed = Signal(str, str)  # title, Norwegian message
    cancelled = Signal()
    busyChanged = Signal(bool)
    progress = Signal(int)  # 0..1000
    stage = Signal(str)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.task: Task | None = None
        self._path = Path()
        self._year = 0

    @property
    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def open(self, path: Path, year: int | None = None, **read_options: Any) -> bool:
        if self.busy:
            return False
        engine = self.engine

        def work(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Any:
            from nir_desktop.core.readers import read_workbook

            task.set_stage(translate("Loader", "Leser «{0}» …").format(path.name))
            wb = read_workbook(path, progress=_scaled(progress, 0.0, 0.4), cancelled=cancelled,
                               **read_options)
            y = year if year is not None else choose_year(wb).year
            task.set_stage(translate("Loader", "Kontrollerer {0} rader for {1} …").format(
                sum(len(s.rows) for s in wb.sheets), y))
            result = engine.check(wb, y, _scaled(progress, 0.4, 0.6), cancelled)
            return wb, y, result

        task = Task(work, "open")
        self._path = path
        task.signals.succeeded.connect(self._opened)
        self._run(task)
        return True

    def recheck(self, workbook: Workbook, year: int) -> bool:
        if self.busy:
            return False
        engine = self.engine

        def work(progress: Callable[..., None], cancelled: Callable[[], bool]) -> Any:
            task.set_stage(
                translate("Loader", "Kontrollerer for rapporteringsåret {0} …").format(year))
            return engine.check(workbook, year, progress, cancelled)

        task = Task(work, "check")
        self._path = workbook.path
        self._year = year
        task.signals.succeeded.connect(self._checked)
        self._run(task)
        return True

    # Bound methods of this QObject (not lambdas): Qt then queues the calls from the worker
    # thread to the GUI thread this object lives in.
    def _opened(self, r: tuple[Workbook, int, Any]) -> None:
        self.loaded.emit(*r)

    def _checked(self, result: Any) -> None:
        self.checked.emit(self._year, result)

    def _failed_slot(self, exc: BaseException) -> None:
        self._failed(exc, self._path)

    def _run(self, task: Task) -> None:
        self.task = task
        task.signals.failed.connect(self._failed_slot)
        task.signals.progress.connect(self.progress)
        task.signals.stage.connect(self.stage)
        task.signals.cancelled.connect(self.cancelled)
        task.signals.done.connect(self._done)
        self.busyChanged.emit(True)
        start(task)

    def _done(self) -> None:
        self.task = None
        self.busyChanged.emit(False)

    def _failed(self, exc: BaseException, path: Path) -> None:
        message = getattr(exc, "message", None)
        if isinstance(message, str) and message:
            self.failed.emit(translate("Loader", "Kan ikke åpne filen"), core_text(message))
            return
        if isinstance(exc, OSError):
            self.failed.emit(translate("Loader", "Kan ikke åpne filen"), translate("Loader",
                "Kan ikke lese «{0}»: {1}. Filen er ikke endret.").format(
                path.name, exc.strerror or type(exc).__name__))
            return
        self.failed.emit(translate("Loader", "Uventet feil"), translate("Loader",
            "Det oppstod en uventet feil med «{0}» ({1}). Filen er ikke endret. "
            "Prøv igjen, eller send loggfilen til den som drifter programmet.").format(
            path.name, type(exc).__name__))
