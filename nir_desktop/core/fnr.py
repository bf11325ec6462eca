"""Fødselsnummer: classify, repair, mask and (for tests and the demo) make synthetic ones.

python-stdnum (``stdnum.no.fodselsnummer``) validates ordinary numbers, D-numbers
(day + 40) and H-numbers (month + 40), including the birth date and the century rule.
It rejects Skatteetaten's synthetic test numbers (month + 80), whose month it cannot
read, so for those we check the two mod-11 control digits and the date ourselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# Control digit weights (Skatteetaten): 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2.

# What the month and day offsets mean (Skatteetaten's numbering).
D_DAY_OFFSET = 40
H_MONTH_OFFSET = 40
SYNTHETIC_MONTH_OFFSET = 80


class FnrKind(StrEnum):
    FNR = "fnr"
    DNR = "dnr"
    HNR = "hnr"
    SYNTHETIC = "synthetic"


class FnrProblem(StrEnum):
    EMPTY = "empty"
    LENGTH = "length"
    DIGITS = "digits"
    CONTROL = "control"
    DATE = "date"  # control digits fine, but no real birth date (or born in the future)


@dataclass(frozen=True, slots=True)
class FnrStatus:
    text: str  # the number as compared (spaces and dashes removed)
    kind: FnrKind | None = None
    problem: FnrProblem | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None


def compact(text: object) -> str:
    if type(text) is str and text.isdigit():
        return text
    return "".join(str(text).split()).replace("-", "") if text is not None else ""


def control_digits(first9: str) -> str | None:
    """The two control digits for nine digits, or None when none exist (remainder 10)."""
    d0, d1, d2, d3, d4, d5, d6, d7, d8 = (ord(c) - 48 for c in first9)
    k1 = (11 - (3 * d0 + 7 * d1 + 6 * d2 + d3 + 8 * d4 + 9 * d5 + 4 * d6 + 5 * d7 + 2 * d8)
          % 11) % 11
    if k1 == 10:
        return None
    k2 = (11 - (5 * d0 + 4 * d1 + 3 * d2 + 2 * d3 + 7 * d4 + 6 * d5 + 5 * d6 + 4 * d7 + 3 * d8
                + 2 * k1) % 11) % 11
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def _controls_ok(number: str) -> bool:
    return control_digits(number[:9]) == number[9:]


def _synthetic_date_ok(number: str) -> bool:
    day, month, yy = int(number[0:2]), int(number[2:4]) - SYNTHETIC_MONTH_OFFSET, int(number[4:6])
    if day > D_DAY_OFFSET:  # synthetic D-numbers exist too
        day -= D_DAY_OFFSET
    # The century of a synthetic number is not reliable; any year with that date will do.
    for year in (2000 + yy, 1900 + yy):
        try:
            date(year, month, day)
            return True
        except ValueError:
            continue
    return False


_stdnum_is_valid: Callable[[str], bool] | None = None


def _stdnum_valid(number: str) -> bool:
    """python-stdnum's check of the birth date and century. Loaded on first use: stdnum
    imports ssl and more, which the window's first paint does not need."""
    global _stdnum_is_valid
    if _stdnum_is_valid is None:
        from stdnum.no import fodselsnummer

        _stdnum_is_valid = fodselsnummer.is_valid
    return _stdnum_is_valid(number)


def classify(text: object) -> FnrStatus:
    """What kind of number this is, or why it is not a valid one."""
    number = compact(text)
    if not number:
        return FnrStatus(number, problem=FnrProblem.EMPTY)
    if not number.isdigit() or not number.isascii():
        return FnrStatus(number, problem=FnrProblem.DIGITS)
    if len(number) != 11:
        return FnrStatus(number, problem=FnrProblem.LENGTH)
    if not _controls_ok(number):
        return FnrStatus(number, problem=FnrProblem.CONTROL)
    month = int(number[2:4])
    if month > SYNTHETIC_MONTH_OFFSET:
        if _synthetic_date_ok(number):
            return FnrStatus(number, kind=FnrKind.SYNTHETIC)
        return FnrStatus(number, problem=FnrProblem.DATE)
    if not _stdnum_valid(number):
        # Length, digits and controls passed above, so it is the birth date or century.
        return FnrStatus(number, problem=FnrProblem.DATE)
    if month > H_MONTH_OFFSET:
        return FnrStatus(number, kind=FnrKind.HNR)
    if int(number[0:2]) > D_DAY_OFFSET:
        return FnrStatus(number, kind=FnrKind.DNR)
    return FnrStatus(number, kind=FnrKind.FNR)


def is_valid(text: object) -> bool:
    return classify(text).valid


def repair_padding(text: object) -> str | None:
    """The zero-padded number when Excel dropped its leading zero (10 digits), else None."""
    number = compact(text)
    if len(number) == 10 and number.isdigit() and number.isascii():
        padded = "0" + number
        if classify(padded).valid:
            return padded
    return None


def group_key(text: object) -> str:
    """The key that joins a person's rows across sheets: compacted, leading zero restored."""
    if type(text) is str and len(text) == 11 and text.isdigit():
        return text  # the common case, kept fast: it runs once per row
    number = compact(text)
    return repair_padding(number) or number


def mask(fnr: object) -> str:
    """Show the birth-date part, hide the personnummer: 15838512345 → 158385*****."""
    number = compact(fnr)
    if len(number) <= 6:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 6)


def with_control_digits(first9: str, *, next_valid: bool = True) -> str:
    """``first9`` completed with its control digits. Some individnummer have none; then
    this tries the following ones (wrapping at 999), or raises ValueError without
    ``next_valid``."""
    for step in range(1000):
        head = f"{first9[:6]}{(int(first9[6:9]) + step) % 1000:03d}"
        controls = control_digits(head)
        if controls is not None:
            return head + controls
        if not next_valid:
            raise ValueError(f"individnummer {first9[6:9]} gir ingen gyldige kontrollsifre")
    raise ValueError("fant ikke noe gyldig nummer")  # pragma: no cover


def make_synthetic(birth: date, individ: int, *, next_valid: bool = False) -> str:
    """A synthetic test number (month + 80) for tests and the demo.

    Some individnummer give no valid control digit; then this raises ValueError, or with
    ``next_valid`` tries the following individnummer (wrapping at 999).
    """
    if not 0 <= individ <= 999:
        raise ValueError("individnummer må være mellom 0 og 999")
    base = f"{birth.day:02d}{birth.month + SYNTHETIC_MONTH_OFFSET:02d}{birth.year % 100:02d}"
    return with_control_digits(f"{base}{individ:03d}", next_valid=next_valid)
