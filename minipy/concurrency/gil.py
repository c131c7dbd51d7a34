"""GIL mode: when the running thread hands the GIL to a waiting one.

RPython's own GIL (rpython.rlib.rgil) does the locking: the first
rthread.start_new_thread allocates it, and every external call marked `releasegil`
(os.write, time.sleep, lock waits) releases and re-takes it.  What is left for the
interpreter is the voluntary hand-off of a thread that never blocks: the eval loop calls
tick(ec) at every backward jump and function entry; when the thread's tick budget runs
out, periodic(ec) looks at the clock and, once the switch interval (sys.setswitchinterval,
default 5 ms as CPython) has passed since this thread last yielded, calls
rgil.yield_thread(), which returns at once unless another thread waits for the GIL.
The budget adapts so that periodic() runs about every CHECK_PERIOD seconds (or every
switch interval, when threads run and it is shorter), between MIN_TICKS and MAX_TICKS
ticks: the interpreter needs a small one, compiled code a large one. In a trace each
tick is a guard, and a guard that fails rarely (a trace inlines many calls, each with
its tick) may never get a bridge: every failure then resumes through the blackhole
interpreter, which with a fixed budget of 100 ticks took 14% of a ray tracer's time.

periodic() also polls for Ctrl-C (minipy/interpreter/signals.py): tick() may raise
KeyboardInterrupt.

The ticks counter and the atomic nesting depth live in the thread's ExecutionContext.
tick() is only called between bytecodes, where no interpreter structure is half-updated.

`transaction.atomic` (modtransaction.py) raises ec.atomic_depth; while it is > 0 the
periodic check never yields.  External calls inside an atomic block (print, sleep, lock
waits) still release the GIL at the RPython level, so the block's atomicity ends there;
the STM build ends the block's transaction at the same waits (stmcontrol.begin_waiting).
"""
import time
from rpython.rlib import rgil, jit
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from minipy.interpreter import signals, finalizers
from minipy.concurrency.stm import barriers
from minipy.concurrency import stmcontrol

MIN_TICKS = 100
MAX_TICKS = 100000
CHECK_PERIOD = 0.0005    # seconds

# What the JIT must be told about a voluntary switch: while rgil.yield_thread() let
# another thread run, any object may have changed. rgil declares its C call without
# effects on GC objects (it is small), so the JIT kept heap values it had read before
# the switch and used them after it -- a `q.unfinished_tasks += 1` then lost the other
# thread's decrement (a queue.join() that never returned, about 1 run in 200). Calling
# this empty C function, declared with random effects on GC objects, in periodic()
# makes every call of periodic() forget what the trace knew about the heap.
_eci = ExternalCompilationInfo(post_include_bits=[
    'static inline void minipy_heap_may_have_changed(void) { }'])
_heap_may_have_changed = rffi.llexternal(
    'minipy_heap_may_have_changed', [], lltype.Void, compilation_info=_eci,
    _nowrapper=True, sandboxsafe=True, releasegil=False, random_effects_on_gcobjs=True,
    _callable=lambda: None)


class GilState(object):
    """Process-wide GIL-mode settings (written only by the thread holding the GIL)."""
    def __init__(self):
        self.threads_started = False     # True once the GIL exists
        self.switch_interval = 0.005     # seconds


gilstate = GilState()


def tick(ec):
    """One unit of work done by the thread of `ec`: cheap unless the counter runs out."""
    ec.gil_ticks -= 1
    if ec.gil_ticks < 0:
        periodic(ec)


@jit.dont_look_inside
def periodic(ec):
    if barriers.ENABLED:
        # STM build: no GIL; the counter measures the transaction length instead, and
        # the next bytecode boundary cuts the transaction (minipy/concurrency/stmcontrol.py)
        ec.gil_ticks = stmcontrol.next_length(ec)
        ec.stm_boundary = True
        signals.poll()
        return
    now = time.time()
    period = CHECK_PERIOD
    if gilstate.threads_started and gilstate.switch_interval < period:
        period = gilstate.switch_interval
    ec.gil_ticks = ec.gil_budget = _next_budget(ec.gil_budget, now - ec.gil_last_check,
                                                period)
    ec.gil_last_check = now
    signals.poll()       # Ctrl-C: may raise KeyboardInterrupt (main thread)
    finalizers.run_pending()     # __del__ of objects the collector found unreachable
    if not gilstate.threads_started or ec.atomic_depth > 0:
        return
    if now - ec.gil_last_yield >= gilstate.switch_interval:
        rgil.yield_thread()
        _heap_may_have_changed()
        ec.gil_last_yield = time.time()


def regained_after_wait():
    """After a wait that gave the GIL away (a lock wait, a sleep), called with it back:
    this thread's switch interval starts now, as after a yield. Otherwise its last yield
    may be long past, and its first periodic check would pass the GIL on at once to any
    thread that woke meanwhile: a queue's consumers passed it round at every check
    (CHECK_PERIOD) instead of every switch interval, with a context switch each time."""
    if not barriers.ENABLED:
        from minipy.interpreter.executioncontext import get_ec
        get_ec().gil_last_yield = time.time()


def _next_budget(budget, elapsed, period):
    """The tick budget after one that lasted `elapsed` seconds: doubled when it ran out
    in well under `period`, halved when it took well over."""
    if elapsed < period / 4:
        return min(budget * 2, MAX_TICKS)
    if elapsed > period * 4:
        return max(budget // 2, MIN_TICKS)
    return budget


def threads_started():
    """Called before the first thread starts (rthread allocates the GIL itself)."""
    gilstate.threads_started = True


def set_switch_interval(seconds):
    """sys.setswitchinterval (0 still yields: every bytecode check may switch)."""
    gilstate.switch_interval = seconds


def get_switch_interval():
    return gilstate.switch_interval
