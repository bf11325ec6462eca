"""Hiding fødselsnummer in text that leaves the program (reports, dialogs, logs of what
was written). Small on purpose: the mapping assistant, the window and the reports mask
text without importing the report module."""

from __future__ import annotations

import re

from nir_desktop.core.fnr import mask

# 11 digits (optionally split after the date part) or 10 digits that lost a leading zero.
_FNR_LIKE = re.compile(r"(?<!\d)(\d{6})[ .\-]?(\d{4,5})(?!\d)")


def mask_text(text: str) -> str:
    """Hide the personnummer part of anything that looks like a fødselsnummer."""
    return _FNR_LIKE.sub(lambda m: mask(m.group(1) + m.group(2)), text)


def mask_if(text: str, masked: bool) -> str:
    """``text`` masked when ``masked`` is on (the user's choice), else as it is."""
    return mask_text(text) if masked else text
