"""type.__subclasses__(): every type's direct subclasses, in the order they were made.

A class made by the program is held by a weak reference, so that registering it with its
bases does not keep it alive (CPython does the same); built-in types live for ever and are
held directly. The lists of a base are shared by every thread that makes subclasses of
it: in the STM build they are outside the transactional objects (an aborted transaction
that made a class leaves a reference that dies with that class), so a lock, made at
start-up, guards them. The GIL builds need none (nothing here lets the GIL go).
"""
import weakref
from minipy.concurrency.stmonlylock import StmOnlyLock

guard = StmOnlyLock()


def make_lock():
    """At start-up, before any thread (see StmOnlyLock)."""
    guard.make()


def note_subclass(w_base, w_sub):
    """w_sub was just made with w_base among its bases."""
    guard.acquire()
    try:
        if w_sub.is_builtin:
            if w_base.builtin_subclasses_w is None:
                w_base.builtin_subclasses_w = []
            w_base.builtin_subclasses_w.append(w_sub)
        else:
            if w_base.subclass_refs is None:
                w_base.subclass_refs = []
            w_base.subclass_refs.append(weakref.ref(w_sub))
    finally:
        guard.release()


def subclasses_of(w_type):
    """The living direct subclasses of w_type (a list of W_TypeObjects); references to
    classes that died are dropped on the way."""
    guard.acquire()
    try:
        result = []
        if w_type.builtin_subclasses_w is not None:
            for w_sub in w_type.builtin_subclasses_w:
                result.append(w_sub)
        refs = w_type.subclass_refs
        if refs is not None:
            alive = []
            for ref in refs:
                w_sub = ref()
                if w_sub is not None:
                    result.append(w_sub)
                    alive.append(ref)
            if len(alive) < len(refs):
                w_type.subclass_refs = alive
        return result
    finally:
        guard.release()
