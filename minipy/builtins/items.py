"""Indexing and slicing of built-in sequences: x[i], x[a:b:c], assignment and
deletion, with CPython's IndexError/TypeError messages."""
import sys

from rpython.rlib.objectmodel import specialize
from minipy.objects.root import OperationError
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_int
from minipy.objects.strobject import W_StrObject, wrap_str, byte_offset, codepoints, encode_codepoint
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt


def _slice_index(w_v, default):
    from minipy.interpreter import ops
    if w_v is w_None:
        return default
    w_b = w_v.base_value()
    if isinstance(w_b, W_IntObject):
        return w_b.intval
    if isinstance(w_b, W_LongObject):
        if w_b.bigval.sign < 0:
            return -(2 ** 62)
        return 2 ** 62
    try:
        return ops.int_w(w_v)
    except OperationError:
        raise oefmt(ex.w_TypeError,
                    'slice indices must be integers or None or have an __index__ method')


def slice_indices(w_slice, length):
    """(start, stop, step, slicelength) as PySlice_GetIndicesEx. The bounds' __index__
    may run Python code: for a mutable sequence, call unpack_slice, then take the
    length, then adjust_indices."""
    start, stop, step = unpack_slice(w_slice)
    return adjust_indices(start, stop, step, length)


def unpack_slice(w_slice):
    """(start, stop, step) as PySlice_Unpack: None bounds become the extremes."""
    step = _slice_index(w_slice.w_step, 1)
    if step == 0:
        raise oefmt(ex.w_ValueError, 'slice step cannot be zero')
    if step < 0:
        start = _slice_index(w_slice.w_start, sys.maxint)
        stop = _slice_index(w_slice.w_stop, -sys.maxint - 1)
    else:
        start = _slice_index(w_slice.w_start, 0)
        stop = _slice_index(w_slice.w_stop, sys.maxint)
    return start, stop, step


def int_slice_indices(w_slice, length):
    """slice_indices for a slice whose bounds are ints or None, the common case: no
    call that could run Python code, so a trace keeps it inline. slicelength -1: the
    slice is not of that kind (or its step is zero); use slice_indices."""
    w_start = w_slice.w_start
    w_stop = w_slice.w_stop
    w_step = w_slice.w_step
    step = 1
    if w_step is not w_None:
        if not isinstance(w_step, W_IntObject) or w_step.intval == 0:
            return 0, 0, 0, -1
        step = w_step.intval
    if step < 0:
        start = length - 1
        stop = -length - 1
    else:
        start = 0
        stop = length
    if w_start is not w_None:
        if not isinstance(w_start, W_IntObject):
            return 0, 0, 0, -1
        start = w_start.intval
    if w_stop is not w_None:
        if not isinstance(w_stop, W_IntObject):
            return 0, 0, 0, -1
        stop = w_stop.intval
    return adjust_indices(start, stop, step, length)


def adjust_indices(start, stop, step, length):
    """Clip start and stop to the sequence (PySlice_AdjustIndices); step is not zero.
    -> (start, stop, step, slicelength)."""
    if start < 0:
        start += length
        if start < 0:
            if step < 0:
                start = -1
            else:
                start = 0
    elif start >= length:
        if step < 0:
            start = length - 1
        else:
            start = length
    if stop < 0:
        stop += length
        if stop < 0:
            if step < 0:
                stop = -1
            else:
                stop = 0
    elif stop >= length:
        if step < 0:
            stop = length - 1
        else:
            stop = length
    if step < 0:
        if stop < start:
            n = (start - stop - 1) // (-step) + 1
        else:
            n = 0
    else:
        if start < stop:
            n = (stop - start - 1) // step + 1
        else:
            n = 0
    return start, stop, step, n


def _index(w_key, length, what):
    from minipy.interpreter import ops
    i = ops.index_w(w_key, what)
    if i < 0:
        i += length
    return i


@specialize.call_location()     # a tuple's items and a list's are lists of two kinds
def take_slice(items_w, start, step, n):
    """A new list of the n items from `start` by `step` (indices from slice_indices)."""
    if step == 1:
        if n <= 0:
            return []
        stop = start + n
        assert start >= 0 and stop >= 0
        return items_w[start:stop]
    res = [None] * n
    j = start
    for i in range(n):
        res[i] = items_w[j]
        j += step
    return res


