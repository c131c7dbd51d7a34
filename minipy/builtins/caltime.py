"""Calendar time for the time module: C's localtime_r, gmtime_r, mktime, strftime and
the local zone (tzname, timezone, daylight), through a few C functions of ours that
pass a struct tm as ten longs (year, month 1-12, day, hour, minute, second, weekday with
Monday 0, day of the year from 1, isdst, offset from UTC in seconds), the fields of
Python's struct_time. Untranslated (tests on CPython 2.7), Python's own time module
stands in."""
import time
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

NFIELDS = 10

_C = r'''
#include <time.h>
#include <string.h>

static void minipy_fields_from_tm(const struct tm *tm, long *out)
{
    out[0] = tm->tm_year + 1900L; out[1] = tm->tm_mon + 1; out[2] = tm->tm_mday;
    out[3] = tm->tm_hour; out[4] = tm->tm_min; out[5] = tm->tm_sec;
    out[6] = (tm->tm_wday + 6) % 7; out[7] = tm->tm_yday + 1; out[8] = tm->tm_isdst;
    out[9] = tm->tm_gmtoff;
}

static void minipy_tm_from_fields(const long *in, struct tm *tm)
{
    memset(tm, 0, sizeof(*tm));
    tm->tm_year = (int)(in[0] - 1900); tm->tm_mon = (int)in[1] - 1; tm->tm_mday = (int)in[2];
    tm->tm_hour = (int)in[3]; tm->tm_min = (int)in[4]; tm->tm_sec = (int)in[5];
    tm->tm_wday = (int)((in[6] + 1) % 7); tm->tm_yday = (int)in[7] - 1;
    tm->tm_isdst = (int)in[8]; tm->tm_gmtoff = in[9];
    tzset();
    tm->tm_zone = tzname[tm->tm_isdst > 0 ? 1 : 0];
}

/* 0, or -1 when the time is out of the C library's range */
int minipy_breakdown(long long t, int local, long *out)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (local) {
        tzset();
        if (localtime_r(&tt, &tm) == NULL) return -1;
    }
    else if (gmtime_r(&tt, &tm) == NULL) return -1;
    minipy_fields_from_tm(&tm, out);
    return 0;
}

/* mktime of the fields; *ok is 0 when mktime failed */
long long minipy_mktime(const long *in, int *ok)
{
    struct tm tm;
    time_t t;
    minipy_tm_from_fields(in, &tm);
    tm.tm_wday = -1;            /* mktime leaves it alone on failure */
    t = mktime(&tm);
    *ok = !(t == (time_t)-1 && tm.tm_wday == -1);
    return (long long)t;
}

size_t minipy_strftime(char *buf, size_t size, const char *fmt, const long *in)
{
    struct tm tm;
    minipy_tm_from_fields(in, &tm);
    return strftime(buf, size, fmt, &tm);
}

const char *minipy_tzname(int dst) { tzset(); return tzname[dst ? 1 : 0]; }
long minipy_timezone(void) { tzset(); return timezone; }
int minipy_daylight(void) { tzset(); return daylight; }
'''

_eci = ExternalCompilationInfo(
    includes=['time.h'],
    post_include_bits=[
        'RPY_EXTERN int minipy_breakdown(long long, int, long *);\n'
        'RPY_EXTERN long long minipy_mktime(const long *, int *);\n'
        'RPY_EXTERN size_t minipy_strftime(char *, size_t, const char *, const long *);\n'
        'RPY_EXTERN const char *minipy_tzname(int);\n'
        'RPY_EXTERN long minipy_timezone(void);\n'
        'RPY_EXTERN int minipy_daylight(void);'],
    separate_module_sources=[_C])

_breakdown = rffi.llexternal('minipy_breakdown', [rffi.LONGLONG, rffi.INT, rffi.LONGP],
                             rffi.INT, compilation_info=_eci, releasegil=False)
