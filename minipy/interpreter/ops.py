"""Generic object operations (the "object space"): truth, repr/str, hash, equality and
rich comparison with reflected fallbacks, binary/unary operators via built-in fast
paths or special methods, attributes (with descriptors), items, iteration, calls.
Everything that can fail raises OperationError with CPython's message."""
import sys
from rpython.rlib import jit
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rbigint import rbigint
from minipy.concurrency.stm import barriers
from minipy.objects.root import W_Root, OperationError
from minipy.objects.typeobject import W_TypeObject, w_object, w_type
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None, w_NotImplemented, w_Ellipsis, W_NoneObject
from minipy.objects.intobject import (W_IntObject, W_LongObject, W_BoolObject, wrap_int,
                                      wrap_bool, w_True, w_False, wrap_bigint, to_bigint)
from minipy.objects.floatobject import W_FloatObject, wrap_float
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.strobject import W_StrObject, wrap_str, wrap_ascii
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject, W_DictView, name_lookup
from minipy.objects.setobject import W_SetObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.functionobject import (W_Function, W_Method, W_BuiltinFunction,
                                           W_Code, W_Cell, Args)
from minipy.objects.moduleobject import W_Module
from minipy.objects.descriptors import W_Property, W_StaticMethod, W_ClassMethod, W_Super
from minipy.objects import iterators as it
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt, W_ExceptionObject
from minipy.interpreter import arith


# ---------------------------------------------------------------- basics

def type_w(w_obj):
    return w_obj.getclass()


def typename(w_obj):
    return w_obj.getclass().name


def arg_typename(w_obj):
    """How CPython's argument-clinic messages name an argument's type ("must be str,
    not None": None by itself, others by their type's name)."""
    if w_obj is w_None:
        return 'None'
    return w_obj.getclass().name


def isinstance_w(w_obj, w_t):
    return w_obj.getclass().issubtype(w_t)


def is_none(w_obj):
    return w_obj is None or w_obj is w_None


def is_true(w_obj):
    if w_obj is w_True:
        return True
    if w_obj is w_False or w_obj is w_None:
        return False
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval != 0
    if isinstance(w_obj, W_StrObject):
        return w_obj.length != 0
    if isinstance(w_obj, W_ListObject):
        return w_obj.length() != 0
    if isinstance(w_obj, W_Instance):
        # a class's own __bool__, else its own __len__ (one that a subclass of a built-in
        # type defines, too), else the built-in value's truth
        w_t = w_obj.getclass()
        w_bool = w_t.lookup('__bool__')
        if w_bool is not None and not isinstance(w_bool, W_BuiltinFunction):
            w_res = call_function(w_bool, [w_obj])
            if not isinstance(w_res, W_BoolObject):
                raise oefmt(ex.w_TypeError, '__bool__ should return bool, returned %s'
                            % typename(w_res))
            return w_res is w_True
        w_len = w_t.lookup('__len__')
        if w_len is not None and not isinstance(w_len, W_BuiltinFunction):
            return len_w(w_obj) != 0
        if w_obj.w_base_value is not None:
            return is_true(w_obj.w_base_value)
        return True
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval != 0.0
    if isinstance(w_obj, W_LongObject):
        return w_obj.bigval.sign != 0
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items_w) != 0
    if isinstance(w_obj, W_DictObject):
        return w_obj.length() != 0
    if isinstance(w_obj, W_SetObject):
        return w_obj.length() != 0
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length != 0
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value) != 0
    if isinstance(w_obj, W_DictView):
        return w_obj.w_dict.length() != 0
    if isinstance(w_obj, W_ComplexObject):
        return w_obj.realval != 0.0 or w_obj.imagval != 0.0
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.length() != 0
    return True


# ---------------------------------------------------------------- int helpers

def int_w(w_obj):
    """Machine int of an int object; TypeError otherwise, OverflowError if too big."""
    w_v = w_obj.base_value()
    if isinstance(w_v, W_IntObject):
        return w_v.intval
    if isinstance(w_v, W_LongObject):
        raise oefmt(ex.w_OverflowError, "Python int too large to convert to C ssize_t")
    w_index = w_obj.getclass().lookup('__index__')
    if w_index is not None and isinstance(w_obj, W_Instance):
        return int_w(checked_index(call_function(w_index, [w_obj])))
    raise oefmt(ex.w_TypeError, "'%s' object cannot be interpreted as an integer"
                % typename(w_obj))


def checked_index(w_r):
    """w_r, what a __index__ method returned, if it is an int (CPython's TypeError
    otherwise: the result is not asked for an __index__ of its own)."""
    w_v = w_r.base_value()
    if isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject):
        return w_r
    raise oefmt(ex.w_TypeError, '__index__ returned non-int (type %s)' % typename(w_r))


def bigint_w(w_obj):
    """The integer value of w_obj as an rbigint, through __index__ (what CPython's
    integer-taking functions accept); TypeError otherwise."""
    from minipy.objects.intobject import to_bigint
    w_v = w_obj.base_value()
    if isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject):
        return to_bigint(w_v)
    w_index = w_obj.getclass().lookup('__index__')
    if w_index is not None:
        w_r = call_function(w_index, [w_obj]).base_value()
        if isinstance(w_r, W_IntObject) or isinstance(w_r, W_LongObject):
            return to_bigint(w_r)
        raise oefmt(ex.w_TypeError, '__index__ returned non-int (type %s)' % typename(w_r))
    raise oefmt(ex.w_TypeError, "'%s' object cannot be interpreted as an integer"
                % typename(w_obj))


def index_w(w_obj, what):
    w_v = w_obj.base_value()
    if isinstance(w_v, W_IntObject):
        return w_v.intval
    if isinstance(w_v, W_LongObject):
        raise oefmt(ex.w_IndexError, "cannot fit 'int' into an index-sized integer")
    if isinstance(w_obj, W_Instance):
        w_index = w_obj.getclass().lookup('__index__')
        if w_index is not None:
            return index_w(checked_index(call_function(w_index, [w_obj])), what)
    if what == 'string':        # CPython's str says it differently
        raise oefmt(ex.w_TypeError, "string indices must be integers, not '%s'"
                    % typename(w_obj))
    raise oefmt(ex.w_TypeError, "%s indices must be integers or slices, not %s"
                % (what, typename(w_obj)))


def float_w(w_obj):
    w_v = w_obj.base_value()
    if isinstance(w_v, W_FloatObject):
        return w_v.floatval
    if isinstance(w_v, W_IntObject) or isinstance(w_v, W_LongObject):
        return arith.to_float(w_v)
    if isinstance(w_obj, W_Instance):
        w_f = w_obj.getclass().lookup('__float__')
        if w_f is not None:
            return checked_float(w_obj, call_function(w_f, [w_obj]))
    raise oefmt(ex.w_TypeError, "must be real number, not %s" % typename(w_obj))


def checked_float(w_obj, w_r):
    """The value of w_r, what w_obj's __float__ returned, if it is a float (CPython's
    TypeError otherwise; an int is not accepted)."""
    w_v = w_r.base_value()
    if isinstance(w_v, W_FloatObject):
        return w_v.floatval
    raise oefmt(ex.w_TypeError, '%s.__float__ returned non-float (type %s)'
                % (typename(w_obj), typename(w_r)))


def str_w(w_obj):
    """UTF-8 of a str object (TypeError otherwise)."""
    w_v = w_obj.base_value()
    if isinstance(w_v, W_StrObject):
        return w_v.utf8
    raise oefmt(ex.w_TypeError, "expected str, got %s" % typename(w_obj))


def newlist(items_w):
    return W_ListObject(items_w)


# ---------------------------------------------------------------- repr / str

def repr_w(w_obj):
    return wrap_str(repr_utf8(w_obj))


