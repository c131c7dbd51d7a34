"""Rich comparison of built-in objects: numbers (int/float/long mixed), str, bytes,
tuple and list (lexicographic), sets (subset order), dict equality. Returns None when
the built-in types do not define the comparison."""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY, NAN
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_bool, to_bigint
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.strobject import W_StrObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject, W_DictView
from minipy.objects.setobject import W_SetObject
from minipy.objects.rangeobject import W_RangeObject, W_SliceObject
from minipy.objects.functionobject import W_Method

LT, LE, EQ, NE, GT, GE = range(6)


def cmp_result(c, op):
    """c is -1, 0 or 1."""
    if op == LT:
        return c < 0
    if op == LE:
        return c <= 0
    if op == EQ:
        return c == 0
    if op == NE:
        return c != 0
    if op == GT:
        return c > 0
    return c >= 0


def is_num(w):
    return isinstance(w, W_IntObject) or isinstance(w, W_LongObject) or \
        isinstance(w, W_FloatObject)


def num_cmp(w_a, w_b):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        if a < b:
            return -1
        if a > b:
            return 1
        return 0
    if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
        if isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject):
            return float_cmp(w_a.floatval, w_b.floatval)
        if isinstance(w_a, W_FloatObject):
            return float_int_cmp(w_a.floatval, w_b)
        assert isinstance(w_b, W_FloatObject)
        return -float_int_cmp(w_b.floatval, w_a)
    a = to_bigint(w_a)
    b = to_bigint(w_b)
    if a.lt(b):
        return -1
    if a.gt(b):
        return 1
    return 0


NAN_CMP = 2


