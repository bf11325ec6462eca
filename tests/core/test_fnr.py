"""Fødselsnummer classification against python-stdnum's own behaviour."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.no import fodselsnummer as stdnum_fnr

from nir_desktop.core.fnr import (
    FnrKind,
    FnrProblem,
    classify,
    control_digits,
    group_key,
    make_synthetic,
    mask,
    repair_padding,
    with_control_digits,
)

# Born in 1860 (individnummer 500-749): valid for stdnum, nobody alive has them.
OLD_FNR = with_control_digits("010160500")
OLD_DNR = with_control_digits("410160500")
OLD_HNR = with_control_digits("014160500")


def test_control_digits_match_stdnum() -> None:
    import random

    rnd = random.Random(11)
    for _ in range(5000):
        nine = "".join(rnd.choice("0123456789") for _ in range(9))
        k1 = stdnum_fnr.calc_check_digit1(nine)
        expected = None
        if len(k1) == 1:
            k2 = stdnum_fnr.calc_check_digit2(nine + k1)
            expected = k1 + k2 if len(k2) == 1 else None
        assert control_digits(nine) == expected, nine


@pytest.mark.parametrize(("number", "kind"), [
    (OLD_FNR, FnrKind.FNR), (OLD_DNR, FnrKind.DNR), (OLD_HNR, FnrKind.HNR),
])
def test_ordinary_d_and_h_numbers_agree_with_stdnum(number: str, kind: FnrKind) -> None:
    assert stdnum_fnr.is_valid(number)
    assert classify(number).kind is kind


def test_synthetic_numbers_which_stdnum_rejects() -> None:
    s = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
    assert s.startswith("158385")
    assert not stdnum_fnr.is_valid(s)  # stdnum cannot read month 83
    st = classify(s)
    assert st.valid and st.kind is FnrKind.SYNTHETIC


def test_synthetic_d_number() -> None:
    s = with_control_digits("558385123")  # day 15 + 40, month 3 + 80
    assert classify(s).kind is FnrKind.SYNTHETIC


def test_make_synthetic_checks_individnummer() -> None:
    born = date(1990, 7, 2)
    made = [make_synthetic(born, i, next_valid=True) for i in range(0, 1000, 37)]
    assert all(classify(m).kind is FnrKind.SYNTHETIC for m in made)
    failing = next(i for i in range(1000)
                   if control_digits(f"028790{i:03d}") is None)
    with pytest.raises(ValueError):
        make_synthetic(born, failing)
    with pytest.raises(ValueError):
        make_synthetic(born, 1000)


@pytest.mark.parametrize(("text", "problem"), [
    ("", FnrProblem.EMPTY),
    (None, FnrProblem.EMPTY),
    ("1234567890", FnrProblem.LENGTH),
    ("123456789012", FnrProblem.LENGTH),
    ("1583851232X", FnrProblem.DIGITS),
    ("15838512330", FnrProblem.CONTROL),
])
def test_invalid_reasons(text: str | None, problem: FnrProblem) -> None:
    assert classify(text).problem is problem
    assert not classify(text).valid


def test_invalid_birth_date_with_valid_controls() -> None:
    assert classify(with_control_digits("328385123")).problem is FnrProblem.DATE  # day 32
    assert classify(with_control_digits("311360500")).problem is FnrProblem.DATE  # month 13
    assert not stdnum_fnr.is_valid(with_control_digits("311360500"))


def test_spaces_and_dashes_are_ignored() -> None:
    s = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
    assert classify(f"{s[:6]} {s[6:]}").valid
    assert classify(f"{s[:6]}-{s[6:]}").valid


def test_repair_padding_restores_a_lost_leading_zero() -> None:
    s = make_synthetic(date(2001, 1, 9), 456, next_valid=True)
    assert s.startswith("0")
    assert repair_padding(s[1:]) == s
    assert repair_padding(s) is None
    assert repair_padding("1234567890") is None
    assert group_key(s[1:]) == s
    assert group_key(f" {s} ") == s


def test_mask_hides_the_personnummer() -> None:
    s = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
    assert mask(s) == "158385*****"
    assert mask("123") == "***"
