"""Turning cell values as read into the values the rules work with.

Spreadsheet programs damage identifiers (numbers, lost leading zeros, 1.2E+10) and
write dates in many forms. Everything here is pure and fast: it runs once per cell.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

# Excel's day zero: serial 1 is 1900-01-01, with the phantom 1900-02-29 taken into account.
_EXCEL_EPOCH = date(1899, 12, 30)

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Fold a header or sheet name for comparison: case, spaces, punctuation and æøå."""
    t = unicodedata.normalize("NFC", str(text)).strip().lower().translate(_FOLD)
    return _NON_ALNUM.sub("", t)


def fold_code(text: str) -> str:
    """Fold a code value: case-insensitive, spaces trimmed and collapsed."""
    return " ".join(str(text).split()).casefold()


def display(value: object) -> str:
    """The text a user sees for a raw value read from a file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANN" if value else "USANN"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second:
            return value.strftime("%d.%m.%Y %H:%M")
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


# --- identifiers ---------------------------------------------------------------

_SCI = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*[eE]\s*\+?\s*([0-9]+)\s*$")
_TRAILING_ZERO_DECIMAL = re.compile(r"^([0-9]+)[.,]0+$")


def repair_identifier(value: object) -> str:
    """Identifier as text, with Excel's damage undone where it can be.

    Leading zeros lost to a numeric cell are *not* restored here: how many digits an
    identifier should have depends on the field (see ``pad_digits``).
    """
    if type(value) is str and value.isdigit():
        return value  # the common case, already clean: skip the repairs below
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    text = str(value)
    # Non-breaking and thin spaces are common in pasted identifiers.
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ").strip()
    if text.startswith("'"):
        text = text[1:]
    m = _SCI.match(text)
    if m:
        try:
            number = Decimal(m.group(1).replace(",", ".")) * (Decimal(10) ** int(m.group(2)))
        except InvalidOperation:
            return text
        if number == number.to_integral_value():
            return str(int(number))
        return text
    m = _TRAILING_ZERO_DECIMAL.match(text)
    if m:
        return m.group(1)
    compact = text.replace(" ", "")
    if compact.isdigit():
        return compact
    return text


def pad_digits(text: str, width: int) -> str:
    """Restore leading zeros lost by a spreadsheet, if the value is all digits."""
    if text.isdigit() and len(text) < width:
        return text.zfill(width)
    return text


# --- dates ----------------------------------------------------------------------


class InvalidValue(str):
    """A cell whose text could not be parsed into its field's kind of value.

    Subclasses ``str`` so the original text travels with it; rules test with
    ``isinstance(v, InvalidValue)``.
    """

    __slots__ = ()


# Excel writes a date-time cell to CSV as "01.03.2021 00:00": the time is dropped.
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})"
                  r"(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SERIAL = re.compile(r"^\d{4,5}(?:[.,]\d+)?$")
# Serial numbers outside 1950..2100 are more likely other numbers than dates.
_SERIAL_MIN = 18264
_SERIAL_MAX = 73051


def from_excel_serial(serial: float) -> date:
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date(value: object) -> date | InvalidValue | None:
    """A date from any form the input spec lists; None for blank, InvalidValue otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return InvalidValue(display(value))
    if isinstance(value, int | float):
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return from_excel_serial(value)
        return InvalidValue(display(value))
    text = str(value).strip()
    if not text:
        return None
    m = _DMY.match(text)
    try:
        if m:
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            y = int(year)
            if len(year) == 2:
                # Two-digit years: the programme is at most decades old.
                y += 2000 if y <= 69 else 1900
            return date(y, month, day)
        m = _ISO.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return InvalidValue(text)
    if _SERIAL.match(text):
        serial = float(text.replace(",", "."))
        if _SERIAL_MIN <= serial <= _SERIAL_MAX:
            return from_excel_serial(serial)
    return InvalidValue(text)


# --- yes/no, numbers, codes -------------------------------------------------------

_TRUE = frozenset({"ja", "j", "yes", "y", "x", "true", "sann", "1", "1.0"})
_FALSE = frozenset({"nei", "n", "no", "false", "usann", "0", "0.0"})


def parse_bool(value: object) -> bool | InvalidValue | None:
    """Yes/no: ja/nei, j/n, yes/no, x/empty, true/false, 1/0. Blank is None (= no)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        return InvalidValue(display(value))
    text = str(value).strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return InvalidValue(str(value).strip())


def parse_number(value: object) -> float | InvalidValue | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return InvalidValue(display(value))
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return InvalidValue(str(value).strip())


def parse_date_or_bool(value: object) -> date | bool | InvalidValue | None:
    """Integreringskontrakt is registered as a date or as yes/no."""
    b = parse_bool(value)
    if b is None or isinstance(b, bool):
        return b
    return parse_date(value)


def parse_text(value: object) -> str | None:
    if type(value) is str:
        return value.strip() or None
    if value is None:
        return None
    text = display(value).strip()
    return text or None
