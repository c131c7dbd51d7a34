"""time: clocks and sleep (from the native _time), and calendar time as CPython's time
module has it: struct_time, localtime, gmtime, mktime, strftime, strptime, asctime,
ctime, the zone (tzname, timezone, altzone, daylight) and the *_ns clocks. The calendar work is
C's (localtime_r, gmtime_r, mktime, strftime) through _time. The functions written here
are wrapped in _BuiltinFunction so that, like CPython's built-ins (and the natives time(),
sleep()...), they do not become methods when stored as class attributes."""
import _time
from _time import time, perf_counter, monotonic, process_time, time_ns, sleep

_std_name, _dst_name, timezone, daylight = _time._zone()
tzname = (_std_name, _dst_name)
altzone = timezone - 3600 if daylight else timezone



class _BuiltinFunction:
    """A module function that behaves as a built-in one: it has no __get__, so a class
    attribute holding it is not bound to instances, and it prints as
    <built-in function NAME>."""

    def __init__(self, function):
        self._function = function
        self.__name__ = function.__name__
        self.__qualname__ = function.__name__
        self.__doc__ = function.__doc__

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time as nine fields (a tuple), plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    def __getattr__(self, name):
        if name in _FIELDS:
            return self[_FIELDS.index(name)]
        if name == "tm_zone":
            return self._extra[0]
        if name == "tm_gmtoff":
            return self._extra[1]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % (name, self[i]) for i, name in enumerate(_FIELDS)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self) + tuple(self._extra),))


def _seconds(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return int(secs // 1)
    return secs.__index__() if not isinstance(secs, int) else secs


def _struct(fields, zone):
    return struct_time(tuple(fields[:9]) + (zone, fields[9]))


def localtime(secs=None):
    fields = _time._breakdown(_seconds(secs), True)
    return _struct(fields, tzname[1] if fields[8] > 0 else tzname[0])


def gmtime(secs=None):
    fields = _time._breakdown(_seconds(secs), False)
    return _struct(fields, "GMT")        # (as glibc names it)


def _fields_of(t, name):
    if isinstance(t, struct_time):
        values = list(t)
        gmtoff = t.tm_gmtoff or 0
    else:
        if not isinstance(t, tuple):
            raise TypeError("Tuple or struct_time argument required")
        if len(t) != 9:
            raise TypeError("%s(): illegal time tuple argument" % name)
        values = list(t)
        gmtoff = 0
    for v in values:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    return values + [gmtoff]


def _checked(fields):
    """strftime's and asctime's range checks, with CPython's normalizations."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst, gmtoff = fields
    if mon == 0:
        mon = 1
    elif mon < 0 or mon > 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif mday < 0 or mday > 31:
        raise ValueError("day of month out of range")
    if hour < 0 or hour > 23:
        raise ValueError("hour out of range")
    if minute < 0 or minute > 59:
        raise ValueError("minute out of range")
    if sec < 0 or sec > 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    wday = wday % 7
    if yday == 0:
        yday = 1
    elif yday < 0 or yday > 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return [year, mon, mday, hour, minute, sec, wday, yday, isdst, gmtoff]


def mktime(t):
    return _time._mktime(_fields_of(t, "mktime"))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    return _time._strftime(format, _checked(_fields_of(t, "strftime")))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec")


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse string by format into a struct_time (tm_isdst -1), with the directives and
    errors of datetime.strptime, which shares CPython's parser."""
    import datetime
    parsed = datetime.datetime.strptime(string, format)
    fields = tuple(parsed.timetuple())[:8] + (-1,)
    offset = parsed.utcoffset()
    if offset is None:
        return struct_time(fields + (None, None))
    return struct_time(fields + (parsed.tzname(), offset.days * 86400 + offset.seconds))


def asctime(t=None):
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday = _checked(_fields_of(t, "asctime"))[:7]
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAYS[wday], _MONTHS[mon - 1], mday, hour,
                                            minute, sec, year)


def ctime(secs=None):
    return asctime(localtime(secs))


def monotonic_ns():
    return int(monotonic() * 1e9)


def perf_counter_ns():
    return int(perf_counter() * 1e9)


def process_time_ns():
    return int(process_time() * 1e9)


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()


for _f in (localtime, gmtime, mktime, strftime, strptime, asctime, ctime, monotonic_ns,
           perf_counter_ns, process_time_ns, thread_time, thread_time_ns):
    globals()[_f.__name__] = _BuiltinFunction(_f)
del _f
