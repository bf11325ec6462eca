"""Undo commands. Every change the user makes is a step of the core's review session
(:mod:`nir_desktop.core.review.session`); a :class:`StepCommand` puts it on the window's
QUndoStack, so the undo history (QUndoView) lists it as "Endre Avslutningsårsak i rad 14"
while the session's own history stays in step with the stack.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from nir_desktop.core.review.session import ReviewSession, Step


class StepCommand(QUndoCommand):
    """One step (cell changes, or acknowledging) as one entry in the undo history."""

    def __init__(self, session: ReviewSession, step: Step, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.step = step
        self._done_once = False

    def redo(self) -> None:
        # QUndoStack.push() calls redo() at once: that is the step's first doing.
        if self._done_once:
            self.session.redo(expected=self.step)
        else:
            self.session.do(self.step)
            self._done_once = True

    def undo(self) -> None:
        self.session.undo(expected=self.step)
