"""dict: constructor and methods, views."""
from minipy.builtins import registry
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject, W_DictView, w_view_types
from minipy.objects.descriptors import W_ClassMethod
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_method_args
from minipy.builtins import specialmethods

w_dict = W_DictObject.typedef


def d_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'dict' object needs an argument" % name)
    w_d = args.args_w[0].base_value()
    if not isinstance(w_d, W_DictObject):
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object"
                    % (name, args.args_w[0].getclass().name))
    return w_d


def update_from(w_d, w_other):
    from minipy.interpreter import ops
    w_o = w_other.base_value()
    if isinstance(w_o, W_DictObject) and not isinstance(w_other, W_Instance):
        for i in range(w_o.entry_count()):
            w_k = w_o.key_at(i)
            if w_k is not None:
                w_d.setitem(w_k, w_o.value_at(i))
        return
    if w_other.getclass().lookup('keys') is not None:
        for w_k in ops.unpack_iterable(ops.call_method(w_other, 'keys', [])):
            w_d.setitem(w_k, ops.getitem(w_other, w_k))
        return
    items = ops.unpack_iterable(w_other)
    for i in range(len(items)):
        w_item = items[i]
        try:
            pair = ops.unpack_iterable(w_item)
        except OperationError as e:
            raise oefmt(ex.w_TypeError,
                        "cannot convert dictionary update sequence element #%d to a sequence" % i)
        if len(pair) != 2:
            raise oefmt(ex.w_ValueError,
                        "dictionary update sequence element #%d has length %d; 2 is required"
                        % (i, len(pair)))
        w_d.setitem(pair[0], pair[1])


