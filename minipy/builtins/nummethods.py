"""int, bool and float: constructors and methods."""
import math
from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import round_double
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import (W_IntObject, W_LongObject, W_BoolObject, wrap_int,
                                      wrap_bool, wrap_bigint, to_bigint)
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.descriptors import W_ClassMethod
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args
from minipy.builtins import specialmethods, numparse

w_int = W_IntObject.typedef
w_bool = W_BoolObject.typedef
w_float = W_FloatObject.typedef


def buffer_value(w_v):
    from minipy.builtins.bytearraymethods import buffer_value
    s = buffer_value(w_v)
    assert s is not None
    return s


def static_new(w_type, name, fn):
    registry.static_new(w_type, fn, name)


def int_from_obj(w_x):
    """int(x) without a base. An int or a float is converted here, without a loop, so
    a trace keeps it inline; anything else may call Python code (__int__ ...)."""
    if isinstance(w_x, W_FloatObject):
        return float_to_int(w_x.floatval)
    if isinstance(w_x, W_IntObject) and not isinstance(w_x, W_BoolObject):
        return w_x
    return _int_from_other(w_x)


def _int_from_other(w_x):
    from minipy.interpreter import ops
    w_v = w_x.base_value()
    if isinstance(w_v, W_BoolObject):
        return wrap_int(w_v.intval)
    if isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject):
        if w_v is w_x:
            return w_v
        w_m = w_x.getclass().lookup('__int__')
        if w_m is not None and not isinstance(w_m, W_BuiltinFunction):
            return ops.call_function(w_m, [w_x])
        return w_v
    if isinstance(w_v, W_FloatObject):
        return float_to_int(w_v.floatval)
    if isinstance(w_v, W_StrObject):
        return numparse.parse_int(w_v.utf8, 10, w_v)
    if isinstance(w_v, W_BytesObject) or isinstance(w_v, W_BytearrayObject):
        return numparse.parse_int_bytes(buffer_value(w_v), 10)
    for name in ['__int__', '__index__', '__trunc__']:
        w_m = w_x.getclass().lookup(name)
        if w_m is not None:
            w_r = ops.call_function(w_m, [w_x])
            w_rv = w_r.base_value()
            if name != '__trunc__' and not (isinstance(w_rv, W_IntObject) or
                                            isinstance(w_rv, W_LongObject)):
                raise oefmt(ex.w_TypeError, '%s returned non-int (type %s)'
                            % (name, ops.typename(w_r)))
            if name != '__trunc__' and isinstance(w_rv, W_BoolObject):
                return wrap_int(w_rv.intval)     # CPython makes it an exact int
            if name != '__trunc__':
                return w_rv
            return w_r
    raise oefmt(ex.w_TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'"
                % ops.typename(w_x))


def float_to_int(f):
    if math.isinf(f):
        raise oefmt(ex.w_OverflowError, 'cannot convert float infinity to integer')
    if math.isnan(f):
        raise oefmt(ex.w_ValueError, 'cannot convert float NaN to integer')
    if -9.2e18 < f < 9.2e18:
        return wrap_int(int(f))
    return wrap_bigint(rbigint.fromfloat(f))


def _check_int_keywords(kwnames):
    """int() takes `base` alone by keyword. (A function of its own: a loop in int_new
    would keep the JIT from looking into int() calls, which have no keywords.)"""
    for kw in kwnames:
        if kw != 'base':
            raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for int()" % kw)


def int_new(args):
    from minipy.interpreter import ops
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    w_x = None
    w_base = None
    if len(args.args_w) > 1:
        w_x = args.args_w[1]
    if len(args.args_w) > 2:
        w_base = args.args_w[2]
    if len(args.args_w) > 3:
        raise oefmt(ex.w_TypeError, 'int() takes at most 2 arguments (%d given)'
                    % (len(args.args_w) - 1))
    if args.kwnames is not None:
        _check_int_keywords(args.kwnames)
    w_kb = args.getkw('base')
    if w_kb is not None:
        if w_base is not None:
            raise oefmt(ex.w_TypeError, 'int() takes at most 2 arguments (3 given)')
        w_base = w_kb
    if w_x is None:
        if w_base is not None:
            raise oefmt(ex.w_TypeError, "int() missing string argument")
        w_res = wrap_int(0)
    elif w_base is None:
        w_res = int_from_obj(w_x)
    else:
        base = ops.int_w(w_base)
        if base != 0 and (base < 2 or base > 36):
            raise oefmt(ex.w_ValueError, 'int() base must be >= 2 and <= 36, or 0')
        w_v = w_x.base_value()
        if isinstance(w_v, W_StrObject):
            w_res = numparse.parse_int(w_v.utf8, base, w_v)
        elif isinstance(w_v, W_BytesObject) or isinstance(w_v, W_BytearrayObject):
            w_res = numparse.parse_int_bytes(buffer_value(w_v), base)
        else:
            raise oefmt(ex.w_TypeError, "int() can't convert non-string with explicit base")
    if w_t is w_int:
        return w_res
    return W_Instance(w_t, w_res)


