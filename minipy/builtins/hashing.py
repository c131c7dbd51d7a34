"""hash() of built-in objects, as CPython computes it for numbers (so that equal
numbers hash equal: modulus 2**61 - 1); strings use FNV-1a (CPython randomizes them)."""
import math
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.objectmodel import compute_identity_hash
from rpython.rlib.rbigint import rbigint
from minipy.objects.intobject import W_IntObject, W_LongObject, HASH_MODULUS, int_hash
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.strobject import W_StrObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.setobject import W_SetObject
from minipy.objects.rangeobject import W_RangeObject
from minipy.objects.functionobject import W_Method
from minipy.objects.exceptions import oefmt, w_TypeError

MODULUS = HASH_MODULUS


def long_hash(big):
    r = big.abs().mod(rbigint.fromint(MODULUS)).toint()
    if big.sign < 0:
        r = -r
    if r == -1:
        r = -2
    return r


def float_hash(f):
    if math.isinf(f):
        if f > 0:
            return 314159
        return -314159
    if math.isnan(f):
        return 0
    if f == math.floor(f) and -9.2e18 < f < 9.2e18:
        return int_hash(int(f))
    # non-integral: CPython's algorithm on the mantissa
    m, e = math.frexp(f)
    sign = 1
    if m < 0:
        sign = -1
        m = -m
    x = r_uint(0)
    while m:
        x = ((x << 28) & r_uint(MODULUS)) | (x >> (61 - 28))
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= y
        x += r_uint(y)
        if x >= r_uint(MODULUS):
            x -= r_uint(MODULUS)
    if e >= 0:
        e = e % 61
    else:
        e = 61 - 1 - ((-1 - e) % 61)
    x = ((x << e) & r_uint(MODULUS)) | (x >> (61 - e))
    res = intmask(x) * sign
    if res == -1:
        res = -2
    return res


def str_hash(w_s):
    h = w_s.hash
    if h != -1:
        return h
    x = r_uint(0xcbf29ce484222325)
    for c in w_s.utf8:
        x = (x ^ r_uint(ord(c))) * r_uint(0x100000001b3)
    h = intmask(x)
    if h == -1:
        h = -2
    w_s.hash = h
    return h


def tuple_hash(items_w):
    from minipy.interpreter import ops
    acc = r_uint(0x27D4EB2F165667C5)
    for w in items_w:
        lane = r_uint(ops.hash_w(w))
        acc += lane * r_uint(0xC2B2AE3D27D4EB4F)
        acc = (acc << 31) | (acc >> 33)
        acc *= r_uint(0x9E3779B185EBCA87)
    acc += r_uint(len(items_w)) ^ (r_uint(0x27D4EB2F165667C5) ^ r_uint(3527539))
    h = intmask(acc)
    if h == -1:
        return 1546275796
    return h


def _shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def frozenset_hash(table):
    """CPython's hash of a frozenset: its keys' hashes, each shuffled, combined by xor
    (so independent of the order), with the size mixed in and the bits spread."""
    acc = r_uint(0)
    for j in range(table.size()):
        if table.is_active(j):
            acc ^= _shuffle_bits(r_uint(table.hashes[j]))
    acc ^= (r_uint(table.used) + 1) * r_uint(1927868237)
    acc ^= (acc >> 11) ^ (acc >> 25)
    acc = acc * r_uint(69069) + r_uint(907133923)
    h = intmask(acc)
    if h == -1:
        h = 590923713
    return h


def identity_hash(w_obj):
    return compute_identity_hash(w_obj) >> 4


def reduce_hash(w_res):
    w_v = w_res.base_value()
    if isinstance(w_v, W_IntObject):
        # as CPython's slot_tp_hash: a value that fits is the hash itself (so that
        # `return hash(self.name)` hashes like the name); -1 is reserved
        if w_v.intval == -1:
            return -2
        return w_v.intval
    if isinstance(w_v, W_LongObject):
        return long_hash(w_v.bigval)
    raise oefmt(w_TypeError, '__hash__ method should return an integer')


def builtin_hash(w_obj):
    from minipy.interpreter import ops
    if isinstance(w_obj, W_IntObject):
        return int_hash(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return long_hash(w_obj.bigval)
    if isinstance(w_obj, W_FloatObject):
        return float_hash(w_obj.floatval)
    if isinstance(w_obj, W_ComplexObject):
        from minipy.builtins import complexmethods
        return complexmethods.complex_hash(w_obj)
    if isinstance(w_obj, W_StrObject):
        return str_hash(w_obj)
    if isinstance(w_obj, W_TupleObject):
        return tuple_hash(w_obj.items_w)
    if isinstance(w_obj, W_BytesObject):
        x = r_uint(0xcbf29ce484222325)
        for c in w_obj.value:
            x = (x ^ r_uint(ord(c))) * r_uint(0x100000001b3)
        return intmask(x >> 1)
    if isinstance(w_obj, W_SetObject):
        if not w_obj.frozen:
            raise oefmt(w_TypeError, "unhashable type: 'set'")
        if w_obj.hash == -1:
            w_obj.hash = frozenset_hash(w_obj.read_table())
        return w_obj.hash
    if isinstance(w_obj, W_RangeObject):
        return tuple_hash([])
    if isinstance(w_obj, W_Method):
        # equal (compare.py) when the same function is bound to the same object
        return identity_hash(w_obj.w_self) ^ identity_hash(w_obj.w_func)    # (never -1)
    from minipy.objects.memoryviewobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        from minipy.builtins import memoryviewmethods
        return memoryviewmethods.view_hash(w_obj)
    from minipy.builtins.genericalias import W_GenericAlias, alias_hash
    if isinstance(w_obj, W_GenericAlias):
        return alias_hash(w_obj)
    from minipy.builtins.uniontype import W_UnionType, union_hash
    if isinstance(w_obj, W_UnionType):
        return union_hash(w_obj)
    name = ops.typename(w_obj)
    if name in ('list', 'dict', 'set', 'dict_keys', 'dict_items', 'bytearray', 'slice'):
        raise oefmt(w_TypeError, "unhashable type: '%s'" % name)
    h = w_obj.native_hash()
    if h != -1:
        return h
    return identity_hash(w_obj)
