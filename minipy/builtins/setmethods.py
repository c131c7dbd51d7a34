"""set and frozenset: constructors, methods and the set operators. Each operation builds
its result as CPython 3.11 does (which set is copied or iterated, which keys are added in
which order, when a table is resized), so that results iterate in CPython's order; the
table rules themselves are in objects/settable.py."""
from minipy.builtins import registry
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_bool
from minipy.objects.dictobject import W_DictObject, W_DictView
from minipy.objects.setobject import W_SetObject, w_frozenset_type
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter import arith
from minipy.builtins.registry import method, check_method_args
from minipy.builtins import specialmethods

w_set = W_SetObject.typedef


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


def as_set(w_obj):
    """The set inside w_obj (a set, a frozenset or an instance of a subclass), or None."""
    w_b = w_obj.base_value()
    if isinstance(w_b, W_SetObject):
        return w_b
    return None


def update_internal(w_s, w_other):
    """Add the elements of w_other to set w_s: a set is merged, an exact dict's keys are
    added after one resize up front, any other iterable one element at a time."""
    from minipy.interpreter import ops
    w_o = as_set(w_other)
    if w_o is not None:
        w_s.update(w_o)
        return
    if isinstance(w_other, W_DictObject):
        keys_w = w_other.live_keys()
        hashes = [ops.hash_w(w_k) for w_k in keys_w]
        w_s.add_all(keys_w, hashes)
        return
    for w_x in ops.unpack_iterable(w_other):
        w_s.add(w_x)


def to_set(w_obj):
    """w_obj if it is a set (or frozenset), else a new set of its elements."""
    w_b = as_set(w_obj)
    if w_b is not None:
        return w_b
    w_new = W_SetObject()
    update_internal(w_new, w_obj)
    return w_new


def copy_of(w_s):
    """A new set (or frozenset, like w_s) with w_s's elements: CPython's set_copy."""
    w_r = new_like(w_s)
    w_r.update(w_s)
    return w_r


def union(w_a, w_other):
    w_r = copy_of(w_a)
    if w_other is not w_a:
        update_internal(w_r, w_other)
    return w_r


def intersection(w_a, w_other):
    """CPython's set_intersection: the smaller set is iterated (for a set argument), and
    each element found in the other is added to a new set."""
    from minipy.interpreter import ops
    if w_other is w_a:
        return copy_of(w_a)
    w_r = new_like(w_a)
    w_o = as_set(w_other)
    if w_o is not None:
        w_big = w_a
        w_small = w_o
        if w_o.length() > w_a.length():
            w_big = w_o
            w_small = w_a
        table = w_small.read_table()
        keys_w = table.live_keys()
        hashes = table.live_hashes()
        for i in range(len(keys_w)):
            if w_big.contains_hashed(keys_w[i], hashes[i]):
                w_r.add_hashed(keys_w[i], hashes[i])
        return w_r
    w_iter = ops.iter_w(w_other)
    while True:
        w_x = ops.next_w(w_iter)
        if w_x is None:
            break
        h = ops.hash_w(w_x)
        if w_a.contains_hashed(w_x, h):
            w_r.add_hashed(w_x, h)
            if w_r.length() >= w_a.length():
                break                       # all of w_a found: CPython stops reading
    return w_r


def difference(w_a, w_other):
    """CPython's set_difference: for a set or dict argument much smaller than w_a, a copy
    of w_a with its elements discarded; else a new set of w_a's elements not in it."""
    from minipy.interpreter import ops
    w_o = as_set(w_other)
    if w_o is not None:
        other_size = w_o.length()
    elif isinstance(w_other, W_DictObject):
        other_size = w_other.length()
    else:
        return _copy_and_difference(w_a, w_other)
    if (w_a.length() >> 2) > other_size:
        return _copy_and_difference(w_a, w_other)
    w_r = new_like(w_a)
    table = w_a.read_table()
    keys_w = table.live_keys()
    hashes = table.live_hashes()
    for i in range(len(keys_w)):
        if w_o is not None:
            found = w_o.contains_hashed(keys_w[i], hashes[i])
        else:
            assert isinstance(w_other, W_DictObject)
            found = w_other.getitem(keys_w[i]) is not None
        if not found:
            w_r.add_hashed(keys_w[i], hashes[i])
    return w_r


