"""The one-call barriers for the interpreter's accessor methods, compiled away in the GIL build.

    from minipy.concurrency.stm import barriers
    def getitem(self, i):            # e.g. W_ListObject
        barriers.read(self)
        return self.storage[i]
    def setitem(self, i, w):
        barriers.write(self)
        self.storage[i] = w

`ENABLED` is a module constant: the STM translation target calls enable() before annotation,
so in every other build (and untranslated, unless a test enables it) `if ENABLED` folds to
nothing and the accessors cost nothing. With ENABLED, each call finds the thread's
Transaction through a thread-local; code that already holds it (the eval loop) may call
tx.read(obj) / tx.write(obj) directly.
"""
from rpython.rlib.objectmodel import we_are_translated
from minipy.concurrency.stm import threadstate

ENABLED = False


def _untranslated_outside(tx):
    """Untranslated, objects are built at import time, before any transaction exists."""
    return not we_are_translated() and tx is None


def enable():
    """From the STM build's target(), before annotation."""
    global ENABLED
    ENABLED = True


def read(obj):
    """Before reading obj's mutable payload (obj: a TObject)."""
    if ENABLED:
        tx = threadstate._current.get()
        if _untranslated_outside(tx):
            return
        if obj._stm_stamp != tx.stamp and tx.barriers and not tx.in_read_filter(obj):
            tx._read_slow(obj)


def write(obj):
    """Before writing obj's mutable payload, in place."""
    if ENABLED:
        tx = threadstate._current.get()
        if _untranslated_outside(tx):
            return
        if obj._stm_stamp != tx.stamp and tx.barriers:
            tx._write_slow(obj)


def read_check(obj):
    """After loading the payload pointer (or value) that a read(obj) guarded, before using
    it: aborts if a writer took obj in between (see Transaction.read_check)."""
    if ENABLED:
        tx = threadstate._current.get()
        if _untranslated_outside(tx):
            return
        if obj._stm_stamp != tx.stamp and tx.barriers:
            tx.read_check(obj)


def become_inevitable():
    """Before I/O or any other irrevocable step (no-op outside the STM build)."""
    if ENABLED:
        threadstate._current.get().become_inevitable()
