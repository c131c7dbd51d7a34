"""memoryview's constructor, methods and attributes, for views of single-byte items
(minipy/objects/memoryviewobject.py): len, indexing and slicing (slices are views),
item and slice assignment through to a bytearray, tobytes, tolist, hex, cast to 'B',
'b' or 'c', toreadonly, release and the context manager, ==, hash, and the attributes
obj, nbytes, readonly, format, itemsize, ndim, shape, strides, contiguous."""
from minipy.builtins import registry
from minipy.objects.noneobject import w_None, w_NotImplemented
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_int, wrap_bool
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.rangeobject import W_SliceObject
from minipy.objects.memoryviewobject import W_MemoryView
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args

w_memoryview = W_MemoryView.typedef
RELEASED = 'operation forbidden on released memoryview object'
# formats a view can be cast to here (CPython takes every native struct format)
CAST_FORMATS = 'Bbc'
NATIVE_FORMATS = '?bBhHiIlLqQnNfdecP'
ATTRIBUTES = ['nbytes', 'readonly', 'format', 'itemsize', 'ndim', 'shape', 'strides',
              'contiguous', 'c_contiguous', 'f_contiguous', 'suboffsets']


def view_of(w_x):
    """A new view of a bytes, bytearray or memoryview object, or None."""
    w_b = w_x.base_value()
    if isinstance(w_b, W_BytesObject):
        return W_MemoryView(w_b, 0, 1, len(w_b.value), 'B', True)
    if isinstance(w_b, W_BytearrayObject):
        return W_MemoryView(w_b, 0, 1, w_b.length(), 'B', False)
    if isinstance(w_b, W_MemoryView):
        check_live(w_b)
        return W_MemoryView(w_b.w_obj, w_b.start, w_b.step, w_b.length, w_b.fmt,
                            w_b.readonly)
    return None


def check_live(w_mv):
    if w_mv.released:
        raise oefmt(ex.w_ValueError, RELEASED)
    if not w_mv.in_bounds():
        raise oefmt(ex.w_IndexError, 'index out of bounds on dimension 1')


def mv_new(args):
    from minipy.interpreter import ops
    n = len(args.args_w) - 1
    w_obj = None
    if n == 1:
        w_obj = args.args_w[1]
    if args.has_kwargs():
        if n == 0 and len(args.kwnames) == 1 and args.kwnames[0] == 'object':
            w_obj = args.kwvalues_w[0]
        else:
            for name in args.kwnames:
                if name != 'object':
                    raise oefmt(ex.w_TypeError, "memoryview() got an unexpected keyword "
                                "argument '%s'" % name)
            raise oefmt(ex.w_TypeError, "argument for memoryview() given by name "
                        "('object') and position (1)")
    if w_obj is None:
        if n == 0:
            raise oefmt(ex.w_TypeError, "memoryview() missing required argument 'object' "
                        "(pos 1)")
        raise oefmt(ex.w_TypeError, 'memoryview() takes at most 1 argument (%d given)' % n)
    w_mv = view_of(w_obj)
    if w_mv is None:
        raise oefmt(ex.w_TypeError, "memoryview: a bytes-like object is required, not '%s'"
                    % ops.typename(w_obj))
    return w_mv


def mv_self(args, name):
    from minipy.interpreter import ops
    if len(args.args_w) == 0 or not isinstance(args.args_w[0], W_MemoryView):
        raise oefmt(ex.w_TypeError, "descriptor '%s' requires a 'memoryview' object" % name)
    w_mv = args.args_w[0]
    assert isinstance(w_mv, W_MemoryView)
    return w_mv


def live_self(args, name):
    w_mv = mv_self(args, name)
    check_live(w_mv)
    return w_mv


def item_value(w_mv, i):
    v = w_mv.getbyte(i)
    if w_mv.fmt == 'c':
        return W_BytesObject(chr(v))
    if w_mv.fmt == 'b' and v >= 128:
        v -= 256
    return wrap_int(v)


def item_byte(w_mv, w_v):
    """The byte that storing w_v in an item of w_mv's format writes."""
    from minipy.interpreter import ops
    fmt = w_mv.fmt
    w_b = w_v.base_value()
    if fmt == 'c':
        if not isinstance(w_b, W_BytesObject):
            raise oefmt(ex.w_TypeError, "memoryview: invalid type for format 'c'")
        if len(w_b.value) != 1:
            raise oefmt(ex.w_ValueError, "memoryview: invalid value for format 'c'")
        return ord(w_b.value[0])
    if not isinstance(w_b, W_IntObject) and not isinstance(w_b, W_LongObject) and \
            w_v.getclass().lookup('__index__') is None:
        raise oefmt(ex.w_TypeError, "memoryview: invalid type for format '%s'" % fmt)
    big = ops.bigint_w(w_v)
    lo, hi = 0, 255
    if fmt == 'b':
        lo, hi = -128, 127
    if not big.int_ge(lo) or not big.int_le(hi):
        raise oefmt(ex.w_ValueError, "memoryview: invalid value for format '%s'" % fmt)
    return big.toint() & 0xFF


