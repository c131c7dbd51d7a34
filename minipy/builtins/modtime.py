"""The time module: time, perf_counter, monotonic, process_time, sleep."""
import time
from minipy.concurrency import stmcontrol
from minipy.build import gil_handover
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int
from minipy.objects.floatobject import wrap_float
from minipy.objects.strobject import wrap_str
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt


def t_time(args):
    return wrap_float(time.time())


def t_perf_counter(args):
    return wrap_float(time.time())


def t_process_time(args):
    return wrap_float(time.clock())


def t_time_ns(args):
    return wrap_int(int(time.time() * 1e9))


def t_sleep(args):
    from minipy.interpreter import ops
    from minipy.builtins import modsys
    secs = ops.float_w(args.args_w[0])
    if secs < 0:
        raise oefmt(ex.w_ValueError, 'sleep length must be non-negative')
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
        signals.poll()
        secs = deadline - time.time()
        if secs <= 0.0:
            return


def make_time():
    w_d = W_DictObject()
    w_mod = W_Module('time', w_d)
    w_d.setstr('__name__', wrap_str('time'))
    for name, f in [('time', t_time), ('perf_counter', t_perf_counter),
                    ('monotonic', t_perf_counter), ('process_time', t_process_time),
                    ('time_ns', t_time_ns), ('sleep', t_sleep)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    return w_mod
