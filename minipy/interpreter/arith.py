"""Arithmetic on built-in numbers and sequences: the fast paths of the binary
operators. builtin_binop(op, w_a, w_b) returns the result, or None when the built-in
types do not support the operation (the caller then tries special methods or raises
the TypeError)."""
import math
from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib import rfloat
from rpython.tool.sourcetools import func_with_new_name
from minipy.support import floatops
from minipy.objects.intobject import (W_IntObject, W_LongObject, W_BoolObject,
                                      wrap_int, wrap_bigint, to_bigint, wrap_bool)
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.memoryviewobject import W_MemoryView
from minipy.objects.strobject import W_StrObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.setobject import W_SetObject
from minipy.objects.dictobject import W_DictObject, W_DictView
from minipy.objects.exceptions import oefmt, w_ZeroDivisionError, w_OverflowError, w_ValueError, w_MemoryError
from minipy.objects.exceptions import w_TypeError


ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR, MATMUL = range(13)
OP_SYMBOLS = ['+', '-', '*', '/', '//', '%', '** or pow()', '<<', '>>', '&', '|', '^', '@']
OP_NAMES = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
            'rshift', 'and', 'or', 'xor', 'matmul']
# The special method names, made once. A name built at run time ('__%s__' % ...) is a new
# string each time: a trace cannot fold the class lookup keyed on it, and kept a dict
# lookup per operator call on instances.
METHOD_NAMES = ['__%s__' % _n for _n in OP_NAMES]
RMETHOD_NAMES = ['__r%s__' % _n for _n in OP_NAMES]
IMETHOD_NAMES = ['__i%s__' % _n for _n in OP_NAMES]


def is_int(w):
    return isinstance(w, W_IntObject) or isinstance(w, W_LongObject)


def is_bool_op(op, w_a, w_b):
    """&, | or ^ of two bools: a bool, not an int."""
    return ((op == AND or op == OR or op == XOR) and isinstance(w_a, W_BoolObject) and
            isinstance(w_b, W_BoolObject))


def bool_binop(op, w_a, w_b):
    a = w_a.intval != 0
    b = w_b.intval != 0
    if op == AND:
        return wrap_bool(a and b)
    if op == OR:
        return wrap_bool(a or b)
    return wrap_bool(a != b)