def bool_new(args):
    from minipy.interpreter import ops
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'bool expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 1:
        return wrap_bool(False)
    return wrap_bool(ops.is_true(args.args_w[1]))


def float_from_obj(w_x):
    from minipy.interpreter import ops
    w_v = w_x.base_value()
    if isinstance(w_v, W_FloatObject):
        return w_v.floatval
    if isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject):
        from minipy.interpreter import arith
        return arith.to_float(w_v)
    if isinstance(w_v, W_StrObject):
        return numparse.parse_float(w_v.utf8, w_v)
    if isinstance(w_v, W_BytesObject) or isinstance(w_v, W_BytearrayObject):
        return numparse.parse_float_bytes(buffer_value(w_v), ops.repr_utf8(w_v))
    w_m = w_x.getclass().lookup('__float__')
    if w_m is not None:
        return ops.checked_float(w_x, ops.call_function(w_m, [w_x]))
    w_m = w_x.getclass().lookup('__index__')
    if w_m is not None:
        return ops.float_w(ops.checked_index(ops.call_function(w_m, [w_x])))
    raise oefmt(ex.w_TypeError, "float() argument must be a string or a real number, not '%s'"
                % ops.typename(w_x))


def float_new(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'float() takes no keyword arguments')
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'float expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 1:
        f = 0.0
    else:
        f = float_from_obj(args.args_w[1])
    if w_t is w_float:
        return wrap_float(f)
    return W_Instance(w_t, wrap_float(f))


def _self_int(args, name, slot=False):
    from minipy.interpreter import arith
    w_v = args.args_w[0].base_value()
    if not arith.is_int(w_v):
        raise registry.wrong_self(args, 'int', name, slot)
    return w_v


def int_bit_length(args):
    w_v = _self_int(args, 'bit_length')
    if isinstance(w_v, W_IntObject):
        n = r_uint(w_v.intval)
        if w_v.intval < 0:
            n = r_uint(0) - n          # |x| as unsigned: right for -2**63 too
        bits = 0
        while n:
            bits += 1
            n >>= 1
        return wrap_int(bits)
    return wrap_int(to_bigint(w_v).abs().bit_length())


def _int_value(args, name, slot):
    w_v = _self_int(args, name, slot)
    if isinstance(w_v, W_BoolObject):
        return wrap_int(w_v.intval)
    return w_v


def int_index(args):
    return _int_value(args, '__index__', True)


def int_int(args):
    return _int_value(args, '__int__', True)


def int_conjugate(args):
    return _int_value(args, 'conjugate', False)


def int_as_integer_ratio(args):
    check_method_args(args, 'as_integer_ratio', 0, 0)
    return wrap_tuple([_int_value(args, 'as_integer_ratio', False), wrap_int(1)])


def int_float(args):
    from minipy.interpreter import arith
    return wrap_float(arith.to_float(_self_int(args, '__float__', True)))


def int_round(args):
    from minipy.builtins import functions
    w_v = _self_int(args, '__round__')
    if len(args.args_w) < 2 or args.args_w[1] is w_None:
        return _int_value(args, '__round__', False)
    return functions.round_int(w_v, args.args_w[1])


def int_format(args):
    from minipy.builtins import formatting
    return formatting.format_w(args.args_w[0].base_value(), args.args_w[1])


def int_bit_count(args):
    w_v = _self_int(args, 'bit_count')
    big = to_bigint(w_v).abs()
    s = big.format('01')
    n = 0
    for c in s:
        if c == '1':
            n += 1
    return wrap_int(n)