def list_setslice(w_list, start, stop, step, n, new_w):
    """w_list[slice] = the items new_w, the slice given by slice_indices' four numbers.
    new_w is not mutated (the caller copies a list assigned into itself). The list may
    have changed length since the numbers were computed (making new_w may run code):
    bounds are clipped to it as CPython's list_ass_slice does."""
    length = w_list.length()
    if step == 1:
        if start > length:
            start = length
        if stop < start:
            stop = start
        elif stop > length:
            stop = length
        w_list.setslice(start, stop, new_w)
        return
    if len(new_w) != n:
        raise oefmt(ex.w_ValueError,
                    'attempt to assign sequence of size %d to extended slice of size %d'
                    % (len(new_w), n))
    if n > 0 and max(start, start + (n - 1) * step) >= length:
        # (CPython would write past the end of the shrunk list)
        raise oefmt(ex.w_ValueError, 'list changed size during slice assignment')
    w_list.setslice_step(start, step, new_w)


def str_getitem(w_s, w_key):
    if isinstance(w_key, W_SliceObject):
        start, stop, step, n = slice_indices(w_key, w_s.length)
        return str_slice(w_s, start, step, n)
    i = _index(w_key, w_s.length, 'string')
    return str_item(w_s, i)


def str_slice(w_s, start, step, n):
    """The str of the n code points from `start` by `step` (from slice_indices)."""
    if step == 1 and n == w_s.length:
        return w_s          # the whole str: itself, as CPython's
    if w_s.is_ascii():
        if step == 1:
            if n <= 0:
                return wrap_str('')
            stop = start + n
            assert start >= 0 and stop >= 0
            return W_StrObject(w_s.utf8[start:stop], n)
        chars = []
        j = start
        for i in range(n):
            chars.append(w_s.utf8[j])
            j += step
        return W_StrObject(''.join(chars), n)
    cps = codepoints(w_s.utf8)
    parts = []
    j = start
    for i in range(n):
        parts.append(encode_codepoint(cps[j]))
        j += step
    return W_StrObject(''.join(parts), n)


def str_item(w_s, i):
    """w_s[i], i a code point index (already made non-negative when it was negative)."""
    if i < 0 or i >= w_s.length:
        raise oefmt(ex.w_IndexError, 'string index out of range')
    if w_s.is_ascii():
        return wrap_str(w_s.utf8[i])
    b = byte_offset(w_s, i)
    e = b + 1
    while e < len(w_s.utf8) and (ord(w_s.utf8[e]) & 0xC0) == 0x80:
        e += 1
    assert b >= 0 and e >= 0
    return W_StrObject(w_s.utf8[b:e], 1)


def builtin_getitem(w_obj, w_key):
    from minipy.interpreter import ops
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_key, W_SliceObject):
            start, stop, step = unpack_slice(w_key)
            items_w = w_obj.read_storage()
            start, stop, step, n = adjust_indices(start, stop, step, len(items_w))
            return W_ListObject(take_slice(items_w, start, step, n))
        i = _index(w_key, w_obj.length(), 'list')
        if i < 0 or i >= w_obj.length():
            raise oefmt(ex.w_IndexError, 'list index out of range')
        return w_obj.getitem(i)
    if isinstance(w_obj, W_TupleObject):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = slice_indices(w_key, len(w_obj.items_w))
            if step == 1 and n == len(w_obj.items_w):
                return w_obj        # the whole tuple: itself, as CPython's
            return wrap_tuple(take_slice(w_obj.items_w, start, step, n))
        i = _index(w_key, len(w_obj.items_w), 'tuple')
        if i < 0 or i >= len(w_obj.items_w):
            raise oefmt(ex.w_IndexError, 'tuple index out of range')
        return w_obj.items_w[i]
    if isinstance(w_obj, W_StrObject):
        return str_getitem(w_obj, w_key)
    if isinstance(w_obj, W_RangeObject):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = slice_indices(w_key, w_obj.length)
            # the bounds map through the range, as CPython's (not start + n * step:
            # range(10)[1:10:2] is range(1, 10, 2))
            first = w_obj.start + start * w_obj.step
            last = w_obj.start + stop * w_obj.step
            return W_RangeObject(first, last, w_obj.step * step)
        i = _index(w_key, w_obj.length, 'range')
        if i < 0 or i >= w_obj.length:
            raise oefmt(ex.w_IndexError, 'range object index out of range')
        return wrap_int(w_obj.start + i * w_obj.step)
    if isinstance(w_obj, W_BytesObject):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = slice_indices(w_key, len(w_obj.value))
            chars = []
            j = start
            for i in range(n):
                chars.append(w_obj.value[j])
                j += step
            return W_BytesObject(''.join(chars))
        i = _index(w_key, len(w_obj.value), 'index')
        if i < 0 or i >= len(w_obj.value):
            raise oefmt(ex.w_IndexError, 'index out of range')
        return wrap_int(ord(w_obj.value[i]))
    w_gi = w_obj.getclass().lookup('__getitem__')
    if w_gi is not None:
        return ops.call_function(w_gi, [w_obj, w_key])
    if isinstance(w_obj, W_DictObject):
        raise ex.operr_arg(ex.w_KeyError, w_key)
    from minipy.objects.typeobject import W_TypeObject
    if isinstance(w_obj, W_TypeObject):
        raise oefmt(ex.w_TypeError, "type '%s' is not subscriptable" % w_obj.name)
    raise oefmt(ex.w_TypeError, "'%s' object is not subscriptable" % ops.typename(w_obj))


