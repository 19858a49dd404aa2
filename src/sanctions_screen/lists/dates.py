"""Partial and approximate dates (dates of birth, establishment dates) as inclusive periods.

A published date becomes (date_from, date_to) so that tolerance matching can compare periods:
  `25 Mar 1978` -> 1978-03-25..1978-03-25     (detail `day`)
  `Mar 1978`    -> 1978-03-01..1978-03-31     (detail `month`)
  `1978`        -> 1978-01-01..1978-12-31     (detail `year`)
  `1962 to 1964`-> 1962-01-01..1964-12-31     (detail `range`)
  `circa 1970`  -> the period widened by CIRCA_YEARS on each side: 1969-01-01..1971-12-31 (`circa`)
"""

from __future__ import annotations

import calendar
import datetime as dt

Period = tuple[dt.date, dt.date]

# How far `circa`/`approximately` widens a period, in years on each side.
CIRCA_YEARS = 1


def day(year: int, month: int, day_: int) -> Period:
    date = dt.date(year, month, day_)
    return date, date


def month(year: int, month_: int) -> Period:
    return dt.date(year, month_, 1), dt.date(year, month_, calendar.monthrange(year, month_)[1])


def year(year_: int) -> Period:
    return dt.date(year_, 1, 1), dt.date(year_, 12, 31)


def span(first: Period, last: Period) -> Period:
    """From the start of `first` to the end of `last` (`1962 to 1964`)."""
    if last[1] < first[0]:
        raise ValueError("range ends before it starts")
    return first[0], last[1]


def circa(period: Period) -> Period:
    return _shift_years(period[0], -CIRCA_YEARS), _shift_years(period[1], CIRCA_YEARS)


def _shift_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 Feb into a common year
        return date.replace(year=date.year + years, day=28)
