"""The corrections minipy/build/jit_workarounds.py makes to RPython's JIT, on the
classes they patch (untranslated)."""
from rpython.rtyper.lltypesystem import lltype, llmemory
from rpython.jit.metainterp.heapcache import HeapCache
from rpython.jit.metainterp.history import ConstPtr, RefFrontendOp
from minipy.build import jit_workarounds

S = lltype.GcStruct('S', ('x', lltype.Signed))


def _const_of(obj):
    return ConstPtr(lltype.cast_opaque_ptr(llmemory.GCREF, obj))


def test_a_constant_reached_again_counts_as_read():
    jit_workarounds.quasi_immut_reads_of_a_constant_recorded_once()
    version, other_field = object(), object()
    a = lltype.malloc(S)
    b = lltype.malloc(S)
    h = HeapCache()
    h.quasi_immut_now_known(version, _const_of(a))
    # a new constant box for the same object: already read
    assert h.is_quasi_immut_known(version, _const_of(a))
    # another object, or the same object's other field: not read yet
    assert not h.is_quasi_immut_known(version, _const_of(b))
    assert not h.is_quasi_immut_known(other_field, _const_of(a))


def test_a_write_to_the_field_forgets_constants_too():
    jit_workarounds.quasi_immut_reads_of_a_constant_recorded_once()
    version = object()
    a = lltype.malloc(S)
    h = HeapCache()
    h.quasi_immut_now_known(version, _const_of(a))
    h.setfield(RefFrontendOp(1), RefFrontendOp(2), version)
    assert not h.is_quasi_immut_known(version, _const_of(a))


def test_boxes_that_are_not_constants_are_unchanged():
    jit_workarounds.quasi_immut_reads_of_a_constant_recorded_once()
    version = object()
    box1, box2 = RefFrontendOp(1), RefFrontendOp(2)
    h = HeapCache()
    h.quasi_immut_now_known(version, box1)
    assert h.is_quasi_immut_known(version, box1)
    assert not h.is_quasi_immut_known(version, box2)