def _copy_and_difference(w_a, w_other):
    w_r = copy_of(w_a)
    difference_update(w_r, w_other)
    return w_r


def difference_update(w_s, w_other):
    """CPython's set_difference_update_internal, ending with a resize when more than a
    quarter of the table is dummies."""
    from minipy.interpreter import ops
    if w_other is w_s:
        w_s.clear()
        return
    w_o = as_set(w_other)
    if w_o is not None:
        if (w_o.length() >> 3) > w_s.length():
            w_o = intersection(w_s, w_o)
        table = w_o.read_table()
        keys_w = table.live_keys()
        hashes = table.live_hashes()
        for i in range(len(keys_w)):
            w_s.discard_hashed(keys_w[i], hashes[i])
    else:
        for w_x in ops.unpack_iterable(w_other):
            w_s.discard(w_x)
    w_s.shed_dummies()


def symmetric_difference_update(w_s, w_other):
    """CPython's set_symmetric_difference_update: each element of the other (a dict's
    keys, a set, or a set made of the iterable) is discarded, or added when absent."""
    if w_other is w_s:
        w_s.clear()
        return
    if isinstance(w_other, W_DictObject):
        keys_w = w_other.live_keys()
        from minipy.interpreter import ops
        hashes = [ops.hash_w(w_k) for w_k in keys_w]
    else:
        w_o = as_set(w_other)
        if w_o is None:
            w_o = new_like(w_s)
            update_internal(w_o, w_other)
        table = w_o.read_table()
        keys_w = table.live_keys()
        hashes = table.live_hashes()
    for i in range(len(keys_w)):
        if not w_s.discard_hashed(keys_w[i], hashes[i]):
            w_s.add_hashed(keys_w[i], hashes[i])


def symmetric_difference(w_a, w_other):
    """CPython's: a new set of the other's elements, updated with w_a's."""
    w_r = new_like(w_a)
    update_internal(w_r, w_other)
    symmetric_difference_update(w_r, w_a)
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


def view_to_set(w_x):
    """A new set of w_x's elements, as CPython's dict views make the left operand of their
    operators into a set: a keys view through its dict (one resize up front)."""
    w_r = W_SetObject()
    if isinstance(w_x, W_DictView) and w_x.kind == 0:
        update_internal(w_r, w_x.w_dict)
    else:
        update_internal(w_r, w_x)
    return w_r


def view_binop(op, w_a, w_b):
    """w_a OP w_b where one operand is a keys or items view, as CPython's dict views
    compute it (whichever side the view is on): `|`, `-` and `^` update a set made of
    the left operand; `&` iterates one operand and keeps what the other contains."""
    from minipy.interpreter import ops
    if op == arith.AND:
        w_view, w_other = w_a, w_b
        if not isinstance(w_a, W_DictView):
            w_view, w_other = w_b, w_a
        if (isinstance(w_other, W_SetObject) and not w_other.frozen and
                ops.len_w(w_view) <= w_other.length()):
            return intersection(w_other, w_view)
        if isinstance(w_other, W_DictView) and ops.len_w(w_other) > ops.len_w(w_view):
            w_view, w_other = w_other, w_view
        w_r = W_SetObject()
        for w_x in ops.unpack_iterable(w_other):
            if ops.contains(w_view, w_x):
                w_r.add(w_x)
        return w_r
    w_r = view_to_set(w_a)
    if not set_inplace(op, w_r, w_b):        # |, - and ^: w_r updated in place
        return None
    return w_r