def repr_utf8(w_obj):
    from minipy.builtins import reprs
    if isinstance(w_obj, W_Instance) or isinstance(w_obj, W_TypeObject):
        w_meth = w_obj.getclass().lookup('__repr__')
        if w_meth is not None and not is_builtin_of(w_meth, w_obj):
            w_res = call_function(w_meth, [w_obj])
            if not isinstance(w_res.base_value(), W_StrObject):
                raise oefmt(ex.w_TypeError, '__repr__ returned non-string (type %s)'
                            % typename(w_res))
            return str_w(w_res)
    return reprs.builtin_repr(w_obj)


def is_builtin_of(w_meth, w_obj):
    """True when w_meth is the native method of a built-in type."""
    return isinstance(w_meth, W_BuiltinFunction)


def str_utf8(w_obj):
    from minipy.builtins import reprs
    if isinstance(w_obj, W_StrObject):
        return w_obj.utf8
    if isinstance(w_obj, W_Instance):
        w_meth = w_obj.getclass().lookup('__str__')
        if w_meth is not None and not isinstance(w_meth, W_BuiltinFunction):
            return call_str_method(w_meth, w_obj)
        if isinstance(w_obj, W_ExceptionObject):
            return reprs.exception_str(w_obj)
        if w_obj.w_base_value is not None:
            w_r = w_obj.getclass().lookup('__repr__')
            if w_r is not None and not isinstance(w_r, W_BuiltinFunction):
                return repr_utf8(w_obj)
            if w_obj.getclass().is_builtin:         # a struct sequence (sys.float_info)
                return repr_utf8(w_obj)
            w_base = w_obj.w_base_value
            if isinstance(w_base, W_SetObject) or isinstance(w_base, W_BytearrayObject):
                return repr_utf8(w_obj)             # (their repr names the subclass)
            return str_utf8(w_base)
        return repr_utf8(w_obj)
    if isinstance(w_obj, W_TypeObject) and w_obj.getclass() is not w_type:
        w_meth = w_obj.getclass().lookup('__str__')
        if w_meth is not None and not isinstance(w_meth, W_BuiltinFunction):
            return call_str_method(w_meth, w_obj)
        return repr_utf8(w_obj)
    return reprs.builtin_str(w_obj)


def call_str_method(w_meth, w_obj):
    """The text of a __str__ written in Python (a class's, or a metaclass's for a class)."""
    w_res = call_function(w_meth, [w_obj])
    if not isinstance(w_res.base_value(), W_StrObject):
        raise oefmt(ex.w_TypeError, '__str__ returned non-string (type %s)' % typename(w_res))
    return str_w(w_res)


def str_w_obj(w_obj):
    if isinstance(w_obj, W_StrObject):
        return w_obj
    if type(w_obj) is W_IntObject:            # digits: ASCII
        return wrap_ascii(str(w_obj.intval))
    return wrap_str(str_utf8(w_obj))


# ---------------------------------------------------------------- hashing

def hash_w(w_obj):
    from minipy.builtins import hashing
    if isinstance(w_obj, W_StrObject):
        return hashing.str_hash(w_obj)
    if isinstance(w_obj, W_IntObject):
        return hashing.int_hash(w_obj.intval)
    if isinstance(w_obj, W_Instance):
        w_t = w_obj.getclass()
        w_hash = w_t.lookup('__hash__')
        if w_hash is w_None:
            raise oefmt(ex.w_TypeError, "unhashable type: '%s'" % w_t.name)
        if w_hash is not None and not isinstance(w_hash, W_BuiltinFunction):
            w_res = call_function(w_hash, [w_obj])
            return hashing.reduce_hash(w_res)
        if w_obj.w_base_value is not None:
            return hash_w(w_obj.w_base_value)
        return hashing.identity_hash(w_obj)
    return hashing.builtin_hash(w_obj)


# ---------------------------------------------------------------- comparison

LT, LE, EQ, NE, GT, GE = range(6)
CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>=']
CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
CMP_SWAPPED = [GT, GE, EQ, NE, LT, LE]


def eq_w(w_a, w_b):
    if w_a is w_b:
        return True
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.utf8 == w_b.utf8
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval == w_b.intval
    return is_true(compare(w_a, w_b, EQ))


def compare(w_a, w_b, op):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return wrap_bool(int_cmp(w_a.intval, w_b.intval, op))
    if not isinstance(w_a, W_Instance) and not isinstance(w_b, W_Instance):
        from minipy.builtins import compare as cmpmod
        w_res = cmpmod.builtin_compare(w_a, w_b, op)
        if w_res is not None:
            return w_res
        return cmp_fallback(w_a, w_b, op)
    return user_compare(w_a, w_b, op)


def int_cmp(a, b, op):
    if op == LT:
        return a < b
    if op == LE:
        return a <= b
    if op == EQ:
        return a == b
    if op == NE:
        return a != b
    if op == GT:
        return a > b
    return a >= b


def cmp_fallback(w_a, w_b, op):
    from minipy.builtins.genericalias import W_GenericAlias, alias_equal
    if isinstance(w_a, W_GenericAlias) and isinstance(w_b, W_GenericAlias):
        if op == EQ:
            return wrap_bool(alias_equal(w_a, w_b))
        if op == NE:
            return wrap_bool(not alias_equal(w_a, w_b))
    from minipy.builtins.uniontype import W_UnionType, union_equal
    if isinstance(w_a, W_UnionType) and isinstance(w_b, W_UnionType):
        if op == EQ:
            return wrap_bool(union_equal(w_a, w_b))
        if op == NE:
            return wrap_bool(not union_equal(w_a, w_b))
    from minipy.objects.memoryviewobject import W_MemoryView
    if (op == EQ or op == NE) and (isinstance(w_a, W_MemoryView) or
                                   isinstance(w_b, W_MemoryView)):
        from minipy.builtins import memoryviewmethods
        r = memoryviewmethods.views_equal(w_a, w_b)
        if r >= 0:
            return wrap_bool((r == 1) == (op == EQ))
    if op == EQ:
        return wrap_bool(w_a is w_b)
    if op == NE:
        return wrap_bool(w_a is not w_b)
    raise oefmt(ex.w_TypeError, "'%s' not supported between instances of '%s' and '%s'"
                % (CMP_SYMBOLS[op], typename(w_a), typename(w_b)))


def _call_cmp_method(w_obj, name, w_other):
    """Call the special method `name` of w_obj; None when missing/NotImplemented."""
    w_t = w_obj.getclass()
    w_meth = w_t.lookup(name)
    if w_meth is None:
        return None
    w_res = call_function(w_meth, [w_obj, w_other])
    if w_res is w_NotImplemented:
        return None
    return w_res


def user_compare(w_a, w_b, op):
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    name = CMP_NAMES[op]
    rname = CMP_NAMES[CMP_SWAPPED[op]]
    checked_reverse = False
    if w_ta is not w_tb and w_tb.issubtype(w_ta) and w_tb.lookup_where(rname) is not None \
            and not w_tb.lookup_where(rname).is_builtin:
        checked_reverse = True
        w_res = _call_cmp_method(w_b, rname, w_a)
        if w_res is not None:
            return w_res
    w_res = _call_cmp_method(w_a, name, w_b)
    if w_res is not None:
        return w_res
    if not checked_reverse:
        w_res = _call_cmp_method(w_b, rname, w_a)
        if w_res is not None:
            return w_res
    return cmp_fallback(w_a, w_b, op)


# ---------------------------------------------------------------- binary operators

def binop(op, w_a, w_b, inplace=False):
    """w_a op w_b; `inplace`: for the error message of an augmented assignment (+=)."""
    # two ints and two floats first: most arithmetic, and without the JIT the order of
    # these tests is what the interpreter pays for each operation
    w_res = None
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if arith.is_bool_op(op, w_a, w_b):
            w_res = arith.bool_binop(op, w_a, w_b)
        else:
            w_res = arith.int_binop(op, w_a.intval, w_b.intval)
    elif isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject):
        w_res = arith.float_binop(op, w_a.floatval, w_b.floatval)
    elif not isinstance(w_a, W_Instance) and not isinstance(w_b, W_Instance):
        w_res = arith.builtin_binop(op, w_a, w_b)
    else:
        return user_binop(op, w_a, w_b, inplace)
    if w_res is None:        # e.g. 1.0 << 2, 1 @ 2
        raise binop_type_error(op, w_a, w_b, inplace)
    return w_res


