"""A stand-in `_thread` for running minipy/lib/threading.py on an interpreter that has no
native `_thread` yet: single-threaded.  start_new_thread(f, args) runs f(*args) to the end
before it returns, under a new ident; a lock that is held cannot be waited for (a blocking
acquire without timeout raises RuntimeError, with a timeout it returns False at once).

It sits next to smoke.py, so minipy finds it as a module of the script's folder; CPython's
built-in _thread always takes precedence over it, and so does minipy's native one once it
exists.  Programs run with it must not wait for another thread.
"""
TIMEOUT_MAX = 9223372036.0
error = RuntimeError
_current = [1]
_next = [2]


class LockType:
    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if not self._held:
            self._held = True
            return True
        if blocking and timeout == -1:
            raise RuntimeError("single-threaded _thread: this acquire would wait forever")
        return False

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


def allocate_lock():
    return LockType()


def get_ident():
    return _current[0]


def start_new_thread(function, args, kwargs=None):
    saved = _current[0]
    ident = _next[0]
    _next[0] += 1
    _current[0] = ident
    try:
        if kwargs is None:
            function(*args)
        else:
            function(*args, **kwargs)
    finally:
        _current[0] = saved
    return ident
