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


def apply_all():
    flush_pure_lazy_setfields_before_calls()
