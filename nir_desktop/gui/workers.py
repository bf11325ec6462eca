"""Running slow work (reading a file, checking it) off the GUI thread.

A :class:`Task` wraps a plain function ``fn(progress, cancelled) -> result``: the core's
functions take exactly these two callbacks, so the core stays free of Qt. Results and
errors come back to the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[..., None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class Cancelled(Exception):
    """Raised inside a task when the user pressed Avbryt."""


class TaskSignals(QObject):
    progress = Signal(int)  # 0..1000
    stage = Signal(str)  # what is being done now, for the status bar
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three above


class Task(QRunnable):
    def __init__(self, work: Work, name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until `done`
        self.work = work
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def set_stage(self, text: str) -> None:
        self.signals.stage.emit(text)

    def _progress(self, fraction: float = 0.0, *_: object) -> None:
        permille = max(0, min(1000, int(float(fraction) * 1000)))
        if permille != self._last:  # don't flood the event loop
            self._last = permille
            self.signals.progress.emit(permille)

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.is_cancelled)
        except Exception as exc:
            if self.is_cancelled() or type(exc).__name__ in {"ReadCancelled", "CheckCancelled",
                                                             "Cancelled"}:
                self.signals.cancelled.emit()
            else:
                # Only the type goes to the log: messages may quote cell contents.
                log.warning("Bakgrunnsjobben %s feilet: %s", self.name, type(exc).__name__)
                self.signals.failed.emit(exc)
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        self.signals.done.emit()


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