_mktime = rffi.llexternal('minipy_mktime', [rffi.LONGP, rffi.INTP], rffi.LONGLONG,
                          compilation_info=_eci, releasegil=False)
_strftime = rffi.llexternal('minipy_strftime',
                            [rffi.CCHARP, rffi.SIZE_T, rffi.CCHARP, rffi.LONGP],
                            rffi.SIZE_T, compilation_info=_eci, releasegil=False)
_tzname = rffi.llexternal('minipy_tzname', [rffi.INT], rffi.CCHARP,
                          compilation_info=_eci, releasegil=False)
_timezone = rffi.llexternal('minipy_timezone', [], rffi.LONG, compilation_info=_eci,
                            releasegil=False)
_daylight = rffi.llexternal('minipy_daylight', [], rffi.INT, compilation_info=_eci,
                            releasegil=False)


def breakdown(t, local):
    """The ten fields of time t (whole seconds since the epoch), local or UTC; None when
    out of range."""
    if not we_are_translated():
        tm = time.localtime(t) if local else time.gmtime(t)
        return [tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                tm.tm_wday, tm.tm_yday, tm.tm_isdst, 0]
    out = lltype.malloc(rffi.LONGP.TO, NFIELDS, flavor='raw')
    try:
        if rffi.cast(lltype.Signed, _breakdown(rffi.cast(rffi.LONGLONG, t),
                                               rffi.cast(rffi.INT, local), out)) != 0:
            return None
        return [rffi.cast(lltype.Signed, out[i]) for i in range(NFIELDS)]
    finally:
        lltype.free(out, flavor='raw')


def _fields_buffer(fields):
    buf = lltype.malloc(rffi.LONGP.TO, NFIELDS, flavor='raw')
    for i in range(NFIELDS):
        buf[i] = rffi.cast(rffi.LONG, fields[i])
    return buf


def mktime(fields):
    """(ok, seconds since the epoch) of local time `fields`; ok is False when mktime
    fails."""
    if not we_are_translated():
        return True, int(time.mktime(tuple(fields[:9])))
    buf = _fields_buffer(fields)
    ok = lltype.malloc(rffi.INTP.TO, 1, flavor='raw')
    try:
        t = rffi.cast(lltype.Signed, _mktime(buf, ok))
        return rffi.cast(lltype.Signed, ok[0]) != 0, t
    finally:
        lltype.free(ok, flavor='raw')
        lltype.free(buf, flavor='raw')


def strftime(fmt, fields):
    """C's strftime of `fields` (fmt: bytes without NUL)."""
    if not we_are_translated():
        return time.strftime(fmt, tuple(fields[:9]))
    assert fmt is not None
    if fmt == '':
        return ''
    buf_fields = _fields_buffer(fields)
    c_fmt = rffi.str2charp(fmt)
    try:
        size = 256 + 4 * len(fmt)
        while True:
            out = lltype.malloc(rffi.CCHARP.TO, size, flavor='raw')
            try:
                n = rffi.cast(lltype.Signed, _strftime(out, rffi.cast(rffi.SIZE_T, size),
                                                       c_fmt, buf_fields))
                if n > 0 or size > 256 * len(fmt) + 4096:
                    return rffi.charpsize2str(out, n)
            finally:
                lltype.free(out, flavor='raw')
            size *= 4
    finally:
        rffi.free_charp(c_fmt)
        lltype.free(buf_fields, flavor='raw')


def zone_names():
    if not we_are_translated():
        return time.tzname[0], time.tzname[1]
    return rffi.charp2str(_tzname(rffi.cast(rffi.INT, 0))), \
        rffi.charp2str(_tzname(rffi.cast(rffi.INT, 1)))


def zone_offset():
    """(timezone, daylight): seconds west of UTC of standard time, and whether the zone
    has summer time."""
    if not we_are_translated():
        return time.timezone, time.daylight
    return rffi.cast(lltype.Signed, _timezone()), rffi.cast(lltype.Signed, _daylight())