def builtin_binop(op, w_a, w_b):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if is_bool_op(op, w_a, w_b):
            return bool_binop(op, w_a, w_b)
        return int_binop(op, w_a.intval, w_b.intval)
    if is_int(w_a) and is_int(w_b):
        return long_binop(op, to_bigint(w_a), to_bigint(w_b))
    if isinstance(w_a, W_StrObject):
        if op == ADD and isinstance(w_b, W_StrObject):
            # an empty operand gives the other one itself, as CPython's
            if w_b.length == 0:
                return w_a
            if w_a.length == 0:
                return w_b
            return W_StrObject(w_a.utf8 + w_b.utf8, w_a.length + w_b.length)
        if op == MUL:
            return seq_mul(w_a, w_b)
        if op == MOD:
            from minipy.builtins import strformat
            return strformat.percent_format(w_a, w_b)
        return None
    if op == MOD and isinstance(w_a, W_BytesObject):   # b'%f' % 1.5, b'%r' % 1j, ...
        from minipy.builtins import bytesformat
        return W_BytesObject(bytesformat.percent_format(w_a.value, w_b))
    if isinstance(w_a, W_BytearrayObject) or isinstance(w_b, W_BytearrayObject):
        from minipy.builtins import bytearraymethods
        return bytearraymethods.binop(op, w_a, w_b)
    if isinstance(w_a, W_ComplexObject) or isinstance(w_b, W_ComplexObject):
        from minipy.builtins import complexmethods
        return complexmethods.complex_binop(op, w_a, w_b)
    if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
        if (isinstance(w_a, W_FloatObject) or is_int(w_a)) and \
           (isinstance(w_b, W_FloatObject) or is_int(w_b)):
            return float_binop(op, to_float(w_a), to_float(w_b))
        if op == MUL:
            return seq_mul(w_a, w_b)
        return None
    if isinstance(w_a, W_ListObject):
        if op == ADD and isinstance(w_b, W_ListObject):
            return W_ListObject(w_a.getitems_copy() + w_b.getitems_copy())
        if op == MUL:
            return seq_mul(w_a, w_b)
        return None
    if isinstance(w_a, W_TupleObject):
        if op == ADD and isinstance(w_b, W_TupleObject):
            if len(w_b.items_w) == 0:       # (the other tuple itself, as CPython's)
                return w_a
            if len(w_a.items_w) == 0:
                return w_b
            return wrap_tuple(w_a.items_w + w_b.items_w)
        if op == MUL:
            return seq_mul(w_a, w_b)
        return None
    if isinstance(w_a, W_BytesObject):
        if op == ADD and isinstance(w_b, W_BytesObject):
            return W_BytesObject(w_a.value + w_b.value)
        if op == ADD and isinstance(w_b, W_MemoryView):       # b'ab' + memoryview(...)
            from minipy.builtins.memoryviewmethods import check_live
            check_live(w_b)
            return W_BytesObject(w_a.value + w_b.tobytes())
        if op == MUL:
            return seq_mul(w_a, w_b)
        return None
    if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject) and op == OR:
        from minipy.builtins import dictmethods
        w_new = W_DictObject()
        w_new.set_table(w_a.copy_table())
        dictmethods.update_from(w_new, w_b)
        return w_new
    if (op == AND or op == OR or op == SUB or op == XOR) and (
            (isinstance(w_a, W_DictView) and w_a.kind != 1) or
            (isinstance(w_b, W_DictView) and w_b.kind != 1)):
        from minipy.builtins import setmethods
        return setmethods.view_binop(op, w_a, w_b)
    if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
        from minipy.builtins import setmethods
        return setmethods.set_binop(op, w_a, w_b)
    if op == MUL and is_int(w_a):
        return seq_mul(w_b, w_a)
    if op == MUL and (isinstance(w_b, W_StrObject) or isinstance(w_b, W_ListObject) or
                      isinstance(w_b, W_TupleObject) or isinstance(w_b, W_BytesObject)):
        return seq_mul(w_b, w_a)       # (w_a an object with __index__, or no integer)
    if op == OR:
        from minipy.builtins import uniontype
        return uniontype.make_union(w_a, w_b)     # int | None; None when not a union
    return None


def _repeat_count(w_n):
    """The repeat count of `seq * w_n` for a w_n that is not a small int: a huge int
    cannot fit, an object with __index__ gives its index (clamped at 0); -1 when w_n is
    no integer at all (then the multiplication is not supported)."""
    from minipy.objects.maps import W_Instance
    if isinstance(w_n, W_LongObject):
        raise oefmt(w_OverflowError, "cannot fit 'int' into an index-sized integer")
    if isinstance(w_n, W_Instance) and w_n.getclass().lookup('__index__') is not None:
        from minipy.interpreter import ops
        w_i = ops.call_function(w_n.getclass().lookup('__index__'), [w_n])
        if isinstance(w_i, W_IntObject):
            return max(w_i.intval, 0)
        if isinstance(w_i, W_LongObject):
            return _repeat_count(w_i)
        raise oefmt(w_TypeError, '__index__ returned non-int (type %s)' % ops.typename(w_i))
    return -1


def is_repeatable(w):
    return (isinstance(w, W_StrObject) or isinstance(w, W_ListObject) or
            isinstance(w, W_TupleObject) or isinstance(w, W_BytesObject))


def seq_mul(w_seq, w_n):
    """w_seq * w_n for a str, list, tuple or bytes w_seq; None for any other w_seq, or a
    w_n that is no integer. Only an object with __index__ runs Python code here, so the
    JIT sees seq_repeat, for an int count, as a call that runs none."""
    if not is_repeatable(w_seq):
        return None
    if isinstance(w_n, W_IntObject):
        return seq_repeat(w_seq, w_n.intval)
    n = _repeat_count(w_n)
    if n < 0:
        return None
    return seq_repeat(w_seq, n)


# a repetition longer than these raises MemoryError (no process could hold it)
MAX_REPEAT_BYTES = 2 ** 40
MAX_REPEAT_ITEMS = 2 ** 32


def repeat_length(size, n, limit, overflow_msg):
    """size * n, the length of a repetition (size > 0, n > 0), checked as CPython checks
    it: OverflowError(overflow_msg) when it does not fit in an index (for a list or tuple,
    overflow_msg None, MemoryError), MemoryError beyond `limit`. The product could wrap
    around and slip past the limit (`'ab' * 2**62` was a segmentation fault)."""
    try:
        total = ovfcheck(size * n)
    except OverflowError:
        if overflow_msg is not None:
            raise oefmt(w_OverflowError, overflow_msg)
        raise oefmt(w_MemoryError, '')
    if total > limit:
        raise oefmt(w_MemoryError, '')
    return total