def builtin_setitem(w_obj, w_key, w_value):
    from minipy.interpreter import ops
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_key, W_SliceObject):
            # as CPython: the bounds (a bad slice is reported first), then the items
            start, stop, step = unpack_slice(w_key)
            start, stop, step, n = adjust_indices(start, stop, step, w_obj.length())
            if not ops.has_iter(w_value):
                if step == 1:
                    raise oefmt(ex.w_TypeError, 'can only assign an iterable')
                raise oefmt(ex.w_TypeError, 'must assign iterable to extended slice')
            new_w = ops.unpack_iterable(w_value)     # a fresh list (iterating may run code)
            list_setslice(w_obj, start, stop, step, n, new_w)
            return
        i = _index(w_key, w_obj.length(), 'list')
        if i < 0 or i >= w_obj.length():
            raise oefmt(ex.w_IndexError, 'list assignment index out of range')
        w_obj.setitem(i, w_value)
        return
    w_si = w_obj.getclass().lookup('__setitem__')
    if w_si is not None:
        ops.call_function(w_si, [w_obj, w_key, w_value])
        return
    raise oefmt(ex.w_TypeError, "'%s' object does not support item assignment"
                % ops.typename(w_obj))


def builtin_delitem(w_obj, w_key):
    from minipy.interpreter import ops
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_key, W_SliceObject):
            start, stop, step = unpack_slice(w_key)
            items = w_obj.getitems_copy()
            start, stop, step, n = adjust_indices(start, stop, step, len(items))
            if n <= 0:
                return
            doomed = {}
            j = start
            for i in range(n):
                doomed[j] = None
                j += step
            res = []
            for i in range(len(items)):
                if i not in doomed:
                    res.append(items[i])
            w_obj.setitems(res)
            return
        i = _index(w_key, w_obj.length(), 'list')
        if i < 0 or i >= w_obj.length():
            raise oefmt(ex.w_IndexError, 'list assignment index out of range')
        w_obj.pop(i)
        return
    w_di = w_obj.getclass().lookup('__delitem__')
    if w_di is not None:
        ops.call_function(w_di, [w_obj, w_key])
        return
    if _deletes_as_sequence(w_obj, w_key):
        raise oefmt(ex.w_TypeError, "'%s' object doesn't support item deletion"
                    % ops.typename(w_obj))
    raise oefmt(ex.w_TypeError, "'%s' object does not support item deletion"
                % ops.typename(w_obj))


# the built-in types with sequence slots (CPython's tp_as_sequence)
_SEQUENCE_SLOT_TYPES = ['str', 'bytes', 'bytearray', 'tuple', 'list', 'range', 'set',
                        'frozenset', 'dict', 'dict_keys', 'dict_values', 'dict_items',
                        'memoryview']


def _deletes_as_sequence(w_obj, w_key):
    """Whether CPython's `del obj[key]` fails in PySequence_DelItem ("doesn't") rather
    than PyObject_DelItem ("does not"): an integer key, and a type with sequence slots
    (every class defined in Python has them)."""
    if not isinstance(w_key, W_IntObject) and w_key.getclass().lookup('__index__') is None:
        return False
    w_t = w_obj.getclass()
    return not w_t.is_builtin or w_t.name in _SEQUENCE_SLOT_TYPES
