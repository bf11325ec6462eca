"""UI language: bokmål is the source language of every string; English and nynorsk come
from resources/translations/nir_desktop_{en,nn}.qm (built from the .ts by dev.sh / lrelease).

The language chosen here is also the language of the core's texts (rule texts, reader
errors and notes, reports): they come from the gettext catalogue (``core.i18n``) and are
rendered with ``current_language()``; ``core_text`` does that for a core ``Msg``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from nir_desktop.core.i18n import render
from nir_desktop.gui.resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = "nb"
# The locale for dates and numbers in Qt's own widgets, by UI language.
_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
}


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
    QLocale.setDefault(QLocale(*_LOCALES["nb"]))
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
    # English keeps Norwegian dates and numbers: the files and NIR use them.
    QLocale.setDefault(QLocale(*_LOCALES.get(language, _LOCALES["nb"])))
    return True


def current_language() -> str:
    """"nb", "nn" or "en": also the language the core's texts are rendered in."""
    return _current


def core_text(text: object) -> str:
    """A text from the core (a ``core.i18n.Msg``, or a plain string) in the UI language."""
    return render(text, _current)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
