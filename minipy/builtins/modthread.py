"""The native `_thread` module: start_new_thread, allocate_lock, get_ident,
get_native_id, error, TIMEOUT_MAX, LockType, exit, stack_size.  The API that minipy/lib/threading.py needs
(its docstring states it).

Threads are rthread threads.  RPython passes nothing to a new thread, so the parent hands
(function, args, kwargs) over through one prebuilt slot guarded by an OS lock, which the
child releases once it has read it.  Each thread gets its own ExecutionContext (call depth,
exception being handled, frame chain, GIL counters), reachable through get_ec().
Blocking lock waits go through a releasegil external: the GIL is released while the
thread sleeps on the OS lock, and handed straight to a thread waiting for it
(minipy/build/gil_handover.py). In the STM build lock operations and thread start run
between two transactions (stmcontrol.begin_blocking/end_blocking)."""
import os
from rpython.rlib import rthread
from rpython.rlib.objectmodel import we_are_translated
from minipy.objects.root import W_Root, OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.floatobject import wrap_float
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction, Args
from minipy.objects.typeobject import make_builtin_type
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_args
from minipy.interpreter.executioncontext import ExecutionContext, get_ec, _ec_ref
from minipy.interpreter import cstack
from minipy.concurrency import gil, stmcontrol
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.transaction import TransactionAbort
from minipy.build import parallel_runtime, gil_handover
from minipy.interpreter import signals

TIMEOUT_MAX = 9223372036.0     # seconds, as CPython's on 64-bit Linux

# ---------------------------------------------------------------- locks

class W_Lock(W_Root):
    """_thread.lock: a plain, non-reentrant OS lock; any thread may release it."""
    _attrs_ = ['lock']

    def __init__(self):
        self.lock = rthread.allocate_lock()

    def acquire(self, blocking, timeout):
        """timeout < 0: forever; else seconds.  Sleeps with the GIL released."""
        if self.lock.acquire(False):
            return True
        if not blocking:
            return False
        micros = -1                  # forever
        if timeout >= 0.0:
            micros = int(timeout * 1000000.0)
            if micros <= 0:
                return False
        while True:
            r = gil_handover.acquire_timed(self.lock, micros)
            gil.regained_after_wait()
            if r != 2:               # 2: interrupted by a signal: Ctrl-C or wait again
                return r == 1
            signals.poll()

    def is_locked(self):
        """Whether some thread holds the lock. rthread's is_acquired() takes a free lock and
        keeps it, so probe with a non-blocking acquire and give a free lock back at once."""
        if self.lock.acquire(False):
            self.lock.release()
            return False
        return True

    def native_repr(self):
        from minipy.builtins.reprs import addr
        if self.is_locked():
            state = 'locked'
        else:
            state = 'unlocked'
        return '<%s _thread.lock object at %s>' % (state, addr(self))


W_Lock.typedef = make_builtin_type('_thread.lock')
w_locktype = W_Lock.typedef


def lock_self(args):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor needs an argument")
    w_l = args.args_w[0]
    if not isinstance(w_l, W_Lock):
        raise oefmt(ex.w_TypeError, "descriptor requires a '_thread.lock' object")
    return w_l


def blocking_arg(w_blocking):
    """acquire()'s blocking flag: CPython parses it as a C long, so it must be an int (or
    have __index__), not any object with a truth value."""
    from minipy.interpreter import ops
    from minipy.objects.intobject import W_LongObject
    if isinstance(w_blocking.base_value(), W_LongObject):
        raise oefmt(ex.w_OverflowError, 'Python int too large to convert to C long')
    return ops.int_w(w_blocking) != 0


