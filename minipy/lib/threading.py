"""threading: CPython 3.11's thread API, written in Python on top of minipy's native `_thread`.

What this module needs from `_thread` (the whole contract; nothing else is used):

* start_new_thread(function, args) -> int.  Runs function(*args) in a new OS thread.  `args`
  is always the empty tuple here and no kwargs are passed.  An exception escaping `function`
  never happens (Thread._bootstrap catches everything).
* allocate_lock() -> a plain, non-reentrant lock (threading.Lock is allocate_lock itself, so
  user code calls it directly too) with
    acquire(blocking=True, timeout=-1) -> bool   positional or keyword, as CPython's:
        timeout -1 waits forever, a number > 0 at most that many seconds (float or int),
        0 with blocking=True tries once; blocking=False with a timeout other than -1 raises
        ValueError("can't specify a timeout for a non-blocking call"); another negative
        timeout raises ValueError("timeout value must be positive").  A blocked acquire
        sleeps on an OS primitive (GIL released / transaction ended), never spins.
        threading.py itself calls acquire(), acquire(False) and acquire(True, t), t > 0,
        and passes the caller's (blocking, timeout) through for RLock and Condition;
    release()        any thread may release a lock that another thread acquired (join and
                     Condition rely on it); releasing an unlocked lock raises
                     RuntimeError("release unlocked lock");
    locked() -> bool;
    __enter__() (acquire, returns True) / __exit__(t, v, tb) (release), so `with lock:` works.
* get_ident() -> int, nonzero, unique among the threads alive at the same time.
* error: the exception class for thread errors (RuntimeError), exported as ThreadError.
* TIMEOUT_MAX: float, the largest timeout acquire() accepts.
* stack_size([size]) -> int: the stack size for new threads (threading.stack_size is it).
* get_native_id() -> int: optional (threading.get_native_id exists only with it; without it
  Thread.native_id stays None).

From the rest of the interpreter: `sys.stderr`, `sys.excepthook(type, value, tb)` (or
`sys.__excepthook__`, preferred when present) printing the standard traceback, exceptions
carrying `__traceback__`, and `time.monotonic()`.  After the main module has finished (normally
or with an exception) the interpreter calls `threading._shutdown()` if threading was imported:
it waits for every non-daemon thread.  Daemon threads are left running; the process exits.

threading.local reads per-thread attributes through a user-defined __getattribute__; an
interpreter that never calls one still works through __getattr__ and a `__dict__` property,
except that a class attribute then hides a per-thread attribute of the same name.
"""
import sys
import time
import _thread

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_HAVE_NATIVE_ID = hasattr(_thread, "get_native_id")
if _HAVE_NATIVE_ID:
    get_native_id = _thread.get_native_id

Lock = _allocate_lock


def _deprecated(message):
    # CPython 3.11's DeprecationWarning for the camelCase aliases, pointing at the caller
    # of the alias (warnings is imported only then).
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)

# ---------------------------------------------------------------- hooks, stack size

_hooks = {"trace": None, "profile": None}     # what settrace/setprofile set


def settrace(func):
    """Have every thread started from now on call sys.settrace(func) first (where the
    interpreter has sys.settrace)."""
    _hooks["trace"] = func


def gettrace():
    return _hooks["trace"]


def setprofile(func):
    """Have every thread started from now on call sys.setprofile(func) first (where the
    interpreter has sys.setprofile)."""
    _hooks["profile"] = func


def getprofile():
    return _hooks["profile"]


def _install_hooks():
    # In a new thread, before its run(): the hooks that settrace/setprofile set.
    if _hooks["trace"] is not None and hasattr(sys, "settrace"):
        sys.settrace(_hooks["trace"])
    if _hooks["profile"] is not None and hasattr(sys, "setprofile"):
        sys.setprofile(_hooks["profile"])


# (CPython's checks its argument and remembers the size; minipy's threads keep their own)
stack_size = _thread.stack_size


def _time():
    return time.monotonic()


# ---------------------------------------------------------------- reentrant lock