def set_inplace(op, w_s, w_b):
    """w_s |= w_b (and &=, -=, ^=) for two sets, changing w_s as CPython does: the
    operand's elements are added to (or discarded from) w_s's own table, but `&=` takes
    the table of the intersection. False for another operator."""
    if op == arith.OR:
        update_internal(w_s, w_b)
    elif op == arith.AND:
        w_r = intersection(w_s, w_b)
        if w_r is not w_s:
            w_s.set_table(w_r.read_table())
    elif op == arith.SUB:
        difference_update(w_s, w_b)
    elif op == arith.XOR:
        symmetric_difference_update(w_s, w_b)
    else:
        return False
    return True


def set_new(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if w_t is w_set:
        return W_SetObject()
    if w_t.issubtype(w_frozenset_type):
        if w_t is w_frozenset_type and len(args.args_w) == 2:
            w_x = args.args_w[1]
            if isinstance(w_x, W_SetObject) and w_x.frozen:
                return w_x          # frozenset(fs) is fs, as CPython's
        w_s = W_SetObject(True)
        if len(args.args_w) > 1:
            update_internal(w_s, args.args_w[1])
        if w_t is w_frozenset_type:
            return w_s
        return W_Instance(w_t, w_s)
    return W_Instance(w_t, W_SetObject())


def set_init(args):
    w_s = s_self(args, '__init__')
    if w_s.frozen:
        return w_None
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'set expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    w_s.clear()
    if len(args.args_w) == 2:
        update_internal(w_s, args.args_w[1])
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
    w_k = s_self(args, 'pop').pop()
    if w_k is None:
        raise oefmt(ex.w_KeyError, 'pop from an empty set')
    return w_k


def set_clear(args):
    s_self(args, 'clear').clear()
    return w_None


def set_copy(args):
    w_s = s_self(args, 'copy')
    if w_s.frozen and args.args_w[0] is w_s:
        return w_s                   # an exact frozenset is its own copy
    return copy_of(w_s)


def set_union(args):
    w_s = s_self(args, 'union')
    w_r = copy_of(w_s)
    for i in range(1, len(args.args_w)):
        if args.args_w[i] is not w_s:
            update_internal(w_r, args.args_w[i])
    return w_r


def _intersection_multi(args, name):
    w_r = s_self(args, name)
    if len(args.args_w) == 1:
        return copy_of(w_r)
    for i in range(1, len(args.args_w)):
        w_r = intersection(w_r, args.args_w[i])
    return w_r


def set_intersection(args):
    return _intersection_multi(args, 'intersection')


def set_difference(args):
    w_s = s_self(args, 'difference')
    if len(args.args_w) == 1:
        return copy_of(w_s)
    w_r = difference(w_s, args.args_w[1])
    for i in range(2, len(args.args_w)):
        difference_update(w_r, args.args_w[i])
    return w_r


def set_symmetric_difference(args):
    check_method_args(args, 'symmetric_difference', 1, 1)
    return symmetric_difference(s_self(args, 'symmetric_difference'), args.args_w[1])


def set_update(args):
    w_s = s_self(args, 'update')
    for i in range(1, len(args.args_w)):
        update_internal(w_s, args.args_w[i])
    return w_None


def set_intersection_update(args):
    w_s = s_self(args, 'intersection_update')
    w_r = _intersection_multi(args, 'intersection_update')
    if w_r is not w_s:
        w_s.set_table(w_r.read_table())
    return w_None


def set_difference_update(args):
    w_s = s_self(args, 'difference_update')
    for i in range(1, len(args.args_w)):
        difference_update(w_s, args.args_w[i])
    return w_None


def set_symmetric_difference_update(args):
    check_method_args(args, 'symmetric_difference_update', 1, 1)
    symmetric_difference_update(s_self(args, 'symmetric_difference_update'), args.args_w[1])
    return w_None


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
    from minipy.objects.iterators import W_SetIter
    return W_SetIter(s_self(args, '__iter__'))


for _w_t in [w_set, w_frozenset_type]:
    registry.static_new(_w_t, set_new)
    specialmethods.install(_w_t, sequence=True, hashable=(_w_t is w_frozenset_type),
                           subscriptable=False)
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
