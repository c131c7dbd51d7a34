"""tuple, range, bytes and slice: constructors and methods."""
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple, tuple_of_list
from minipy.objects.listobject import W_ListObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args, index_bounds
from minipy.builtins import specialmethods, byteshex

w_tuple = W_TupleObject.typedef
w_range = W_RangeObject.typedef
w_bytes = W_BytesObject.typedef
w_slice = W_SliceObject.typedef


def static_new(w_type, fn):
    registry.static_new(w_type, fn)


def tuple_new(args):
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'tuple expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 2:
        w_arg = args.args_w[1]
        if type(w_arg) is W_TupleObject:
            if w_t is w_tuple:
                return w_arg            # tuple(t) is t, as in CPython
            w_res = w_arg
        elif type(w_arg) is W_ListObject:
            w_res = wrap_tuple(w_arg.getitems_fixed())
        else:
            w_res = tuple_of_list(ops.unpack_iterable(w_arg))
    else:
        w_res = wrap_tuple([])
    if w_t is w_tuple:
        return w_res
    return W_Instance(w_t, w_res)


def t_self(args, name):
    return registry.native_self(args, W_TupleObject, 'tuple', name)


def tuple_index(args):
    """index(x[, start[, stop]]), start and stop clamped as slice bounds."""
    from minipy.interpreter import ops
    items = t_self(args, 'index').items_w
    n = len(items)
    start, stop = index_bounds(args, n)
    for i in range(start, min(stop, n)):
        if items[i] is args.args_w[1] or ops.eq_w(items[i], args.args_w[1]):
            return wrap_int(i)
    raise oefmt(ex.w_ValueError, 'tuple.index(x): x not in tuple')


def tuple_count(args):
    from minipy.interpreter import ops
    n = 0
    for w_x in t_self(args, 'count').items_w:
        if w_x is args.args_w[1] or ops.eq_w(w_x, args.args_w[1]):
            n += 1
    return wrap_int(n)


def tuple_getnewargs(args):
    return wrap_tuple([t_self(args, '__getnewargs__')])


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
    w_r = registry.native_self(args, W_RangeObject, 'range', 'index')
    w_x = args.args_w[1]
    if isinstance(w_x, W_IntObject) and ops.contains(w_r, w_x):
        return wrap_int((w_x.intval - w_r.start) // w_r.step)
    raise oefmt(ex.w_ValueError, '%s is not in range' % ops.repr_utf8(w_x))


def range_count(args):
    from minipy.interpreter import ops
    return wrap_int(1 if ops.contains(args.args_w[0], args.args_w[1]) else 0)


def range_reversed(args):
    from minipy.objects.iterators import W_RangeIter
    w_r = registry.native_self(args, W_RangeObject, 'range', '__reversed__')
    last = w_r.start + (w_r.length - 1) * w_r.step
    return W_RangeIter(last, w_r.length, -w_r.step)


def bytes_new(args):
    """bytes(...) for bytes or a subclass (an instance whose built-in value is the bytes)."""
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)     # (registry.static_new checked it)
    w_res = _new_bytes_value(args)
    if w_t is w_bytes:
        return w_res
    return W_Instance(w_t, w_res.base_value())


def _new_bytes_value(args):
    from minipy.interpreter import ops
    from minipy.builtins.support_glue import source_and_codec_args, encode_str
    w_x, encoding, errors = source_and_codec_args(args, 'source', 'bytes')
    if w_x is None:
        if encoding is not None or errors is not None:
            raise oefmt(ex.w_TypeError, 'encoding or errors without sequence argument')
        return W_BytesObject('')
    if encoding is None and errors is None:
        w_meth = ops.lookup_special(w_x, '__bytes__')
        if w_meth is not None:
            w_res = ops.call_function(w_meth, [w_x])
            if not isinstance(w_res.base_value(), W_BytesObject):
                raise oefmt(ex.w_TypeError, '__bytes__ returned non-bytes (type %s)'
                            % ops.typename(w_res))
            return w_res
    w_b = w_x.base_value()
    if isinstance(w_b, W_StrObject):
        if encoding is None:
            raise oefmt(ex.w_TypeError, 'string argument without an encoding')
        return W_BytesObject(encode_str(w_b.utf8, encoding, errors))
    if encoding is not None:
        raise oefmt(ex.w_TypeError, 'encoding without a string argument')
    if errors is not None:
        raise oefmt(ex.w_TypeError, 'errors without a string argument')
    if isinstance(w_b, W_IntObject) or (
            isinstance(w_x, W_Instance) and w_x.getclass().lookup('__index__') is not None
            and w_x.getclass().lookup('__iter__') is None):
        count = ops.int_w(w_x)
        if count < 0:
            raise oefmt(ex.w_ValueError, 'negative count')
        return W_BytesObject('\x00' * count)
    if isinstance(w_b, W_BytesObject):
        return w_b
    try:
        w_it = ops.iter_w(w_x)
    except OperationError as e:
        if not ops.isinstance_w(e.w_value, ex.w_TypeError):
            raise
        raise oefmt(ex.w_TypeError, "cannot convert '%s' object to bytes" % ops.typename(w_x))
    chars = []
    for w_i in ops.unpack_iterable(w_it):
        v = ops.int_w(w_i)
        if v < 0 or v > 255:
            raise oefmt(ex.w_ValueError, 'bytes must be in range(0, 256)')
        chars.append(chr(v))
    return W_BytesObject(''.join(chars))


