"""UI language: bokmål is the source language of every string; English comes from
resources/translations/nir_desktop_en.qm (built from the .ts by dev.sh / lrelease).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from nir_desktop.gui.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = "nb"


def qm_path(language: str):
    return resource_path("translations", f"nir_desktop_{language}.qm")


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Install the translator for ``language``; returns False when it could not be loaded
    (the UI then stays in bokmål, which is always complete)."""
    global _current
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current = "nb"
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    if language == "nb":
        return True
    path = qm_path(language)
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        log.warning("Fant ikke oversettelsen %s; bruker bokmål", path.name)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _current = language
    return True


def current_language() -> str:
    """"nb" or "en": also the language the core's texts are rendered in."""
    return _current


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
