"""tuple, range, bytes and slice: constructors and methods."""
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.descriptors import W_StaticMethod
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args, index_bounds
from minipy.builtins import specialmethods

w_tuple = W_TupleObject.typedef
w_range = W_RangeObject.typedef
w_bytes = W_BytesObject.typedef
w_slice = W_SliceObject.typedef


def static_new(w_type, fn):
    w_type.dict_w['__new__'] = W_StaticMethod(W_BuiltinFunction('__new__', fn, False))


def tuple_new(args):
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'tuple expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 2:
        w_res = wrap_tuple(ops.unpack_iterable(args.args_w[1]))
    else:
        w_res = wrap_tuple([])
    if w_t is w_tuple:
        return w_res
    return W_Instance(w_t, w_res)


def t_self(args):
    w_t = args.args_w[0].base_value()
    assert isinstance(w_t, W_TupleObject)
    return w_t


def tuple_index(args):
    """index(x[, start[, stop]]), start and stop clamped as slice bounds."""
    from minipy.interpreter import ops
    items = t_self(args).items_w
    n = len(items)
    start, stop = index_bounds(args, n)
    for i in range(start, min(stop, n)):
        if items[i] is args.args_w[1] or ops.eq_w(items[i], args.args_w[1]):
            return wrap_int(i)
    raise oefmt(ex.w_ValueError, 'tuple.index(x): x not in tuple')


def tuple_count(args):
    from minipy.interpreter import ops
    n = 0
    for w_x in t_self(args).items_w:
        if w_x is args.args_w[1] or ops.eq_w(w_x, args.args_w[1]):
            n += 1
    return wrap_int(n)


def tuple_getnewargs(args):
    return wrap_tuple([t_self(args)])


def range_new(args):
    from minipy.interpreter import ops
    n = len(args.args_w) - 1
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'range() takes no keyword arguments')
    if n == 0:
        raise oefmt(ex.w_TypeError, 'range expected at least 1 argument, got 0')
    if n > 3:
        raise oefmt(ex.w_TypeError, 'range expected at most 3 arguments, got %d' % n)
    start = 0
    step = 1
    if n == 1:
        stop = ops.int_w(args.args_w[1])
    else:
        start = ops.int_w(args.args_w[1])
        stop = ops.int_w(args.args_w[2])
        if n == 3:
            step = ops.int_w(args.args_w[3])
            if step == 0:
                raise oefmt(ex.w_ValueError, 'range() arg 3 must not be zero')
    return W_RangeObject(start, stop, step)


