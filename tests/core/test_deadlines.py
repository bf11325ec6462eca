from __future__ import annotations

from datetime import date

import pytest

from nir_desktop.core.deadlines import days_left, deadline, deadline_info, default_year


@pytest.mark.parametrize(("year", "expected", "verified"), [
    (2016, date(2017, 1, 15), True),
    (2017, date(2018, 3, 16), True),  # reopened after NIR errors
    (2018, date(2019, 2, 28), True),
    (2019, date(2020, 2, 29), False),
    (2021, date(2022, 2, 28), True),
    (2023, date(2024, 2, 29), True),
    (2024, date(2025, 2, 28), False),
    (2027, date(2028, 2, 29), False),
])
def test_deadline_table(year: int, expected: date, verified: bool) -> None:
    assert deadline(year) == expected
    assert deadline_info(year).verified is verified


def test_days_left() -> None:
    assert days_left(2021, date(2022, 2, 1)) == 27
    assert days_left(2021, date(2022, 2, 28)) == 0
    assert days_left(2021, date(2022, 3, 2)) == -2


@pytest.mark.parametrize(("file_year", "today", "expected"), [
    (2021, date(2024, 5, 1), 2021),
    (None, date(2024, 1, 10), 2023),
    (None, date(2024, 2, 29), 2023),
    (None, date(2024, 3, 1), 2024),
    (None, date(2024, 12, 31), 2024),
])
def test_default_year(file_year: int | None, today: date, expected: int) -> None:
    assert default_year(file_year, today) == expected