def _bytes_args(args, fname, first):
    """(w_first, byteorder, signed) of to_bytes(length, byteorder, *, signed) /
    from_bytes(bytes, byteorder, *, signed), positional or by keyword, with CPython's
    errors; args_w[0] is self (or the class) and is not counted. w_first: None if absent."""
    from minipy.interpreter import ops
    n = len(args.args_w) - 1
    if n > 2:
        raise oefmt(ex.w_TypeError, '%s() takes at most 2 positional arguments (%d given)'
                    % (fname, n))
    w_first = None
    w_order = None
    if n > 0:
        w_first = args.args_w[1]
    if n > 1:
        w_order = args.args_w[2]
    signed = False
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            key = args.kwnames[i]
            w_v = args.kwvalues_w[i]
            if key == first and n < 1:
                w_first = w_v
            elif key == 'byteorder' and n < 2:
                w_order = w_v
            elif key == 'signed':
                signed = ops.is_true(w_v)
            elif key == first or key == 'byteorder':
                pos = 1 if key == first else 2
                raise oefmt(ex.w_TypeError, "argument for %s() given by name ('%s') and "
                            "position (%d)" % (fname, key, pos))
            else:
                raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for %s()"
                            % (key, fname))
    order = 'big'
    if w_order is not None:
        if not isinstance(w_order.base_value(), W_StrObject):
            raise oefmt(ex.w_TypeError, "%s() argument 'byteorder' must be str, not %s"
                        % (fname, ops.typename(w_order)))
        order = ops.str_w(w_order)
        if order != 'big' and order != 'little':
            raise oefmt(ex.w_ValueError, "byteorder must be either 'little' or 'big'")
    return w_first, order, signed


def int_to_bytes(args):
    """int.to_bytes(length=1, byteorder='big', *, signed=False)."""
    from minipy.interpreter import ops
    w_v = _self_int(args, 'to_bytes')
    w_len, order, signed = _bytes_args(args, 'to_bytes', 'length')
    length = 1
    if w_len is not None:
        length = ops.int_w(w_len)
    if length < 0:
        raise oefmt(ex.w_ValueError, 'length argument must be non-negative')
    big = to_bigint(w_v)
    if big.sign < 0 and not signed:
        raise oefmt(ex.w_OverflowError, "can't convert negative int to unsigned")
    if signed:
        if length == 0:
            fits = big.sign == 0
        else:
            half = rbigint.fromint(1).lshift(8 * length - 1)
            fits = big.lt(half) and big.ge(half.neg())
        if not fits:
            raise oefmt(ex.w_OverflowError, 'int too big to convert')
        if big.sign < 0:
            big = big.add(rbigint.fromint(1).lshift(8 * length))
    chars = []
    for i in range(length):
        chars.append(chr(big.and_(rbigint.fromint(255)).toint()))
        big = big.rshift(8)
    if big.sign > 0:
        raise oefmt(ex.w_OverflowError, 'int too big to convert')
    if order == 'big':
        chars.reverse()
    return W_BytesObject(''.join(chars))


def int_from_bytes(args):
    """int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod: args_w[0]
    is the class (a subclass gets cls(value))."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value, byte_w
    w_cls = args.args_w[0]
    w_data, order, signed = _bytes_args(args, 'from_bytes', 'bytes')
    if w_data is None:
        raise oefmt(ex.w_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
    data = buffer_value(w_data)
    if data is None:
        if isinstance(w_data.base_value(), W_StrObject):
            raise oefmt(ex.w_TypeError, "cannot convert 'str' object to bytes")
        try:
            items_w = ops.unpack_iterable(w_data)
        except OperationError as e:
            if ops.isinstance_w(e.w_value, ex.w_TypeError):
                raise oefmt(ex.w_TypeError, "cannot convert '%s' object to bytes"
                            % ops.typename(w_data))
            raise
        chars = []
        for w_i in items_w:
            try:
                chars.append(chr(byte_w(w_i)))
            except OperationError as e:
                if ops.isinstance_w(e.w_value, ex.w_ValueError):
                    raise oefmt(ex.w_ValueError, 'bytes must be in range(0, 256)')
                raise
        data = ''.join(chars)
    big = rbigint.fromint(0)
    n = len(data)
    for i in range(n):
        if order == 'big':
            c = data[i]
        else:
            c = data[n - 1 - i]
        big = big.lshift(8).or_(rbigint.fromint(ord(c)))
    if signed and n > 0:
        if big.ge(rbigint.fromint(1).lshift(8 * n - 1)):
            big = big.sub(rbigint.fromint(1).lshift(8 * n))
    w_res = wrap_bigint(big)
    if w_cls is w_int:
        return w_res
    return ops.call_function(w_cls, [w_res])


def float_is_integer(args):
    w_v = registry.native_self(args, W_FloatObject, 'float', 'is_integer')
    f = w_v.floatval
    return wrap_bool(not math.isinf(f) and not math.isnan(f) and f == math.floor(f))


def float_int(args):
    w_v = registry.native_self(args, W_FloatObject, 'float', '__int__', True)
    return float_to_int(w_v.floatval)


def float_float(args):
    return registry.native_self(args, W_FloatObject, 'float', '__float__', True)


def float_conjugate(args):
    check_method_args(args, 'conjugate', 0, 0)
    return registry.native_self(args, W_FloatObject, 'float', 'conjugate')


def _float_to_int_method(name, fn):
    """__trunc__, __floor__, __ceil__ of float: fn rounds the value to an integral
    float."""
    def meth(args):
        check_method_args(args, name, 0, 0)
        w_v = registry.native_self(args, W_FloatObject, 'float', name)
        return float_to_int(fn(w_v.floatval))
    return meth


def _trunc(f):
    if f < 0.0:
        return -math.floor(-f)
    return math.floor(f)


def _int_itself(name):
    """int's __trunc__, __floor__, __ceil__: the int (an int for a bool)."""
    def meth(args):
        check_method_args(args, name, 0, 0)
        return _int_value(args, name, False)
    return meth