def dict_new(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if w_t is w_dict:
        return W_DictObject()
    return W_Instance(w_t, W_DictObject())


def dict_init(args):
    w_d = d_self(args, '__init__')
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'dict expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 2:
        update_from(w_d, args.args_w[1])
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            w_d.setitem(wrap_str(args.kwnames[i]), args.kwvalues_w[i])
    return w_None


def dict_get(args):
    check_method_args(args, 'get', 1, 2)
    w_d = d_self(args, 'get')
    w_v = w_d.getitem(args.args_w[1])
    if w_v is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        return w_None
    return w_v


def dict_setdefault(args):
    check_method_args(args, 'setdefault', 1, 2)
    w_d = d_self(args, 'setdefault')
    w_v = w_d.getitem(args.args_w[1])
    if w_v is None:
        w_v = w_None
        if len(args.args_w) > 2:
            w_v = args.args_w[2]
        w_d.setitem(args.args_w[1], w_v)
    return w_v


def dict_pop(args):
    check_method_args(args, 'pop', 1, 2)
    w_d = d_self(args, 'pop')
    w_v = w_d.delitem(args.args_w[1])
    if w_v is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        raise ex.operr_arg(ex.w_KeyError, args.args_w[1])
    return w_v


def dict_popitem(args):
    w_d = d_self(args, 'popitem')
    i = w_d.entry_count() - 1
    while i >= 0:
        w_k = w_d.key_at(i)
        if w_k is not None:
            w_v = w_d.value_at(i)
            w_d.delitem(w_k)
            return wrap_tuple([w_k, w_v])
        i -= 1
    raise oefmt(ex.w_KeyError, 'popitem(): dictionary is empty')


def dict_keys(args):
    return W_DictView(d_self(args, 'keys'), 0)


def dict_values(args):
    return W_DictView(d_self(args, 'values'), 1)


def dict_items(args):
    return W_DictView(d_self(args, 'items'), 2)


def dict_update(args):
    w_d = d_self(args, 'update')
    if len(args.args_w) > 2:
        raise oefmt(ex.w_TypeError, 'update expected at most 1 argument, got %d'
                    % (len(args.args_w) - 1))
    if len(args.args_w) == 2:
        update_from(w_d, args.args_w[1])
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            w_d.setitem(wrap_str(args.kwnames[i]), args.kwvalues_w[i])
    return w_None


def dict_clear(args):
    d_self(args, 'clear').clear()
    return w_None


def dict_copy(args):
    w_d = d_self(args, 'copy')
    w_new = W_DictObject()
    w_new.set_table(w_d.copy_table())
    return w_new


def dict_fromkeys(args):
    from minipy.interpreter import ops
    check_method_args(args, 'fromkeys', 1, 2)
    w_cls = args.args_w[0]
    w_value = w_None
    if len(args.args_w) > 2:
        w_value = args.args_w[2]
    w_new = ops.call_function(w_cls, [])
    for w_k in ops.unpack_iterable(args.args_w[1]):
        ops.setitem(w_new, w_k, w_value)
    return w_new


def dict_contains(args):
    return wrap_bool(d_self(args, '__contains__').getitem(args.args_w[1]) is not None)


def dict_getitem(args):
    from minipy.interpreter import ops
    w_self = args.args_w[0]
    w_d = d_self(args, '__getitem__')
    w_v = w_d.getitem(args.args_w[1])
    if w_v is None:
        w_missing = w_self.getclass().lookup('__missing__')
        if w_missing is not None:
            return ops.call_function(w_missing, [w_self, args.args_w[1]])
        raise ex.operr_arg(ex.w_KeyError, args.args_w[1])
    return w_v


def dict_or(args):
    from minipy.objects.noneobject import w_NotImplemented
    w_d = d_self(args, '__or__')
    w_o = args.args_w[1].base_value()
    if not isinstance(w_o, W_DictObject):
        return w_NotImplemented
    w_new = W_DictObject()
    w_new.set_table(w_d.copy_table())
    update_from(w_new, w_o)
    return w_new


def dict_reversed(args):
    from minipy.objects.iterators import W_TupleIter
    keys = d_self(args, '__reversed__').live_keys()
    keys.reverse()
    return W_TupleIter(keys)


def view_len(args):
    w_v = args.args_w[0]
    assert isinstance(w_v, W_DictView)
    return wrap_int(w_v.w_dict.length())


def view_reversed(args):
    """reversed() of a keys, values or items view: the dict's entries, last first."""
    from minipy.objects.iterators import W_TupleIter
    w_v = args.args_w[0]
    assert isinstance(w_v, W_DictView)
    w_d = w_v.w_dict
    res = []
    for w_k in w_d.live_keys():
        if w_v.kind == 0:
            res.append(w_k)
        elif w_v.kind == 1:
            res.append(w_d.getitem(w_k))
        else:
            res.append(wrap_tuple([w_k, w_d.getitem(w_k)]))
    res.reverse()
    return W_TupleIter(res[:])      # (a fixed-size list, as a tuple's)


def view_isdisjoint(args):
    """True when no element of the iterable is in the keys (items) view."""
    from minipy.interpreter import ops
    check_method_args(args, 'isdisjoint', 1, 1)
    w_v = args.args_w[0]
    for w_x in ops.unpack_iterable(args.args_w[1]):
        if ops.contains(w_v, w_x):
            return wrap_bool(False)
    return wrap_bool(True)


registry.static_new(w_dict, dict_new)
specialmethods.install(w_dict, sequence=True, hashable=False)
specialmethods.install_mutable(w_dict)
method(w_dict, '__init__', dict_init)
method(w_dict, '__getitem__', dict_getitem)
method(w_dict, '__contains__', dict_contains)
method(w_dict, '__or__', dict_or)
method(w_dict, '__reversed__', dict_reversed)
method(w_dict, 'get', dict_get)
method(w_dict, 'setdefault', dict_setdefault)
method(w_dict, 'pop', dict_pop)
method(w_dict, 'popitem', dict_popitem)
method(w_dict, 'keys', dict_keys)
method(w_dict, 'values', dict_values)
method(w_dict, 'items', dict_items)
method(w_dict, 'update', dict_update)
method(w_dict, 'clear', dict_clear)
method(w_dict, 'copy', dict_copy)
w_dict.dict_w['fromkeys'] = W_ClassMethod(W_BuiltinFunction('fromkeys', dict_fromkeys, False))


def _on_views(fn, type_name, name, slot):
    """fn, for the views of type `type_name`, after a check of the view it is called on."""
    def on_view(args):
        registry.native_self(args, W_DictView, type_name, name, slot)
        return fn(args)
    return on_view


for _w_view_type in w_view_types:
    method(_w_view_type, '__len__', _on_views(view_len, _w_view_type.name, '__len__', True))
    method(_w_view_type, '__reversed__', _on_views(view_reversed, _w_view_type.name,
                                                   '__reversed__', False))
for _w_view_type in [w_view_types[0], w_view_types[2]]:
    method(_w_view_type, 'isdisjoint', _on_views(view_isdisjoint, _w_view_type.name,
                                                 'isdisjoint', False))