def seq_repeat(w_seq, n):
    if n < 0:
        n = 0
    if n == 1 and (isinstance(w_seq, W_StrObject) or isinstance(w_seq, W_TupleObject) or
                   isinstance(w_seq, W_BytesObject)):
        return w_seq        # an immutable sequence times 1 is itself, as in CPython
    if isinstance(w_seq, W_StrObject):
        if n > 0 and w_seq.length > 0:
            # CPython counts code points; the UTF-8 bytes may still be too many
            repeat_length(w_seq.length, n, MAX_REPEAT_BYTES,
                          'repeated string is too long')
            repeat_length(len(w_seq.utf8), n, MAX_REPEAT_BYTES, None)
        return W_StrObject(w_seq.utf8 * n, w_seq.length * n)
    if isinstance(w_seq, W_ListObject):
        items = w_seq.getitems_copy()
        if n == 0 or len(items) == 0:
            return W_ListObject([])
        repeat_length(len(items), n, MAX_REPEAT_ITEMS, None)
        res = []
        for i in range(n):
            res.extend(items)
        return W_ListObject(res)
    if isinstance(w_seq, W_TupleObject):
        items = w_seq.items_w
        m = len(items)
        if n == 0 or m == 0:
            return wrap_tuple([])
        res = [None] * repeat_length(m, n, MAX_REPEAT_ITEMS, None)
        for i in range(n):
            for j in range(m):
                res[i * m + j] = items[j]
        return wrap_tuple(res)
    if isinstance(w_seq, W_BytesObject):
        if n > 0 and len(w_seq.value) > 0:
            repeat_length(len(w_seq.value), n, MAX_REPEAT_BYTES,
                          'repeated bytes are too long')
        return W_BytesObject(w_seq.value * n)
    return None


def to_float(w):
    if isinstance(w, W_FloatObject):
        return w.floatval
    if isinstance(w, W_IntObject):
        return float(w.intval)
    assert isinstance(w, W_LongObject)
    try:
        return w.bigval.tofloat()
    except OverflowError:
        raise oefmt(w_OverflowError, 'int too large to convert to float')


