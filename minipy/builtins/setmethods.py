"""set and frozenset: constructors, methods and the set operators. Iteration and
repr order: small non-negative int elements are shown in the order CPython's hash
table gives them (sorted when they fit the table), others in insertion order."""
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None, w_NotImplemented
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool
from minipy.objects.setobject import W_SetObject, w_frozenset_type
from minipy.objects.descriptors import W_StaticMethod
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter import arith
from minipy.builtins.registry import method, check_method_args
from minipy.builtins import specialmethods

w_set = W_SetObject.typedef


def ordered_keys(w_s):
    """Keys in the order CPython would iterate them, where we can tell: a set of
    ints whose values are all below the table size iterates in increasing order."""
    keys = w_s.keys()
    n = len(keys)
    if n == 0:
        return keys
    size = 8
    while size * 3 < (n + 1) * 5:
        size *= 2
    for w_k in keys:
        if not isinstance(w_k, W_IntObject) or w_k.intval < 0 or w_k.intval >= size:
            return keys
    slots = [None] * size
    for w_k in keys:
        assert isinstance(w_k, W_IntObject)
        slots[w_k.intval] = w_k
    res = []
    for w_k in slots:
        if w_k is not None:
            res.append(w_k)
    return res


def s_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'set' object needs an argument" % name)
    w_s = args.args_w[0].base_value()
    if not isinstance(w_s, W_SetObject):
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 'set' objects doesn't apply to a '%s' object"
                    % (name, args.args_w[0].getclass().name))
    return w_s


def new_like(w_s):
    return W_SetObject(w_s.frozen)


def to_set(w_obj):
    from minipy.interpreter import ops
    w_b = w_obj.base_value()
    if isinstance(w_b, W_SetObject):
        return w_b
    w_new = W_SetObject()
    for w_x in ops.unpack_iterable(w_obj):
        w_new.add(w_x)
    return w_new


def union(w_a, w_b):
    w_r = new_like(w_a)
    for w_k in w_a.keys():
        w_r.add(w_k)
    for w_k in w_b.keys():
        w_r.add(w_k)
    return w_r


def intersection(w_a, w_b):
    w_r = new_like(w_a)
    for w_k in w_a.keys():
        if w_b.contains(w_k):
            w_r.add(w_k)
    return w_r


def difference(w_a, w_b):
    w_r = new_like(w_a)
    for w_k in w_a.keys():
        if not w_b.contains(w_k):
            w_r.add(w_k)
    return w_r


def symmetric_difference(w_a, w_b):
    w_r = new_like(w_a)
    for w_k in w_a.keys():
        if not w_b.contains(w_k):
            w_r.add(w_k)
    for w_k in w_b.keys():
        if not w_a.contains(w_k):
            w_r.add(w_k)
    return w_r


def set_binop(op, w_a, w_b):
    if op == arith.OR:
        return union(w_a, w_b)
    if op == arith.AND:
        return intersection(w_a, w_b)
    if op == arith.SUB:
        return difference(w_a, w_b)
    if op == arith.XOR:
        return symmetric_difference(w_a, w_b)
    return None


