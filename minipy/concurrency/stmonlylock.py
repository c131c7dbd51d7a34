"""StmOnlyLock: a lock for a runtime table that every thread changes outside the
transactional objects (the registry of weak references, the lists of subclasses), needed
only where threads run in parallel.

It is made at start-up, before any thread, and only in the STM build; until then, and
always in the GIL builds, acquire() and release() do nothing. The GIL builds need none:
nothing in such a table's code lets the GIL go, and rthread's blocking acquire would (a
possible thread switch, and 10x the cost of a weakref.ref() call, measured)."""
from rpython.rlib import rthread
from minipy.concurrency.stm import barriers


class StmOnlyLock(object):
    def __init__(self):
        self.lock = None

    def make(self):
        """At start-up, before any thread."""
        if barriers.ENABLED:
            self.lock = rthread.allocate_lock()

    def acquire(self):
        if self.lock is not None:
            self.lock.acquire(True)

    def release(self):
        if self.lock is not None:
            self.lock.release()
