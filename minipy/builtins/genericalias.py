"""types.GenericAlias: what subscripting a built-in container type makes (`list[int]`,
`dict[str, int]`, `tuple[int, ...]`, `type[C]`), for annotations. It prints as written,
keeps __origin__ and __args__, compares by both, and calling it calls the origin."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject, make_builtin_type
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.intobject import wrap_bool, wrap_int
from minipy.objects.noneobject import w_Ellipsis, w_NotImplemented
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, static_new

# the built-in types whose __class_getitem__ makes a GenericAlias
GENERIC_ORIGINS = ['list', 'dict', 'tuple', 'set', 'frozenset', 'type',
                   'BaseExceptionGroup', 'ExceptionGroup']


class W_GenericAlias(W_Root):
    _attrs_ = ['w_origin', 'args_w']
    _immutable_fields_ = ['w_origin', 'args_w[*]']

    def __init__(self, w_origin, args_w):
        self.w_origin = w_origin
        self.args_w = args_w

    def native_repr(self):
        parts = []
        for w_a in self.args_w:
            parts.append(arg_repr(w_a))
        if len(parts) == 0:
            parts.append('()')          # tuple[()]
        return origin_name(self.w_origin) + '[' + ', '.join(parts) + ']'


W_GenericAlias.typedef = make_builtin_type('types.GenericAlias', None, 'GenericAlias')


def origin_name(w_t):
    if isinstance(w_t, W_TypeObject):
        if w_t.is_builtin or w_t.module == 'builtins':
            return w_t.qualname
        return w_t.module + '.' + w_t.qualname
    from minipy.interpreter import ops
    return ops.repr_utf8(w_t)


def arg_repr(w_a):
    from minipy.interpreter import ops
    if w_a is w_Ellipsis:
        return '...'
    if isinstance(w_a, W_TypeObject):
        return origin_name(w_a)
    return ops.repr_utf8(w_a)


def is_generic_origin(w_t):
    return w_t.is_builtin and w_t.name in GENERIC_ORIGINS


def make_alias(w_origin, w_key):
    if isinstance(w_key, W_TupleObject):
        args_w = w_key.items_w[:]
    else:
        args_w = [w_key]
    return W_GenericAlias(w_origin, args_w)


def attribute(w_ga, name):
    if name == '__origin__':
        return w_ga.w_origin
    if name == '__args__':
        return wrap_tuple(w_ga.args_w[:])
    if name == '__parameters__':
        return wrap_tuple([])
    return None


def alias_equal(w_a, w_b):
    from minipy.interpreter import ops
    if w_a.w_origin is not w_b.w_origin or len(w_a.args_w) != len(w_b.args_w):
        return False
    for i in range(len(w_a.args_w)):
        if not ops.eq_w(w_a.args_w[i], w_b.args_w[i]):
            return False
    return True


def alias_hash(w_a):
    from minipy.interpreter import ops
    return ops.hash_w(w_a.w_origin) ^ ops.hash_w(wrap_tuple(w_a.args_w[:]))


def ga_eq(args):
    w_a = args.args_w[0]
    w_b = args.args_w[1]
    if not isinstance(w_a, W_GenericAlias) or not isinstance(w_b, W_GenericAlias):
        return w_NotImplemented
    return wrap_bool(alias_equal(w_a, w_b))


def ga_hash(args):
    w_a = args.args_w[0]
    if not isinstance(w_a, W_GenericAlias):
        raise oefmt(ex.w_TypeError, "descriptor '__hash__' requires a "
                    "'types.GenericAlias' object")
    return wrap_int(alias_hash(w_a))


def ga_call(args):
    from minipy.interpreter import ops
    from minipy.objects.functionobject import Args
    if len(args.args_w) == 0 or not isinstance(args.args_w[0], W_GenericAlias):
        raise oefmt(ex.w_TypeError, "descriptor '__call__' requires a "
                    "'types.GenericAlias' object")
    w_a = args.args_w[0]
    assert isinstance(w_a, W_GenericAlias)
    return ops.call_args(w_a.w_origin, Args(args.args_w[1:], args.kwnames, args.kwvalues_w))


method(W_GenericAlias.typedef, '__eq__', ga_eq)
method(W_GenericAlias.typedef, '__hash__', ga_hash)
method(W_GenericAlias.typedef, '__call__', ga_call)


def ga_new(args):
    """types.GenericAlias(origin, args), as CPython's: what a class's
    `__class_getitem__ = classmethod(GenericAlias)` makes (queue.Queue[int] and the lib's
    other generic classes)."""
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'GenericAlias() takes no keyword arguments')
    n = len(args.args_w) - 1
    if n != 2:
        raise oefmt(ex.w_TypeError, 'GenericAlias expected 2 arguments, got %d' % n)
    return make_alias(args.args_w[1], args.args_w[2])


static_new(W_GenericAlias.typedef, ga_new)