def set_new(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if w_t is w_set:
        return W_SetObject()
    if w_t is w_frozenset_type:
        w_s = W_SetObject(True)
        if len(args.args_w) > 1:
            from minipy.interpreter import ops
            for w_x in ops.unpack_iterable(args.args_w[1]):
                w_s.add(w_x)
        return w_s
    if w_t.issubtype(w_frozenset_type):
        w_s = W_SetObject(True)
        if len(args.args_w) > 1:
            from minipy.interpreter import ops
            for w_x in ops.unpack_iterable(args.args_w[1]):
                w_s.add(w_x)
        return W_Instance(w_t, w_s)
    return W_Instance(w_t, W_SetObject())


def set_init(args):
    from minipy.interpreter import ops
    w_s = s_self(args, '__init__')
    if w_s.frozen:
        return w_None
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'set expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    w_s.clear()
    if len(args.args_w) == 2:
        for w_x in ops.unpack_iterable(args.args_w[1]):
            w_s.add(w_x)
    return w_None


def set_add(args):
    check_method_args(args, 'add', 1, 1)
    s_self(args, 'add').add(args.args_w[1])
    return w_None


def set_remove(args):
    check_method_args(args, 'remove', 1, 1)
    if not s_self(args, 'remove').discard(args.args_w[1]):
        raise ex.operr_arg(ex.w_KeyError, args.args_w[1])
    return w_None


def set_discard(args):
    check_method_args(args, 'discard', 1, 1)
    s_self(args, 'discard').discard(args.args_w[1])
    return w_None


def set_pop(args):
    w_s = s_self(args, 'pop')
    keys = ordered_keys(w_s)
    if len(keys) == 0:
        raise oefmt(ex.w_KeyError, 'pop from an empty set')
    w_k = keys[0]
    w_s.discard(w_k)
    return w_k


def set_clear(args):
    s_self(args, 'clear').clear()
    return w_None


def set_copy(args):
    w_s = s_self(args, 'copy')
    w_r = new_like(w_s)
    for w_k in w_s.keys():
        w_r.add(w_k)
    return w_r


def _multi(args, name, fn):
    w_r = s_self(args, name)
    for i in range(1, len(args.args_w)):
        w_r = fn(w_r, to_set(args.args_w[i]))
    if len(args.args_w) == 1:
        w_c = new_like(w_r)
        for w_k in w_r.keys():
            w_c.add(w_k)
        return w_c
    return w_r


def set_union(args):
    return _multi(args, 'union', union)


def set_intersection(args):
    return _multi(args, 'intersection', intersection)


def set_difference(args):
    return _multi(args, 'difference', difference)


def set_symmetric_difference(args):
    return _multi(args, 'symmetric_difference', symmetric_difference)


def _inplace(args, name, fn):
    w_s = s_self(args, name)
    w_r = w_s
    for i in range(1, len(args.args_w)):
        w_r = fn(w_r, to_set(args.args_w[i]))
    if w_r is not w_s:
        w_s.set_table(w_r.read_table())
    return w_None


def set_update(args):
    return _inplace(args, 'update', union)


def set_intersection_update(args):
    return _inplace(args, 'intersection_update', intersection)


def set_difference_update(args):
    return _inplace(args, 'difference_update', difference)


def set_symmetric_difference_update(args):
    return _inplace(args, 'symmetric_difference_update', symmetric_difference)


def set_issubset(args):
    from minipy.builtins.compare import is_subset
    return wrap_bool(is_subset(s_self(args, 'issubset'), to_set(args.args_w[1])))


def set_issuperset(args):
    from minipy.builtins.compare import is_subset
    return wrap_bool(is_subset(to_set(args.args_w[1]), s_self(args, 'issuperset')))


def set_isdisjoint(args):
    w_s = s_self(args, 'isdisjoint')
    w_o = to_set(args.args_w[1])
    for w_k in w_s.keys():
        if w_o.contains(w_k):
            return wrap_bool(False)
    return wrap_bool(True)


def set_iter(args):
    from minipy.objects.iterators import W_TupleIter
    return W_TupleIter(ordered_keys(s_self(args, '__iter__')))


for _w_t in [w_set, w_frozenset_type]:
    _w_t.dict_w['__new__'] = W_StaticMethod(W_BuiltinFunction('__new__', set_new, False))
    specialmethods.install(_w_t, sequence=True, hashable=(_w_t is w_frozenset_type))
    method(_w_t, '__iter__', set_iter)
    method(_w_t, 'copy', set_copy)
    method(_w_t, 'union', set_union)
    method(_w_t, 'intersection', set_intersection)
    method(_w_t, 'difference', set_difference)
    method(_w_t, 'symmetric_difference', set_symmetric_difference)
    method(_w_t, 'issubset', set_issubset)
    method(_w_t, 'issuperset', set_issuperset)
    method(_w_t, 'isdisjoint', set_isdisjoint)
method(w_set, '__init__', set_init)
method(w_set, 'add', set_add)
method(w_set, 'remove', set_remove)
method(w_set, 'discard', set_discard)
method(w_set, 'pop', set_pop)
method(w_set, 'clear', set_clear)
method(w_set, 'update', set_update)
method(w_set, 'intersection_update', set_intersection_update)
method(w_set, 'difference_update', set_difference_update)
method(w_set, 'symmetric_difference_update', set_symmetric_difference_update)
