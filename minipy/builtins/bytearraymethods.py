"""bytearray: constructor, indexing and slice assignment, the list-like mutators
(append, extend, insert, pop, remove, clear, reverse, copy), +, *, +=, comparison with
bytes, and the bytes methods (find, split, strip, upper, decode, hex...), which run on a
bytes copy and give bytearray results where CPython does.  arith, compare, reprs, ops
and hashing call in here for bytearray operands."""
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_int, wrap_bool
from minipy.objects.strobject import W_StrObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.memoryviewobject import W_MemoryView
from minipy.objects.listobject import W_ListObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.rangeobject import W_SliceObject
from minipy.objects.descriptors import W_ClassMethod
from minipy.objects.functionobject import W_BuiltinFunction, Args
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args

w_bytearray = W_BytearrayObject.typedef


# ---------------------------------------------------------------- helpers

def buffer_value(w_x):
    """The bytes of a bytes or bytearray object, or None."""
    w_v = w_x.base_value()
    if isinstance(w_v, W_BytesObject):
        return w_v.value
    if isinstance(w_v, W_BytearrayObject):
        return w_v.getvalue()
    if isinstance(w_v, W_MemoryView):
        from minipy.builtins.memoryviewmethods import check_live
        check_live(w_v)
        return w_v.tobytes()
    return None


def byte_w(w_x):
    from minipy.interpreter import ops
    v = ops.int_w(w_x)
    if v < 0 or v > 255:
        raise oefmt(ex.w_ValueError, 'byte must be in range(0, 256)')
    return v


def bytes_from_iterable(w_x, extending):
    """bytes of a bytes-like object or an iterable of ints in range(256); when w_x
    cannot be iterated, the TypeError of extend() (`extending`) or of bytearray()."""
    from minipy.interpreter import ops
    s = buffer_value(w_x)
    if s is not None:
        return s
    try:
        w_it = ops.iter_w(w_x)
    except OperationError as e:
        if not ops.isinstance_w(e.w_value, ex.w_TypeError):
            raise
        if extending:
            raise oefmt(ex.w_TypeError, "can't extend bytearray with %s"
                        % ops.typename(w_x))
        raise oefmt(ex.w_TypeError, "cannot convert '%s' object to bytearray"
                    % ops.typename(w_x))
    chars = []
    for w_i in ops.unpack_iterable(w_it):
        chars.append(chr(byte_w(w_i)))
    return ''.join(chars)



def ba_self(args, name):
    from minipy.interpreter import ops
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'bytearray' object needs an argument"
                    % name)
    w_b = args.args_w[0].base_value()
    if not isinstance(w_b, W_BytearrayObject):
        raise oefmt(ex.w_TypeError,
                    "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object"
                    % (name, ops.typename(args.args_w[0])))
    return w_b


def _index(w_b, w_key, length):
    from minipy.interpreter import ops
    i = ops.index_w(w_key, 'bytearray')
    if i < 0:
        i += length
    if i < 0 or i >= length:
        raise oefmt(ex.w_IndexError, 'bytearray index out of range')
    return i


# ---------------------------------------------------------------- constructor

def bytearray_new(args):
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    from minipy.builtins.support_glue import source_and_codec_args, encode_str
    w_src, encoding, errors = source_and_codec_args(args, 'source', 'bytearray')
    value = ''
    if w_src is None:
        if encoding is not None:
            raise oefmt(ex.w_TypeError, 'encoding without a string argument')
        if errors is not None:
            raise oefmt(ex.w_TypeError, 'errors without a string argument')
    if w_src is not None:
        w_v = w_src.base_value()
        if isinstance(w_v, W_StrObject):
            if encoding is None:
                raise oefmt(ex.w_TypeError, 'string argument without an encoding')
            value = encode_str(w_v.utf8, encoding, errors)
        elif encoding is not None:
            raise oefmt(ex.w_TypeError, 'encoding without a string argument')
        elif errors is not None:
            raise oefmt(ex.w_TypeError, 'errors without a string argument')
        elif isinstance(w_v, W_IntObject) or (
                isinstance(w_src, W_Instance) and
                w_src.getclass().lookup('__index__') is not None and
                w_src.getclass().lookup('__iter__') is None):
            count = ops.int_w(w_src)
            if count < 0:
                raise oefmt(ex.w_ValueError, 'negative count')
            value = '\x00' * count
        else:
            value = bytes_from_iterable(w_src, False)
    w_new = W_BytearrayObject(value)
    if w_t is w_bytearray:
        return w_new
    return W_Instance(w_t, w_new)


