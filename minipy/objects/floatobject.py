"""float. Identity of floats is by value (same_float, float_id), as in PyPy: a float read
from an attribute is a fresh box each time (maps.py keeps floats unboxed)."""
from rpython.rlib.longlong2float import float2longlong
from rpython.rlib.rbigint import rbigint
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_FloatObject(W_Root):
    _attrs_ = ['floatval']
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval


W_FloatObject.typedef = make_builtin_type('float')


def wrap_float(f):
    return W_FloatObject(f)


def same_float(w_a, w_b):
    """`w_a is w_b` for two distinct boxes: true when both are exact floats with the
    same bits. w_b first: it is usually a constant, whose test then folds in a trace."""
    if type(w_b) is W_FloatObject and type(w_a) is W_FloatObject:
        return float2longlong(w_a.floatval) == float2longlong(w_b.floatval)
    return False


def float_id(w_float):
    """id() of an exact float: its bits, shifted and tagged so that it equals no
    object's address (those are multiples of 8)."""
    bits = rbigint.fromrarith_int(float2longlong(w_float.floatval))
    if bits.int_lt(0):
        bits = bits.add(rbigint.fromint(1).lshift(64))
    return bits.lshift(4).or_(rbigint.fromint(7))