def _repeatable(w_obj):
    """A built-in sequence that `*` repeats (by an int only)."""
    return (isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_ListObject) or
            isinstance(w_obj, W_TupleObject) or isinstance(w_obj, W_BytesObject) or
            isinstance(w_obj, W_BytearrayObject))


def binop_type_error(op, w_a, w_b, inplace=False):
    if op == arith.ADD and isinstance(w_a, W_StrObject):
        return oefmt(ex.w_TypeError, 'can only concatenate str (not "%s") to str'
                     % typename(w_b))
    if op == arith.ADD and isinstance(w_a, W_ListObject):
        return oefmt(ex.w_TypeError, 'can only concatenate list (not "%s") to list'
                     % typename(w_b))
    if op == arith.ADD and isinstance(w_a, W_BytesObject):
        return oefmt(ex.w_TypeError, "can't concat %s to bytes" % typename(w_b))
    if op == arith.ADD and isinstance(w_a, W_TupleObject):
        return oefmt(ex.w_TypeError, 'can only concatenate tuple (not "%s") to tuple'
                     % typename(w_b))
    if op == arith.MUL and _repeatable(w_a):
        return oefmt(ex.w_TypeError, "can't multiply sequence by non-int of type '%s'"
                     % typename(w_b))
    # `x *= seq` tries only x's own repetition, as in CPython
    if op == arith.MUL and not inplace and _repeatable(w_b):
        return oefmt(ex.w_TypeError, "can't multiply sequence by non-int of type '%s'"
                     % typename(w_a))
    symbol = arith.OP_SYMBOLS[op] + ('=' if inplace else '')
    return oefmt(ex.w_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'"
                 % (symbol, typename(w_a), typename(w_b)))


def _special_binop(w_obj, name, w_other):
    w_meth = w_obj.getclass().lookup(name)
    if w_meth is None:
        return None
    w_res = call_function(w_meth, [w_obj, w_other])
    if w_res is w_NotImplemented:
        return None
    return w_res


def user_binop(op, w_a, w_b, inplace=False):
    name = arith.METHOD_NAMES[op]
    rname = arith.RMETHOD_NAMES[op]
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    done_reverse = False
    if w_ta is not w_tb and w_tb.issubtype(w_ta):
        w_where = w_tb.lookup_where(rname)
        if w_where is not None and w_where is not w_ta.lookup_where(rname):
            done_reverse = True
            w_res = _special_binop(w_b, rname, w_a)
            if w_res is not None:
                return w_res
    w_res = _special_binop(w_a, name, w_b)
    if w_res is not None:
        return w_res
    if w_ta is not w_tb and not done_reverse:
        w_res = _special_binop(w_b, rname, w_a)
        if w_res is not None:
            return w_res
    raise binop_type_error(op, w_a, w_b, inplace)


def inplace_binop(op, w_a, w_b):
    if ((isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)) or
            (isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject))):
        return binop(op, w_a, w_b, True)
    if isinstance(w_a, W_ListObject):
        if op == arith.ADD:
            list_extend(w_a, w_b)
            return w_a
        if op == arith.MUL:
            w_res = arith.seq_mul(w_a, w_b)
            if isinstance(w_res, W_ListObject):
                w_a.setitems(w_res.getitems_copy())
                return w_a
    if isinstance(w_a, W_SetObject) and not w_a.frozen:
        from minipy.builtins import setmethods
        w_other = w_b.base_value()          # (a set, or a set subclass's instance)
        if isinstance(w_other, W_SetObject) and setmethods.set_inplace(op, w_a, w_other):
            return w_a
    if isinstance(w_a, W_DictObject) and op == arith.OR and not isinstance(w_b, W_Instance):
        from minipy.builtins import dictmethods
        dictmethods.update_from(w_a, w_b)         # d |= pairs: any iterable, as CPython
        return w_a
    if isinstance(w_a, W_BytearrayObject):
        from minipy.builtins import bytearraymethods
        w_res = bytearraymethods.inplace(op, w_a, w_b)
        if w_res is not None:
            return w_res
    if isinstance(w_a, W_Instance):
        w_res = _special_binop(w_a, arith.IMETHOD_NAMES[op], w_b)
        if w_res is not None:
            return w_res
        w_base = w_a.w_base_value
        if w_base is not None and _base_in_place(op, w_base, w_b):
            return w_a
    return binop(op, w_a, w_b, True)


def _base_in_place(op, w_base, w_b):
    """`x op= w_b` for an instance x of a subclass of list, set, dict or bytearray that
    does not define the in-place method itself: the built-in type's in-place operation
    on its value, as CPython inherits it (x stays the same object, of its class). True
    when done; False where the built-in type has no in-place form for w_b."""
    if isinstance(w_base, W_ListObject):
        if op != arith.ADD and op != arith.MUL:
            return False
    elif isinstance(w_base, W_SetObject):
        if w_base.frozen or not isinstance(w_b.base_value(), W_SetObject) or not (
                op == arith.OR or op == arith.AND or op == arith.SUB or op == arith.XOR):
            return False
    elif isinstance(w_base, W_DictObject):
        if op != arith.OR or isinstance(w_b, W_Instance):
            return False
    elif not isinstance(w_base, W_BytearrayObject):
        return False
    return inplace_binop(op, w_base, w_b) is w_base


def list_extend(w_list, w_iterable):
    """`l += iterable`: extend in place (a copy of the whole list each time made `l += [x]`
    in a loop quadratic); unpacked first, so `l += l` doubles l once. A function of its
    own: inplace_binop has no loop, so that a trace inlines it (`t += 1` on a float)."""
    for w_x in unpack_iterable(w_iterable):
        w_list.append(w_x)


def unary_neg(w_a):
    if isinstance(w_a, W_IntObject):
        if w_a.intval == -sys.maxint - 1:        # (-x would overflow; C may not see it)
            return wrap_bigint(rbigint.fromint(w_a.intval).neg())
        return wrap_int(-w_a.intval)
    if isinstance(w_a, W_FloatObject):
        return wrap_float(-w_a.floatval)
    if isinstance(w_a, W_LongObject):
        return wrap_bigint(w_a.bigval.neg())
    if isinstance(w_a, W_ComplexObject):
        return W_ComplexObject(-w_a.realval, -w_a.imagval)
    return unary_special(w_a, '__neg__', '-')


def unary_pos(w_a):
    if isinstance(w_a, W_BoolObject):
        return wrap_int(w_a.intval)
    if isinstance(w_a, W_IntObject) or isinstance(w_a, W_FloatObject) or \
            isinstance(w_a, W_LongObject) or isinstance(w_a, W_ComplexObject):
        return w_a
    return unary_special(w_a, '__pos__', '+')


def unary_invert(w_a):
    if isinstance(w_a, W_IntObject):
        return wrap_int(~w_a.intval)
    if isinstance(w_a, W_LongObject):
        return wrap_bigint(w_a.bigval.invert())
    return unary_special(w_a, '__invert__', '~')


def unary_special(w_a, name, sym):
    if isinstance(w_a, W_Instance):
        w_meth = w_a.getclass().lookup(name)
        if w_meth is not None:
            return call_function(w_meth, [w_a])
        if w_a.w_base_value is not None:
            if name == '__neg__':
                return unary_neg(w_a.w_base_value)
            if name == '__pos__':
                return unary_pos(w_a.w_base_value)
            if name == '__invert__':
                return unary_invert(w_a.w_base_value)
    raise oefmt(ex.w_TypeError, "bad operand type for unary %s: '%s'" % (sym, typename(w_a)))


# ---------------------------------------------------------------- attributes

def lookup_special(w_obj, name):
    return w_obj.getclass().lookup(name)