# ---------------------------------------------------------------- sequence protocol

def ba_len(args):
    return wrap_int(ba_self(args, '__len__').length())


def ba_getitem(args):
    w_b = ba_self(args, '__getitem__')
    return getitem(w_b, args.args_w[1])


def getitem(w_b, w_key):
    from minipy.builtins import items
    if isinstance(w_key, W_SliceObject):
        value = w_b.getvalue()
        start, stop, step, n = items.slice_indices(w_key, len(value))
        chars = []
        j = start
        for i in range(n):
            chars.append(value[j])
            j += step
        return W_BytearrayObject(''.join(chars))
    return wrap_int(w_b.getbyte(_index(w_b, w_key, w_b.length())))


def _is_number_or_str(w_x):
    """What a bytearray slice refuses before trying to iterate it (CPython's
    PyNumber_Check or a str)."""
    from minipy.objects.floatobject import W_FloatObject
    from minipy.objects.complexobject import W_ComplexObject
    w_v = w_x.base_value()
    if isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject) or \
            isinstance(w_v, W_FloatObject) or isinstance(w_v, W_ComplexObject) or \
            isinstance(w_v, W_StrObject):
        return True
    w_t = w_x.getclass()
    return w_t.lookup('__index__') is not None or w_t.lookup('__int__') is not None or \
        w_t.lookup('__float__') is not None


def ba_setitem(args):
    from minipy.builtins import items
    w_b = ba_self(args, '__setitem__')
    w_key = args.args_w[1]
    w_value = args.args_w[2]
    if isinstance(w_key, W_SliceObject):
        start, stop, step = items.unpack_slice(w_key)     # a bad slice is reported first
        if _is_number_or_str(w_value):
            raise oefmt(ex.w_TypeError, 'can assign only bytes, buffers, or iterables of '
                        'ints in range(0, 256)')
        value = bytes_from_iterable(w_value, False)
        # (iterating may have run code that resized w_b)
        start, stop, step, n = items.adjust_indices(start, stop, step, w_b.length())
        if step == 1:
            if stop < start:
                stop = start
            w_b.replace_slice(start, stop, value)
            return w_None
        if len(value) != n:
            raise oefmt(ex.w_ValueError, 'attempt to assign bytes of size %d to extended '
                        'slice of size %d' % (len(value), n))
        j = start
        for i in range(n):
            w_b.setbyte(j, ord(value[i]))
            j += step
        return w_None
    i = _index(w_b, w_key, w_b.length())
    w_b.setbyte(i, byte_w(w_value))
    return w_None


def ba_delitem(args):
    from minipy.builtins import items
    w_b = ba_self(args, '__delitem__')
    w_key = args.args_w[1]
    if isinstance(w_key, W_SliceObject):
        value = w_b.getvalue()
        start, stop, step, n = items.slice_indices(w_key, len(value))
        doomed = [False] * len(value)
        j = start
        for i in range(n):
            doomed[j] = True
            j += step
        chars = []
        for i in range(len(value)):
            if not doomed[i]:
                chars.append(value[i])
        w_b.setvalue(''.join(chars))
        return w_None
    w_b.pop(_index(w_b, w_key, w_b.length()))
    return w_None


def ba_iter(args):
    from minipy.objects.iterators import W_TupleIter
    value = ba_self(args, '__iter__').getvalue()
    return W_TupleIter([wrap_int(ord(c)) for c in value])


def ba_contains(args):
    w_b = ba_self(args, '__contains__')
    return wrap_bool(contains(w_b, args.args_w[1]))


def contains(w_b, w_item):
    return value_contains(w_b.getvalue(), w_item)


def value_contains(value, w_item):
    """`w_item in b` for the bytes `value` of a bytes or bytearray b: a byte given as an
    int, or a bytes-like run."""
    from minipy.interpreter import ops
    s = buffer_value(w_item)
    if s is not None:
        return value.find(s) >= 0
    if not isinstance(w_item.base_value(), W_IntObject) and not (
            isinstance(w_item, W_Instance) and
            w_item.getclass().lookup('__index__') is not None):
        raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                    % ops.typename(w_item))
    v = byte_w(w_item)
    return value.find(chr(v)) >= 0


# ---------------------------------------------------------------- mutators

def ba_append(args):
    check_method_args(args, 'append', 1, 1)
    w_b = ba_self(args, 'append')
    w_b.append(byte_w(args.args_w[1]))
    return w_None


