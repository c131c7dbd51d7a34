"""datetime: our minipy/lib/datetime.py against CPython 3.11's module, expression by
expression (repr and str of the result, or the exception type and message)."""
import datetime as cpy_datetime

import pytest

from libload import load, outcome
import test_lib_rules

OURS = load("datetime")

# Expressions over the names of the datetime module; none depends on the current time or
# on the local time zone. (Left out: the TypeErrors of unsupported operands, whose messages
# name CPython's C types 'datetime.date'..., where minipy names the class, 'date'.)
EXPRESSIONS = r"""
timedelta(days=-1, seconds=86399, microseconds=500000)
timedelta(hours=-1.25, minutes=0.1)
timedelta(weeks=1, days=-0.3, milliseconds=1.7)
timedelta(microseconds=1.5)
timedelta(microseconds=2.5)
timedelta(microseconds=-1.5)
timedelta(seconds=0.000001)
timedelta(days=1.5, seconds=0.5, microseconds=0.5)
timedelta(days=10**9)
timedelta(days=-10**9)
timedelta(days='1')
timedelta(0)
timedelta(seconds=-86400*3-1)
str(timedelta(microseconds=-1))
str(timedelta(days=-2, hours=3))
str(timedelta(days=1, seconds=5))
str(timedelta(hours=100, microseconds=7))
(timedelta.min, timedelta.max, timedelta.resolution)
timedelta.max + timedelta.resolution
(timedelta(days=1, seconds=1).total_seconds(), timedelta(microseconds=-1).total_seconds())
divmod(timedelta(hours=25), timedelta(hours=7))
(timedelta(hours=25) // 7, timedelta(hours=25) / 7, timedelta(hours=25) / 1.5)
(timedelta(hours=25) / timedelta(minutes=7), timedelta(hours=25) // timedelta(minutes=7))
(timedelta(hours=25) % timedelta(hours=7), -timedelta(hours=1), abs(timedelta(-1)))
(timedelta(seconds=7) * 0.1, 0.5 * timedelta(seconds=3), timedelta(seconds=5) / -2)
(timedelta(1) * 3, 3 * timedelta(1), timedelta(1) - timedelta(hours=1))
timedelta(1) / 0
timedelta(1) // 0
timedelta(1) % timedelta(0)
timedelta(1) / 0.0
timedelta(1) / timedelta(0)
timedelta(1) * float('nan')
timedelta(1) / float('inf')
timedelta(seconds=float('nan'))
timedelta(seconds=float('-inf'))
divmod(timedelta(1), timedelta(0))
(timedelta(1) / -0.5, timedelta(1) / 3.0, timedelta(1) * -0.1)
(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta(0)))
(timedelta(1) == 1, timedelta(1) != 1)
hash(timedelta(1)) == hash(timedelta(hours=24))
date(2020, 2, 29)
date(2021, 2, 29)
date(2020, 13, 1)
date(0, 1, 1)
date(10000, 1, 1)
date(2020.0, 1, 1)
date(2020, 1, 0)
(date.min, date.max, date.resolution)
date.max + timedelta(1)
date.min - timedelta(1)
[(date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar()) for y in (2004, 2005, 2008, 2009, 2010, 2020, 2021)]
date(2020, 1, 1).isocalendar().week
[date.fromordinal(o) for o in (1, 59, 60, 365, 366, 730120, 730180, 3652059)]
all(date.fromordinal(o).toordinal() == o for o in range(1, 3652060, 997))
date.fromordinal(0)
date.fromordinal(3652060)
(date(2024, 3, 10).weekday(), date(2024, 3, 10).isoweekday(), date(2024, 3, 10).toordinal())
date(2020, 1, 1).ctime()
date(2020, 1, 1).timetuple()
(date(2020, 1, 1) + timedelta(hours=47), date(2020, 1, 1) - timedelta(hours=1))
(date(2020, 3, 1) - date(2019, 3, 1), date(2019, 3, 1) - date(2020, 3, 1))
date(2020, 1, 31).replace(month=2)
date(2020, 1, 31).replace(day=30)
(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))
date(2020, 1, 1) < datetime(2020, 1, 1)
datetime(2020, 1, 1) >= date(2020, 1, 1)
sorted([date(2020, 1, 3), date(2019, 5, 1), date(2020, 1, 1)])
date.fromisoformat('2020-01-05')
date.fromisoformat('20200105')
date.fromisoformat('2020W053')
date.fromisoformat('2020-W53-7')
date.fromisoformat('2021-W53-1')
date.fromisoformat('2020-1-01')
date.fromisoformat('2020-01-32')
date.fromisoformat(5)
date.fromisocalendar(2020, 53, 7)
date(2020, 5, 17).strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %y %e %z|%Z|%%')
date(5, 1, 1).strftime('%Y %y %C %G')
format(date(2020, 5, 17), '%d/%m/%Y')
format(date(2020, 5, 17), '')
time(1, 2, 3)
time(1, 2, 3, 4)
time(0, 0)
time(1, 2, 3, tzinfo=timezone.utc)
time(24)
time(1, 60)
time(1, 1, 60)
time(1, 1, 1, 10**6)
time(1, fold=2)
(time(1, 2).isoformat('hours'), time(1, 2, 3, 456789).isoformat('milliseconds'))
time(1, 2).isoformat('x')
str(time(1, 2, 3, 5, timezone(timedelta(hours=-3, minutes=-30))))
time(1) < time(1, tzinfo=timezone.utc)
time(1) == time(1, tzinfo=timezone.utc)
time(3, tzinfo=timezone(timedelta(hours=2))) == time(1, tzinfo=timezone.utc)
time(3, tzinfo=timezone(timedelta(hours=2))) < time(1, 1, tzinfo=timezone.utc)
(time.min, time.max, time.resolution)
time(5).replace(hour=7, tzinfo=timezone.utc)
time(13, 5, 9, 77).strftime('%H %I %M %S %f %p %Y %j')
time.fromisoformat('10:30:00.5')
time.fromisoformat('10:30:00.1234')
time.fromisoformat('10:30')
time.fromisoformat('10')
time.fromisoformat('10:30:00+01:00')
time.fromisoformat('10:3')
datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2), 'X'))
datetime(2020, 1, 1, 5, 6, 7)
datetime(2020, 1, 1, 5, 6, 7, 8)
datetime(2020, 1, 1, 5, 6, 0, 8, fold=1)
datetime(2020, 1, 1, 5, tzinfo=timezone(timedelta(hours=2), 'X')).strftime('%z|%Z|%f|%%Z|%e|%Q|%')
datetime(2020, 1, 1, 5, tzinfo=timezone(timedelta(hours=-2, seconds=-5), '%Z')).strftime('%z|%Z')
datetime(2020, 5, 17, 13, 4, 5, 6).strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %y %e %I %U %W %w %c %x %X %%')
datetime(2020, 5, 17, 13, 4, 5, 6).ctime()
f"{datetime(2020, 5, 17, 1, 2):%H:%M} {date(2020, 1, 1)} {time(1, 2)}"
datetime(2020, 3, 8, 1, 30, tzinfo=timezone(timedelta(hours=-5))).astimezone(timezone(timedelta(hours=5, minutes=45)))
datetime(2020, 3, 8, 1, 30, tzinfo=timezone(timedelta(hours=-5))).isoformat()
datetime(2020, 3, 8, 1, 30, 0, 1500, tzinfo=timezone(timedelta(hours=-5))).isoformat(' ', 'milliseconds')
datetime(2020, 3, 8, 1, 30, 0, 1500).isoformat(timespec='minutes')
datetime(2020, 1, 1).isoformat(timespec='x')
datetime(2020, 1, 1).isoformat(sep='ab')
datetime(2020, 3, 8, 1, 30, tzinfo=timezone.utc).timestamp()
datetime.fromtimestamp(1600000000.5, timezone.utc)
datetime.fromtimestamp(1600000000.0000005, timezone.utc)
datetime.utcfromtimestamp(-1.25)
datetime.utcfromtimestamp(0)
datetime.fromtimestamp(86400 * 365, timezone(timedelta(hours=-3)))
datetime(2020, 1, 31) + timedelta(days=30, hours=25)
datetime(2020, 1, 31) - datetime(2019, 12, 25, 12)
datetime(9999, 12, 31, 23) + timedelta(hours=1)
datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1)))
datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)
datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)
datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc)
datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))) == datetime(2020, 1, 1, tzinfo=timezone.utc)
hash(datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))) == hash(datetime(2020, 1, 1, tzinfo=timezone.utc))
datetime.combine(date(2020, 1, 1), time(5, 6, tzinfo=timezone.utc))
datetime.combine(date(2020, 1, 1), time(5, 6), tzinfo=timezone.utc)
(datetime(2020, 1, 1, 5, 6).date(), datetime(2020, 1, 1, 5, 6).time(), datetime(2020, 1, 1).weekday())
datetime(2020, 1, 1, 5, 6, tzinfo=timezone.utc).timetz()
datetime(2020, 1, 1, 5, 6, tzinfo=timezone(timedelta(hours=3))).utctimetuple()
datetime(2020, 1, 1, 5, 6, tzinfo=timezone.utc).timetuple()
datetime(2020, 1, 31, 5).replace(month=2)
datetime(2020, 1, 31, 5).replace(hour=6, tzinfo=timezone.utc)
(datetime.min, datetime.max, datetime.resolution)
datetime.fromordinal(737000)
datetime.fromisoformat('2020-01-01T10:00:00+05:30')
datetime.fromisoformat('2020-01-01 10:00:00.123Z')
datetime.fromisoformat('2020-01-01T25:00')
datetime.fromisoformat('20200101T1030')
datetime.fromisoformat('2020-01-01')
datetime.fromisoformat('2020-W05-3T01:02')
datetime.fromisoformat('2020-01-01T10:00:00.123456-03:00')
datetime.fromisoformat('2020-01-01T10:00:00.1234567')
datetime.fromisoformat('2020-01-0')
datetime.fromisoformat('nonsense!')
datetime.strptime('2020-13-01', '%Y-%m-%d')
datetime.strptime('2020-12-01x', '%Y-%m-%d')
datetime.strptime('2020', '%Q')
datetime.strptime('2020', '%Y%')
datetime.strptime(2020, '%Y')
datetime.strptime('Mon Mar  2 10:05:07 2020', '%a %b %d %H:%M:%S %Y')
datetime.strptime('  7/4/99 2:05 PM', ' %m/%d/%y %I:%M %p')
datetime.strptime('12:30 am', '%I:%M %p')
datetime.strptime('12:30 pm', '%I:%M %p')
datetime.strptime('07/04/68', '%m/%d/%y')
datetime.strptime('07/04/69', '%m/%d/%y')
datetime.strptime('2021-060 12.5', '%Y-%j %H.%f')
datetime.strptime('2021-03-04T05:06:07.25+0530', '%Y-%m-%dT%H:%M:%S.%f%z')
datetime.strptime('2021-03-04 -05:30:15 EST', '%Y-%m-%d %z %Z')
datetime.strptime('2021-03-04 Z', '%Y-%m-%d %z')
datetime.strptime('2021-03-04 +05:3015', '%Y-%m-%d %z')
datetime.strptime('Feb 29', '%b %d')
datetime.strptime('FEBRUARY 28', '%B %d')
datetime.strptime('December 25, 2023', '%B %d, %Y')
datetime.strptime('Sunday, 25 dec 2023', '%A, %d %b %Y')
datetime.strptime('123', '%H%M')
datetime.strptime('1234', '%H%M%S')
datetime.strptime('2020 1 2', '%Y %m %d')
datetime.strptime('2020  1\t2', '%Y %m %d')
datetime.strptime('20201', '%Y %m')
datetime.strptime('100%', '%H%%')
datetime.strptime('1:2:61', '%H:%M:%S')
datetime.strptime('03/04/21 05:06:07', '%x %X')
[datetime.strptime('2024 %d %d' % (w, d), '%Y %U %w') for w in (0, 1, 52) for d in (0, 3, 6)]
[datetime.strptime('2023 %d %d' % (w, d), '%Y %W %u') for w in (0, 1, 52, 53) for d in (1, 7)]
[datetime.strptime('%d %d Mon' % (y, w), '%G %V %a') for y in (2020, 2021, 2026) for w in (1, 53)]
datetime.strptime('2020 10', '%G %V')
datetime.strptime('2020 10 1', '%Y %V %u')
datetime.strptime('10 1', '%V %u')
datetime.strptime('2020 10 1', '%G %j %u')
datetime.strptime('Tuesday 2024', '%A %Y')
datetime.strptime('Feb 29 Tue', '%b %d %a')
timezone(timedelta(hours=24))
timezone(5)
timezone(timedelta(hours=1), 5)
timezone(timedelta(hours=1, seconds=30, microseconds=5)).tzname(None)
timezone(timedelta(hours=-1, minutes=-30))
(timezone.utc, str(timezone.utc), timezone(timedelta(0)), timezone(timedelta(0), 'Z'))
timezone(timedelta(hours=2), 'X')
(timezone.min, timezone.max)
str(timezone(timedelta(hours=-5)))
timezone(timedelta(hours=2)) == timezone(timedelta(hours=2), 'B')
timezone.utc.utcoffset(5)
timezone.utc.fromutc(datetime(2020, 1, 1))
tzinfo().utcoffset(None)
datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(5)
datetime(2020, 1, 1, tzinfo=5)
(MINYEAR, MAXYEAR, UTC, UTC is timezone.utc)
"""
EXPRESSIONS = [line for line in EXPRESSIONS.strip().splitlines()]


