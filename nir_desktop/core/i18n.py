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

Texts made deep in the core, where no language is known (a reader's error, a note about a
file), are ``Msg`` objects: a ``str`` that reads as the bokmål sentence everywhere a plain
string is expected, and that keeps its template and named arguments so that the code
which shows it renders it in the user's language::

    raise ReadError(path, Msg("filen er tom ({size} byte).", size=0))
    ...
    print(render(exc.message, lang))        # English, nynorsk or bokmål
"""

from __future__ import annotations

import gettext as _gettext
import logging
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from nir_desktop.core.resources import resources_dir

log = logging.getLogger(__name__)

DOMAIN = "nir_desktop"
SOURCE_LANGUAGE = "nb"
LANGUAGES = ("nb", "nn", "en")
LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it here."""
    return message


def locale_dir() -> Path:
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


def missing_catalogues() -> list[str]:
    """The languages whose compiled catalogue (.mo) could not be loaded: the self-test of
    a bundle fails on any, since those users would silently get bokmål."""
    return [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE
            and not isinstance(texts(lang), _gettext.GNUTranslations)]


# No module-level gettext(lang, message): the extractor reads a call's first argument as
# the message, so the text must be the first argument: texts(lang).gettext(message).


class Msg(str):
    """A bokmål text that can be shown in any language later (see the module docstring).

    ``template`` is the catalogue id (the extractor finds ``Msg("...")`` literals);
    ``args`` fill its ``{placeholders}``. An argument may itself be a ``Msg`` (rendered in
    the same language) or a tuple of texts (rendered and joined with ", "). ``str(msg)``,
    comparisons and string operations see the bokmål text.
    """

    __slots__ = ("args", "count", "plural", "template")
    template: str
    plural: str | None
    count: int | None
    args: Mapping[str, object]

    def __new__(cls, template: str, /, **args: object) -> Msg:
        return cls._make(template, None, None, args)

    @classmethod
    def _make(cls, template: str, plural: str | None, count: int | None,
              args: Mapping[str, object]) -> Msg:
        source = template if plural is None or count == 1 else plural
        self = super().__new__(cls, source.format(**_rendered(args, SOURCE_LANGUAGE)))
        self.template, self.plural, self.count, self.args = template, plural, count, args
        return self

    def render(self, lang: str | None) -> str:
        if normalise(lang) == SOURCE_LANGUAGE:
            return str.__str__(self)
        t = texts(lang)
        if self.plural is None:
            template = t.gettext(self.template)
        else:
            template = t.ngettext(self.template, self.plural, self.count or 0)
        try:
            return template.format(**_rendered(self.args, lang))
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder (build/translations.py check stops
            # that): the bokmål sentence rather than no message at all.
            log.warning("Oversettelsen av en tekst har feil plassholdere (%s)", normalise(lang))
            return str.__str__(self)

    def __reduce__(self) -> tuple[object, ...]:
        return (Msg._make, (self.template, self.plural, self.count, dict(self.args)))


def plural_msg(singular: str, plural: str, count: int, /, **args: object) -> Msg:
    """A ``Msg`` with singular and plural forms chosen by ``count`` (also ``{count}``)."""
    return Msg._make(singular, plural, count, {"count": count, **args})


def render(text: object, lang: str | None) -> str:
    """``text`` in ``lang``: a ``Msg`` translated, anything else as it is."""
    if isinstance(text, Msg):
        return text.render(lang)
    if isinstance(text, tuple):
        return ", ".join(render(part, lang) for part in text)
    return str(text)


def _rendered(args: Mapping[str, object], lang: str) -> dict[str, object]:
    return {key: render(value, lang) if isinstance(value, Msg | tuple) else value
            for key, value in args.items()}


class MsgLines(Msg):
    """Texts on lines of their own (a note with a header and one line per cell), or joined
    by ``sep``; each a ``Msg`` or a plain string. Reads as the bokmål texts joined, and
    renders every part in the asked language."""

    __slots__ = ("lines", "sep")
    lines: tuple[object, ...]
    sep: str

    def __new__(cls, *lines: object, sep: str = "\n") -> MsgLines:
        joined = sep.join(str(line) for line in lines)
        self = str.__new__(cls, joined)
        self.template, self.plural, self.count, self.args = joined, None, None, {}
        self.lines, self.sep = lines, sep
        return self

    def render(self, lang: str | None) -> str:
        return self.sep.join(render(line, lang) for line in self.lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (_msg_lines, (self.lines, self.sep))


def _msg_lines(lines: tuple[object, ...], sep: str) -> MsgLines:
    return MsgLines(*lines, sep=sep)
