"""How a severity looks: an icon with its own shape (never colour alone) and a translucent
tint that reads on both light and dark palettes (blended over the view's base colour).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from nir_desktop.core.findings import Severity
from nir_desktop.gui.resources import icon

_TINT = {
    Severity.ERROR: QColor(229, 57, 53, 96),
    Severity.WARNING: QColor(251, 192, 45, 110),
    Severity.INFO: QColor(30, 136, 229, 64),
}
_ACK_TINT = QColor(67, 160, 71, 56)


def tint(severity: Severity | None, acknowledged: bool = False) -> QColor | None:
    if severity is None:
        return _ACK_TINT if acknowledged else None
    return _TINT[severity]


def severity_icon(severity: Severity | None, acknowledged: bool = False) -> QIcon | None:
    if severity is None:
        return icon("acknowledged") if acknowledged else None
    return icon(severity.value)


def severity_label(severity: Severity) -> str:
    """The severity's name in the UI language."""
    return {
        Severity.ERROR: QCoreApplication.translate("Severity", "Feil"),
        Severity.WARNING: QCoreApplication.translate("Severity", "Advarsel"),
        Severity.INFO: QCoreApplication.translate("Severity", "Info"),
    }[severity]