def b_self(args, name):
    return registry.native_self(args, W_BytesObject, 'bytes', name)


def bytes_decode(args):
    from minipy.builtins.support_glue import codec_args, decode_bytes
    w_b = b_self(args, 'decode')
    encoding, errors = codec_args(args, 1, 'decode')
    return wrap_str(decode_bytes(w_b.value, encoding, errors))


# How each bytes method that runs as the str method (_bytes_via_str) takes its
# arguments: the positional arguments that must be bytes-like, as CPython checks them.
_OPERANDS = {'split': 1, 'rsplit': 1, 'strip': 1, 'lstrip': 1, 'rstrip': 1,
             'replace': 2, 'partition': 1, 'rpartition': 1}   # bytes-like (None where allowed)
_SUBSEQ = ['find', 'rfind', 'index', 'rindex', 'count']       # a bytes-like or an int byte
_AFFIX = ['startswith', 'endswith']                  # a bytes-like or a tuple of them
_FILL = ['center', 'ljust', 'rjust']                 # argument 2: one byte


def _as_str(s):
    """The raw bytes s as the str the str method works on (ASCII semantics)."""
    return W_StrObject(s, len(s))


def _operand(w_a, none_ok):
    """A bytes-like argument (or None, where allowed) as a str."""
    from minipy.builtins.bytearraymethods import buffer_value
    s = buffer_value(w_a)
    if s is not None:
        return _as_str(s)
    if none_ok and w_a is w_None:
        return w_a
    from minipy.interpreter import ops
    raise oefmt(ex.w_TypeError, "a bytes-like object is required, not '%s'"
                % ops.typename(w_a))


def _subseq(w_a):
    """find/count/index's first argument: bytes-like, or an int naming one byte."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value, byte_w
    s = buffer_value(w_a)
    if s is not None:
        return _as_str(s)
    if isinstance(w_a.base_value(), W_IntObject) or (
            isinstance(w_a, W_Instance) and w_a.getclass().lookup('__index__') is not None):
        return _as_str(chr(byte_w(w_a)))
    raise oefmt(ex.w_TypeError, "argument should be integer or bytes-like object, not '%s'"
                % ops.typename(w_a))


def _affix(name, w_a):
    """startswith/endswith's first argument: bytes-like or a tuple of them."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    s = buffer_value(w_a)
    if s is not None:
        return _as_str(s)
    w_t = w_a.base_value()
    if isinstance(w_t, W_TupleObject):
        return wrap_tuple([_operand(w_x, False) for w_x in w_t.items_w])
    raise oefmt(ex.w_TypeError, '%s first arg must be bytes or a tuple of bytes, not %s'
                % (name, ops.typename(w_a)))


def _fill(name, w_a):
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    s = buffer_value(w_a)
    if s is None or len(s) != 1:
        raise oefmt(ex.w_TypeError, '%s() argument 2 must be a byte string of length 1, '
                    'not %s' % (name, ops.typename(w_a)))
    return _as_str(s)