def float_round(args):
    from minipy.builtins import functions
    w_v = registry.native_self(args, W_FloatObject, 'float', '__round__')
    w_nd = None
    if len(args.args_w) > 1:
        w_nd = args.args_w[1]
    return functions.round_float(w_v, w_nd)


def float_as_integer_ratio(args):
    w_v = registry.native_self(args, W_FloatObject, 'float', 'as_integer_ratio')
    f = w_v.floatval
    if math.isinf(f):
        raise oefmt(ex.w_OverflowError, 'cannot convert Infinity to integer ratio')
    if math.isnan(f):
        raise oefmt(ex.w_ValueError, 'cannot convert NaN to integer ratio')
    m, e = math.frexp(f)
    for i in range(300):
        if m == math.floor(m):
            break
        m *= 2.0
        e -= 1
    num = rbigint.fromfloat(m)
    den = rbigint.fromint(1)
    if e > 0:
        num = num.lshift(e)
    else:
        den = den.lshift(-e)
    return wrap_tuple([wrap_bigint(num), wrap_bigint(den)])


def float_hex(args):
    from minipy.builtins import floathex
    check_method_args(args, 'hex', 0, 0)
    w_v = registry.native_self(args, W_FloatObject, 'float', 'hex')
    return wrap_str(floathex.float_hex(w_v.floatval))


def float_fromhex(args):
    """float.fromhex(s), a classmethod: args_w[0] is the class."""
    from minipy.interpreter import ops
    from minipy.builtins import floathex
    from minipy.builtins.registry import check_args
    check_args(args, 'fromhex', 2, 2)
    w_cls = args.args_w[0]
    w_s = args.args_w[1].base_value()
    if not isinstance(w_s, W_StrObject):
        raise oefmt(ex.w_TypeError, "must be str, not %s" % ops.typename(args.args_w[1]))
    try:
        f = floathex.float_fromhex(w_s.utf8)
    except floathex.HexError as e:
        if e.overflow:
            raise oefmt(ex.w_OverflowError, e.msg)
        raise oefmt(ex.w_ValueError, e.msg)
    w_f = wrap_float(f)
    if w_cls is w_float:
        return w_f
    return ops.call_function(w_cls, [w_f])


static_new(w_int, '__new__', int_new)
static_new(w_bool, '__new__', bool_new)
static_new(w_float, '__new__', float_new)
specialmethods.install(w_int, numeric=True)
specialmethods.install(w_float, numeric=True)
method(w_int, 'bit_length', int_bit_length)
method(w_int, 'bit_count', int_bit_count)
method(w_int, '__index__', int_index)
method(w_int, '__int__', int_int)
method(w_int, '__float__', int_float)
method(w_int, '__round__', int_round)
method(w_int, '__format__', int_format)
method(w_int, 'conjugate', int_conjugate)
method(w_int, 'as_integer_ratio', int_as_integer_ratio)
method(w_int, 'to_bytes', int_to_bytes)
w_int.dict_w['from_bytes'] = W_ClassMethod(W_BuiltinFunction('from_bytes', int_from_bytes,
                                                             False))
method(w_float, 'is_integer', float_is_integer)
method(w_float, 'conjugate', float_conjugate)
method(w_float, '__trunc__', _float_to_int_method('__trunc__', _trunc))
method(w_float, '__floor__', _float_to_int_method('__floor__', math.floor))
method(w_float, '__ceil__', _float_to_int_method('__ceil__', math.ceil))
for _name in ['__trunc__', '__floor__', '__ceil__']:
    method(w_int, _name, _int_itself(_name))
method(w_float, '__int__', float_int)
method(w_float, '__float__', float_float)
method(w_float, '__round__', float_round)
method(w_float, '__format__', int_format)
method(w_float, 'as_integer_ratio', float_as_integer_ratio)
method(w_float, 'hex', float_hex)
w_float.dict_w['fromhex'] = W_ClassMethod(W_BuiltinFunction('fromhex', float_fromhex, False))