def is_data_descr(w_descr):
    if isinstance(w_descr, W_Property):
        return True
    if isinstance(w_descr, W_Instance):
        return w_descr.getclass().lookup('__set__') is not None
    return False


def bind(w_descr, w_obj, w_objtype):
    """Apply the descriptor protocol (w_obj None: access through the class)."""
    if isinstance(w_descr, W_Function):
        if w_obj is None:
            return w_descr
        return W_Method(w_descr, w_obj)
    if isinstance(w_descr, W_BuiltinFunction):
        if w_obj is None or not w_descr.binds:
            return w_descr
        return W_Method(w_descr, w_obj)
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        return W_Method(w_descr.w_func, w_objtype)
    if isinstance(w_descr, W_Property):
        if w_obj is None:
            return w_descr
        if w_descr.w_fget is None or w_descr.w_fget is w_None:
            raise oefmt(ex.w_AttributeError, "property object has no getter")
        return call_function(w_descr.w_fget, [w_obj])
    if isinstance(w_descr, W_Instance):
        w_get = w_descr.getclass().lookup('__get__')
        if w_get is not None:
            w_o = w_obj
            if w_o is None:
                w_o = w_None
            return call_function(w_get, [w_descr, w_o, w_objtype])
    return w_descr


def getattr_w(w_obj, name):
    try:
        w_res = getattr_or_null(w_obj, name)
    except OperationError as e:
        add_attribute_error_context(e, w_obj, name)
        raise
    if w_res is None:
        raise attribute_error(w_obj, name)
    return w_res


def add_attribute_error_context(e, w_obj, name):
    """An AttributeError that Python code raised during the lookup of w_obj.name (in a
    property, __getattr__...) gets the `name` and `obj` it lacks, as in CPython (the
    "Did you mean" of its traceback reads them)."""
    w_exc = e.w_value
    if isinstance(w_exc, W_ExceptionObject) and isinstance_w(w_exc, ex.w_AttributeError) \
            and w_exc.getdictvalue('name') is None and w_exc.getdictvalue('obj') is None:
        w_exc.setdictvalue('name', wrap_str(name))
        w_exc.setdictvalue('obj', w_obj)


def attribute_error(w_obj, name):
    """AttributeError for w_obj.name, with CPython's `name` and `obj` attributes (for the
    "Did you mean" of its traceback, interpreter/suggestions.py)."""
    if isinstance(w_obj, W_TypeObject):
        msg = "type object '%s' has no attribute '%s'" % (w_obj.name, name)
    elif isinstance(w_obj, W_Module):
        msg = "module '%s' has no attribute '%s'" % (w_obj.name, name)
    else:
        msg = "'%s' object has no attribute '%s'" % (typename(w_obj), name)
    w_exc = ex.W_ExceptionObject(ex.w_AttributeError, [wrap_str(msg)])
    w_exc.setdictvalue('name', wrap_str(name))
    w_exc.setdictvalue('obj', w_obj)
    return OperationError(w_exc)


def getattr_or_null(w_obj, name):
    """Attribute lookup; None when the attribute does not exist.

    Calls a user-defined __getattribute__ when the type has one (then __getattr__ when it
    raises AttributeError); otherwise the generic lookup, then __getattr__.
    """
    if isinstance(w_obj, W_TypeObject):
        return type_getattr(w_obj, name)
    w_t = w_obj.getclass()
    if w_t.has_custom_getattribute():
        return custom_getattr(w_obj, w_t, name)
    try:
        w_res = generic_getattr_or_null(w_obj, name)
    except OperationError as e:
        # a property or other descriptor that raises AttributeError: __getattr__ then
        if not isinstance(w_obj, W_Instance) or \
                not isinstance_w(e.w_value, ex.w_AttributeError):
            raise
        w_ga = w_t.lookup('__getattr__')
        if w_ga is None:
            raise
        return call_getattr_hook(w_ga, w_obj, name)
    if w_res is None and isinstance(w_obj, W_Instance):
        w_ga = w_t.lookup('__getattr__')
        if w_ga is not None:
            return call_getattr_hook(w_ga, w_obj, name)
    return w_res


def call_getattr_hook(w_hook, w_obj, name):
    """A __getattr__ (or __getattribute__) called for w_obj.name; an AttributeError it
    raises gets the `name` and `obj` it lacks, as CPython's attribute lookup gives them
    (the "Did you mean" of its traceback reads them)."""
    try:
        return call_function(w_hook, [w_obj, wrap_str(name)])
    except OperationError as e:
        add_attribute_error_context(e, w_obj, name)
        raise


def custom_getattr(w_obj, w_t, name):
    """The user's __getattribute__, falling back to __getattr__ on AttributeError."""
    try:
        return call_getattr_hook(w_t.lookup('__getattribute__'), w_obj, name)
    except OperationError as e:
        if not isinstance_w(e.w_value, ex.w_AttributeError):
            raise
        w_ga = w_t.lookup('__getattr__')
        if w_ga is None:
            raise
        return call_getattr_hook(w_ga, w_obj, name)


def generic_getattr_or_null(w_obj, name):
    """object.__getattribute__: descriptors, instance dict, class; no __getattr__."""
    if isinstance(w_obj, W_TypeObject):
        return type_getattr(w_obj, name)
    if isinstance(w_obj, W_Super):
        from minipy.builtins import descrmethods
        w_res = descrmethods.super_getattr(w_obj, name)
        if w_res is not None:
            return w_res
    w_t = w_obj.getclass()
    w_descr = w_t.lookup(name)
    if w_descr is not None and is_data_descr(w_descr):
        return bind(w_descr, w_obj, w_t)
    if isinstance(w_obj, W_Instance):
        w_v = w_obj.getdictvalue(name)
        if w_v is not None:
            return w_v
    elif isinstance(w_obj, W_Module):
        # as a global: folded to guards and an array read in a JIT trace
        w_v = name_lookup(jit.promote(w_obj.w_dict), name)
        if w_v is not None:
            return w_v
    elif isinstance(w_obj, W_Function):
        barriers.read(w_obj)
        w_fd = w_obj.w_dict
        if w_fd is not None:
            w_v = w_fd.getstr(name)
            if w_v is not None:
                return w_v
    if w_descr is not None:
        return bind(w_descr, w_obj, w_t)
    from minipy.builtins import specialattrs
    return specialattrs.get(w_obj, name)


def type_getattr(w_type_obj, name):
    """A class's attribute: a data descriptor of its metaclass, else the class's MRO,
    its special attributes, else the metaclass's attribute (bound to the class)."""
    if name == '__annotations__' and not w_type_obj.is_builtin:
        return type_annotations(w_type_obj)
    w_meta = w_type_obj.getclass()
    if w_meta is not w_type:
        w_mdescr = w_meta.lookup(name)
        if w_mdescr is not None and is_data_descr(w_mdescr):
            return bind(w_mdescr, w_type_obj, w_meta)
    w_descr = w_type_obj.lookup(name)
    if w_descr is not None:
        if isinstance(w_descr, W_Property):
            return w_descr
        return bind(w_descr, None, w_type_obj)
    from minipy.builtins import specialattrs
    w_res = specialattrs.get(w_type_obj, name)
    if w_res is not None:
        return w_res
    w_descr = w_meta.lookup(name)
    if w_descr is not None:
        return bind(w_descr, w_type_obj, w_meta)
    if w_meta is not w_type:
        w_ga = w_meta.lookup('__getattr__')
        if w_ga is not None:
            return call_getattr_hook(w_ga, w_type_obj, name)
    return None


def type_annotations(w_t):
    """A class's own __annotations__ (never a base's), made empty on first read, as
    CPython 3.10+."""
    w_ann = w_t.getdictvalue('__annotations__')
    if w_ann is None:
        w_ann = W_DictObject()
        w_t.setdictvalue('__annotations__', w_ann)
    return w_ann