def ba_extend(args):
    check_method_args(args, 'extend', 1, 1)
    w_b = ba_self(args, 'extend')
    w_b.extend(bytes_from_iterable(args.args_w[1], True))
    return w_None


def ba_insert(args):
    from minipy.interpreter import ops
    check_method_args(args, 'insert', 2, 2)
    w_b = ba_self(args, 'insert')
    n = w_b.length()
    i = ops.index_w(args.args_w[1], 'bytearray')
    v = byte_w(args.args_w[2])
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_b.insert(i, v)
    return w_None


def ba_pop(args):
    from minipy.interpreter import ops
    check_method_args(args, 'pop', 0, 1)
    w_b = ba_self(args, 'pop')
    n = w_b.length()
    if n == 0:
        raise oefmt(ex.w_IndexError, 'pop from empty bytearray')
    i = n - 1
    if len(args.args_w) > 1:
        i = ops.index_w(args.args_w[1], 'bytearray')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(ex.w_IndexError, 'pop index out of range')
    return wrap_int(w_b.pop(i))


def ba_remove(args):
    check_method_args(args, 'remove', 1, 1)
    w_b = ba_self(args, 'remove')
    i = w_b.getvalue().find(chr(byte_w(args.args_w[1])))
    if i < 0:
        raise oefmt(ex.w_ValueError, 'value not found in bytearray')
    w_b.pop(i)
    return w_None


def ba_clear(args):
    check_method_args(args, 'clear', 0, 0)
    ba_self(args, 'clear').setvalue('')
    return w_None


def ba_reverse(args):
    check_method_args(args, 'reverse', 0, 0)
    w_b = ba_self(args, 'reverse')
    value = w_b.getvalue()
    chars = [c for c in value]
    chars.reverse()
    w_b.setvalue(''.join(chars))
    return w_None


def ba_copy(args):
    check_method_args(args, 'copy', 0, 0)
    return W_BytearrayObject(ba_self(args, 'copy').getvalue())


def ba_fromhex(args):
    from minipy.builtins import seqmethods
    check_method_args(args, 'bytearray.fromhex', 1, 1)
    w_res = seqmethods.bytes_fromhex(args)
    assert isinstance(w_res, W_BytesObject)
    w_new = W_BytearrayObject(w_res.value)
    w_t = args.args_w[0]
    if w_t is w_bytearray or not isinstance(w_t, W_TypeObject):
        return w_new
    return W_Instance(w_t, w_new)


# ---------------------------------------------------------------- the bytes methods

def _via_bytes(name, keep_bytes):
    """A bytes method run on a copy; bytes results become bytearray (unless keep_bytes:
    decode, hex)."""
    def fn(args):
        from minipy.interpreter import ops
        w_b = ba_self(args, name)
        conv = [W_BytesObject(w_b.getvalue())]
        for w_a in args.args_w[1:]:
            w_x = w_a.base_value()
            if isinstance(w_x, W_BytearrayObject):
                conv.append(W_BytesObject(w_x.getvalue()))
            else:
                conv.append(w_a)
        w_meth = W_BytesObject.typedef.lookup(name)
        w_res = ops.call_args(w_meth, Args(conv, args.kwnames, args.kwvalues_w))
        if keep_bytes:
            return w_res
        return _to_bytearray(w_res)
    return fn


def _to_bytearray(w_res):
    if isinstance(w_res, W_BytesObject):
        return W_BytearrayObject(w_res.value)
    if isinstance(w_res, W_ListObject):
        return W_ListObject([_to_bytearray(w_x) for w_x in w_res.getitems_copy()])
    if isinstance(w_res, W_TupleObject):
        return wrap_tuple([_to_bytearray(w_x) for w_x in w_res.items_w])
    return w_res


# ---------------------------------------------------------------- operators