def parse_acquire(args):
    """(blocking, timeout) from acquire(blocking=True, timeout=-1), CPython's errors."""
    from minipy.interpreter import ops
    n = len(args.args_w) - 1
    nkw = 0
    if args.kwnames is not None:
        nkw = len(args.kwnames)
        for name in args.kwnames:
            if name != 'blocking' and name != 'timeout':
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for acquire()" % name)
    if n + nkw > 2:
        raise oefmt(ex.w_TypeError,
                    'acquire() takes at most 2 arguments (%d given)' % (n + nkw))
    w_blocking = None
    w_timeout = None
    if n >= 1:
        w_blocking = args.args_w[1]
    if n >= 2:
        w_timeout = args.args_w[2]
    w_kb = args.getkw('blocking')
    if w_kb is not None:
        w_blocking = w_kb
    w_kt = args.getkw('timeout')
    if w_kt is not None:
        w_timeout = w_kt
    blocking = True
    if w_blocking is not None:
        blocking = blocking_arg(w_blocking)
    timeout = -1.0
    if w_timeout is not None:
        from minipy.builtins.modtime import seconds_arg
        timeout = seconds_arg(w_timeout)
    if not blocking and timeout != -1.0:
        raise oefmt(ex.w_ValueError, "can't specify a timeout for a non-blocking call")
    if timeout < 0.0 and timeout != -1.0:
        raise oefmt(ex.w_ValueError, 'timeout value must be positive')
    if timeout > TIMEOUT_MAX:
        raise oefmt(ex.w_OverflowError, 'timeout value is too large')
    return blocking, timeout


def acquire_between_transactions(w_l, blocking, timeout):
    """w_l.acquire(blocking, timeout), run between two transactions in the STM build.
    Inside transaction.atomic a free lock is taken within the block's transaction, and only
    a wait for a taken lock ends it (stmcontrol.begin_waiting)."""
    if stmcontrol.in_atomic_block():
        stmcontrol.begin_blocking()          # inevitable, still inside
        if w_l.lock.acquire(False):
            return True
        if not blocking:
            return False
        was_outside = stmcontrol.begin_waiting()
    else:
        was_outside = stmcontrol.begin_blocking()
    try:
        return w_l.acquire(blocking, timeout)
    finally:
        stmcontrol.end_blocking(was_outside)


def lock_acquire(args):
    w_l = lock_self(args)
    blocking, timeout = parse_acquire(args)
    return wrap_bool(acquire_between_transactions(w_l, blocking, timeout))


def lock_no_args(args, name):
    """CPython's TypeError for release()/locked() given arguments (the type is named
    'lock' there, not '_thread.lock')."""
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'lock.%s() takes no keyword arguments' % name)
    n = len(args.args_w) - 1
    if n > 0:
        raise oefmt(ex.w_TypeError, 'lock.%s() takes no arguments (%d given)' % (name, n))


def lock_release(args):
    lock_no_args(args, 'release')
    return do_release(args)


def lock_release_lock(args):
    lock_no_args(args, 'release_lock')
    return do_release(args)


def do_release(args):
    w_l = lock_self(args)
    was_outside = stmcontrol.begin_blocking()
    try:
        w_l.lock.release()
        released = True
    except rthread.error:
        released = False
    stmcontrol.end_blocking(was_outside)
    if not released:
        raise oefmt(ex.w_RuntimeError, 'release unlocked lock')
    return w_None


def lock_locked(args):
    lock_no_args(args, 'locked')
    return wrap_bool(lock_self(args).is_locked())


def lock_locked_lock(args):
    lock_no_args(args, 'locked_lock')
    return wrap_bool(lock_self(args).is_locked())


def lock_enter(args):
    acquire_between_transactions(lock_self(args), True, -1.0)
    return wrap_bool(True)


def lock_exit(args):
    return do_release(args)          # (any arguments: the exception triple)


def lock_repr(args):
    return wrap_str(lock_self(args).native_repr())


method(w_locktype, 'acquire', lock_acquire)
method(w_locktype, 'acquire_lock', lock_acquire)
method(w_locktype, 'release', lock_release)
method(w_locktype, 'release_lock', lock_release_lock)
method(w_locktype, 'locked', lock_locked)
method(w_locktype, 'locked_lock', lock_locked_lock)
method(w_locktype, '__enter__', lock_enter)
method(w_locktype, '__exit__', lock_exit)
method(w_locktype, '__repr__', lock_repr)


def t_allocate_lock(args):
    check_args(args, 'allocate_lock', 0, 0, '_thread.allocate_lock')
    return W_Lock()


# ---------------------------------------------------------------- threads