def int_binop(op, a, b):
    try:
        if op == ADD:
            return wrap_int(ovfcheck(a + b))
        if op == SUB:
            return wrap_int(ovfcheck(a - b))
        if op == MUL:
            return wrap_int(ovfcheck(a * b))
        if op == FLOORDIV:
            if b == 0:
                raise oefmt(w_ZeroDivisionError, 'integer division or modulo by zero')
            return wrap_int(ovfcheck(a // b))
        if op == MOD:
            if b == 0:
                raise oefmt(w_ZeroDivisionError, 'integer modulo by zero')
            return wrap_int(ovfcheck(a % b))
        if op == TRUEDIV:
            if b == 0:
                raise oefmt(w_ZeroDivisionError, 'division by zero')
            if -2 ** 52 < a < 2 ** 52 and -2 ** 52 < b < 2 ** 52:
                return wrap_float(float(a) / float(b))
            return long_binop(op, rbigint.fromint(a), rbigint.fromint(b))
        if op == POW:
            if b < 0:
                return float_binop(POW, float(a), float(b))
            return int_pow(a, b)
        if op == LSHIFT:
            if b < 0:
                raise oefmt(w_ValueError, 'negative shift count')
            if b < 63:
                r = intmask(a << b)      # (wraps as in C: untranslated too)
                if (r >> b) == a:
                    return wrap_int(r)
            return long_binop(op, rbigint.fromint(a), rbigint.fromint(b))
        if op == RSHIFT:
            if b < 0:
                raise oefmt(w_ValueError, 'negative shift count')
            if b > 63:
                b = 63
            return wrap_int(a >> b)
        if op == AND:
            return wrap_int(a & b)
        if op == OR:
            return wrap_int(a | b)
        if op == XOR:
            return wrap_int(a ^ b)
    except OverflowError:
        return long_binop(op, rbigint.fromint(a), rbigint.fromint(b))
    return None


def int_pow(a, b):
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        return wrap_bigint(rbigint.fromint(a).pow(rbigint.fromint(b)))
    return wrap_int(result)


def long_binop(op, a, b):
    if op == ADD:
        return wrap_bigint(a.add(b))
    if op == SUB:
        return wrap_bigint(a.sub(b))
    if op == MUL:
        return wrap_bigint(a.mul(b))
    if op == FLOORDIV:
        if b.sign == 0:
            raise oefmt(w_ZeroDivisionError, 'integer division or modulo by zero')
        return wrap_bigint(a.floordiv(b))
    if op == MOD:
        if b.sign == 0:
            raise oefmt(w_ZeroDivisionError, 'integer modulo by zero')
        return wrap_bigint(a.mod(b))
    if op == TRUEDIV:
        if b.sign == 0:
            raise oefmt(w_ZeroDivisionError, 'division by zero')
        try:
            return wrap_float(a.truediv(b))
        except OverflowError:
            raise oefmt(w_OverflowError, 'integer division result too large for a float')
    if op == POW:
        if b.sign < 0:
            return float_binop(POW, a.tofloat(), b.tofloat())
        return wrap_bigint(a.pow(b))
    if op == LSHIFT:
        if b.sign < 0:
            raise oefmt(w_ValueError, 'negative shift count')
        return wrap_bigint(a.lshift(b.toint()))
    if op == RSHIFT:
        if b.sign < 0:
            raise oefmt(w_ValueError, 'negative shift count')
        try:
            return wrap_bigint(a.rshift(b.toint()))
        except OverflowError:
            if a.sign < 0:
                return wrap_int(-1)
            return wrap_int(0)
    if op == AND:
        return wrap_bigint(a.and_(b))
    if op == OR:
        return wrap_bigint(a.or_(b))
    if op == XOR:
        return wrap_bigint(a.xor(b))
    return None


def float_binop(op, a, b):
    if op == ADD:
        return wrap_float(a + b)
    if op == SUB:
        return wrap_float(a - b)
    if op == MUL:
        return wrap_float(a * b)
    if op == TRUEDIV:
        if b == 0.0:
            raise oefmt(w_ZeroDivisionError, 'float division by zero')
        return wrap_float(a / b)
    if op == FLOORDIV:
        if b == 0.0:
            raise oefmt(w_ZeroDivisionError, 'float floor division by zero')
        return wrap_float(float_floordiv(a, b))
    if op == MOD:
        if b == 0.0:
            raise oefmt(w_ZeroDivisionError, 'float modulo')
        return wrap_float(float_mod(a, b))
    if op == POW:
        if a < 0.0 and b != math.floor(b) and not math.isinf(a) and \
                not math.isinf(b) and not math.isnan(b):
            from minipy.builtins import complexmethods     # (-8) ** (1/3): complex
            return complexmethods.complex_pow(a, 0.0, b, 0.0)
        return wrap_float(float_pow(a, b))
    return None


# float_binop's copy for the eval loop's arithmetic handlers (PyFrame._binop), inlined
# there, where op is a constant; float_binop itself is called inside try blocks, where
# RPython cannot inline it
float_binop_inline = func_with_new_name(float_binop, 'float_binop_inline')
float_binop_inline._always_inline_ = True


def float_mod(x, y):
    mod = floatops.c_fmod(x, y)
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = math.copysign(0.0, y)
    return mod


def float_floordiv(x, y):
    mod = floatops.c_fmod(x, y)
    div = (x - mod) / y
    if mod:
        if (y < 0.0) != (mod < 0.0):
            div -= 1.0
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, x / y)
    return floordiv


def float_pow(x, y):
    if x == 0.0 and y < 0.0:
        raise oefmt(w_ZeroDivisionError, '0.0 cannot be raised to a negative power')
    if x < 0.0 and y != math.floor(y):
        raise oefmt(w_ValueError, 'math domain error')
    try:
        return math.pow(x, y)
    except OverflowError:
        # CPython's float pow reports errno ERANGE: args (34, 'Numerical result ...')
        from minipy.objects.exceptions import W_ExceptionObject
        from minipy.objects.root import OperationError
        from minipy.objects.strobject import wrap_str
        raise OperationError(W_ExceptionObject(w_OverflowError, [
            wrap_int(34), wrap_str('Numerical result out of range')]))
    except ValueError:
        raise oefmt(w_ValueError, 'math domain error')
