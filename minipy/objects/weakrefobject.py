"""Weak references of the program (weakref.ref, the proxies' references): W_WeakRef, and
the registry that finds an object's weak references and runs their callbacks.

A W_WeakRef holds its referent through an RPython weak reference (rpython weakref.ref:
incminimark and Boehm both clear it when the referent is collected). RPython says
nothing when an object dies, so callbacks are run lazily, by sweeps of the references
that have one (sweep_dead: which of them lost their referent), at these points only:

* after every gc.collect() (a full collection, then a full sweep): after gc.collect(), a
  program sees what CPython shows right after the last reference went away;
* when a weak reference is created (ref(), proxy(), the weak containers' entries), once
  a collection happened since the last sweep and at least max(SWEEP_MIN, the number of
  references with callbacks alive after the last sweep) references were created since
  then: a program that keeps creating references has its dead ones swept at an amortized
  constant cost per creation.

The registry: per referent (an RWeakKeyDictionary, whose keys do not keep the referents
alive) the list of its references in CPython's order (the plain ref first, then the plain
proxy, then the others newest first; getweakrefs() returns that list), and the list of
the references with callbacks, in creation order. Both hold the W_WeakRefs weakly: a
reference that dies before its referent never calls its callback (as in CPython).

Threads: the registry is shared by all threads and lives outside the transactional objects
(in the STM build a reference made by a transaction that aborts stays registered until
it dies, harmlessly), so in the STM build a lock made at start-up guards it (under the
GIL, no other thread can run while the registry is changed). A W_WeakRef itself is never
rolled back: only its callback (cleared when called) and its cached hash change.
"""
import weakref
from rpython.rlib import rgc
from rpython.rlib.rweakref import RWeakKeyDictionary
from minipy.objects.root import W_Root
from minipy.concurrency.stmonlylock import StmOnlyLock

SWEEP_MIN = 64

KIND_REF = 0       # weakref.ref, or a subclass of it (then `owner` is the instance)
KIND_PROXY = 1     # the reference inside a weakref.proxy (`owner` is the proxy)


class OwnerLink(object):
    """What the program sees of a W_WeakRef that is not itself a Python object of its
    own: the instance of a subclass of weakref.ref, or the proxy, held weakly (it holds
    the W_WeakRef)."""
    def __init__(self, w_owner):
        assert w_owner is not None      # (RPython's weakrefs want that known)
        self.wref = weakref.ref(w_owner)


class W_WeakRef(W_Root):
    _attrs_ = ['wref', 'w_callback', 'hash', 'owner', 'kind', 'group', 'queued']

    def __init__(self, w_obj, w_callback, kind):
        assert w_obj is not None
        self.wref = weakref.ref(w_obj)
        self.w_callback = w_callback    # None: no callback (also once it was called)
        self.hash = -1                  # hash of the referent, once asked for
        self.owner = None               # an OwnerLink, or None: the program sees self
        self.kind = kind
        self.group = None               # the RefList of the referent
        self.queued = False             # in the middle of a sweep: its callback is due

    def deref(self):
        """The referent, or None once it was collected."""
        return self.wref()

    def presented(self):
        """The object the program holds for this reference (None if that one died)."""
        link = self.owner
        if link is None:
            return self
        return link.wref()

    # (the type's behaviour lives with the _weakref module, builtins/modweakref.py)
    def native_repr(self):
        from minipy.builtins import modweakref
        return modweakref.ref_native_repr(self, self)

    def native_eq(self, w_other):
        from minipy.builtins import modweakref
        return modweakref.ref_eq_native(self, w_other)

    def native_hash(self):
        from minipy.builtins import modweakref
        return modweakref.ref_hash_native(self)

    def is_basic(self):
        """CPython shares these: the plain ref() and proxy() of an object (no callback,
        not a subclass)."""
        return self.w_callback is None and (self.kind == KIND_PROXY or self.owner is None)


class RefList(object):
    """The weak references to one object, in CPython's order."""
    def __init__(self):
        self.refs = []      # of weakref.ref(W_WeakRef)

    def alive(self):
        """The W_WeakRefs still alive, in order; the list is pruned of the dead ones."""
        result = []
        keep = []
        for r in self.refs:
            w_ref = r()
            if w_ref is not None:
                result.append(w_ref)
                keep.append(r)
        if len(keep) < len(self.refs):
            self.refs = keep
        return result


