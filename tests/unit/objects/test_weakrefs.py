"""The registry of weak references (minipy/objects/weakrefobject.py), untranslated:
referents and references die as soon as CPython 2.7 drops their last reference, so each
test can tell when the registry must have noticed."""
import gc

from minipy.objects.root import W_Root
from minipy.objects import weakrefobject as wr
from minipy.objects.weakrefobject import W_WeakRef, KIND_REF, KIND_PROXY, OwnerLink


class W_Thing(W_Root):
    pass


W_CB = W_Thing()      # stands for a callback (only its presence matters here)


def make(w_obj, w_callback=None, kind=KIND_REF, w_owner=None):
    w_ref = W_WeakRef(w_obj, w_callback, kind)
    if w_owner is not None:
        w_ref.owner = OwnerLink(w_owner)
    wr.register(w_obj, w_ref)
    return w_ref


def setup_function(function):
    wr.sweep_dead()           # forget what earlier tests registered
    wr.sweep_done()


def test_deref_and_death():
    w_obj = W_Thing()
    w_ref = make(w_obj)
    assert w_ref.deref() is w_obj
    del w_obj
    gc.collect()
    assert w_ref.deref() is None


def test_cpython_order_of_an_objects_references():
    w_obj = W_Thing()
    a = make(w_obj, W_CB)
    b = make(w_obj, W_CB)
    w_proxy_owner = W_Thing()
    p = make(w_obj, None, KIND_PROXY, w_proxy_owner)
    plain = make(w_obj)
    c = make(w_obj, W_CB)
    # plain ref, plain proxy (seen as its owner), then the others newest first
    assert wr.refs_of(w_obj) == [plain, w_proxy_owner, c, b, a]
    assert wr.find_basic(w_obj, KIND_REF) is plain
    assert wr.find_basic(w_obj, KIND_PROXY) is p
    del c
    gc.collect()
    assert wr.refs_of(w_obj) == [plain, w_proxy_owner, b, a]


def test_subclass_instances_are_not_shared():
    w_obj = W_Thing()
    w_inst = W_Thing()
    w_ref = make(w_obj, None, KIND_REF, w_inst)      # (the instance holds it)
    assert wr.find_basic(w_obj, KIND_REF) is None
    assert wr.refs_of(w_obj) == [w_inst]
    assert w_ref.presented() is w_inst


def test_dead_references_leave_the_lists():
    w_obj = W_Thing()
    make(w_obj)
    make(w_obj, W_CB)
    gc.collect()
    assert wr.refs_of(w_obj) == []
    assert wr.find_basic(w_obj, KIND_REF) is None


def test_sweep_finds_dead_referents_in_callback_order():
    w_x = W_Thing()
    w_y = W_Thing()
    x1 = make(w_x, W_CB)
    y1 = make(w_y, W_CB)
    x2 = make(w_x, W_CB)
    plain = make(w_y)             # no callback: never swept
    alive = make(W_CB, W_CB)
    del w_x, w_y
    gc.collect()
    dead = wr.sweep_dead()
    wr.sweep_done()
    # the referents in the order of their first reference; for one, newest first
    assert dead == [x2, x1, y1]
    assert not [w for w in dead if w.queued]
    assert wr.registry.live_after_sweep == 1
    assert wr.sweep_dead() == []      # each reference is swept once
    wr.sweep_done()
    assert alive.deref() is W_CB and plain.deref() is None


def test_a_dead_reference_never_calls_back():
    w_obj = W_Thing()
    make(w_obj, W_CB)               # the reference itself is dropped at once
    del w_obj
    gc.collect()
    assert wr.sweep_dead() == []
    wr.sweep_done()


def test_no_nested_sweeps():
    assert wr.sweep_dead() == []
    assert wr.sweep_dead() is None    # a callback that makes references: no new sweep
    assert not wr.sweep_due()
    wr.sweep_done()


def test_sweep_due_after_enough_creations():
    keep = []
    w_obj = W_Thing()
    for i in range(wr.SWEEP_MIN - 1):
        keep.append(make(w_obj, W_CB))
    assert not wr.sweep_due()
    keep.append(make(w_obj, W_CB))
    assert wr.sweep_due()           # (untranslated, the probe is always collected)
    assert wr.sweep_dead() == []
    wr.sweep_done()
    assert wr.registry.live_after_sweep == wr.SWEEP_MIN
    for i in range(wr.SWEEP_MIN - 1):
        keep.append(make(w_obj, W_CB))
    assert not wr.sweep_due()       # the budget grows with the live references


def test_owner_is_what_the_program_sees():
    w_obj = W_Thing()
    w_owner = W_Thing()
    w_ref = make(w_obj, W_CB, KIND_PROXY, w_owner)
    assert w_ref.presented() is w_owner
    assert not w_ref.is_basic()
    plain = make(w_obj)
    assert plain.presented() is plain and plain.is_basic()
