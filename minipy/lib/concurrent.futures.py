"""concurrent.futures: CPython 3.11's futures and thread pool, on minipy's threading and queue.

* Future: a result to come.  States PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED
  (cancel()) -> CANCELLED_AND_NOTIFIED (once the executor has seen the cancellation: only then
  do wait() and as_completed() count it as done, as in CPython).  Each future guards its
  state with a Condition; result()/exception() wait on it.
* wait() and as_completed() hang a _Waiter on every future they watch: a finishing future
  reports itself to its waiters, and a waiter wakes its caller when its condition
  (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, or any future for as_completed) holds.
* ThreadPoolExecutor: work items go through a queue.SimpleQueue to worker threads (named
  PREFIX_0, PREFIX_1, ...), started one per submit() while none is idle, up to max_workers.
  A None in the queue tells a worker to stop once the pool is shut down; the workers are
  non-daemon threads, and threading._shutdown() stops and joins the workers of pools never
  shut down after the main module ends (threading._register_atexit), so pending work still
  runs, as CPython's.
* ProcessPoolExecutor cannot exist in minipy (no processes): creating one raises
  NotImplementedError.

Errors in done-callbacks and in initializers are logged on the logger "concurrent.futures"
(logging is imported only then).
"""
import os
import threading
import time
import queue
from collections import namedtuple

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_REPORTED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)    # what wait() counts as done


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Base class for the errors of this module."""
    __module__ = "concurrent.futures._base"


class CancelledError(Error):
    """The future was cancelled."""
    __module__ = "concurrent.futures._base"


TimeoutError = TimeoutError      # the built-in one, as in CPython 3.11


class InvalidStateError(Error):
    """The future is in a state that does not allow the operation."""
    __module__ = "concurrent.futures._base"


class BrokenExecutor(RuntimeError):
    """The executor cannot be used any more (a worker or its initializer failed)."""
    __module__ = "concurrent.futures._base"


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed."""
    __module__ = "concurrent.futures.thread"


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


# ---------------------------------------------------------------- waiters

class _Waiter:
    """Installed by wait()/as_completed() on the futures they watch.  `finished` collects
    the futures that finished since (under `lock`); `event` is set when the caller should
    look: at once for FIRST_COMPLETED and as_completed, on the first exception for
    FIRST_EXCEPTION, and when `pending` futures have all finished otherwise."""

    def __init__(self, mode, pending):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []
        self.mode = mode
        self.pending = pending

    def _arrived(self, future, is_exception):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            wake = self.mode == FIRST_COMPLETED or self.mode == _AS_COMPLETED
            if is_exception and self.mode == FIRST_EXCEPTION:
                wake = True
            if wake or self.pending <= 0:
                self.event.set()

    def add_result(self, future):
        self._arrived(future, False)

    def add_exception(self, future):
        self._arrived(future, True)

    def add_cancelled(self, future):
        self._arrived(future, False)


def _install_waiter(fs, mode, pending):
    if mode not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED):
        raise ValueError("Invalid return condition: %r" % (mode,))
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def _acquire_all(fs):
    # Every future's condition, in one fixed order (by id) so that two callers cannot
    # deadlock; released in reverse.
    ordered = sorted(fs, key=id)
    for f in ordered:
        f._condition.acquire()
    return ordered


def _release_all(ordered):
    for f in reversed(ordered):
        f._condition.release()


# ---------------------------------------------------------------- Future