def type_setattr(w_obj, name, w_value):
    """type.__setattr__: a data descriptor of the metaclass, else the class dict."""
    if w_obj.is_builtin:
        raise oefmt(ex.w_TypeError, "cannot set '%s' attribute of immutable type '%s'"
                    % (name, w_obj.name))
    if w_obj.getclass() is not w_type and set_through_descriptor(w_obj, name, w_value):
        return
    if name == '__qualname__':
        if not isinstance(w_value, W_StrObject):
            raise oefmt(ex.w_TypeError, "can only assign string to %s.__qualname__, not '%s'"
                        % (w_obj.name, typename(w_value)))
        barriers.write(w_obj)
        w_obj.qualname = str_w(w_value)
        return
    w_obj.setdictvalue(name, w_value)     # (takes the STM write barrier)
    if name == '__abstractmethods__':
        w_obj.is_abstract = is_true(w_value)
    elif name == '__module__' and isinstance(w_value, W_StrObject):
        w_obj.module = str_w(w_value)      # (what tracebacks print before the name)


def setattr_w(w_obj, name, w_value):
    w_t = w_obj.getclass()
    if isinstance(w_obj, W_TypeObject):
        if w_t is not w_type:
            # a metaclass's own __setattr__ sees every assignment to its classes
            w_sa = w_t.lookup('__setattr__')
            if w_sa is not None and not isinstance(w_sa, W_BuiltinFunction):
                call_function(w_sa, [w_obj, wrap_str(name), w_value])
                return
        type_setattr(w_obj, name, w_value)
        return
    if isinstance(w_obj, W_Instance):
        # a class's own __setattr__ sees every assignment, properties' included
        w_sa = w_t.lookup('__setattr__')
        if w_sa is not None and not isinstance(w_sa, W_BuiltinFunction):
            call_function(w_sa, [w_obj, wrap_str(name), w_value])
            return
        instance_setattr(w_obj, name, w_value)
        return
    if set_through_descriptor(w_obj, name, w_value):
        return
    from minipy.builtins import specialattrs
    if specialattrs.set(w_obj, name, w_value):
        return
    if isinstance(w_obj, W_Module):
        w_obj.w_dict.setstr(name, w_value)
        return
    if isinstance(w_obj, W_Function):
        barriers.write(w_obj)
        if name == '__name__':
            w_obj.name = str_w(w_value)
            return
        if name == '__qualname__':
            w_obj.qualname = str_w(w_value)
            return
        if name == '__doc__':
            w_obj.w_doc = w_value
            return
        if name == '__module__':
            w_obj.w_module = w_value
            return
        if name == '__annotations__':
            if not isinstance(w_value, W_DictObject):
                raise oefmt(ex.w_TypeError, '__annotations__ must be set to a dict object')
            w_obj.w_annotations = w_value
            return
        if name == '__defaults__':
            # a new list each time: calls read defaults_w without copying it
            if isinstance(w_value, W_TupleObject):
                w_obj.defaults_w = w_value.items_w[:]
            elif w_value is w_None:
                w_obj.defaults_w = None
            else:
                raise oefmt(ex.w_TypeError, '__defaults__ must be set to a tuple object')
            return
        if name == '__kwdefaults__':
            if isinstance(w_value, W_DictObject):
                w_obj.w_kwdefaults = w_value
            elif w_value is w_None:
                w_obj.w_kwdefaults = None
            else:
                raise oefmt(ex.w_TypeError, '__kwdefaults__ must be set to a dict object')
            return
        if w_obj.w_dict is None:
            w_obj.w_dict = W_DictObject()
        w_obj.w_dict.setstr(name, w_value)
        return
    if w_t.lookup(name) is not None:
        raise oefmt(ex.w_AttributeError, "'%s' object attribute '%s' is read-only"
                    % (w_t.name, name))
    raise oefmt(ex.w_AttributeError, "'%s' object has no attribute '%s'" % (w_t.name, name))


def check_slots(w_obj, name):
    if not slot_allowed(jit.promote(w_obj.getclass()), name):
        raise oefmt(ex.w_AttributeError, "'%s' object has no attribute '%s'"
                    % (typename(w_obj), name))


def is_slot_name(w_t, name):
    """Is `name` in the __slots__ of a class of w_t's MRO?"""
    for w_c in w_t.mro_w:
        assert isinstance(w_c, W_TypeObject)
        if w_c.is_builtin:
            continue
        w_slots = w_c.read_dict().get('__slots__', None)
        if w_slots is None:
            continue
        if isinstance(w_slots.base_value(), W_StrObject):
            if str_w(w_slots) == name:
                return True
            continue
        for w_n in unpack_iterable(w_slots):
            if isinstance(w_n.base_value(), W_StrObject) and str_w(w_n) == name:
                return True
    return False


@jit.elidable
def slot_allowed(w_t, name):
    """May instances of w_t take attribute `name`? allowed_attrs is fixed when the class
    is made (typecall.compute_slots), so a trace folds this to nothing."""
    allowed = w_t.allowed_attrs
    return allowed is None or name in allowed


def set_through_descriptor(w_obj, name, w_value):
    """w_obj.name = w_value through a data descriptor of w_obj's class (a property, or an
    object whose class has __set__); False when the class has none for `name`."""
    w_t = w_obj.getclass()
    w_descr = w_t.lookup(name)
    if w_descr is None:
        return False
    if isinstance(w_descr, W_Property):
        if w_descr.w_fset is None or w_descr.w_fset is w_None:
            if isinstance(w_descr.w_fget, W_BuiltinFunction):     # a native type's
                raise oefmt(ex.w_AttributeError, 'readonly attribute')
            raise oefmt(ex.w_AttributeError, "property '%s' of '%s' object has no setter"
                        % (name, w_t.name))
        call_function(w_descr.w_fset, [w_obj, w_value])
        return True
    if isinstance(w_descr, W_Instance):
        w_set = w_descr.getclass().lookup('__set__')
        if w_set is not None:
            call_function(w_set, [w_descr, w_obj, w_value])
            return True
    return False


def instance_setattr(w_obj, name, w_value):
    """object.__setattr__ on an instance: a data descriptor of the class, the special
    attributes, else the instance's own attribute (within __slots__)."""
    if set_through_descriptor(w_obj, name, w_value):
        return
    from minipy.builtins import specialattrs
    if specialattrs.set(w_obj, name, w_value):
        return
    if w_obj.getclass() is w_object:         # object() has no __dict__
        raise attribute_error(w_obj, name)
    check_slots(w_obj, name)
    w_obj.setdictvalue(name, w_value)


def generic_setattr(w_obj, name, w_value):
    """object.__setattr__."""
    if isinstance(w_obj, W_Instance):
        instance_setattr(w_obj, name, w_value)
        return
    if isinstance(w_obj, W_TypeObject):
        type_setattr(w_obj, name, w_value)
        return
    setattr_w(w_obj, name, w_value)


def delattr_w(w_obj, name):
    if isinstance(w_obj, W_Instance) or (isinstance(w_obj, W_TypeObject) and
                                         w_obj.getclass() is not w_type):
        # a class's own __delattr__ sees every deletion, properties' included
        w_da = w_obj.getclass().lookup('__delattr__')
        if w_da is not None and not isinstance(w_da, W_BuiltinFunction):
            call_function(w_da, [w_obj, wrap_str(name)])
            return
    generic_delattr(w_obj, name)