def float_cmp(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    if a == b:
        return 0
    return NAN_CMP


def float_int_cmp(f, w_i):
    if f != f:
        return NAN_CMP
    if isinstance(w_i, W_IntObject) and -2 ** 53 <= w_i.intval <= 2 ** 53:
        return float_cmp(f, float(w_i.intval))
    if f == INFINITY:
        return 1
    if f == -INFINITY:
        return -1
    big = rbigint.fromfloat(f)
    b = to_bigint(w_i)
    if big.lt(b):
        return -1
    if big.gt(b):
        return 1
    frac = f - big.tofloat()
    if frac > 0:
        return 1
    if frac < 0:
        return -1
    return 0


def str_cmp(a, b):
    # UTF-8 byte order is code point order
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


UNKNOWN = 3     # plain_cmp: not one of the plain kinds


def plain_cmp(w_a, w_b):
    """-1, 0 or 1 when w_a and w_b are both exact ints, both strs, both floats (neither
    a NaN) or both tuples of such items (compared item by item), which compare without
    running any Python code and whose == agrees with the order; else UNKNOWN (the
    caller takes the generic path). Sorting and tuple comparisons go through it."""
    if type(w_a) is W_TupleObject and type(w_b) is W_TupleObject:
        return plain_tuple_cmp(w_a, w_b)
    return plain_scalar_cmp(w_a, w_b)


def plain_scalar_cmp(w_a, w_b):
    """plain_cmp of two ints, strs or floats (no loop: a JIT trace inlines it); UNKNOWN
    for anything else, tuples included."""
    if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
        a = w_a.intval
        b = w_b.intval
        if a < b:
            return -1
        return 1 if a > b else 0
    if type(w_a) is W_StrObject and type(w_b) is W_StrObject:
        return str_cmp(w_a.utf8, w_b.utf8)
    if type(w_a) is W_FloatObject and type(w_b) is W_FloatObject:
        c = float_cmp(w_a.floatval, w_b.floatval)
        return UNKNOWN if c == NAN_CMP else c
    return UNKNOWN


# tuples up to this long are compared item by item inside a JIT trace
TUPLE_UNROLL_CUTOFF = 8


def _unrollable(w_a, w_b):
    """One of the two is short: the loop runs at most that many times."""
    a = w_a.items_w
    b = w_b.items_w
    return (jit.loop_unrolling_heuristic(a, len(a), TUPLE_UNROLL_CUTOFF) or
            jit.loop_unrolling_heuristic(b, len(b), TUPLE_UNROLL_CUTOFF))


@jit.look_inside_iff(_unrollable)
def plain_tuple_cmp(w_a, w_b):
    """plain_cmp of two exact tuples. A trace whose tuples are short (or made in the
    trace) compares them inline, so a key tuple built for max(), a sort or a heap need
    not be allocated; a nested tuple goes through plain_cmp, out of line."""
    items_a = w_a.items_w
    items_b = w_b.items_w
    la = len(items_a)
    lb = len(items_b)
    for i in range(min(la, lb)):
        w_x = items_a[i]
        w_y = items_b[i]
        if type(w_x) is W_TupleObject:
            c = plain_cmp(w_x, w_y)
        else:
            c = plain_scalar_cmp(w_x, w_y)
        if c != 0:
            return c
    if la < lb:
        return -1
    return 1 if la > lb else 0


@specialize.call_location()     # a tuple's items and a list's are lists of two kinds
def seq_compare(items_a, items_b, op):
    from minipy.interpreter import ops
    n = min(len(items_a), len(items_b))
    for i in range(n):
        w_x = items_a[i]
        w_y = items_b[i]
        if w_x is w_y:
            continue
        c = plain_cmp(w_x, w_y)
        if c == 0:
            continue
        if c != UNKNOWN:
            return wrap_bool(cmp_result(c, op))
        if not ops.eq_w(w_x, w_y):
            if op == EQ:
                return wrap_bool(False)
            if op == NE:
                return wrap_bool(True)
            return ops.compare(w_x, w_y, op)
    la = len(items_a)
    lb = len(items_b)
    c = 0
    if la < lb:
        c = -1
    elif la > lb:
        c = 1
    return wrap_bool(cmp_result(c, op))


def builtin_compare(w_a, w_b, op):
    if is_num(w_a) and is_num(w_b):
        c = num_cmp(w_a, w_b)
        if c == NAN_CMP:
            return wrap_bool(op == NE)
        return wrap_bool(cmp_result(c, op))
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return wrap_bool(cmp_result(str_cmp(w_a.utf8, w_b.utf8), op))
    if isinstance(w_a, W_ComplexObject) or isinstance(w_b, W_ComplexObject):
        from minipy.builtins import complexmethods
        return complexmethods.complex_compare(w_a, w_b, op)
    if isinstance(w_a, W_BytearrayObject) or isinstance(w_b, W_BytearrayObject):
        from minipy.builtins import bytearraymethods
        return bytearraymethods.compare(w_a, w_b, op)
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        if type(w_a) is W_TupleObject and type(w_b) is W_TupleObject:
            c = plain_tuple_cmp(w_a, w_b)
            if c != UNKNOWN:
                return wrap_bool(cmp_result(c, op))
        return seq_compare(w_a.items_w, w_b.items_w, op)
    if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
        return seq_compare(w_a.getitems_copy(), w_b.getitems_copy(), op)
    if isinstance(w_a, W_BytesObject) and isinstance(w_b, W_BytesObject):
        return wrap_bool(cmp_result(str_cmp(w_a.value, w_b.value), op))
    if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject):
        if op == EQ or op == NE:
            eq = dict_eq(w_a, w_b)
            return wrap_bool(eq == (op == EQ))
        return None
    if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
        return set_compare(w_a, w_b, op)
    if isinstance(w_a, W_RangeObject) and isinstance(w_b, W_RangeObject):
        if op == EQ or op == NE:
            eq = (w_a.length == w_b.length and (w_a.length == 0 or (
                w_a.start == w_b.start and (w_a.length == 1 or w_a.step == w_b.step))))
            return wrap_bool(eq == (op == EQ))
        return None
    if isinstance(w_a, W_SliceObject) and isinstance(w_b, W_SliceObject):
        # slices compare as the tuples (start, stop, step)
        return seq_compare([w_a.w_start, w_a.w_stop, w_a.w_step],
                           [w_b.w_start, w_b.w_stop, w_b.w_step], op)
    if isinstance(w_a, W_Method) and isinstance(w_b, W_Method) and (op == EQ or op == NE):
        eq = w_a.w_func is w_b.w_func and w_a.w_self is w_b.w_self
        return wrap_bool(eq == (op == EQ))
    # keys and items views compare as the sets of their elements, with sets or each other
    if ((_set_like_view(w_a) and (_set_like_view(w_b) or isinstance(w_b, W_SetObject))) or
            (isinstance(w_a, W_SetObject) and _set_like_view(w_b))):
        from minipy.builtins.setmethods import to_set
        return set_compare(to_set(w_a), to_set(w_b), op)
    if op == EQ or op == NE:
        eq = w_a.native_eq(w_b)
        if eq >= 0:
            return wrap_bool((eq == 1) == (op == EQ))
    return None


def _set_like_view(w_x):
    return isinstance(w_x, W_DictView) and w_x.kind != 1


def dict_eq(w_a, w_b):
    from minipy.interpreter import ops
    if w_a.length() != w_b.length():
        return False
    for i in range(w_a.entry_count()):
        w_k = w_a.key_at(i)
        if w_k is None:
            continue
        w_v2 = w_b.getitem(w_k)
        if w_v2 is None:
            return False
        w_v = w_a.value_at(i)
        if w_v is not w_v2 and not ops.eq_w(w_v, w_v2):
            return False
    return True


def is_subset(w_a, w_b):
    if w_a.length() > w_b.length():
        return False
    for w_k in w_a.keys():
        if not w_b.contains(w_k):
            return False
    return True


def set_compare(w_a, w_b, op):
    if op == EQ:
        return wrap_bool(w_a.length() == w_b.length() and is_subset(w_a, w_b))
    if op == NE:
        return wrap_bool(not (w_a.length() == w_b.length() and is_subset(w_a, w_b)))
    if op == LE:
        return wrap_bool(is_subset(w_a, w_b))
    if op == GE:
        return wrap_bool(is_subset(w_b, w_a))
    if op == LT:
        return wrap_bool(w_a.length() < w_b.length() and is_subset(w_a, w_b))
    return wrap_bool(w_a.length() > w_b.length() and is_subset(w_b, w_a))