def _index(w_mv, w_key):
    from minipy.interpreter import ops
    i = ops.int_w(w_key)
    if i < 0:
        i += w_mv.length
    if i < 0 or i >= w_mv.length:
        raise oefmt(ex.w_IndexError, 'index out of bounds on dimension 1')
    return i


def _is_index(w_key):
    w_b = w_key.base_value()
    return (isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject) or
            w_key.getclass().lookup('__index__') is not None)


def _sub_view(w_mv, w_slice):
    from minipy.builtins import items
    start, stop, step, n = items.slice_indices(w_slice, w_mv.length)
    return W_MemoryView(w_mv.w_obj, w_mv.offset(start), w_mv.step * step, n, w_mv.fmt,
                        w_mv.readonly)


def mv_getitem(args):
    w_mv = live_self(args, '__getitem__')
    w_key = args.args_w[1]
    if isinstance(w_key, W_SliceObject):
        return _sub_view(w_mv, w_key)
    if not _is_index(w_key):
        raise oefmt(ex.w_TypeError, 'memoryview: invalid slice key')
    return item_value(w_mv, _index(w_mv, w_key))


def mv_setitem(args):
    from minipy.interpreter import ops
    w_mv = live_self(args, '__setitem__')
    if w_mv.readonly:
        raise oefmt(ex.w_TypeError, 'cannot modify read-only memory')
    w_key = args.args_w[1]
    w_value = args.args_w[2]
    if isinstance(w_key, W_SliceObject):
        w_dest = _sub_view(w_mv, w_key)
        w_src = view_of(w_value)
        if w_src is None:
            raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                        % ops.typename(w_value))
        if w_src.length != w_dest.length or w_src.fmt != w_dest.fmt:
            raise oefmt(ex.w_ValueError, 'memoryview assignment: lvalue and rvalue have '
                        'different structures')
        data = w_src.tobytes()         # a copy first: the two may overlap
        for i in range(w_dest.length):
            w_dest.setbyte(i, ord(data[i]))
        return w_None
    if not _is_index(w_key):
        raise oefmt(ex.w_TypeError, 'memoryview: invalid slice key')
    i = _index(w_mv, w_key)
    w_mv.setbyte(i, item_byte(w_mv, w_value))
    return w_None


def mv_delitem(args):
    w_mv = live_self(args, '__delitem__')
    if w_mv.readonly:
        raise oefmt(ex.w_TypeError, 'cannot modify read-only memory')
    raise oefmt(ex.w_TypeError, 'cannot delete memory')


def mv_len(args):
    return wrap_int(live_self(args, '__len__').length)


def values(w_mv):
    return [item_value(w_mv, i) for i in range(w_mv.length)]


def mv_tolist(args):
    check_method_args(args, 'tolist', 0, 0)
    return W_ListObject(values(live_self(args, 'tolist')))


def mv_iter(args):
    from minipy.interpreter import ops
    return ops.iter_w(W_ListObject(values(live_self(args, '__iter__'))))


def mv_tobytes(args):
    w_mv = live_self(args, 'tobytes')
    n = len(args.args_w) - 1
    w_order = None
    if n == 1:
        w_order = args.args_w[1]
    elif args.has_kwargs() and len(args.kwnames) == 1 and args.kwnames[0] == 'order':
        w_order = args.kwvalues_w[0]
    elif n > 1 or args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'tobytes() takes at most 1 argument (%d given)' % n)
    if w_order is not None and w_order is not w_None:
        w_s = w_order.base_value()
        if not isinstance(w_s, W_StrObject) or not (w_s.utf8 == 'C' or w_s.utf8 == 'F' or
                                                    w_s.utf8 == 'A'):
            raise oefmt(ex.w_ValueError, "order must be 'C', 'F' or 'A'")
    return W_BytesObject(w_mv.tobytes())


def mv_hex(args):
    from minipy.builtins import byteshex
    w_mv = live_self(args, 'hex')
    return byteshex.hex_from_args(w_mv.tobytes(), args)


def mv_toreadonly(args):
    check_method_args(args, 'toreadonly', 0, 0)
    w_mv = live_self(args, 'toreadonly')
    return W_MemoryView(w_mv.w_obj, w_mv.start, w_mv.step, w_mv.length, w_mv.fmt, True)


