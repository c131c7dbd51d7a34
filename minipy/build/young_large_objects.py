"""A filter in front of the GC's dict of young large objects, so that a minor collection
stops looking up nearly every old object it meets in that dict (the incminimark builds:
JIT and o2; the STM build uses Boehm's collector).

incminimark allocates an object too large for the nursery outside it, still young, and
records its address in a dict (`young_rawmalloced_objects`) until the next minor
collection. While that dict is not empty, the collection looks up every pointer to an old
object it traces in it: each dirty card of a big dict's or list's item array is 128
pointers, 128 lookups. A program that grows a big list or dict makes such a young large
object before nearly every minor collection (each growth copies the items to a new
array), and the lookups took 8-10% of the constraints and wordcount benchmarks' time.

The filter is one machine word: the bit `filter_bit(addr)` of each young large object's
address is set when it is made, the word is cleared when the dict is emptied. A pointer
whose bit is clear is not in the dict, and the collection skips the lookup; a bit set by
another object only costs the lookup, never a wrong answer. Reading a flag in each old
object's header instead was measured to cost as much as the lookups it saved (a cache
miss per object): the filter reads nothing but the pointer. Applied by targetminipy.py
before annotation.
"""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rtyper.lltypesystem import llmemory


def filter_bit(addr):
    """One of 64 bits, from the address bits that differ between large objects (malloc
    aligns to 16 bytes; the objects are more than a page apart)."""
    a = r_uint(llmemory.cast_adr_to_int(addr))
    return r_uint(1) << intmask(((a >> 4) ^ (a >> 12)) & r_uint(63))


def filter_young_large_objects():
    from rpython.memory.gc import incminimark
    GC = incminimark.IncrementalMiniMarkGC
    if getattr(GC, '_minipy_young_large_filter', False):
        return
    external_malloc = GC.external_malloc.im_func
    trace_drag_out = GC._trace_drag_out.im_func
    free_young = GC.free_young_rawmalloced_objects.im_func

    def external_malloc_filtered(self, typeid, length, alloc_young):
        obj = external_malloc(self, typeid, length, alloc_young)
        if alloc_young:             # always outside the nursery: recorded in the dict
            self.young_large_filter |= filter_bit(obj)
        return obj

    def trace_drag_out_filtered(self, root, parent):
        obj = root.address[0]
        if (not self.is_in_nursery(obj)
                and not (self.young_large_filter & filter_bit(obj))):
            return                  # old, and not a young large object: nothing to do
        trace_drag_out(self, root, parent)
    trace_drag_out_filtered._always_inline_ = True   # a call per pointer traced costs more

    def free_young_filtered(self):
        free_young(self)
        self.young_large_filter = r_uint(0)

    GC.young_large_filter = r_uint(0)
    GC.external_malloc = external_malloc_filtered
    GC._trace_drag_out = trace_drag_out_filtered
    GC.free_young_rawmalloced_objects = free_young_filtered
    GC._minipy_young_large_filter = True
