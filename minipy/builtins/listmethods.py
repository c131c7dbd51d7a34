"""list: constructor and methods, including the stable sort (rpython.rlib.listsort)."""
from rpython.rlib.listsort import make_timsort_class
from minipy.builtins import registry
from minipy.objects.root import OperationError, W_Root
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool
from minipy.objects.listobject import W_ListObject
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args, index_bounds
from minipy.builtins import specialmethods
from minipy.builtins import keyloops
from minipy.builtins import compare

w_list = W_ListObject.typedef

TimSort = make_timsort_class()


class KeyedItem(object):
    def __init__(self, w_key, w_value):
        self.w_key = w_key
        self.w_value = w_value


KeyedTimSort = make_timsort_class()


def _lt(w_a, w_b):
    from minipy.interpreter import ops
    c = compare.plain_cmp(w_a, w_b)
    if c != compare.UNKNOWN:
        return c < 0
    return ops.lt_w(w_a, w_b)


class ObjSort(TimSort):
    def lt(self, a, b):
        return _lt(a, b)


class KeySort(KeyedTimSort):
    def lt(self, a, b):
        return _lt(a.w_key, b.w_key)


def sort_items(items_w, w_key, reverse):
    """Sort the list of objects in place (stable, as list.sort)."""
    from minipy.interpreter import ops
    if reverse:
        items_w.reverse()
    if w_key is None or w_key is w_None:
        ObjSort(items_w).sort()
    else:
        keys_w = keyloops.keys_of(items_w, w_key)
        keyed = [KeyedItem(keys_w[i], items_w[i]) for i in range(len(items_w))]
        KeySort(keyed).sort()
        for i in range(len(keyed)):
            items_w[i] = keyed[i].w_value
    if reverse:
        items_w.reverse()


def check_keywords(args, fname, allowed):
    """The keywords of a built-in that takes only `allowed` ones, checked as CPython's
    argument parser: first their number, then each name."""
    # (no loop here: the JIT inlines this and drops it for a call without keywords)
    if args.kwnames is None:
        return
    _check_keyword_names(args.kwnames, fname, allowed)


def _check_keyword_names(kwnames, fname, allowed):
    if len(kwnames) > len(allowed):
        plural = 's' if len(allowed) != 1 else ''
        raise oefmt(ex.w_TypeError, '%s() takes at most %d keyword argument%s (%d given)'
                    % (fname, len(allowed), plural, len(kwnames)))
    for name in kwnames:
        if name not in allowed:
            raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for %s()"
                        % (name, fname))


def sort_keywords(args):
    """(w_key, reverse) of list.sort() and sorted(): reverse must be an int (a bool), as
    CPython's."""
    from minipy.interpreter import ops
    check_keywords(args, 'sort', ['key', 'reverse'])
    w_rev = args.getkw('reverse')
    reverse = False
    if w_rev is not None:
        reverse = ops.int_w(w_rev) != 0
    return args.getkw('key'), reverse


def l_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'list' object needs an argument" % name)
    w_l = args.args_w[0].base_value()
    if not isinstance(w_l, W_ListObject):
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object"
                    % (name, args.args_w[0].getclass().name))
    return w_l


def list_new(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if w_t is w_list:
        return W_ListObject([])
    return W_Instance(w_t, W_ListObject([]))


def list_init(args):
    from minipy.interpreter import ops
    w_l = l_self(args, '__init__')
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'list() takes no keyword arguments')
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'list expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 2:
        w_l.setitems(ops.unpack_iterable(args.args_w[1]))
    else:
        w_l.setitems([])
    return w_None


def list_append(args):
    check_method_args(args, 'append', 1, 1)
    l_self(args, 'append').append(args.args_w[1])
    return w_None


def list_extend(args):
    from minipy.interpreter import ops
    check_method_args(args, 'extend', 1, 1)
    w_l = l_self(args, 'extend')
    for w_x in ops.unpack_iterable(args.args_w[1]):
        w_l.append(w_x)
    return w_None