def _shown(result):
    if result[0] == "ok":
        return ("ok", repr(result[1]), str(result[1]))
    return result


@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_against_cpython(expr):
    ours = _shown(outcome(eval, expr, dict(vars(OURS))))
    theirs = _shown(outcome(eval, expr, dict(vars(cpy_datetime))))
    assert ours == theirs


def test_house_rules():
    test_lib_rules.test_imports_and_names("datetime")


def test_local_time():
    """now() and fromtimestamp() agree with CPython's local time, to the second."""
    stamp = 1700000000.25
    assert repr(OURS.datetime.fromtimestamp(stamp)) == repr(
        cpy_datetime.datetime.fromtimestamp(stamp))
    assert repr(OURS.date.fromtimestamp(stamp)) == repr(cpy_datetime.date.fromtimestamp(stamp))
    naive = OURS.datetime(2021, 6, 1, 12, 30)
    assert naive.timestamp() == cpy_datetime.datetime(2021, 6, 1, 12, 30).timestamp()
    ours_aware = naive.astimezone()
    theirs_aware = cpy_datetime.datetime(2021, 6, 1, 12, 30).astimezone()
    assert ours_aware.utcoffset().total_seconds() == theirs_aware.utcoffset().total_seconds()
    assert ours_aware.tzname() == theirs_aware.tzname()
    now = OURS.datetime.now()
    assert abs((now - OURS.datetime.fromtimestamp(cpy_datetime.datetime.now().timestamp()))
               .total_seconds()) < 5


def test_copies():
    """Our copy module copies our datetime objects (immutable, in slots) to equal ones."""
    copy = load("copy")
    dt = OURS.datetime
    values = [OURS.timedelta(1, 2, 3), OURS.date(2020, 2, 29), OURS.time(1, 2, 3, 4),
              dt(2020, 1, 1, 5, tzinfo=OURS.timezone(OURS.timedelta(hours=3), "Z3")),
              OURS.timezone.utc]
    for v in values:
        for c in (copy.copy(v), copy.deepcopy(v), copy.deepcopy([v])[0]):
            assert type(c) is type(v) and c == v and repr(c) == repr(v)