def mv_cast(args):
    from minipy.interpreter import ops
    w_mv = live_self(args, 'cast')
    n = len(args.args_w) - 1
    if n < 1 or n > 2 or args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'cast() takes 1 or 2 positional arguments')
    w_fmt = args.args_w[1]
    if not isinstance(w_fmt.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, "cast() argument 'format' must be str, not %s"
                    % ops.typename(w_fmt))
    fmt = ops.str_w(w_fmt)
    if fmt.startswith('@'):
        fmt = fmt[1:]
    if len(fmt) != 1 or fmt[0] not in NATIVE_FORMATS:
        raise oefmt(ex.w_ValueError, "memoryview: destination format must be a native "
                    "single character format prefixed with an optional '@'")
    if w_mv.step != 1 and w_mv.length > 1:
        raise oefmt(ex.w_TypeError, 'memoryview: casts are restricted to C-contiguous views')
    if fmt[0] not in CAST_FORMATS:
        raise oefmt(ex.w_NotImplementedError, "memoryview.cast: minipy has only "
                    "single-byte formats ('B', 'b', 'c'), not '%s'" % fmt)
    if n == 2:
        shape_w = ops.unpack_iterable(args.args_w[2])
        if len(shape_w) != 1 or ops.int_w(shape_w[0]) != w_mv.length:
            raise oefmt(ex.w_TypeError, 'memoryview: product(shape) * itemsize != '
                        'buffer size')
    return W_MemoryView(w_mv.w_obj, w_mv.start, 1, w_mv.length, fmt, w_mv.readonly)


def mv_release(args):
    check_method_args(args, 'release', 0, 0)
    mv_self(args, 'release').released = True
    return w_None


def mv_enter(args):
    return live_self(args, '__enter__')


def mv_exit(args):
    mv_self(args, '__exit__').released = True
    return w_None


def _int_items(w_mv):
    return [item_value(w_mv, i) for i in range(w_mv.length)]


def views_equal(w_a, w_b):
    """a == b where one is a memoryview: 1 or 0, or -1 when the other is not
    bytes-like (NotImplemented). Views compare by their items' values."""
    from minipy.interpreter import ops
    if w_a is w_b:
        return 1
    w_va = _as_view(w_a)
    w_vb = _as_view(w_b)
    if w_va is None or w_vb is None:
        return -1
    if w_va.released or w_vb.released:
        return 0
    check_live(w_va)
    check_live(w_vb)
    if w_va.length != w_vb.length:
        return 0
    if w_va.fmt == w_vb.fmt:
        return int(w_va.tobytes() == w_vb.tobytes())
    if w_va.fmt == 'c' or w_vb.fmt == 'c':
        return 0
    a_w = _int_items(w_va)
    b_w = _int_items(w_vb)
    for i in range(len(a_w)):
        if not ops.eq_w(a_w[i], b_w[i]):
            return 0
    return 1


def _as_view(w_x):
    if isinstance(w_x, W_MemoryView):
        return w_x
    return view_of(w_x)


def mv_eq(args):
    r = views_equal(mv_self(args, '__eq__'), args.args_w[1])
    if r < 0:
        return w_NotImplemented
    return wrap_bool(r == 1)


def mv_ne(args):
    r = views_equal(mv_self(args, '__ne__'), args.args_w[1])
    if r < 0:
        return w_NotImplemented
    return wrap_bool(r == 0)


def view_hash(w_mv):
    from minipy.interpreter import ops
    check_live(w_mv)
    if not w_mv.readonly:
        raise oefmt(ex.w_ValueError, 'cannot hash writable memoryview object')
    return ops.hash_w(W_BytesObject(w_mv.tobytes()))


def mv_hash(args):
    return wrap_int(view_hash(mv_self(args, '__hash__')))


def mv_repr(args):
    return wrap_str(mv_self(args, '__repr__').native_repr())


def attribute(w_mv, name):
    """The attributes of a view (None: not one of them)."""
    if name == 'obj':
        check_live(w_mv)
        return w_mv.w_obj
    for known in ATTRIBUTES:
        if name == known:
            break
    else:
        return None
    check_live(w_mv)
    if name == 'nbytes':
        return wrap_int(w_mv.length)
    if name == 'readonly':
        return wrap_bool(w_mv.readonly)
    if name == 'format':
        return wrap_str(w_mv.fmt)
    if name == 'itemsize':
        return wrap_int(1)
    if name == 'ndim':
        return wrap_int(1)
    if name == 'shape':
        return wrap_tuple([wrap_int(w_mv.length)])
    if name == 'strides':
        return wrap_tuple([wrap_int(w_mv.step)])
    if name == 'suboffsets':
        return wrap_tuple([])
    return wrap_bool(w_mv.step == 1 or w_mv.length <= 1)


def _install():
    registry.static_new(w_memoryview, mv_new)
    for name, fn in [('__getitem__', mv_getitem), ('__setitem__', mv_setitem),
                     ('__delitem__', mv_delitem), ('__len__', mv_len),
                     ('__iter__', mv_iter), ('tolist', mv_tolist), ('tobytes', mv_tobytes),
                     ('hex', mv_hex), ('toreadonly', mv_toreadonly), ('cast', mv_cast),
                     ('release', mv_release), ('__enter__', mv_enter),
                     ('__exit__', mv_exit), ('__eq__', mv_eq), ('__ne__', mv_ne),
                     ('__hash__', mv_hash), ('__repr__', mv_repr)]:
        method(w_memoryview, name, fn)


_install()