def _join_items(w_iterable):
    """bytes.join's items as strs, in a list."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    items_w = ops.unpack_iterable(w_iterable)
    res_w = []
    for i in range(len(items_w)):
        s = buffer_value(items_w[i])
        if s is None:
            raise oefmt(ex.w_TypeError, 'sequence item %d: expected a bytes-like object, '
                        '%s found' % (i, ops.typename(items_w[i])))
        res_w.append(_as_str(s))
    return W_ListObject(res_w)


def _convert_arg(name, i, w_a):
    """Positional argument i (0: the first after self) of bytes method `name`."""
    n = _OPERANDS.get(name, 0)
    if i < n:
        return _operand(w_a, name != 'replace' and name != 'partition' and
                        name != 'rpartition')
    if i == 0 and name in _SUBSEQ:
        return _subseq(w_a)
    if i == 0 and name in _AFFIX:
        return _affix(name, w_a)
    if i == 1 and name in _FILL:
        return _fill(name, w_a)
    if i == 0 and name == 'join':
        return _join_items(w_a)
    return w_a


def _bytes_via_str(name):
    """bytes methods that work like the str method on the raw bytes (ASCII semantics
    for the cases the corpus needs: case mapping, split, strip, replace, find...). The
    arguments are checked and converted as CPython's bytes methods take them."""
    def fn(args):
        from minipy.interpreter import ops
        from minipy.objects.functionobject import Args
        w_b = b_self(args, name)
        conv = [_as_str(w_b.value)]
        rest_w = args.args_w[1:]
        for i in range(len(rest_w)):
            conv.append(_convert_arg(name, i, rest_w[i]))
        kwvalues_w = args.kwvalues_w
        if args.kwnames is not None and (name == 'split' or name == 'rsplit'):
            kwvalues_w = kwvalues_w[:]
            for j in range(len(args.kwnames)):
                if args.kwnames[j] == 'sep':
                    kwvalues_w[j] = _operand(kwvalues_w[j], True)
        if name == 'index' or name == 'rindex':     # find, with bytes' message
            w_meth = W_StrObject.typedef.lookup('find' if name == 'index' else 'rfind')
            w_res = ops.call_args(w_meth, Args(conv, args.kwnames, kwvalues_w))
            if ops.int_w(w_res) < 0:
                raise oefmt(ex.w_ValueError, 'subsection not found')
            return w_res
        w_meth = W_StrObject.typedef.lookup(name)
        w_res = ops.call_args(w_meth, Args(conv, args.kwnames, kwvalues_w))
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


def _hex_digit(cp):
    """The value of a hexadecimal digit's code point, -1 for anything else."""
    if ord('0') <= cp <= ord('9'):
        return cp - ord('0')
    if ord('a') <= cp <= ord('f'):
        return cp - ord('a') + 10
    if ord('A') <= cp <= ord('F'):
        return cp - ord('A') + 10
    return -1


def _fromhex_error(pos):
    return oefmt(ex.w_ValueError, 'non-hexadecimal number found in fromhex() arg at '
                 'position %d' % pos)


def bytes_fromhex(args):
    """Pairs of hex digits; ASCII whitespace may stand before each pair (not inside
    one). The error names the code point position of the first bad character."""
    from minipy.interpreter import ops
    from minipy.objects.strobject import codepoints
    check_method_args(args, 'bytes.fromhex', 1, 1)
    w_s = args.args_w[1].base_value()
    if not isinstance(w_s, W_StrObject):
        raise oefmt(ex.w_TypeError, 'fromhex() argument must be str, not %s'
                    % ops.typename(args.args_w[1]))
    cps = codepoints(w_s.utf8)
    n = len(cps)
    chars = []
    pos = 0
    while True:
        while pos < n and (cps[pos] == 32 or 9 <= cps[pos] <= 13):
            pos += 1
        if pos >= n:
            break
        top = _hex_digit(cps[pos])
        if top < 0:
            raise _fromhex_error(pos)
        bot = _hex_digit(cps[pos + 1]) if pos + 1 < n else -1
        if bot < 0:
            raise _fromhex_error(pos + 1)
        chars.append(chr(top * 16 + bot))
        pos += 2
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
    w_s = registry.native_self(args, W_SliceObject, 'slice', 'indices')
    length = ops.int_w(args.args_w[1])
    if length < 0:
        raise oefmt(ex.w_ValueError, 'length should not be negative')
    start, stop, step, n = slice_indices(w_s, length)
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
method(w_bytes, 'hex', byteshex.bytes_hex)
# (the methods that look at characters are native: bytestext)
for _name in ['replace', 'find', 'rfind', 'index', 'rindex', 'count', 'startswith',
              'endswith', 'join', 'partition', 'rpartition', 'center', 'ljust', 'rjust',
              'zfill']:
    method(w_bytes, _name, _bytes_via_str(_name))
from minipy.builtins import bytestext
bytestext.install(w_bytes, _bytes_via_str)
method(w_slice, 'indices', slice_indices_m)
from minipy.objects.descriptors import W_ClassMethod
w_bytes.dict_w['fromhex'] = W_ClassMethod(W_BuiltinFunction('fromhex', bytes_fromhex, False))