class Future:
    """The result of an asynchronous call, set once by the executor (or by hand with
    set_result/set_exception)."""
    __module__ = "concurrent.futures._base"

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    # Future[int] in annotations, as CPython's
    __class_getitem__ = classmethod(type(list[int]))

    def __repr__(self):
        with self._condition:
            text = "<%s at %#x state=%s" % (self.__class__.__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception is not None:
                    text += " raised " + self._exception.__class__.__name__
                else:
                    text += " returned " + self._result.__class__.__name__
            return text + ">"

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call_callback(callback)

    def _call_callback(self, callback):
        try:
            callback(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def cancel(self):
        """Cancel the call if it has not started: True if it is (now) cancelled."""
        with self._condition:
            if self._state == RUNNING or self._state == FINISHED:
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _wait_done(self, timeout):
        # Called with the condition held: wait until the future is done or the timeout
        # runs out.
        if timeout is None:
            while self._state not in _DONE_STATES:
                self._condition.wait()
            return
        deadline = time.monotonic() + timeout
        while self._state not in _DONE_STATES:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._condition.wait(remaining)

    def _outcome(self, timeout):
        # The finished state after waiting (CancelledError / TimeoutError otherwise).
        with self._condition:
            if self._state not in _DONE_STATES:
                self._wait_done(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()
            return self._exception

    def result(self, timeout=None):
        """The call's return value, waiting at most `timeout` seconds (TimeoutError);
        the call's exception is raised here; CancelledError if it was cancelled."""
        exc = self._outcome(timeout)
        if exc is not None:
            try:
                raise exc
            finally:
                exc = None
        return self._result

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result()."""
        return self._outcome(timeout)

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it already is)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._call_callback(fn)

    def set_running_or_notify_cancel(self):
        """For executors: False if the future was cancelled (its waiters are told), True
        if it is now running."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors and tests: the call returned `result`."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors and tests: the call raised `exception`."""
        self._finish(None, exception)


# ---------------------------------------------------------------- wait, as_completed

DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = "concurrent.futures._base"


def _has_exception(futures):
    for f in futures:
        if f._state == FINISHED and f._exception is not None:
            return True
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs: a named 2-tuple of sets (done, not_done).  return_when:
    FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED; at most `timeout` seconds."""
    fs = set(fs)
    ordered = _acquire_all(fs)
    try:
        done = set()
        for f in fs:
            if f._state in _REPORTED_STATES:
                done.add(f)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and _has_exception(done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when, len(not_done))
    finally:
        _release_all(ordered)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """An iterator over the futures of fs as they complete (finished or cancelled),
    those already done first; TimeoutError "N (of M) futures unfinished" when `timeout`
    seconds (from the first next()) pass first.  Duplicates are yielded once."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    ordered = _acquire_all(fs)
    try:
        finished = []
        for f in fs:
            if f._state in _REPORTED_STATES:
                finished.append(f)
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED, len(pending))
    finally:
        _release_all(ordered)
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in finished:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


# ---------------------------------------------------------------- executors

class Executor:
    """The interface of executors: submit, map, shutdown, and `with` (shutdown at exit)."""
    __module__ = "concurrent.futures._base"

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """fn over the zipped iterables, run concurrently: an iterator of the results in
        order.  All calls are submitted now; TimeoutError if a result is not there
        `timeout` seconds after this call (the calls not yet started are then cancelled)."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        else:
            end_time = None
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(fs, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; with wait, once the pending calls are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(fs, end_time):
    # The generator behind Executor.map: each result in turn; the futures left are
    # cancelled when it stops early (an exception, a timeout, or close()).
    fs.reverse()
    try:
        while fs:
            if end_time is None:
                value = _result_or_cancel(fs.pop(), None)
            else:
                value = _result_or_cancel(fs.pop(), end_time - time.monotonic())
            yield value
            value = None
    finally:
        for future in fs:
            future.cancel()


def _result_or_cancel(future, timeout):
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class _WorkItem:
    """One submitted call and its future."""
    __module__ = "concurrent.futures.thread"

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            exc = None
        else:
            self.future.set_result(result)


_global_shutdown_lock = threading.Lock()
_interpreter_shutdown = [False]
_live_workers = []           # (thread, its pool's queue), for _python_exit


def _python_exit():
    # Called by threading._shutdown() when the main module is done: the idle workers of
    # pools never shut down are told to stop (once their queue is empty) and joined.
    with _global_shutdown_lock:
        _interpreter_shutdown[0] = True
        items = _live_workers[:]
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _logger().critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                work_item = None
                executor._idle_semaphore.release()
                continue
            if _interpreter_shutdown[0] or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)         # for the next worker
                return
    except BaseException:
        _logger().critical('Exception in worker', exc_info=True)


_pool_counter = [0]


def _next_pool_number():
    with _global_shutdown_lock:
        n = _pool_counter[0]
        _pool_counter[0] += 1
    return n


class ThreadPoolExecutor(Executor):
    """An executor that runs the calls in a pool of at most max_workers threads
    (default min(32, os.cpu_count() + 4)), each running initializer(*initargs) first."""
    __module__ = "concurrent.futures.thread"

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_pool_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker thread; a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_shutdown[0]:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker takes the new item; otherwise start one more, up to the maximum.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _forget_finished_workers()
            _live_workers.append((t, self._work_queue))

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submits; with cancel_futures the calls not yet started are cancelled;
        with wait, return once the workers have finished."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


def _forget_finished_workers():
    # Called with _global_shutdown_lock held: drop finished workers from _live_workers.
    _live_workers[:] = [item for item in _live_workers if item[0].is_alive()]


class ProcessPoolExecutor(Executor):
    """Not available: minipy runs no child processes.  Creating one raises
    NotImplementedError; use ThreadPoolExecutor."""
    __module__ = "concurrent.futures.process"

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not available in minipy "
                                  "(it cannot start processes); use ThreadPoolExecutor")