class Bootstrapper(object):
    """The one slot through which a parent passes the callable to its new thread.
    `lock` is held from the parent's fill until the child has read the slot.
    `running` keeps every live thread's ExecutionContext reachable (the GC does not
    trace thread-local storage under Boehm)."""
    def __init__(self):
        self.lock = None
        self.w_callable = None
        self.args = None
        self.recursion_limit = 1000
        self.running = {}
        self.running_lock = None    # guards `running` (threads run in parallel in STM)

    def _cleanup_(self):
        self.lock = None
        self.running_lock = None
        self.w_callable = None
        self.args = None


bootstrapper = Bootstrapper()


def bootstrap():
    """Runs in the new OS thread, holding the GIL (the rffi callback wrapper took it); in
    the STM build there is no GIL: the thread registers with the parallel runtime and
    runs its code in transactions (stmcontrol)."""
    if barriers.ENABLED:
        parallel_runtime.register_thread()
    rthread.get_or_make_ident()
    rthread.gc_thread_start()
    b = bootstrapper
    w_callable = b.w_callable
    args = b.args
    ec = ExecutionContext()
    ec.recursion_limit = b.recursion_limit
    cstack.allow_stack_for(ec.recursion_limit)     # (the STM build's check is per thread)
    b.w_callable = None
    b.args = None
    ident = rthread.get_ident()
    b.running_lock.acquire(True)
    b.running[ident] = ec
    b.running_lock.release()
    b.lock.release()
    _ec_ref.set(ec)
    if barriers.ENABLED:
        stmcontrol.thread_begin(ec)
    run_thread(w_callable, args)
    if barriers.ENABLED:
        stmcontrol.thread_end(ec)
    b.running_lock.acquire(True)
    if ident in b.running:
        del b.running[ident]
    b.running_lock.release()
    _ec_ref.set(None)
    rthread.gc_thread_die()
    if barriers.ENABLED:
        parallel_runtime.unregister_thread()


def run_thread(w_callable, args):
    from minipy.interpreter import ops
    if w_callable is None or args is None:
        return
    try:
        ops.call_args(w_callable, args)
    except OperationError as e:
        report_thread_exception(w_callable, e)
    except TransactionAbort:
        # a bug in the STM build's transaction control: say so rather than lose the thread
        os.write(2, 'minipy-stm: internal error: a transaction abort escaped a thread\n')
    except Exception:
        pass                     # nothing may escape an RPython thread callback


def report_thread_exception(w_callable, e):
    """As CPython's thread_run: SystemExit is silent, others are 'ignored' with a
    traceback (threading.Thread never lets one escape)."""
    from minipy.interpreter import ops
    from minipy.interpreter import traceback as tbmod
    from minipy.builtins import modsys, functions
    if ops.isinstance_w(e.w_value, ex.w_SystemExit):
        return
    try:
        text = ('Exception ignored in thread started by: %s\n' % ops.repr_utf8(w_callable) +
                tbmod.format_exception(e.w_value))
        w_f = modsys.get_std('stderr')
        functions.write_to(w_f, text)
        ops.call_method(w_f, 'flush', [])
    except OperationError:
        pass


def t_start_new_thread(args):
    from minipy.interpreter import ops
    check_args(args, 'start_new_thread', 2, 3)
    w_callable = args.args_w[0]
    w_args = args.args_w[1]
    from minipy.builtins.functions import callable_w
    if not callable_w(w_callable):
        raise oefmt(ex.w_TypeError, 'first arg must be callable')
    if not isinstance(w_args, W_TupleObject):
        raise oefmt(ex.w_TypeError, '2nd arg must be a tuple')
    kwnames = None
    kwvalues_w = None
    if len(args.args_w) == 3:
        w_kw = args.args_w[2]
        if not isinstance(w_kw, W_DictObject):
            raise oefmt(ex.w_TypeError, 'optional 3rd arg must be a dictionary')
        kwnames = []
        kwvalues_w = []
        for i in range(w_kw.entry_count()):
            w_k = w_kw.key_at(i)
            if w_k is None:
                continue
            kwnames.append(ops.str_utf8(w_k))
            kwvalues_w.append(w_kw.value_at(i))
    call_args = Args(list(w_args.items_w), kwnames, kwvalues_w)
    b = bootstrapper
    if b.lock is None:
        b.lock = rthread.allocate_lock()
        b.running_lock = rthread.allocate_lock()
        if we_are_translated():
            rthread.set_stacksize(cstack.STACK_BYTES)
    gil.threads_started()
    recursion_limit = get_ec().recursion_limit
    was_outside = stmcontrol.begin_blocking()    # STM: thread start is irrevocable
    b.lock.acquire(True)          # the GIL is released while waiting for a previous child
    b.w_callable = w_callable
    b.args = call_args
    b.recursion_limit = recursion_limit
    try:
        ident = rthread.start_new_thread(bootstrap, ())
    except rthread.error:
        b.w_callable = None
        b.args = None
        b.lock.release()
        ident = -1
    stmcontrol.end_blocking(was_outside)
    if ident == -1:
        raise oefmt(ex.w_RuntimeError, "can't start new thread")
    return wrap_int(ident)