def generic_delattr(w_obj, name):
    """object.__delattr__: a property's deleter (or a descriptor's __delete__), else the
    object's own attribute."""
    w_t = w_obj.getclass()
    if isinstance(w_obj, W_TypeObject):
        if w_obj.is_builtin:
            raise oefmt(ex.w_TypeError, "cannot set '%s' attribute of immutable type '%s'"
                        % (name, w_obj.name))
        if not w_obj.deldictvalue(name):
            raise attribute_error(w_obj, name)
        return
    w_descr = w_t.lookup(name)
    if isinstance(w_descr, W_Property):
        if w_descr.w_fdel is None or w_descr.w_fdel is w_None:
            if isinstance(w_descr.w_fget, W_BuiltinFunction):     # a native type's
                raise oefmt(ex.w_AttributeError, 'readonly attribute')
            raise oefmt(ex.w_AttributeError, "property '%s' of '%s' object has no deleter"
                        % (name, w_t.name))
        call_function(w_descr.w_fdel, [w_obj])
        return
    if isinstance(w_descr, W_Instance):
        w_del = w_descr.getclass().lookup('__delete__')
        if w_del is not None:
            call_function(w_del, [w_descr, w_obj])
            return
    if isinstance(w_obj, W_Instance):
        if w_obj.deldictvalue(name):
            return
        if name == '__class__':
            raise oefmt(ex.w_TypeError, "can't delete __class__ attribute")
        if is_slot_name(w_t, name):        # an empty slot: CPython's message is the name
            raise oefmt(ex.w_AttributeError, name)
    if isinstance(w_obj, W_Module):
        if w_obj.w_dict.delitem(wrap_str(name)) is not None:
            return
    raise attribute_error(w_obj, name)


# ---------------------------------------------------------------- calls

def call_function(w_callable, args_w):
    return call_args(w_callable, Args(args_w))


def call_args(w_callable, args):
    from minipy.interpreter import calls
    return calls.call_args(w_callable, args)


def call_method(w_obj, name, args_w):
    w_meth = getattr_w(w_obj, name)
    return call_function(w_meth, args_w)


# ---------------------------------------------------------------- items

def len_w(w_obj):
    if isinstance(w_obj, W_ListObject):
        return w_obj.length()
    if isinstance(w_obj, W_StrObject):
        return w_obj.length
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items_w)
    if isinstance(w_obj, W_DictObject):
        return w_obj.length()
    if isinstance(w_obj, W_SetObject):
        return w_obj.length()
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value)
    if isinstance(w_obj, W_DictView):
        return w_obj.w_dict.length()
    if isinstance(w_obj, W_Instance):
        w_len = w_obj.getclass().lookup('__len__')
        if w_len is not None and not isinstance(w_len, W_BuiltinFunction):
            w_res = call_function(w_len, [w_obj])
            n = index_len(w_res)
            return n
        if w_obj.w_base_value is not None:
            return len_w(w_obj.w_base_value)
    from minipy.builtins import reprs
    w_len = w_obj.getclass().lookup('__len__')
    if w_len is not None:
        return index_len(call_function(w_len, [w_obj]))
    raise oefmt(ex.w_TypeError, "object of type '%s' has no len()" % typename(w_obj))


def index_len(w_res):
    w_v = w_res.base_value()
    if not isinstance(w_v, W_IntObject):
        if isinstance(w_v, W_LongObject):
            raise oefmt(ex.w_OverflowError, "cannot fit 'int' into an index-sized integer")
        raise oefmt(ex.w_TypeError, "'%s' object cannot be interpreted as an integer"
                    % typename(w_res))
    if w_v.intval < 0:
        raise oefmt(ex.w_ValueError, "__len__() should return >= 0")
    return w_v.intval


def getitem(w_obj, w_key):
    from minipy.builtins import items
    if isinstance(w_obj, W_ListObject) and isinstance(w_key, W_IntObject):
        i = w_key.intval
        n = w_obj.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(ex.w_IndexError, 'list index out of range')
        return w_obj.getitem(i)
    if isinstance(w_obj, W_TupleObject) and isinstance(w_key, W_IntObject):
        items_w = w_obj.items_w
        i = w_key.intval
        if i < 0:
            i += len(items_w)
        if i < 0 or i >= len(items_w):
            raise oefmt(ex.w_IndexError, 'tuple index out of range')
        return items_w[i]
    if isinstance(w_obj, W_ListObject) and isinstance(w_key, W_SliceObject):
        # bounds that are ints or None: a call that runs no Python code (in a trace, a
        # plain call rather than one that may force the frame)
        items_w = w_obj.read_storage()
        start, stop, step, n = items.int_slice_indices(w_key, len(items_w))
        if n >= 0:
            return W_ListObject(items.take_slice(items_w, start, step, n))
    if isinstance(w_obj, W_StrObject):     # as lists, and s[i]
        if isinstance(w_key, W_IntObject):
            i = w_key.intval
            if i < 0:
                i += w_obj.length
            return items.str_item(w_obj, i)
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = items.int_slice_indices(w_key, w_obj.length)
            if n >= 0:
                return items.str_slice(w_obj, start, step, n)
    if isinstance(w_obj, W_DictObject):
        w_v = w_obj.getitem(w_key)
        if w_v is None:
            raise ex.operr_arg(ex.w_KeyError, w_key)
        return w_v
    if isinstance(w_obj, W_Instance):
        w_gi = w_obj.getclass().lookup('__getitem__')
        if w_gi is not None and not isinstance(w_gi, W_BuiltinFunction):
            return call_function(w_gi, [w_obj, w_key])
        w_base = w_obj.w_base_value
        if w_base is not None:
            if isinstance(w_base, W_DictObject):
                w_v = w_base.getitem(w_key)
                if w_v is None:
                    w_missing = w_obj.getclass().lookup('__missing__')
                    if w_missing is not None:
                        return call_function(w_missing, [w_obj, w_key])
                    raise ex.operr_arg(ex.w_KeyError, w_key)
                return w_v
            if w_base.getclass().lookup('__getitem__') is not None:
                return getitem(w_base, w_key)
            # (a subclass of int, frozenset...: the error names the subclass)
    if isinstance(w_obj, W_TypeObject):
        w_meta = w_obj.getclass()
        if w_meta is not w_type:
            w_gi = w_meta.lookup('__getitem__')
            if w_gi is not None:
                return call_function(w_gi, [w_obj, w_key])
        w_cg = w_obj.lookup('__class_getitem__')
        if w_cg is not None:
            return call_function(bind(w_cg, None, w_obj), [w_key])
        if w_obj.is_builtin:
            from minipy.builtins import genericalias
            if genericalias.is_generic_origin(w_obj):
                return genericalias.make_alias(w_obj, w_key)
            return w_obj
    return items.builtin_getitem(w_obj, w_key)


def setitem(w_obj, w_key, w_value):
    from minipy.builtins import items
    if isinstance(w_obj, W_ListObject) and isinstance(w_key, W_IntObject):
        i = w_key.intval
        n = w_obj.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(ex.w_IndexError, 'list assignment index out of range')
        w_obj.setitem(i, w_value)
        return
    if isinstance(w_obj, W_ListObject) and isinstance(w_key, W_SliceObject):
        # items from a list or a tuple, as getitem's slice path: no Python code runs
        new_w = None
        if isinstance(w_value, W_ListObject):
            new_w = w_value.read_storage()
            if w_value is w_obj:
                new_w = new_w[:]
        elif isinstance(w_value, W_TupleObject):
            new_w = w_value.items_w[:]
        if new_w is not None:
            start, stop, step, n = items.int_slice_indices(w_key, w_obj.length())
            if n >= 0:
                items.list_setslice(w_obj, start, stop, step, n, new_w)
                return
    if isinstance(w_obj, W_DictObject):
        w_obj.setitem(w_key, w_value)
        return
    if isinstance(w_obj, W_Instance):
        w_si = w_obj.getclass().lookup('__setitem__')
        if w_si is not None and not isinstance(w_si, W_BuiltinFunction):
            call_function(w_si, [w_obj, w_key, w_value])
            return
        w_base = w_obj.w_base_value
        if w_base is not None and w_base.getclass().lookup('__setitem__') is not None:
            setitem(w_base, w_key, w_value)
            return
        # (a subclass of an immutable type: the error names the subclass)
    items.builtin_setitem(w_obj, w_key, w_value)


