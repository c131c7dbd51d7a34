"""The time module: time, perf_counter, monotonic, process_time, sleep."""
import math
import time
from minipy.concurrency import stmcontrol, gil
from minipy.build import gil_handover
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, W_LongObject
from minipy.objects.floatobject import wrap_float, W_FloatObject
from minipy.objects.strobject import wrap_str
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import check_args


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


def make_time():
    w_d = W_DictObject()
    w_mod = W_Module('time', w_d)
    w_d.setstr('__name__', wrap_str('time'))
    for name, f in [('time', t_time), ('perf_counter', t_perf_counter),
                    ('monotonic', t_monotonic), ('process_time', t_process_time),
                    ('time_ns', t_time_ns), ('sleep', t_sleep)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    return w_mod