def range_index(args):
    from minipy.interpreter import ops
    w_r = args.args_w[0]
    assert isinstance(w_r, W_RangeObject)
    w_x = args.args_w[1]
    if isinstance(w_x, W_IntObject) and ops.contains(w_r, w_x):
        return wrap_int((w_x.intval - w_r.start) // w_r.step)
    raise oefmt(ex.w_ValueError, '%s is not in range' % ops.repr_utf8(w_x))


def range_count(args):
    from minipy.interpreter import ops
    return wrap_int(1 if ops.contains(args.args_w[0], args.args_w[1]) else 0)


def range_reversed(args):
    from minipy.objects.iterators import W_RangeIter
    w_r = args.args_w[0]
    assert isinstance(w_r, W_RangeObject)
    last = w_r.start + (w_r.length - 1) * w_r.step
    return W_RangeIter(last, w_r.length, -w_r.step)


def bytes_new(args):
    from minipy.interpreter import ops
    if len(args.args_w) == 1:
        return W_BytesObject('')
    w_x = args.args_w[1]
    w_b = w_x.base_value()
    if isinstance(w_b, W_StrObject):
        return W_BytesObject(w_b.utf8)
    if isinstance(w_b, W_IntObject):
        return W_BytesObject('\x00' * w_b.intval)
    if isinstance(w_b, W_BytesObject):
        return w_b
    chars = []
    for w_i in ops.unpack_iterable(w_x):
        v = ops.int_w(w_i)
        if v < 0 or v > 255:
            raise oefmt(ex.w_ValueError, 'bytes must be in range(0, 256)')
        chars.append(chr(v))
    return W_BytesObject(''.join(chars))


def bytes_decode(args):
    from minipy.interpreter import ops
    from minipy.support import strencode
    from minipy.support.errors import SupportError
    from minipy.builtins.support_glue import operr_from_support
    w_b = args.args_w[0].base_value()
    assert isinstance(w_b, W_BytesObject)
    encoding = 'utf-8'
    errors = 'strict'
    if len(args.args_w) > 1:
        encoding = ops.str_w(args.args_w[1])
    if len(args.args_w) > 2:
        errors = ops.str_w(args.args_w[2])
    w_e = args.getkw('encoding')
    if w_e is not None:
        encoding = ops.str_w(w_e)
    w_err = args.getkw('errors')
    if w_err is not None:
        errors = ops.str_w(w_err)
    try:
        return wrap_str(strencode.decode(w_b.value, strencode.normalize_encoding(encoding),
                                         errors))
    except SupportError as e:
        raise operr_from_support(e)


def _bytes_via_str(name):
    """bytes methods that work like the str method on the raw bytes (ASCII semantics
    for the cases the corpus needs: case mapping, split, strip, replace, find...)."""
    def fn(args):
        from minipy.interpreter import ops
        from minipy.objects.functionobject import Args
        w_b = args.args_w[0].base_value()
        assert isinstance(w_b, W_BytesObject)
        conv = [W_StrObject(w_b.value, len(w_b.value))]
        rest_w = args.args_w[1:]
        if name == 'join' and len(rest_w) == 1:
            rest_w = [W_ListObject(ops.unpack_iterable(rest_w[0]))]
            w_l = rest_w[0]
            assert isinstance(w_l, W_ListObject)
            items = w_l.getitems_copy()
            for i in range(len(items)):
                w_x = items[i].base_value()
                if isinstance(w_x, W_BytesObject):
                    items[i] = W_StrObject(w_x.value, len(w_x.value))
            w_l.setitems(items)
        for w_a in rest_w:
            w_x = w_a.base_value()
            if isinstance(w_x, W_BytesObject):
                conv.append(W_StrObject(w_x.value, len(w_x.value)))
            else:
                conv.append(w_a)
        w_meth = W_StrObject.typedef.lookup(name)
        w_res = ops.call_args(w_meth, Args(conv, args.kwnames, args.kwvalues_w))
        return _to_bytes(w_res)
    return fn


def _to_bytes(w_res):
    if isinstance(w_res, W_StrObject):
        return W_BytesObject(w_res.utf8)
    if isinstance(w_res, W_ListObject):
        return W_ListObject([_to_bytes(w_x) for w_x in w_res.getitems_copy()])
    if isinstance(w_res, W_TupleObject):
        return wrap_tuple([_to_bytes(w_x) for w_x in w_res.items_w])
    return w_res


def bytes_hex(args):
    from minipy.builtins.reprs import hex2
    w_b = args.args_w[0].base_value()
    assert isinstance(w_b, W_BytesObject)
    return wrap_str(''.join([hex2(ord(c)) for c in w_b.value]))


def bytes_fromhex(args):
    from minipy.interpreter import ops
    check_method_args(args, 'bytes.fromhex', 1, 1)
    s = ops.str_w(args.args_w[1])
    chars = []
    digits = []
    for c in s:
        if c == ' ':
            continue
        if '0' <= c <= '9':
            digits.append(ord(c) - ord('0'))
        elif 'a' <= c <= 'f':
            digits.append(ord(c) - ord('a') + 10)
        elif 'A' <= c <= 'F':
            digits.append(ord(c) - ord('A') + 10)
        else:
            raise oefmt(ex.w_ValueError, 'non-hexadecimal number found in fromhex() arg')
        if len(digits) == 2:
            chars.append(chr(digits[0] * 16 + digits[1]))
            digits = []
    if len(digits) != 0:
        raise oefmt(ex.w_ValueError, 'non-hexadecimal number found in fromhex() arg')
    return W_BytesObject(''.join(chars))


def slice_new(args):
    n = len(args.args_w) - 1
    if n == 1:
        return W_SliceObject(w_None, args.args_w[1], w_None)
    if n == 2:
        return W_SliceObject(args.args_w[1], args.args_w[2], w_None)
    if n == 3:
        return W_SliceObject(args.args_w[1], args.args_w[2], args.args_w[3])
    raise oefmt(ex.w_TypeError, 'slice expected at least 1 argument, got 0')


def slice_indices_m(args):
    from minipy.interpreter import ops
    from minipy.builtins.items import slice_indices
    w_s = args.args_w[0]
    assert isinstance(w_s, W_SliceObject)
    start, stop, step, n = slice_indices(w_s, ops.int_w(args.args_w[1]))
    return wrap_tuple([wrap_int(start), wrap_int(stop), wrap_int(step)])


static_new(w_tuple, tuple_new)
static_new(w_range, range_new)
static_new(w_bytes, bytes_new)
static_new(w_slice, slice_new)
specialmethods.install(w_tuple, sequence=True)
specialmethods.install(w_range, sequence=True)
specialmethods.install(w_bytes, sequence=True)
method(w_tuple, 'index', tuple_index)
method(w_tuple, 'count', tuple_count)
method(w_tuple, '__getnewargs__', tuple_getnewargs)
method(w_range, 'index', range_index)
method(w_range, 'count', range_count)
method(w_range, '__reversed__', range_reversed)
method(w_bytes, 'decode', bytes_decode)
method(w_bytes, 'hex', bytes_hex)
for _name in ['upper', 'lower', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'replace',
              'find', 'rfind', 'index', 'count', 'startswith', 'endswith', 'join',
              'isdigit', 'isalpha', 'isspace', 'partition', 'splitlines', 'title',
              'capitalize', 'swapcase', 'isalnum', 'isupper', 'islower', 'center',
              'ljust', 'rjust', 'zfill']:
    method(w_bytes, _name, _bytes_via_str(_name))
method(w_slice, 'indices', slice_indices_m)
from minipy.objects.descriptors import W_ClassMethod
w_bytes.dict_w['fromhex'] = W_ClassMethod(W_BuiltinFunction('fromhex', bytes_fromhex, False))