def delitem(w_obj, w_key):
    from minipy.builtins import items
    if isinstance(w_obj, W_DictObject):
        if w_obj.delitem(w_key) is None:
            raise ex.operr_arg(ex.w_KeyError, w_key)
        return
    if isinstance(w_obj, W_Instance):
        w_di = w_obj.getclass().lookup('__delitem__')
        if w_di is not None and not isinstance(w_di, W_BuiltinFunction):
            call_function(w_di, [w_obj, w_key])
            return
        w_base = w_obj.w_base_value
        if w_base is not None and w_base.getclass().lookup('__delitem__') is not None:
            delitem(w_base, w_key)
            return
        # (a subclass of an immutable type: the error names the subclass)
    items.builtin_delitem(w_obj, w_key)


def contains(w_container, w_item):
    """`w_item in w_container`. Dicts and sets first, in a function without loops, so that
    a trace sees their lookups (a plain call for int or str keys); the rest searches."""
    if isinstance(w_container, W_DictObject):
        return w_container.getitem(w_item) is not None
    if isinstance(w_container, W_SetObject):
        return w_container.contains(w_item)
    return _contains_search(w_container, w_item)


def _contains_search(w_container, w_item):
    if isinstance(w_container, W_StrObject):
        if not isinstance(w_item, W_StrObject):
            raise oefmt(ex.w_TypeError, "'in <string>' requires string as left operand, not %s"
                        % typename(w_item))
        return w_container.utf8.find(w_item.utf8) >= 0
    if isinstance(w_container, W_ListObject):
        i = 0
        while i < w_container.length():
            w_x = w_container.getitem(i)
            if w_x is w_item or eq_w(w_x, w_item):
                return True
            i += 1
        return False
    if isinstance(w_container, W_TupleObject):
        for w_x in w_container.items_w:
            if w_x is w_item or eq_w(w_x, w_item):
                return True
        return False
    if isinstance(w_container, W_RangeObject) and isinstance(w_item, W_IntObject):
        r = w_container
        v = w_item.intval
        if r.step > 0:
            if v < r.start or v >= r.stop:
                return False
        else:
            if v > r.start or v <= r.stop:
                return False
        return (v - r.start) % r.step == 0
    if isinstance(w_container, W_DictView):
        if w_container.kind == 0:
            return w_container.w_dict.getitem(w_item) is not None
    if isinstance(w_container, W_BytesObject):
        w_sub = w_item.base_value()         # (bytes or a subclass's instance)
        if isinstance(w_sub, W_BytesObject):
            return w_container.value.find(w_sub.value) >= 0
        from minipy.builtins import bytearraymethods
        return bytearraymethods.value_contains(w_container.value, w_item)
    if isinstance(w_container, W_BytearrayObject):
        from minipy.builtins import bytearraymethods
        return bytearraymethods.contains(w_container, w_item)
    if isinstance(w_container, W_TypeObject) and w_container.getclass() is not w_type:
        w_c = w_container.getclass().lookup('__contains__')
        if w_c is not None:
            return is_true(call_function(w_c, [w_container, w_item]))
    if isinstance(w_container, W_Instance):
        w_c = w_container.getclass().lookup('__contains__')
        if w_c is not None and is_none(w_c):        # `__contains__ = None`
            raise oefmt(ex.w_TypeError, "'%s' object is not a container"
                        % typename(w_container))
        if w_c is not None and not isinstance(w_c, W_BuiltinFunction):
            return is_true(call_function(w_c, [w_container, w_item]))
        if w_container.w_base_value is not None:
            return contains(w_container.w_base_value, w_item)
    try:
        w_iter = iter_w(w_container)
    except OperationError as e:
        w_t = w_container.getclass()
        if (isinstance_w(e.w_value, ex.w_TypeError) and w_t.lookup('__iter__') is None
                and w_t.lookup('__getitem__') is None):
            raise oefmt(ex.w_TypeError, "argument of type '%s' is not iterable"
                        % typename(w_container))
        raise
    while True:
        w_x = next_w(w_iter)
        if w_x is None:
            return False
        if w_x is w_item or eq_w(w_x, w_item):
            return True


# ---------------------------------------------------------------- iteration

def iter_w(w_obj):
    if isinstance(w_obj, W_ListObject):
        return it.W_ListIter(w_obj)
    if isinstance(w_obj, W_RangeObject):
        return it.W_RangeIter(w_obj.start, w_obj.length, w_obj.step)
    if isinstance(w_obj, W_TupleObject):
        return it.W_TupleIter(w_obj.items_w)
    if isinstance(w_obj, W_StrObject):
        return it.W_StrIter(w_obj)
    if isinstance(w_obj, W_DictObject):
        return it.W_DictIter(w_obj, 0)
    if isinstance(w_obj, W_SetObject):
        return it.W_SetIter(w_obj)
    if isinstance(w_obj, W_DictView):
        return it.W_DictIter(w_obj.w_dict, w_obj.kind)
    if isinstance(w_obj, it.W_AbstractIter):
        return w_obj
    from minipy.objects.generator import W_Generator
    if isinstance(w_obj, W_Generator):
        return w_obj
    if isinstance(w_obj, W_BytesObject):
        return _bytes_iter(w_obj)
    w_t = w_obj.getclass()
    w_iter = w_t.lookup('__iter__')
    if isinstance(w_obj, W_Instance) and w_obj.w_base_value is not None and \
            isinstance(w_iter, W_BuiltinFunction):
        return iter_w(w_obj.w_base_value)
    if w_iter is not None and is_none(w_iter):      # `__iter__ = None`
        raise oefmt(ex.w_TypeError, "'%s' object is not iterable" % typename(w_obj))
    if w_iter is not None:
        w_res = call_function(w_iter, [w_obj])
        if w_res.getclass().lookup('__next__') is None and not isinstance(w_res, it.W_AbstractIter):
            raise oefmt(ex.w_TypeError, "iter() returned non-iterator of type '%s'"
                        % typename(w_res))
        return w_res
    if w_t.lookup('__getitem__') is not None:
        return it.W_SeqIter(w_obj)
    raise oefmt(ex.w_TypeError, "'%s' object is not iterable" % typename(w_obj))


def _bytes_iter(w_bytes):
    # apart from iter_w: a function with a loop is a residual call for the JIT, and
    # iter_w must stay inlined (GET_ITER of a list or range then allocates nothing)
    items_w = []
    for c in w_bytes.value:
        items_w.append(wrap_int(ord(c)))
    return it.W_TupleIter(items_w)


def next_w(w_iter):
    """Next item, or None when the iterator is exhausted."""
    if isinstance(w_iter, it.W_AbstractIter):
        return w_iter.next_w()
    from minipy.objects.generator import W_Generator
    if isinstance(w_iter, W_Generator):
        from minipy.interpreter import generators
        return generators.gen_next_or_null(w_iter)
    w_next = w_iter.getclass().lookup('__next__')
    if w_next is None:
        raise oefmt(ex.w_TypeError, "'%s' object is not an iterator" % typename(w_iter))
    try:
        return call_function(w_next, [w_iter])
    except OperationError as e:
        if isinstance_w(e.w_value, ex.w_StopIteration):
            return None
        raise


def next_or_raise(w_iter):
    w_x = next_w(w_iter)
    if w_x is None:
        raise ex.operr_noargs(ex.w_StopIteration)
    return w_x


def unpack_iterable(w_obj):
    if isinstance(w_obj, W_ListObject):
        return w_obj.getitems_copy()
    if isinstance(w_obj, W_TupleObject):
        return w_obj.items_w[:]
    res = []
    w_iter = iter_w(w_obj)
    while True:
        w_x = next_w(w_iter)
        if w_x is None:
            break
        res.append(w_x)
    return res


def fixedview(w_obj):
    """Items of a sequence; may share storage with a tuple (do not mutate)."""
    if isinstance(w_obj, W_TupleObject):
        return w_obj.items_w
    return unpack_iterable(w_obj)


def seqiter_next(w_it):
    barriers.write(w_it)
    try:
        w_x = getitem(w_it.w_seq, wrap_int(w_it.index))
    except OperationError as e:
        if isinstance_w(e.w_value, ex.w_IndexError) or \
                isinstance_w(e.w_value, ex.w_StopIteration):
            return None
        raise
    w_it.index += 1
    return w_x


