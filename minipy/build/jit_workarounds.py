"""Corrections to the RPython JIT we translate (the rpython package the Makefile installs),
applied by targetminipy.py before annotation of the -Ojit build, so that the translated
optimizer carries them. One function per correction, each saying what goes wrong.

flush_pure_lazy_setfields_before_calls
    The heap optimizer delays the writes into a new object's fields (lazy setfields) and
    flushes them before a residual call that may read those fields. A field that is
    immutable (W_StrObject.utf8, W_IntObject.intval, ...) and that the called function
    also writes -- any function that makes a new str, through the constructor, which
    writes `self.utf8` -- counts only as written, not as read; and the optimizer skipped
    written immutable fields entirely. So a str built in the trace (virtual) and passed
    to such a call was allocated without its text and length: `line.lower()[1]` in a
    hot loop crashed or raised a wrong IndexError once str indexing became a plain call.
    The correction flushes those writes too. (Later RPython versions flush them at the
    same place.) tests/e2e/test_jit.py::test_virtual_str_passed_to_a_plain_call
"""


def flush_pure_lazy_setfields_before_calls():
    from rpython.jit.metainterp.optimizeopt import heap
    if getattr(heap.OptHeap, '_minipy_flushes_pure_fields', False):
        return
    unpatched = heap.OptHeap.force_from_effectinfo.im_func

    def force_from_effectinfo(self, effectinfo):
        for fielddescr, cf in self.cached_fields.items():
            if fielddescr.is_always_pure() and effectinfo.check_write_descr_field(fielddescr):
                cf.force_lazy_set(self, fielddescr)    # the call may read it as well
        unpatched(self, effectinfo)

    heap.OptHeap.force_from_effectinfo = force_from_effectinfo
    heap.OptHeap._minipy_flushes_pure_fields = True


def quasi_immut_reads_of_a_constant_recorded_once():
    from rpython.jit.metainterp import heapcache
    from rpython.jit.metainterp.history import ConstPtr
    HeapCache = heapcache.HeapCache
    if getattr(HeapCache, '_minipy_constants_by_value', False):
        return
    unpatched = HeapCache.is_quasi_immut_known.im_func

    def is_quasi_immut_known(self, fielddescr, box):
        if unpatched(self, fielddescr, box):
            return True
        if not isinstance(box, ConstPtr):
            return False
        cache = self.heap_cache.get(fielddescr, None)
        if cache is None or cache.quasiimmut_seen is None:
            return False
        for seen in cache.quasiimmut_seen:      # a few boxes: one per object read
            if isinstance(seen, ConstPtr) and seen.value == box.value:
                return True
        return False

    HeapCache.is_quasi_immut_known = is_quasi_immut_known
    HeapCache._minipy_constants_by_value = True


def apply_all():
    flush_pure_lazy_setfields_before_calls()
    quasi_immut_reads_of_a_constant_recorded_once()
