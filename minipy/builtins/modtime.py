"""_time, the native half of the time module (minipy/lib/time.py is the rest): time,
perf_counter, monotonic, process_time, time_ns, sleep, and the calendar primitives
_breakdown, _mktime, _strftime and _zone (builtins/caltime.py)."""
import math
import time
from minipy.concurrency import stmcontrol, gil
from minipy.build import gil_handover
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, W_LongObject
from minipy.objects.floatobject import wrap_float, W_FloatObject
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import check_args
from minipy.builtins import caltime


def t_time(args):
    check_args(args, 'time.time', 0, 0)
    return wrap_float(time.time())


def t_perf_counter(args):
    check_args(args, 'time.perf_counter', 0, 0)
    return wrap_float(time.time())


def t_monotonic(args):
    check_args(args, 'time.monotonic', 0, 0)
    return wrap_float(time.time())


def t_process_time(args):
    check_args(args, 'time.process_time', 0, 0)
    return wrap_float(time.clock())


def t_time_ns(args):
    check_args(args, 'time.time_ns', 0, 0)
    return wrap_int(int(time.time() * 1e9))


# CPython keeps times as signed 64-bit nanoseconds: the longest sleep it accepts
MAX_SLEEP = 9223372036.854775
MAX_SLEEP_INT = 9223372036


def seconds_arg(w_obj):
    """A time in seconds as CPython converts it (_PyTime_FromSecondsObject): a float (not
    NaN, within 64-bit nanoseconds), else an integer through __index__ (within them too),
    with CPython's messages. time.sleep and lock timeouts take their argument so."""
    from minipy.interpreter import ops
    w_v = w_obj.base_value()
    if isinstance(w_v, W_FloatObject):
        secs = w_v.floatval
        if math.isnan(secs):
            raise oefmt(ex.w_ValueError, 'Invalid value NaN (not a number)')
        if not (-MAX_SLEEP <= secs <= MAX_SLEEP):
            raise oefmt(ex.w_OverflowError, 'timestamp out of range for platform time_t')
        return secs
    if isinstance(w_v, W_LongObject):
        n = MAX_SLEEP_INT + 1       # past the limit whatever its sign
    else:
        n = ops.int_w(w_obj)
    if n > MAX_SLEEP_INT or n < -MAX_SLEEP_INT:
        raise oefmt(ex.w_OverflowError, 'timestamp too large to convert to C _PyTime_t')
    return float(n)


def sleep_seconds(w_obj):
    """time.sleep's argument in seconds (seconds_arg), which must not be negative."""
    secs = seconds_arg(w_obj)
    if secs < 0:
        raise oefmt(ex.w_ValueError, 'sleep length must be non-negative')
    return secs


def t_sleep(args):
    check_args(args, 'time.sleep', 1, 1)
    secs = sleep_seconds(args.args_w[0])
    was_outside = stmcontrol.begin_waiting()
    try:
        sleep_interruptible(secs)
    finally:
        stmcontrol.end_blocking(was_outside)
    return w_None


def sleep_interruptible(secs):
    """Sleep secs seconds; a signal cuts the sleep short: Ctrl-C raises
    KeyboardInterrupt, any other signal goes back to sleep for the rest."""
    from minipy.interpreter import signals
    deadline = time.time() + secs
    while True:
        gil_handover.sleep(secs)    # in a GIL build, a thread waiting for the GIL gets it now
        gil.regained_after_wait()
        signals.poll()
        secs = deadline - time.time()
        if secs <= 0.0:
            return


def _fields_arg(w_seq):
    """Ten ints from a sequence (time.py passes the struct_time's nine fields and the
    offset from UTC)."""
    from minipy.interpreter import ops
    items_w = ops.unpack_iterable(w_seq)
    if len(items_w) != caltime.NFIELDS:
        raise oefmt(ex.w_TypeError, 'expected %d fields' % caltime.NFIELDS)
    return [ops.int_w(w_x) for w_x in items_w]


def t_breakdown(args):
    """_breakdown(seconds, local): the ten fields, as a tuple."""
    from minipy.interpreter import ops
    check_args(args, '_breakdown', 2, 2)
    fields = caltime.breakdown(ops.int_w(args.args_w[0]), int(ops.is_true(args.args_w[1])))
    if fields is None:
        raise oefmt(ex.w_OverflowError, 'timestamp out of range for platform time_t')
    return wrap_tuple([wrap_int(v) for v in fields])


def t_mktime(args):
    check_args(args, '_mktime', 1, 1)
    ok, t = caltime.mktime(_fields_arg(args.args_w[0]))
    if not ok:
        raise oefmt(ex.w_OverflowError, 'mktime argument out of range')
    return wrap_float(float(t))


def t_strftime(args):
    from minipy.interpreter import ops
    check_args(args, '_strftime', 2, 2)
    fmt = ops.str_w(args.args_w[0])
    if '\x00' in fmt:
        raise oefmt(ex.w_ValueError, 'embedded null character')
    return wrap_str(caltime.strftime(fmt, _fields_arg(args.args_w[1])))


def t_zone(args):
    """(tzname[0], tzname[1], timezone, daylight)."""
    check_args(args, '_zone', 0, 0)
    std, dst = caltime.zone_names()
    offset, daylight = caltime.zone_offset()
    return wrap_tuple([wrap_str(std), wrap_str(dst), wrap_int(offset), wrap_int(daylight)])


def make_time():
    w_d = W_DictObject()
    w_mod = W_Module('_time', w_d)
    w_d.setstr('__name__', wrap_str('_time'))
    for name, f in [('time', t_time), ('perf_counter', t_perf_counter),
                    ('monotonic', t_monotonic), ('process_time', t_process_time),
                    ('time_ns', t_time_ns), ('sleep', t_sleep), ('_breakdown', t_breakdown),
                    ('_mktime', t_mktime), ('_strftime', t_strftime), ('_zone', t_zone)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    return w_mod