def dictiter_next(w_it):
    """The next key, value or item of a dict iterator; after the last, None for good."""
    barriers.write(w_it)
    if w_it.initial == -2:
        return None
    table = w_it.w_dict.read_table()
    if table.live != w_it.initial:
        w_it.initial = -1
        raise oefmt(ex.w_RuntimeError, 'dictionary changed size during iteration')
    while w_it.pos < table.entry_count():
        i = w_it.pos
        w_it.pos += 1
        w_k = table.key_at(i)
        if w_k is not None:
            if w_it.left == 0:
                raise oefmt(ex.w_RuntimeError, 'dictionary keys changed during iteration')
            w_it.left -= 1
            if w_it.kind == 0:
                return w_k
            if w_it.kind == 1:
                return table.values_w[i]
            return wrap_tuple([w_k, table.values_w[i]])
    w_it.initial = -2
    return None


def setiter_next(w_it):
    """The next key of a set iterator; after the last, None for good (`initial` -2)."""
    barriers.write(w_it)
    if w_it.initial == -2:
        return None
    table = w_it.w_set.read_table()
    if table.used != w_it.initial:
        w_it.initial = -1
        raise oefmt(ex.w_RuntimeError, 'Set changed size during iteration')
    while w_it.pos < table.size():
        i = w_it.pos
        w_it.pos += 1
        w_k = table.key_at(i)
        if w_k is not None:
            return w_k
    w_it.initial = -2
    return None


def enumerate_next(w_it):
    w_x = next_w(w_it.w_iter)
    if w_x is None:
        return None
    barriers.write(w_it)
    w_i = wrap_int(w_it.index)
    w_it.index += 1
    return wrap_tuple([w_i, w_x])


def zip_next(w_it):
    if len(w_it.iters_w) == 0:
        return None
    items_w = [None] * len(w_it.iters_w)
    for i in range(len(w_it.iters_w)):
        w_x = next_w(w_it.iters_w[i])
        if w_x is None:
            if w_it.strict:
                _zip_check_lengths(w_it, i)
            return None
        items_w[i] = w_x
    return wrap_tuple(items_w)


def _zip_argument_range(n):
    if n == 1:
        return "argument 1"
    return "arguments 1-%d" % n


def _zip_check_lengths(w_it, i):
    """zip(..., strict=True) after iterator i ended: CPython's ValueError when another
    iterator is shorter (i > 0) or longer (one that still has an item)."""
    if i > 0:
        raise oefmt(ex.w_ValueError, "zip() argument %d is shorter than %s"
                    % (i + 1, _zip_argument_range(i)))
    for j in range(1, len(w_it.iters_w)):
        if next_w(w_it.iters_w[j]) is not None:
            raise oefmt(ex.w_ValueError, "zip() argument %d is longer than %s"
                        % (j + 1, _zip_argument_range(j)))


def map_next(w_it):
    args_w = [None] * len(w_it.iters_w)
    for i in range(len(w_it.iters_w)):
        w_x = next_w(w_it.iters_w[i])
        if w_x is None:
            return None
        args_w[i] = w_x
    return call_function(w_it.w_func, args_w)


def filter_next(w_it):
    while True:
        w_x = next_w(w_it.w_iter)
        if w_x is None:
            return None
        if w_it.w_func is w_None:
            if is_true(w_x):
                return w_x
        elif is_true(call_function(w_it.w_func, [w_x])):
            return w_x


def reversed_next(w_it):
    barriers.write(w_it)
    if w_it.index < 0:
        return None
    w_x = getitem(w_it.w_seq, wrap_int(w_it.index))
    w_it.index -= 1
    return w_x


def calliter_next(w_it):
    barriers.write(w_it)
    if w_it.done:
        return None
    w_x = call_function(w_it.w_func, [])
    if eq_w(w_x, w_it.w_sentinel):
        w_it.done = True
        return None
    return w_x


# ---------------------------------------------------------------- misc

def exception_match(w_exc_type_or_value, w_check):
    """`except w_check:` against an exception type."""
    if isinstance(w_check, W_TupleObject):
        for w_c in w_check.items_w:
            if exception_match(w_exc_type_or_value, w_c):
                return True
        return False
    if not isinstance(w_check, W_TypeObject) or not w_check.issubtype(ex.w_BaseException):
        raise oefmt(ex.w_TypeError,
                    'catching classes that do not inherit from BaseException is not allowed')
    w_t = w_exc_type_or_value
    if not isinstance(w_t, W_TypeObject):
        w_t = w_t.getclass()
    return w_t.issubtype(w_check)


def new_dict():
    return W_DictObject()


def is_w(w_a, w_b):
    if w_a is w_b:
        return True
    from minipy.objects.intobject import same_small_int
    from minipy.objects.floatobject import same_float
    return same_small_int(w_a, w_b) or same_float(w_a, w_b)


def getitem_or_null(w_mapping, w_key):
    if isinstance(w_mapping, W_DictObject):
        return w_mapping.getitem(w_key)
    try:
        return getitem(w_mapping, w_key)
    except OperationError as e:
        if isinstance_w(e.w_value, ex.w_KeyError):
            return None
        raise


def has_iter(w_obj):
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject) or \
            isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_DictObject) or \
            isinstance(w_obj, W_SetObject) or isinstance(w_obj, W_RangeObject) or \
            isinstance(w_obj, it.W_AbstractIter) or isinstance(w_obj, W_DictView) or \
            isinstance(w_obj, W_BytesObject):
        return True
    w_t = w_obj.getclass()
    return w_t.lookup('__iter__') is not None or w_t.lookup('__getitem__') is not None


def is_mapping(w_obj):
    if isinstance(w_obj.base_value(), W_DictObject):
        return True
    return w_obj.getclass().lookup('keys') is not None and \
        w_obj.getclass().lookup('__getitem__') is not None


def func_display_name(w_func):
    """How CPython names a callable in call errors: `module.qualname()` unless the
    module is builtins, `name()` for built-ins, `<type name> object` for anything else."""
    if isinstance(w_func, W_Function):
        w_module = w_func.w_module
        if isinstance(w_module, W_StrObject) and w_module.utf8 != 'builtins':
            return '%s.%s()' % (w_module.utf8, w_func.qualname)
        return '%s()' % w_func.qualname
    if isinstance(w_func, W_BuiltinFunction):
        return '%s()' % w_func.name
    if isinstance(w_func, W_Method):
        return func_display_name(w_func.w_func)
    if isinstance(w_func, W_TypeObject):
        if w_func.module != 'builtins':
            return '%s.%s()' % (w_func.module, w_func.qualname)
        return '%s()' % w_func.qualname
    return '%s object' % typename(w_func)


def unpack_for_assign(w_seq, expected):
    if not has_iter(w_seq):
        raise oefmt(ex.w_TypeError, "cannot unpack non-iterable %s object" % typename(w_seq))
    res = []
    w_iter = iter_w(w_seq)
    while True:
        w_x = next_w(w_iter)
        if w_x is None:
            break
        res.append(w_x)
        if len(res) > expected:
            break
    return res


def unpack_iterable_star(w_seq):
    if not has_iter(w_seq):
        raise oefmt(ex.w_TypeError, "cannot unpack non-iterable %s object" % typename(w_seq))
    return unpack_iterable(w_seq)


def ascii_w(w_obj):
    from minipy.builtins import reprs
    return wrap_str(reprs.ascii_escape(repr_utf8(w_obj)))


def next_w_keep_stop(w_iter):
    """next() for `yield from` over a non-generator: None at the end, with the
    StopIteration value kept for generators.take_return_value()."""
    return next_w(w_iter)


def lt_w(w_a, w_b):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval < w_b.intval
    return is_true(compare(w_a, w_b, LT))


def gt_w(w_a, w_b):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval > w_b.intval
    return is_true(compare(w_a, w_b, GT))
