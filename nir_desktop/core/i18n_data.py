"""Texts that data files carry in their own three languages (code-list titles, the years'
guidance summaries), side by side as ``title_nb``/``title_en``/``title_nn``.

Why not the gettext catalogue (core.i18n): a data file is edited as one fact with its
source (a new reporting year, a list a municipality adjusts and exports); its texts travel
with it, and a user's own list file can never be in a catalogue built at release time.
tests/core/test_i18n_data.py fails when a shipped data text lacks English or nynorsk.
"""

from __future__ import annotations

from nir_desktop.core.i18n import normalise


def localized(lang: str | None, nb: str, *, en: str = "", nn: str = "") -> str:
    """The text for ``lang``; bokmål where that one is missing."""
    code = normalise(lang)
    return (en if code == "en" else nn if code == "nn" else "") or nb