def list_insert(args):
    from minipy.interpreter import ops
    check_method_args(args, 'insert', 2, 2)
    w_l = l_self(args, 'insert')
    i = ops.int_w(args.args_w[1])
    n = w_l.length()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_l.insert(i, args.args_w[2])
    return w_None


def list_pop(args):
    from minipy.interpreter import ops
    check_method_args(args, 'pop', 0, 1)
    w_l = l_self(args, 'pop')
    n = w_l.length()
    if n == 0:
        raise oefmt(ex.w_IndexError, 'pop from empty list')
    i = n - 1
    if len(args.args_w) > 1:
        i = ops.int_w(args.args_w[1])
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oefmt(ex.w_IndexError, 'pop index out of range')
    return w_l.pop(i)


def _find_index(w_l, w_x, start, stop):
    from minipy.interpreter import ops
    i = start
    while i < stop and i < w_l.length():
        w_y = w_l.getitem(i)
        if w_y is w_x or ops.eq_w(w_y, w_x):
            return i
        i += 1
    return -1


def list_remove(args):
    check_method_args(args, 'remove', 1, 1)
    w_l = l_self(args, 'remove')
    i = _find_index(w_l, args.args_w[1], 0, w_l.length())
    if i < 0:
        raise oefmt(ex.w_ValueError, 'list.remove(x): x not in list')
    w_l.pop(i)
    return w_None


def list_index(args):
    from minipy.interpreter import ops
    check_method_args(args, 'index', 1, 3)
    w_l = l_self(args, 'index')
    start, stop = index_bounds(args, w_l.length())
    i = _find_index(w_l, args.args_w[1], start, stop)
    if i < 0:
        raise oefmt(ex.w_ValueError, '%s is not in list' % ops.repr_utf8(args.args_w[1]))
    return wrap_int(i)


def list_count(args):
    from minipy.interpreter import ops
    check_method_args(args, 'count', 1, 1)
    w_l = l_self(args, 'count')
    n = 0
    for w_y in w_l.getitems_copy():
        if w_y is args.args_w[1] or ops.eq_w(w_y, args.args_w[1]):
            n += 1
    return wrap_int(n)


def list_clear(args):
    l_self(args, 'clear').setitems([])
    return w_None


def list_copy(args):
    return W_ListObject(l_self(args, 'copy').getitems_copy())


def list_reverse(args):
    w_l = l_self(args, 'reverse')
    items = w_l.getitems_copy()
    items.reverse()
    w_l.setitems(items)
    return w_None


def list_sort(args):
    from minipy.interpreter import ops
    w_l = l_self(args, 'sort')
    if len(args.args_w) > 1:
        raise oefmt(ex.w_TypeError, 'sort() takes no positional arguments')
    w_key, reverse = sort_keywords(args)
    items = w_l.getitems_copy()
    w_l.setitems([])
    try:
        sort_items(items, w_key, reverse)
    finally:
        modified = w_l.length() != 0
        w_l.setitems(items)
    if modified:
        raise oefmt(ex.w_ValueError, 'list modified during sort')
    return w_None


def list_iadd(args):
    from minipy.interpreter import ops
    w_l = l_self(args, '__iadd__')
    for w_x in ops.unpack_iterable(args.args_w[1]):
        w_l.append(w_x)
    return args.args_w[0]


def list_reversed(args):
    from minipy.objects.iterators import W_ReversedIter
    w_l = l_self(args, '__reversed__')
    return W_ReversedIter(w_l, w_l.length())


registry.static_new(w_list, list_new)
specialmethods.install(w_list, sequence=True, hashable=False)
specialmethods.install_mutable(w_list)
method(w_list, '__init__', list_init)
method(w_list, 'append', list_append)
method(w_list, 'extend', list_extend)
method(w_list, 'insert', list_insert)
method(w_list, 'pop', list_pop)
method(w_list, 'remove', list_remove)
method(w_list, 'index', list_index)
method(w_list, 'count', list_count)
method(w_list, 'clear', list_clear)
method(w_list, 'copy', list_copy)
method(w_list, 'reverse', list_reverse)
method(w_list, 'sort', list_sort)
method(w_list, '__iadd__', list_iadd)
method(w_list, '__reversed__', list_reversed)
