"""calendar: our minipy/lib version (over our datetime) against CPython's module: text
and HTML months and years for many years, first weekdays and widths, the week
iterators, monthrange/weekday/leapdays/timegm, and the errors."""
import calendar as cpy_calendar
import random

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    return load("calendar", {})


YEARS = [1, 2, 4, 99, 100, 1582, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 9999]


def test_text_months_and_years(ours):
    rng = random.Random(3)
    for year in YEARS + [rng.randint(1, 9999) for _ in range(10)]:
        for first in range(7):
            a = ours.TextCalendar(first)
            b = cpy_calendar.TextCalendar(first)
            for month in range(1, 13):
                w, l = rng.choice([(0, 0), (2, 1), (3, 2), (10, 1), (1, 0)])
                assert a.formatmonth(year, month, w, l) == b.formatmonth(year, month, w, l)
            w, l, c, m = rng.choice([(2, 1, 6, 3), (0, 0, 0, 1), (3, 1, 2, 4), (2, 2, 6, 12),
                                     (9, 1, 3, 2), (2, 1, 6, 5)])
            assert a.formatyear(year, w, l, c, m) == b.formatyear(year, w, l, c, m)
            for width in [1, 2, 3, 5, 9, 12]:
                assert a.formatweekheader(width) == b.formatweekheader(width)


def test_html(ours):
    for year in [2000, 2024, 1]:
        for first in [0, 6, 3]:
            a = ours.HTMLCalendar(first)
            b = cpy_calendar.HTMLCalendar(first)
            for month in [1, 2, 12]:
                assert a.formatmonth(year, month) == b.formatmonth(year, month)
                assert a.formatmonth(year, month, False) == b.formatmonth(year, month, False)
            for width in [1, 3, 5, 12]:
                assert a.formatyear(year, width) == b.formatyear(year, width)
            assert a.formatyearpage(year) == b.formatyearpage(year)
            assert a.formatyearpage(year, 4, None, "ascii") == \
                b.formatyearpage(year, 4, None, "ascii")


def test_iterators(ours):
    for year, month in [(2024, 2), (2023, 1), (2000, 12), (1, 1), (9999, 11)]:
        for first in range(7):
            a = ours.Calendar(first)
            b = cpy_calendar.Calendar(first)
            assert list(a.iterweekdays()) == list(b.iterweekdays())
            for name in ["itermonthdays", "itermonthdays2", "itermonthdays3",
                         "itermonthdays4"]:
                assert list(getattr(a, name)(year, month)) == \
                    list(getattr(b, name)(year, month)), name
            def dates(cal):
                return [[str(d) for d in w] for w in cal.monthdatescalendar(year, month)]
            assert outcome(dates, a) == outcome(dates, b)     # (year 0 or 10000: errors)
            assert a.monthdayscalendar(year, month) == b.monthdayscalendar(year, month)
            assert a.monthdays2calendar(year, month) == b.monthdays2calendar(year, month)
        assert a.yeardayscalendar(year, 4) == b.yeardayscalendar(year, 4)
        assert a.yeardays2calendar(year) == b.yeardays2calendar(year)


def test_functions(ours):
    rng = random.Random(9)
    for _ in range(300):
        y1, y2 = rng.randint(-500, 10000), rng.randint(-500, 10000)
        assert ours.leapdays(y1, y2) == cpy_calendar.leapdays(y1, y2)
        assert ours.isleap(y1) == cpy_calendar.isleap(y1)
        m = rng.randint(0, 13)
        assert outcome(ours.monthrange, y1, m) == outcome(cpy_calendar.monthrange, y1, m)
        d = rng.randint(0, 32)
        assert outcome(ours.weekday, y1, m, d) == outcome(cpy_calendar.weekday, y1, m, d)
        t = (rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28),
             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 61))
        assert ours.timegm(t) == cpy_calendar.timegm(t)
    for i in range(-1, 8):
        assert outcome(ours.setfirstweekday, i) == outcome(cpy_calendar.setfirstweekday, i)
    ours.setfirstweekday(0)
    cpy_calendar.setfirstweekday(0)
    assert ours.month(2024, 3) == cpy_calendar.month(2024, 3)
    assert ours.calendar(2024) == cpy_calendar.calendar(2024)
    assert ours.monthcalendar(2024, 3) == cpy_calendar.monthcalendar(2024, 3)
    assert ours.weekheader(3) == cpy_calendar.weekheader(3)
    for names in ["day_name", "day_abbr", "month_name", "month_abbr"]:
        assert list(getattr(ours, names)) == list(getattr(cpy_calendar, names))
        assert getattr(ours, names)[1:3] == getattr(cpy_calendar, names)[1:3]
    assert ours.formatstring(["a", "bb"], 5, 2) == cpy_calendar.formatstring(["a", "bb"], 5, 2)
    assert issubclass(ours.IllegalMonthError, ValueError)
