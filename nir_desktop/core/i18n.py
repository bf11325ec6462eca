"""One text catalogue for every string the core and the window show outside Qt widgets.

Bokmål is the source language: a message id *is* the bokmål text, with named
placeholders (``{count}``, ``{file}``) filled in after translation. English (``en``) and
nynorsk (``nn``) come from gettext catalogues,
``resources/locale/<lang>/LC_MESSAGES/nir_desktop.po``, compiled to ``.mo`` by
``build/translations.py compile`` (``./dev.sh`` and the bundle builds run it; the ``.mo``
files are build output and not in git). Qt widgets keep ``tr()`` and Qt Linguist files.

Usage in code that renders for a language::

    t = texts(lang)
    t.gettext("Ingen funn")
    t.ngettext("{n} funn", "{n} funn", n).format(n=n)
    t.pgettext("alvorlighet", "Feil")

Strings defined before a language is known (tables, rule texts) are marked with
``N_("...")`` so the extractor finds them, and translated where they are shown.
"""

from __future__ import annotations

import gettext as _gettext
import logging
from functools import cache

from nir_desktop.core.resources import resources_dir

log = logging.getLogger(__name__)

DOMAIN = "nir_desktop"
SOURCE_LANGUAGE = "nb"
LANGUAGES = ("nb", "nn", "en")
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it here."""
    return message


def locale_dir():
    return resources_dir() / "locale"


def normalise(lang: str | None) -> str:
    """A language code as the catalogue knows it; anything unknown is bokmål."""
    code = (lang or SOURCE_LANGUAGE).lower().replace("_", "-").split("-")[0]
    if code in ("no", "nob"):
        return "nb"
    if code == "nno":
        return "nn"
    return code if code in LANGUAGES else SOURCE_LANGUAGE


@cache
def texts(lang: str | None) -> _gettext.NullTranslations:
    """The catalogue for ``lang``. Bokmål (the source) and a missing catalogue give the
    untranslated source texts; a missing catalogue is logged once, never an error, so
    the product always speaks bokmål rather than fail."""
    code = normalise(lang)
    if code == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    try:
        return _gettext.translation(DOMAIN, localedir=str(locale_dir()), languages=[code])
    except OSError:
        log.warning("Fant ikke tekstkatalogen for %s; bruker bokmål", code)
        return _gettext.NullTranslations()


def gettext(lang: str | None, message: str) -> str:
    return texts(lang).gettext(message)


def ngettext(lang: str | None, singular: str, plural: str, n: int) -> str:
    return texts(lang).ngettext(singular, plural, n)


def pgettext(lang: str | None, context: str, message: str) -> str:
    return texts(lang).pgettext(context, message)
