"""int and bool. W_IntObject holds a machine int (the fast path); W_LongObject holds an
rbigint for values that overflow. Results are normalized: a value that fits a machine
int is always a W_IntObject. Small ints -5..256 are cached (outside JIT traces; see
wrap_int)."""
from rpython.rlib.rbigint import rbigint
from rpython.rlib import jit
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_IntObject(W_Root):
    _attrs_ = ['intval']
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval


class W_BoolObject(W_IntObject):
    _attrs_ = []


class W_LongObject(W_Root):
    _attrs_ = ['bigval']
    _immutable_fields_ = ['bigval']

    def __init__(self, bigval):
        self.bigval = bigval


W_IntObject.typedef = make_builtin_type('int')
W_BoolObject.typedef = make_builtin_type('bool', W_IntObject.typedef, 'int')
W_LongObject.typedef = W_IntObject.typedef

w_True = W_BoolObject(1)
w_False = W_BoolObject(0)

SMALL_MIN = -5
SMALL_MAX = 256
_small_ints = [W_IntObject(i) for i in range(SMALL_MIN, SMALL_MAX + 1)]


HASH_MODULUS = (1 << 61) - 1


def int_hash(i):
    """hash() of a machine int, as CPython's: equal numbers hash equal (modulo 2**61 - 1,
    see builtins/hashing.py), and -1 is never a hash."""
    if -HASH_MODULUS < i < HASH_MODULUS:       # (no modulo op in a JIT trace)
        if i == -1:
            return -2
        return i
    if i >= 0:
        return i % HASH_MODULUS
    r = -((-i) % HASH_MODULUS)
    if r == -1:
        return -2
    return r


def wrap_int(i):
    # In a JIT trace a fresh box, which the optimizer can keep virtual (never
    # allocated); the cache there would add two range guards and a bridge to every
    # arithmetic result and make the box escape. Identity stays as CPython's: `is` and
    # id() treat equal small ints as one object (same_small_int, canonical).
    if not jit.we_are_jitted() and SMALL_MIN <= i <= SMALL_MAX:
        return _small_ints[i - SMALL_MIN]
    return W_IntObject(i)


def same_small_int(w_a, w_b):
    """`w_a is w_b` for two ints that are distinct boxes: true when both are exact ints
    of the same value in the cached range, which CPython always gives as one object.
    w_b first: it is usually a constant (`x is None`), whose test then folds away in a
    trace and never loads w_a's header in the interpreter."""
    if type(w_b) is W_IntObject and type(w_a) is W_IntObject:
        v = w_a.intval
        return v == w_b.intval and SMALL_MIN <= v <= SMALL_MAX
    return False


def canonical(w_obj):
    """The object whose identity w_obj has: the cached box for a small int."""
    if type(w_obj) is W_IntObject:
        v = w_obj.intval
        if SMALL_MIN <= v <= SMALL_MAX:
            return _small_ints[v - SMALL_MIN]
    return w_obj


def wrap_bool(b):
    if b:
        return w_True
    return w_False


def wrap_bigint(big):
    try:
        return wrap_int(big.toint())
    except OverflowError:
        return W_LongObject(big)


def to_bigint(w_obj):
    """rbigint of an int/long object (base value already taken)."""
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    assert isinstance(w_obj, W_LongObject)
    return w_obj.bigval
