"""types.UnionType: what `X | Y` makes of classes, None, generic aliases and unions
(PEP 604: `int | None`, `list[str] | dict`), for annotations and for isinstance() and
issubclass(). It prints as written, keeps its members in __args__ (None as NoneType,
nested unions flattened, repeats dropped; `int | int` is int), and compares as the set
of its members."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject, make_builtin_type
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.intobject import wrap_bool, wrap_int
from minipy.objects.noneobject import w_None, W_NoneObject, w_NotImplemented
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method
from minipy.builtins.genericalias import W_GenericAlias, arg_repr, alias_equal


class W_UnionType(W_Root):
    _attrs_ = ['args_w']
    _immutable_fields_ = ['args_w[*]']

    def __init__(self, args_w):
        self.args_w = args_w

    def native_repr(self):
        parts = []
        for w_a in self.args_w:
            if w_a is W_NoneObject.typedef:
                parts.append('None')
            else:
                parts.append(arg_repr(w_a))
        return ' | '.join(parts)


W_UnionType.typedef = make_builtin_type('types.UnionType', None, 'UnionType')


def _is_form(w_x):
    """A class, a generic alias or a union: what has `|` of its own."""
    return (isinstance(w_x, W_TypeObject) or isinstance(w_x, W_GenericAlias) or
            isinstance(w_x, W_UnionType))


def _same(w_a, w_b):
    if w_a is w_b:
        return True
    if isinstance(w_a, W_GenericAlias) and isinstance(w_b, W_GenericAlias):
        return alias_equal(w_a, w_b)
    return False


def _add(args_w, w_x):
    if w_x is w_None:
        w_x = W_NoneObject.typedef
    if isinstance(w_x, W_UnionType):
        for w_y in w_x.args_w:
            _add(args_w, w_y)
        return
    for w_e in args_w:
        if _same(w_e, w_x):
            return
    args_w.append(w_x)


def make_union(w_a, w_b):
    """w_a | w_b, or None when that is not a union (then the operands' own methods, or
    the TypeError, decide)."""
    if not ((_is_form(w_a) and (_is_form(w_b) or w_b is w_None)) or
            (_is_form(w_b) and w_a is w_None)):
        return None
    args_w = []
    _add(args_w, w_a)
    _add(args_w, w_b)
    if len(args_w) == 1:
        return args_w[0]
    return W_UnionType(args_w[:])     # (a copy that is never resized: immutable)


def union_equal(w_a, w_b):
    for w_x in w_a.args_w:
        found = False
        for w_y in w_b.args_w:
            if _same(w_x, w_y):
                found = True
                break
        if not found:
            return False
    for w_y in w_b.args_w:
        found = False
        for w_x in w_a.args_w:
            if _same(w_x, w_y):
                found = True
                break
        if not found:
            return False
    return True


def union_hash(w_u):
    from minipy.interpreter import ops
    h = 0x5a17
    for w_a in w_u.args_w:
        h ^= ops.hash_w(w_a)       # order-independent, as the comparison
    return h


def attribute(w_u, name):
    if name == '__args__':
        return wrap_tuple(w_u.args_w[:])
    if name == '__parameters__':
        return wrap_tuple([])
    return None


def check_member(w_a, fname):
    """isinstance()/issubclass() take a union of classes only."""
    if not isinstance(w_a, W_TypeObject):
        raise oefmt(ex.w_TypeError, '%s() argument 2 cannot be a parameterized generic'
                    % fname)


def _self(args, name):
    if len(args.args_w) < 2 or not isinstance(args.args_w[0], W_UnionType):
        raise oefmt(ex.w_TypeError, "descriptor '%s' requires a 'types.UnionType' object"
                    % name)
    return args.args_w[0]


def u_or(args):
    w_res = make_union(_self(args, '__or__'), args.args_w[1])
    if w_res is None:
        return w_NotImplemented
    return w_res


def u_ror(args):
    w_res = make_union(args.args_w[1], _self(args, '__ror__'))
    if w_res is None:
        return w_NotImplemented
    return w_res


def u_eq(args):
    w_a = _self(args, '__eq__')
    w_b = args.args_w[1]
    if not isinstance(w_a, W_UnionType) or not isinstance(w_b, W_UnionType):
        return w_NotImplemented
    return wrap_bool(union_equal(w_a, w_b))


def u_hash(args):
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_UnionType):
        raise oefmt(ex.w_TypeError, "descriptor '__hash__' requires a 'types.UnionType' "
                    "object")
    w_u = args.args_w[0]
    assert isinstance(w_u, W_UnionType)
    return wrap_int(union_hash(w_u))


method(W_UnionType.typedef, '__or__', u_or)
method(W_UnionType.typedef, '__ror__', u_ror)
method(W_UnionType.typedef, '__eq__', u_eq)
method(W_UnionType.typedef, '__hash__', u_hash)
