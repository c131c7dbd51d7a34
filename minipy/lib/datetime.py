"""datetime: dates, times and durations as CPython 3.11's datetime module has them
(timedelta, date, time, datetime, tzinfo, timezone, MINYEAR/MAXYEAR). The calendar is
the proleptic Gregorian one, computed here from day ordinals (day 1 = 0001-01-01); local
time comes from the time module (localtime, mktime), strftime delegates to
time.strftime after expanding %f, %z and %Z, and strptime has its own small matcher."""
import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059            # date.max.toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")
_DI400Y = 146097                 # days in 400 years
_DI100Y = 36524
_DI4Y = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of day ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while month < 12 and n >= _DAYS_BEFORE_MONTH[month + 1] + (month + 1 > 2 and leap):
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    firstweekday = (first + 6) % 7
    monday = first - firstweekday
    if firstweekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value.__index__()


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _round_half_even(n, d):
    """n / d rounded to the nearest int, ties to even (d > 0)."""
    q, r = divmod(n, d)
    r2 = r * 2
    if r2 > d or (r2 == d and q % 2 == 1):
        q += 1
    return q


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == "builtins":
        return cls.__name__
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _repr_prefix(obj):
    """The class name a repr starts with: 'datetime.date' for ours, as CPython's C types
    name themselves, and the plain name for a subclass."""
    cls = type(obj)
    if cls.__module__ == __name__:
        return "%s.%s" % (cls.__module__, cls.__name__)
    return cls.__name__


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""
    __c_type_name__ = "datetime.timedelta"    # (its name in messages, as CPython's C type)

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        whole = 0          # microseconds, exact
        frac = 0.0         # microseconds from the fractional parts of floats
        for name, value, scale in (("days", days, 86400000000),
                                   ("seconds", seconds, 1000000),
                                   ("microseconds", microseconds, 1),
                                   ("milliseconds", milliseconds, 1000),
                                   ("minutes", minutes, 60000000),
                                   ("hours", hours, 3600000000),
                                   ("weeks", weeks, 604800000000)):
            if isinstance(value, float):
                if value != value:
                    raise ValueError("cannot convert float NaN to integer")
                if value in (float("inf"), float("-inf")):
                    raise OverflowError("cannot convert float infinity to integer")
                ip = int(value)
                whole += ip * scale
                frac += (value - ip) * scale
            elif isinstance(value, int):
                whole += int(value) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if frac:
            ip = int(frac)
            rest = frac - ip
            whole += ip
            if rest == 0.5 or rest == -0.5:       # a tie: to the even total
                if whole % 2:
                    whole += 1 if rest > 0 else -1
            elif rest:
                whole += int(round(rest))
        return _td_from_us(whole, cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_repr_prefix(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if other < 0:
                return _td_from_us(_round_half_even(-self._us(), -other))
            return _td_from_us(_round_half_even(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return _td_from_us(_round_half_even(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


def _td_from_us(us, cls=timedelta):
    """The timedelta of us microseconds (an int)."""
    secs, micro = divmod(us, 1000000)
    days, secs = divmod(secs, 86400)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = secs
    self._microseconds = micro
    return self


timedelta.min = _td_from_us(-999999999 * 86400000000)
timedelta.max = _td_from_us(1000000000 * 86400000000 - 1)
timedelta.resolution = _td_from_us(1)

_ZERO = timedelta(0)
_DAY = timedelta(1)


# ---------------------------------------------------------------- strftime

def _format_offset(off, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' of a timedelta offset, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %f, %z and %Z in fmt for obj, then hand the rest to time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            out.append(_format_offset(_offset_of(obj), ""))
        elif ch == "Z":
            name = _tzname_of(obj)
            if name:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + ch)
    return _time.strftime("".join(out), timetuple)


def _offset_of(obj):
    if isinstance(obj, time):
        return obj.utcoffset()
    if isinstance(obj, datetime):
        return obj.utcoffset()
    return None


def _tzname_of(obj):
    if isinstance(obj, (time, datetime)):
        return obj.tzname()
    return None


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_DAY < offset < _DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24), not %r." % (offset,))


# ---------------------------------------------------------------- date

class date:
    """A calendar date: year, month, day."""
    __c_type_name__ = "datetime.date"    # (its name in messages, as CPython's C type)

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        lt = _time.localtime(_whole_seconds(t)[0])
        return cls(lt[0], lt[1], lt[2])

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            y, m, d = _parse_isodate(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_isocalendar(year, week, day)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        monday = _isoweek1monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _isoweek1monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _build_struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_prefix(self), self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.weekday()],
                                            _MONTHNAMES[self._month], self._day,
                                            self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (type(self), self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


class IsoCalendarDate(tuple):
    """date.isocalendar()'s result: a (year, week, weekday) tuple with named fields."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s.%s(year=%d, week=%d, weekday=%d)" % (
            type(self).__module__, type(self).__name__, self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _from_isocalendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            ok = first == 4 or (first == 3 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    o = _isoweek1monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(o)


def _build_struct(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _whole_seconds(t):
    """(seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        if hasattr(type(t), "__float__"):
            t = float(t)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    secs = int(whole)
    if us >= 1000000:
        secs += 1
        us -= 1000000
    elif us < 0:
        secs -= 1
        us += 1000000
    return secs, int(us)


# ---------------------------------------------------------------- ISO parsing

def _digits(s, start, count):
    """The int of s[start:start+count], which must be ASCII digits."""
    part = s[start:start + count]
    if len(part) != count:
        raise ValueError("too short")
    for ch in part:
        if ch not in "0123456789":
            raise ValueError("not a digit")
    return int(part)


def _parse_isodate(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(s, 0, 4)
    pos = 4
    dashed = len(s) > 4 and s[4] == "-"
    if dashed:
        pos += 1
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if dashed:
                if s[pos] != "-":
                    raise ValueError("bad separator")
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError("extra")
        return _from_isocalendar(year, week, day)
    month = _digits(s, pos, 2)
    pos += 2
    if dashed:
        if s[pos:pos + 1] != "-":
            raise ValueError("bad separator")
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError("extra")
    return year, month, day


def _parse_isotime(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time."""
    tz = None
    for i in range(len(s)):
        if s[i] in "+-Z":
            tz = _parse_isotz(s[i:])
            s = s[:i]
            break
    if not s:
        raise ValueError("empty")
    hour = _digits(s, 0, 2)
    micro = 0
    pos = 2
    colons = len(s) > 2 and s[2] == ":"
    parts = [hour]
    while pos < len(s) and len(parts) < 3:
        if colons:
            if s[pos] != ":":
                break
            pos += 1
        parts.append(_digits(s, pos, 2))
        pos += 2
    if pos < len(s):
        if len(parts) != 3 or s[pos] not in ".,":
            raise ValueError("bad time")
        pos += 1
        frac = s[pos:]
        _digits(frac, 0, len(frac))            # (digits only; beyond 6 they are cut)
        if not frac:
            raise ValueError("empty fraction")
        micro = int((frac + "00000")[:6])
    while len(parts) < 3:
        parts.append(0)
    hour, minute, second = parts
    return hour, minute, second, micro, tz


def _parse_isotz(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    if s[0] not in "+-":
        raise ValueError("bad tz")
    hh, mm, ss, us, more = _parse_isotime(s[1:])
    if more is not None:
        raise ValueError("bad tz")
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(off * sign)


# ---------------------------------------------------------------- tzinfo, timezone

class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname of a datetime."""
    __c_type_name__ = "datetime.tzinfo"    # (its name in messages, as CPython's C type)

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dtdst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __c_type_name__ = "datetime.timezone"    # (its name in messages, as CPython's C type)

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -_DAY < offset < _DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        if name is None and not offset and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self._name is None and not self._offset:      # utc (or a copy of it)
            return "%s.utc" % _repr_prefix(self)
        if self._name is None:
            return "%s(%r)" % (_repr_prefix(self), self._offset)
        return "%s(%r, %r)" % (_repr_prefix(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))


_UTC = None
_UTC = timezone(_ZERO)
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _utcoffset(tz, dt):
    if tz is None:
        return None
    off = tz.utcoffset(dt)
    _check_offset("utcoffset", off)
    return off


def _tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _dst(tz, dt):
    if tz is None:
        return None
    off = tz.dst(dt)
    _check_offset("dst", off)
    return off


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------- time

class time:
    """A time of day: hour, minute, second, microsecond, tzinfo and fold."""
    __c_type_name__ = "datetime.time"    # (its name in messages, as CPython's C type)

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s[:1] == "T" else s
        try:
            hh, mm, ss, us, tz = _parse_isotime(t)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(hh, mm, ss, us, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _utcoffset(self._tzinfo, None)

    def dst(self):
        return _dst(self._tzinfo, None)

    def tzname(self):
        return _tzname(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond,
                         timespec)
        return s + _format_offset(self.utcoffset(), ":")

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_repr_prefix(self), s)

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1,
                                -1))
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp(self, other, op):
        """-1, 0 or 1; None for == between naive and aware times."""
        mine = self._tzinfo
        theirs = other._tzinfo
        myoff = theiroff = None
        if mine is theirs:
            base = True
        else:
            myoff = self.utcoffset()
            theiroff = other.utcoffset()
            base = myoff == theiroff
        if base:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        else:
            if myoff is None or theiroff is None:
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = ((self._hour * 60 + self._minute) * 60 - myoff // timedelta(seconds=1),
                 self._second, self._microsecond)
            b = ((other._hour * 60 + other._minute) * 60 - theiroff // timedelta(seconds=1),
                 other._second, other._microsecond)
            a = (a[0] + a[1], a[2])
            b = (b[0] + b[1], b[2])
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, "==")
            return c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, "!=")
            return c != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "<") < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "<=") <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, ">") > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, ">=") >= 0
        return NotImplemented

    def __hash__(self):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return hash(us)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""
    __c_type_name__ = "datetime.datetime"    # (its name in messages, as CPython's C type)

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_seconds(cls, secs, us, utc, tz):
        if utc:
            days, rest = divmod(secs, 86400)
            o = _EPOCH_ORDINAL + days
            if not 0 < o <= _MAXORDINAL:
                raise ValueError("year %d is out of range" % _ord2ymd(max(o, 1))[0])
            y, m, d = _ord2ymd(o)
            hh, rest = divmod(rest, 3600)
            mm, ss = divmod(rest, 60)
        else:
            y, m, d, hh, mm, ss = _time.localtime(secs)[:6]
        if ss > 59:
            ss = 59
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _whole_seconds(t)
        if tz is None:
            return cls._from_seconds(secs, us, False, None)
        return tz.fromutc(cls._from_seconds(secs, us, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _whole_seconds(t)
        return cls._from_seconds(secs, us, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) < 7:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        # the date part is YYYY-MM-DD (10), YYYYMMDD (8), YYYY-Www-D (10) or YYYYWwwD (8)
        if len(s) > 4 and s[4] == "-":
            datelen = 8 if s[5:6] == "W" and (len(s) == 8 or s[8:9] != "-") else 10
        else:
            datelen = 7 if s[4:5] == "W" and (len(s) == 7 or not s[7].isdigit()) else 8
        try:
            y, m, d = _parse_isodate(s[:datelen])
            hh = mm = ss = us = 0
            tz = None
            if len(s) > datelen:
                hh, mm, ss, us, tz = _parse_isotime(s[datelen + 1:])
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, data, fmt):
        return _strptime(cls, data, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _utcoffset(self._tzinfo, self)

    def dst(self):
        return _dst(self._tzinfo, self)

    def tzname(self):
        return _tzname(self._tzinfo, self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct(self._year, self._month, self._day, self._hour,
                             self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _build_struct(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                             dt._second, 0)

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            secs = _time.mktime((self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, -1, -1, -1))
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _naive_us(self):
        """Microseconds since 0001-01-01 00:00 of the naive fields."""
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        s = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                    _format_time(self._hour, self._minute, self._second,
                                                 self._microsecond, timespec))
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        s = ", ".join([str(f) for f in fields])
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_repr_prefix(self), s)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            "not type '%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            off = _local_zone(self._naive_timestamp()).utcoffset(None)
        if tz is None:
            utc_ts = (self._naive_us() - off._us() - _EPOCH_US) // 1000000
            tz = _local_zone(utc_ts)
        if tz is self._tzinfo:
            return self
        utc = (self.replace(tzinfo=None) - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _naive_timestamp(self):
        return int(_time.mktime((self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, -1, -1, -1)))

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._naive_us() + other._us()
            days, rest = divmod(us, 86400000000)
            if not 0 < days <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(days)
            secs, micro = divmod(rest, 1000000)
            hh, secs = divmod(secs, 3600)
            mm, ss = divmod(secs, 60)
            return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            mine = self.utcoffset() if self._tzinfo is not other._tzinfo else None
            theirs = other.utcoffset() if self._tzinfo is not other._tzinfo else None
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            us = self._naive_us() - other._naive_us()
            if mine is not None:
                us -= mine._us() - theirs._us()
            return _td_from_us(us)
        return NotImplemented

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            a = self._naive_us()
            b = other._naive_us()
        else:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a = self._naive_us()
            b = other._naive_us()
            if mine is not None:
                a -= mine._us()
                b -= theirs._us()
        return (a > b) - (a < b)

    def _other(self, other, op):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and op not in ("==", "!="):
            raise TypeError("can't compare %s to %s" % (_type_name(self),
                                                         _type_name(other)))
        return False

    def __eq__(self, other):
        if self._other(other, "=="):
            return self._cmp(other, "==") == 0
        return NotImplemented

    def __ne__(self, other):
        if self._other(other, "!="):
            return self._cmp(other, "!=") != 0
        return NotImplemented

    def __lt__(self, other):
        if self._other(other, "<"):
            return self._cmp(other, "<") < 0
        return NotImplemented

    def __le__(self, other):
        if self._other(other, "<="):
            return self._cmp(other, "<=") <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._other(other, ">"):
            return self._cmp(other, ">") > 0
        return NotImplemented

    def __ge__(self, other):
        if self._other(other, ">="):
            return self._cmp(other, ">=") >= 0
        return NotImplemented

    def __hash__(self):
        us = self._naive_us()
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return hash(us)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_US = _EPOCH_ORDINAL * 86400000000


def _local_zone(secs):
    """The fixed-offset timezone that local time has at timestamp secs."""
    lt = _time.localtime(secs)
    return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)


# ---------------------------------------------------------------- strptime
# Each directive matches like the regular expression CPython's _strptime builds for it
# (in the C locale, case-insensitively): a list of alternatives tried in order, with
# backtracking into the rest of the format.

_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday")
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")


def _char_sets(pattern):
    """The alternatives of a small pattern ('D' a digit, [a-b] a class) as lists of sets."""
    alts = []
    for alt in pattern.split("|"):
        sets = []
        i = 0
        while i < len(alt):
            ch = alt[i]
            if ch == "D":
                sets.append("0123456789")
            elif ch == "[":
                lo, hi = alt[i + 1], alt[i + 3]
                sets.append("".join([chr(c) for c in range(ord(lo), ord(hi) + 1)]))
                i += 4
            else:
                sets.append(ch)
            i += 1
        alts.append(sets)
    return alts


_DIGIT_DIRECTIVES = {
    "d": _char_sets("3[0-1]|[1-2]D|0[1-9]|[1-9]| [1-9]"),
    "f": _char_sets("DDDDDD|DDDDD|DDDD|DDD|DD|D"),
    "H": _char_sets("2[0-3]|[0-1]D|D"),
    "I": _char_sets("1[0-2]|0[1-9]|[1-9]"),
    "j": _char_sets("36[0-6]|3[0-5]D|[1-2]DD|0[1-9]D|00[1-9]|[1-9]D|0[1-9]|[1-9]"),
    "m": _char_sets("1[0-2]|0[1-9]|[1-9]"),
    "M": _char_sets("[0-5]D|D"),
    "S": _char_sets("6[0-1]|[0-5]D|D"),
    "w": _char_sets("[0-6]"),
    "u": _char_sets("[1-7]"),
    "U": _char_sets("5[0-3]|[0-4]D|D"),
    "W": _char_sets("5[0-3]|[0-4]D|D"),
    "V": _char_sets("5[0-3]|0[1-9]|[1-4]D|D"),
    "G": _char_sets("DDDD"),
    "y": _char_sets("DD"),
    "Y": _char_sets("DDDD"),
}


def _by_length(names):
    return sorted(names, key=len, reverse=True)


def _name_directives():
    zones = ["utc", "gmt"]
    for name in _time.tzname:
        if name.lower() not in zones:
            zones.append(name.lower())
    return {
        "A": _by_length(_FULL_DAYS),
        "a": _by_length([n[:3] for n in _FULL_DAYS]),
        "B": _by_length(_FULL_MONTHS),
        "b": _by_length([n[:3] for n in _FULL_MONTHS]),
        "p": ["am", "pm"],
        "Z": _by_length(zones),
    }


_NAME_DIRECTIVES = _name_directives()
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _candidates(directive, s, i):
    """The texts directive can match at s[i:], in the order the regex tries them."""
    out = []
    if directive in _DIGIT_DIRECTIVES:
        for sets in _DIGIT_DIRECTIVES[directive]:
            text = s[i:i + len(sets)]
            if len(text) == len(sets):
                for k in range(len(sets)):
                    if text[k] not in sets[k]:
                        break
                else:
                    out.append(text)
    elif directive in _NAME_DIRECTIVES:
        for name in _NAME_DIRECTIVES[directive]:
            text = s[i:i + len(name)]
            if text.lower() == name:
                out.append(text)
    elif directive == "z":
        out = _offset_candidates(s, i)
    return out


def _is_digits(text, n):
    return len(text) == n and all([c in "0123456789" for c in text])


def _offset_candidates(s, i):
    """[+-]HH:?MM(:?SS(.f{1,6})?)? or Z, longest alternatives first."""
    if s[i:i + 1] == "Z":
        return ["Z"]
    if s[i:i + 1] not in ("+", "-") or not _is_digits(s[i + 1:i + 3], 2):
        return []
    j = i + 3
    if s[j:j + 1] == ":":
        j += 1
    if not (_is_digits(s[j:j + 2], 2) and s[j] in "012345"):
        return []
    j += 2
    shortest = s[i:j]
    k = j
    if s[k:k + 1] == ":":
        k += 1
    if not (_is_digits(s[k:k + 2], 2) and s[k] in "012345"):
        return [shortest]
    k += 2
    out = [s[i:k], shortest]
    if s[k:k + 1] == "." and _is_digits(s[k + 1:k + 2], 1):
        n = 1
        while n < 6 and _is_digits(s[k + 1 + n:k + 2 + n], 1):
            n += 1
        out = [s[i:k + 1 + m] for m in range(n, 0, -1)] + out
    return out


def _compile_format(fmt):
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                items.append(("lit", "%"))
            elif d in _EXPANSIONS:
                items.extend(_compile_format(_EXPANSIONS[d]))
            elif d in _DIGIT_DIRECTIVES or d in _NAME_DIRECTIVES or d == "z":
                items.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(("ws", None))
        else:
            items.append(("lit", ch.lower()))
            i += 1
    return items


def _match(items, k, s, i, found):
    """The end of a match of items[k:] at s[i:], filling found; -1 when none."""
    if k == len(items):
        return i
    kind, value = items[k]
    if kind == "lit":
        if s[i:i + 1].lower() == value:
            return _match(items, k + 1, s, i + 1, found)
        return -1
    if kind == "ws":
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        while j > i:
            end = _match(items, k + 1, s, j, found)
            if end >= 0:
                return end
            j -= 1
        return -1
    for text in _candidates(value, s, i):
        found[value] = text
        end = _match(items, k + 1, s, i + len(text), found)
        if end >= 0:
            return end
        del found[value]
    return -1


def _strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    items = _compile_format(fmt)
    found = {}
    end = _match(items, 0, data, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    julian = None
    tz = None
    if "y" in found:
        year = int(found["y"])
        year += 2000 if year <= 68 else 1900
    if "Y" in found:
        year = int(found["Y"])
    if "m" in found:
        month = int(found["m"])
    if "B" in found:
        month = _FULL_MONTHS.index(found["B"].lower()) + 1
    if "b" in found:
        month = [n[:3] for n in _FULL_MONTHS].index(found["b"].lower()) + 1
    if "d" in found:
        day = int(found["d"])
    if "H" in found:
        hour = int(found["H"])
    if "I" in found:
        hour = int(found["I"])
        ampm = found.get("p", "").lower()
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if "M" in found:
        minute = int(found["M"])
    if "S" in found:
        second = int(found["S"])
    if "f" in found:
        fraction = int(found["f"] + "0" * (6 - len(found["f"])))
    if "j" in found:
        julian = int(found["j"])
    if "z" in found:
        z = found["z"]
        if z == "Z":
            offset = _ZERO
        else:
            if z[3] == ":":
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ":":
                        raise ValueError("Inconsistent use of : in %s" % found["z"])
                    z = z[:5] + z[6:]
            micro = 0
            if len(z) > 7:
                frac = z[8:]
                micro = int(frac + "0" * (6 - len(frac)))
            seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or "0")
            offset = timedelta(seconds=seconds, microseconds=micro)
            if z[0] == "-":
                offset = -offset
        name = found.get("Z")
        tz = timezone(offset, name) if name else timezone(offset)
    weekday = None
    if "A" in found:
        weekday = _FULL_DAYS.index(found["A"].lower())
    if "a" in found:
        weekday = [n[:3] for n in _FULL_DAYS].index(found["a"].lower())
    if "w" in found:
        weekday = (int(found["w"]) + 6) % 7
    if "u" in found:
        weekday = int(found["u"]) - 1
    iso_year = int(found["G"]) if "G" in found else None
    iso_week = int(found["V"]) if "V" in found else None
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif "U" not in found and "W" not in found and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    if julian is None and weekday is not None:
        if "U" in found or "W" in found:
            julian = _julian_from_week(year, int(found.get("U", found.get("W"))), weekday,
                                       "W" in found)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    elif leap_fix:
        year = 1900
    return cls(year, month, day, hour, minute, second, fraction, tz)


def _julian_from_week(year, week, weekday, starts_monday):
    """The day of the year of weekday (Monday 0) in week (%W, or %U from Sunday)."""
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    if not starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of the year) of an ISO year, week and weekday (Monday 1)."""
    o = _isoweek1monday(iso_year) + (iso_week - 1) * 7 + iso_weekday - 1
    year = _ord2ymd(o)[0]
    return year, o - _ymd2ord(year, 1, 1) + 1