def t_get_ident(args):
    check_args(args, 'get_ident', 0, 0, '_thread.get_ident')
    return wrap_int(rthread.get_ident())


def t_get_native_id(args):
    check_args(args, 'get_native_id', 0, 0, '_thread.get_native_id')
    return wrap_int(rthread.get_ident())


def t_count(args):
    check_args(args, '_count', 0, 0, '_thread._count')
    b = bootstrapper
    if b.running_lock is None:
        return wrap_int(0)
    b.running_lock.acquire(True)
    n = len(b.running)
    b.running_lock.release()
    return wrap_int(n)


def t_exit(args):
    """_thread.exit(): end the calling thread (a SystemExit, which a thread ends on
    silently)."""
    check_args(args, 'exit', 0, 0, '_thread.exit')
    raise ex.operr_noargs(ex.w_SystemExit)


def t_exit_thread(args):
    """_thread.exit_thread(): the same as exit()."""
    check_args(args, 'exit_thread', 0, 0, '_thread.exit_thread')
    raise ex.operr_noargs(ex.w_SystemExit)


class StackSize(object):
    """What _thread.stack_size() last set. minipy's threads keep their own stacks
    (cstack.STACK_BYTES: deep recursion needs them), so the size is only remembered."""
    def __init__(self):
        self.size = 0


stack_size_setting = StackSize()


def t_stack_size(args):
    from minipy.interpreter import ops
    from minipy.objects.intobject import W_LongObject
    if len(args.args_w) > 1 and not args.has_kwargs():
        # (CPython parses it with PyArg_ParseTuple, which words the count so)
        raise oefmt(ex.w_TypeError, 'stack_size() takes at most 1 argument (%d given)'
                    % len(args.args_w))
    check_args(args, 'stack_size', 0, 1)
    size = 0
    if len(args.args_w) == 1:
        w_size = args.args_w[0]
        if isinstance(w_size.base_value(), W_LongObject):
            raise oefmt(ex.w_OverflowError, 'Python int too large to convert to C ssize_t')
        size = ops.int_w(w_size)
    if size < 0:
        raise oefmt(ex.w_ValueError, 'size must be 0 or a positive value')
    if 0 < size < 32768:
        raise oefmt(ex.w_ValueError, 'size not valid: %d bytes' % size)
    # STM: a field of a prebuilt object, written only inevitably (no rollback for it)
    stmcontrol.before_io()
    old = stack_size_setting.size
    stack_size_setting.size = size
    return wrap_int(old)


def make_thread():
    w_d = W_DictObject()
    w_mod = W_Module('_thread', w_d)
    w_d.setstr('__name__', wrap_str('_thread'))
    for name, f in [('start_new_thread', t_start_new_thread),
                    ('allocate_lock', t_allocate_lock),
                    ('get_ident', t_get_ident),
                    ('get_native_id', t_get_native_id),
                    ('_count', t_count),
                    ('exit', t_exit),
                    ('exit_thread', t_exit_thread),
                    ('stack_size', t_stack_size)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    w_d.setstr('allocate', w_d.getstr('allocate_lock'))
    w_d.setstr('start_new', w_d.getstr('start_new_thread'))
    w_d.setstr('error', ex.w_RuntimeError)
    w_d.setstr('LockType', w_locktype)
    w_d.setstr('TIMEOUT_MAX', wrap_float(TIMEOUT_MAX))
    return w_mod