class Probe(object):
    """A fresh object held only weakly: once it is gone, a collection ran."""


class Registry(object):
    def __init__(self):
        self.guard = StmOnlyLock()
        self.lists = RWeakKeyDictionary(W_Root, RefList)
        self.with_callbacks = []     # of weakref.ref(W_WeakRef), creation order
        self.created = 0             # references with callbacks made since the last sweep
        self.live_after_sweep = 0
        self.probe = None            # weakref.ref(Probe), made at each sweep
        self.sweeping = False


registry = Registry()


def make_lock():
    """At start-up, before any thread (see StmOnlyLock)."""
    registry.guard.make()


def find_basic(w_obj, kind):
    """The shared plain reference (KIND_REF) or proxy reference (KIND_PROXY) to w_obj,
    or None."""
    registry.guard.acquire()
    try:
        group = registry.lists.get(w_obj)
        if group is None:
            return None
        for w_ref in group.alive():
            if w_ref.kind == kind and w_ref.is_basic() and w_ref.presented() is not None:
                return w_ref
        return None
    finally:
        registry.guard.release()


def register(w_obj, w_ref):
    """Record w_ref (just made, its owner set) as a reference to w_obj."""
    registry.guard.acquire()
    try:
        group = registry.lists.get(w_obj)
        if group is None:
            group = RefList()
            registry.lists.set(w_obj, group)
        w_ref.group = group
        alive = group.alive()
        # CPython's order: plain ref, plain proxy, then the others newest first
        pos = 0
        while pos < len(alive) and alive[pos].is_basic():
            if w_ref.is_basic() and w_ref.kind == KIND_REF:
                break              # the plain ref goes first
            pos += 1
        group.refs.insert(pos, weakref.ref(w_ref))
        if w_ref.w_callback is not None:
            registry.with_callbacks.append(weakref.ref(w_ref))
            registry.created += 1
    finally:
        registry.guard.release()


def refs_of(w_obj):
    """The objects the program holds for the weak references to w_obj, in CPython's
    order (getweakrefs)."""
    registry.guard.acquire()
    try:
        result = []
        group = registry.lists.get(w_obj)
        if group is not None:
            for w_ref in group.alive():
                w_p = w_ref.presented()
                if w_p is not None:
                    result.append(w_p)
        return result
    finally:
        registry.guard.release()


def sweep_due():
    """Whether a reference's creation should sweep now (see the module docstring)."""
    if registry.sweeping:
        return False
    budget = registry.live_after_sweep
    if budget < SWEEP_MIN:
        budget = SWEEP_MIN
    if registry.created < budget:
        return False
    probe = registry.probe
    return probe is None or probe() is None


def sweep_dead():
    """The references with callbacks whose referent died, in the order their callbacks
    run (creation order of the referents' first such reference; for one referent, its
    references in CPython's order: newest first); they are forgotten by the registry.
    None when a sweep is already running (a callback made a reference)."""
    registry.guard.acquire()
    try:
        if registry.sweeping:
            return None
        registry.sweeping = True
        dead = []
        keep = []
        for r in registry.with_callbacks:
            w_ref = r()
            if w_ref is None or w_ref.w_callback is None:
                continue
            if w_ref.deref() is None:
                w_ref.queued = True
                dead.append(w_ref)
            else:
                keep.append(r)
        registry.with_callbacks = keep
        registry.live_after_sweep = len(keep)
        registry.created = 0
        registry.probe = weakref.ref(Probe())
        ordered = []
        for w_ref in dead:
            if not w_ref.queued:
                continue
            group = w_ref.group
            if group is None:
                w_ref.queued = False
                ordered.append(w_ref)
                continue
            for w_r in group.alive():
                if w_r.queued:
                    w_r.queued = False
                    ordered.append(w_r)
            if w_ref.queued:         # (not in its group's list: cannot happen)
                w_ref.queued = False
                ordered.append(w_ref)
        return ordered
    finally:
        registry.guard.release()


def sweep_done():
    registry.sweeping = False


def collect():
    """gc.collect()'s collection."""
    rgc.collect()