def binop(op, w_a, w_b):
    """+ and * with a bytearray operand (bytes + bytearray is bytes); None otherwise."""
    from minipy.interpreter import arith
    if op == arith.ADD:
        a = buffer_value(w_a)
        b = buffer_value(w_b)
        if a is not None and b is None and isinstance(w_a, W_BytearrayObject):
            from minipy.interpreter import ops
            raise oefmt(ex.w_TypeError, "can't concat %s to bytearray" % ops.typename(w_b))
        if a is None or b is None:
            return None
        if isinstance(w_a, W_BytesObject):
            return W_BytesObject(a + b)
        return W_BytearrayObject(a + b)
    if op == arith.MOD:
        from minipy.builtins import bytesformat
        if isinstance(w_a, W_BytearrayObject):
            return W_BytearrayObject(bytesformat.percent_format(w_a.getvalue(), w_b))
        if isinstance(w_a, W_BytesObject):
            return W_BytesObject(bytesformat.percent_format(w_a.value, w_b))
        return None
    if op == arith.MUL:
        if isinstance(w_a, W_BytearrayObject) and isinstance(w_b, W_IntObject):
            return W_BytearrayObject(_repeated(w_a.getvalue(), w_b.intval))
        if isinstance(w_b, W_BytearrayObject) and isinstance(w_a, W_IntObject):
            return W_BytearrayObject(_repeated(w_b.getvalue(), w_a.intval))
    return None


def _repeated(value, n):
    """value * n for a bytearray: MemoryError, as in CPython, when it is too long."""
    from minipy.interpreter import arith
    n = max(n, 0)
    if n > 0 and len(value) > 0:
        arith.repeat_length(len(value), n, arith.MAX_REPEAT_BYTES, None)
    return value * n


def inplace(op, w_a, w_b):
    """ba += x, ba *= n: in place; None when not supported."""
    from minipy.interpreter import arith
    if op == arith.ADD:
        b = buffer_value(w_b)
        if b is None:
            return None
        w_a.extend(b)
        return w_a
    if op == arith.MUL and isinstance(w_b, W_IntObject):
        w_a.setvalue(_repeated(w_a.getvalue(), w_b.intval))
        return w_a
    return None


def ba_iadd(args):
    from minipy.interpreter import ops
    w_b = ba_self(args, '__iadd__')
    s = buffer_value(args.args_w[1])
    if s is None:
        raise oefmt(ex.w_TypeError, "can't concat %s to %s"
                    % (ops.typename(args.args_w[1]), ops.typename(args.args_w[0])))
    w_b.extend(s)
    return args.args_w[0]


def ba_imul(args):
    from minipy.interpreter import ops
    w_b = ba_self(args, '__imul__')
    w_n = args.args_w[1]
    if not isinstance(w_n.base_value(), W_IntObject) and \
            w_n.getclass().lookup('__index__') is None:
        # (the operator's message: `ba *= x` reaches here for a subclass)
        raise oefmt(ex.w_TypeError, "can't multiply sequence by non-int of type '%s'"
                    % ops.typename(w_n))
    w_b.setvalue(_repeated(w_b.getvalue(), ops.int_w(w_n)))
    return args.args_w[0]


def compare(w_a, w_b, op):
    """Comparisons of bytearray with bytes or bytearray; None otherwise."""
    from minipy.builtins.compare import cmp_result, str_cmp
    a = buffer_value(w_a)
    b = buffer_value(w_b)
    if a is None or b is None:
        return None
    return wrap_bool(cmp_result(str_cmp(a, b), op))


def ba_repr(w_b):
    from minipy.builtins.reprs import bytes_repr
    return 'bytearray(' + bytes_repr(w_b.getvalue(), True) + ')'


def _install():
    from minipy.builtins import specialmethods
    registry.static_new(w_bytearray, bytearray_new)
    specialmethods.install(w_bytearray, hashable=False)
    for name, fn in [('__len__', ba_len), ('__getitem__', ba_getitem),
                     ('__setitem__', ba_setitem), ('__delitem__', ba_delitem),
                     ('__iter__', ba_iter), ('__contains__', ba_contains),
                     ('append', ba_append), ('extend', ba_extend), ('insert', ba_insert),
                     ('pop', ba_pop), ('remove', ba_remove), ('clear', ba_clear),
                     ('reverse', ba_reverse), ('copy', ba_copy),
                     ('__iadd__', ba_iadd), ('__imul__', ba_imul)]:
        method(w_bytearray, name, fn)
    for name in ['decode', 'hex']:
        method(w_bytearray, name, _via_bytes(name, True))
    from minipy.builtins import bytestext
    for name in ['replace', 'find', 'rfind', 'index', 'rindex', 'count', 'startswith',
                 'endswith', 'join', 'partition', 'rpartition', 'center', 'ljust',
                 'rjust', 'zfill'] + bytestext.NAMES:
        method(w_bytearray, name, _via_bytes(name, False))
    w_bytearray.dict_w['maketrans'] = W_BytesObject.typedef.dict_w['maketrans']
    w_bytearray.dict_w['fromhex'] = W_ClassMethod(
        W_BuiltinFunction('fromhex', ba_fromhex, False))


_install()