class RLock:
    """CPython's _thread.RLock: owner ident + recursion count, guarded by one plain lock
    (held while owned). threading.RLock, below, is the factory that makes one."""
    __module__ = "_thread"

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        # CPython's RLock is _thread.RLock, whose repr shows the owner's ident (0: none)
        owner = self._owner
        if owner is None:
            owner = 0
        if self._block.locked():
            state = "locked"
        else:
            state = "unlocked"
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            state, owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            # the owner takes it again at once, after the argument checks of any acquire
            if not blocking and timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            if timeout < 0 and timeout != -1:
                raise ValueError("timeout value must be positive")
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    # Condition's protocol: give up the lock entirely while waiting, then take it back.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count = state[0]
        self._owner = state[1]

    def _is_owned(self):
        return self._owner == get_ident()


_CRLock = RLock
_thread.RLock = RLock


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again; release once per acquire.
    (CPython's factory ignores its arguments too.)"""
    return _CRLock()


# ---------------------------------------------------------------- condition variable

class Condition:
    """A condition variable over a lock (an RLock unless one is given).

    Each waiter sleeps on a lock of its own (allocated held); notify releases it.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._waiters = []
        self._reentrant = hasattr(lock, "_release_save")

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    def _release_save(self):
        if self._reentrant:
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if self._reentrant:
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if self._reentrant:
            return self._lock._is_owned()
        # A plain lock has no owner: "owned" means "held by somebody".
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, re-acquire; False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout runs out); its last value.
        As CPython: at least one wait once the predicate is false, even with a timeout
        of 0 or less, and the timeout counts from that first wait."""
        deadline = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if deadline is None:
                    deadline = _time() + wait_time
                else:
                    wait_time = deadline - _time()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition (the longest waiting first),
        counting down from n (so n <= 0 wakes none)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass                 # already released by an earlier, interrupted notify
            else:
                n -= 1
            if waiter in waiters:
                waiters.remove(waiter)

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# ---------------------------------------------------------------- semaphores

class Semaphore:
    """A counter: acquire takes one (waiting while it is 0), release gives back n."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (cls.__module__, cls.__name__, hex(id(self)),
                                            self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = None
        self._cond.acquire()
        try:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is None:
                    self._cond.wait()
                    continue
                if deadline is None:
                    deadline = _time() + timeout
                    remaining = timeout
                else:
                    remaining = deadline - _time()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            if self._value > 0:
                self._value -= 1
                got = True
        finally:
            self._cond.release()
        return got

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._cond.acquire()
        try:
            self._value += n
            self._cond.notify(n)
        finally:
            self._cond.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s/%s>" % (cls.__module__, cls.__name__, hex(id(self)),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._cond.acquire()
        try:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)
        finally:
            self._cond.release()


# ---------------------------------------------------------------- event

class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        if self._flag:
            status = "set"
        else:
            status = "unset"
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__name__, hex(id(self)), status)

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        self._cond.acquire()
        try:
            self._flag = True
            self._cond.notify_all()
        finally:
            self._cond.release()

    def clear(self):
        self._cond.acquire()
        try:
            self._flag = False
        finally:
            self._cond.release()

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout runs out; the flag's value then."""
        self._cond.acquire()
        try:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled
        finally:
            self._cond.release()


# ---------------------------------------------------------------- barrier

class BrokenBarrierError(RuntimeError):
    pass


_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """`parties` threads meet: wait() returns, in each, a distinct index 0..parties-1.

    States: filling (threads arriving), draining (released threads leaving), resetting
    (reset() while threads wait: they get BrokenBarrierError), broken.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__name__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (cls.__module__, cls.__name__, hex(id(self)),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        self._cond.acquire()
        try:
            # Threads of the previous round still leaving (or a reset): let them go first.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == _DRAINING or
                                         self._state == _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()
        finally:
            self._cond.release()

    def _trip(self):
        # The last thread in: run the action, then release everybody.
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        deadline = None
        if timeout is not None:
            deadline = _time() + timeout
        while self._state == _FILLING:
            if deadline is None:
                self._cond.wait()
            else:
                remaining = deadline - _time()
                if remaining <= 0:
                    self._break()
                    raise BrokenBarrierError
                self._cond.wait(remaining)
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        """Back to the initial state; threads waiting now get BrokenBarrierError."""
        self._cond.acquire()
        try:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()
        finally:
            self._cond.release()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        self._cond.acquire()
        try:
            self._break()
        finally:
            self._cond.release()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------- threads

_active_limbo_lock = _allocate_lock()
_active = {}        # ident -> Thread, for threads running (or the main/dummy threads)
_limbo = {}         # Thread -> Thread, started but not yet running
_name_counter = [0]
_nondaemon = []     # started non-daemon threads, for _shutdown (pruned as it grows)
_nondaemon_prune_at = [64]


def _newname(template):
    _active_limbo_lock.acquire()
    try:
        _name_counter[0] += 1
        n = _name_counter[0]
    finally:
        _active_limbo_lock.release()
    return template % n


class _ExceptHookArgs:
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""
    __module__ = "_thread"

    def __init__(self, args):
        self.exc_type = args[0]
        self.exc_value = args[1]
        self.exc_traceback = args[2]
        self.thread = args[3]

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


ExceptHookArgs = _ExceptHookArgs
_thread._ExceptHookArgs = _ExceptHookArgs


def _print_traceback(exc_type, exc_value, exc_tb):
    hook = getattr(sys, "__excepthook__", None)
    if hook is None:
        hook = getattr(sys, "excepthook", None)
    if hook is not None:
        hook(exc_type, exc_value, exc_tb)
        return
    # An interpreter without sys.excepthook: at least the exception's own line.
    text = str(exc_value)
    if text:
        print("%s: %s" % (exc_type.__name__, text), file=sys.stderr)
    else:
        print(exc_type.__name__, file=sys.stderr)


def excepthook(args):
    """Print an exception that escaped Thread.run() as CPython does (SystemExit: silently)."""
    if args.exc_type == SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % (name,), file=stderr, flush=True)
    _print_traceback(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True     # the hook's own error only, as CPython
        print("Exception in threading.excepthook:", file=sys.stderr, flush=True)
        _print_traceback(type(failure), failure, failure.__traceback__)


class Thread:
    """A thread of control: run() (by default target(*args, **kwargs)) in a new OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name is not None:
                    name = "%s (%s)" % (name, target_name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._done = None           # held from start() until the thread has finished
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Run self.run() in a new thread; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._done is not None:
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done = done
        _active_limbo_lock.acquire()
        try:
            _limbo[self] = self
            if not self._daemonic:
                _remember_nondaemon(self)
        finally:
            _active_limbo_lock.release()
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            _active_limbo_lock.acquire()
            try:
                del _limbo[self]
                if self in _nondaemon:
                    _nondaemon.remove(self)
            finally:
                _active_limbo_lock.release()
            self._done = None
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: call the target.  Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._target = None
            self._args = None
            self._kwargs = None

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except BaseException:
            pass

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            if _HAVE_NATIVE_ID:
                self._native_id = get_native_id()
            self._started.set()
            _active_limbo_lock.acquire()
            try:
                _active[self._ident] = self
                del _limbo[self]
            finally:
                _active_limbo_lock.release()
            _install_hooks()
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            _active_limbo_lock.acquire()
            try:
                if _active.get(self._ident) is self:
                    del _active[self._ident]
            finally:
                _active_limbo_lock.release()
            self._done.release()

    def _wait_done(self, blocking, timeout):
        # True once the thread has finished (then it stays stopped).
        if self._is_stopped:
            return True
        done = self._done
        if not blocking:
            got = done.acquire(False)
        elif timeout is None:
            got = done.acquire()
        elif timeout > 0:
            got = done.acquire(True, timeout)
        else:
            got = done.acquire(False)
        if got:
            done.release()
            self._is_stopped = True
        return got

    def join(self, timeout=None):
        """Wait until the thread ends, or at most `timeout` seconds (then check is_alive())."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._wait_done(True, timeout)

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return not self._wait_done(False, None)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


def _remember_nondaemon(thread):
    # Called with _active_limbo_lock held.  Finished threads are dropped from the list
    # whenever it has doubled since the last pruning, so it stays proportional to the
    # number of live threads.
    if len(_nondaemon) >= _nondaemon_prune_at[0]:
        alive = [t for t in _nondaemon if not t._wait_done(False, None)]
        _nondaemon[:] = alive
        _nondaemon_prune_at[0] = 2 * len(alive) + 64
    _nondaemon.append(thread)


class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that runs the main module."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._done = _allocate_lock()
        self._done.acquire()
        self._started.set()
        self._ident = get_ident()
        if _HAVE_NATIVE_ID:
            self._native_id = get_native_id()
        _active_limbo_lock.acquire()
        try:
            _active[self._ident] = self
        finally:
            _active_limbo_lock.release()


class _DummyThread(Thread):
    """Stands for a thread not started by this module (always alive, daemonic)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        if _HAVE_NATIVE_ID:
            self._native_id = get_native_id()
        _active_limbo_lock.acquire()
        try:
            _active[self._ident] = self
        finally:
            _active_limbo_lock.release()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    thread = _active.get(get_ident())
    if thread is None:
        return _DummyThread()
    return thread


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    """The Thread object of the thread that started the interpreter."""
    return _main_thread


def active_count():
    """How many threads are alive (the length of enumerate())."""
    _active_limbo_lock.acquire()
    try:
        return len(_active) + len(_limbo)
    finally:
        _active_limbo_lock.release()


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """The Thread objects alive now: started and not finished, main and dummy ones included."""
    _active_limbo_lock.acquire()
    try:
        return list(_active.values()) + list(_limbo.values())
    finally:
        _active_limbo_lock.release()


_threading_atexits = []     # (function, args, kwargs), called by _shutdown in reverse
_shutting_down = [False]


def _register_atexit(func, *args, **kwargs):
    """Have _shutdown() call func(*args, **kwargs) before it joins the non-daemon threads
    (last registered, first called), as CPython's: concurrent.futures stops its idle
    workers so."""
    if _shutting_down[0]:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the interpreter when the main module is done: call what _register_atexit
    registered, then wait for non-daemon threads."""
    if _main_thread._is_stopped:
        return
    _shutting_down[0] = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    if _main_thread._ident == get_ident():
        _main_thread._done.release()
        _main_thread._is_stopped = True
    while True:
        _active_limbo_lock.acquire()
        try:
            pending = _nondaemon[:]
            del _nondaemon[:]
        finally:
            _active_limbo_lock.release()
        if not pending:
            break
        for thread in pending:
            if thread is not current_thread():
                thread._wait_done(True, None)


# ---------------------------------------------------------------- thread-local data

class _local:
    """threading.local, CPython's _thread._local: per-thread attributes: each thread sees its own set (its own __dict__).

    A subclass's __init__ runs again, with the construction arguments, the first time a new
    thread touches the object.  The per-thread dicts are kept in the instance, keyed by thread
    ident, each with the Thread object it belongs to, so a dead thread's ident reused by a new
    thread gives the new thread a fresh dict.  Attribute reads go through __getattribute__
    (instance data before class attributes, as CPython); an interpreter that does not call a
    user __getattribute__ still finds every attribute that the class does not also define,
    through __getattr__, and __dict__ through the property of that name.
    """
    __module__ = "_thread"

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__args", (args, kwargs))
        object.__setattr__(self, "_local__dicts", {})
        _local_dict(self, False)
        return self

    @property
    def __dict__(self):
        # For an interpreter that looks data descriptors up before the instance's own dict
        # but never calls a user __getattribute__: `obj.__dict__` is still this thread's.
        return _local_dict(self, True)

    def __getattribute__(self, name):
        if name.startswith("_local__"):
            return object.__getattribute__(self, name)
        d = _local_dict(self, True)
        if name == "__dict__":
            return d
        if name in d and not _local_data_descriptor(self, name):
            return d[name]
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        d = _local_dict(self, True)
        if name == "__dict__":
            return d
        if name in d:
            return d[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(self),
                                                                    name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        if _local_data_descriptor(self, name):
            object.__setattr__(self, name, value)
            return
        d = _local_dict(self, True)
        d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        if _local_data_descriptor(self, name):
            object.__delattr__(self, name)
            return
        d = _local_dict(self, True)
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(self),
                                                                        name))
        del d[name]


def _local_type_name(self):
    cls = type(self)
    if cls is _local:
        return "_thread._local"
    return cls.__name__


local = _local


def _local_data_descriptor(self, name):
    attr = getattr(type(self), name, None)
    return isinstance(attr, property)


def _local_dict(self, run_init):
    # The calling thread's dict for this local object, created (and __init__ re-run for a
    # subclass that has one) on the thread's first access.
    dicts = object.__getattribute__(self, "_local__dicts")
    me = current_thread()
    entry = dicts.get(me._ident)
    if entry is not None and entry[0] is me:
        return entry[1]
    d = {}
    dicts[me._ident] = (me, d)
    if run_init:
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args = object.__getattribute__(self, "_local__args")
            cls.__init__(self, *args[0], **args[1])
    return d


# Created last: it needs Thread, Event and the tables above.
_main_thread = _MainThread()
