"""Struct sequences: tuples whose items are also named attributes and which print with
their names, as CPython's sys.version_info, sys.float_info, sys.int_info. A type made
here is a built-in subclass of tuple with one read-only property per field and the field
names in __match_args__; reprs.builtin_repr prints its instances as
`sys.version_info(major=3, minor=11, ...)`."""
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.strobject import wrap_str
from minipy.objects.intobject import wrap_int
from minipy.objects.maps import W_Instance
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.descriptors import W_Property
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt

MAX_FIELDS = 20     # (sys.flags has 18)


def _make_getter(index):
    def getter(args):
        w_t = _items(args.args_w[0])
        if w_t is None or index >= len(w_t.items_w):
            raise oefmt(ex.w_TypeError, 'descriptor requires a struct sequence')
        return w_t.items_w[index]
    return getter


_GETTERS = [_make_getter(_i) for _i in range(MAX_FIELDS)]


def _items(w_obj):
    if isinstance(w_obj, W_Instance):
        w_base = w_obj.w_base_value
        if isinstance(w_base, W_TupleObject):
            return w_base
    return None


def make_type(name, fields):
    """A struct sequence type: `name` is dotted ('sys.float_info'), `fields` its names."""
    assert len(fields) <= MAX_FIELDS
    w_t = W_TypeObject(name, [W_TupleObject.typedef], True, 'tuple')
    for i in range(len(fields)):
        w_get = W_BuiltinFunction(fields[i], _GETTERS[i], False)
        w_t.dict_w[fields[i]] = W_Property(w_get, None, None, None)
    w_t.dict_w['__match_args__'] = wrap_tuple([wrap_str(f) for f in fields])
    w_t.dict_w['n_fields'] = wrap_int(len(fields))
    return w_t


def make(w_t, values_w):
    """An instance of struct sequence type w_t."""
    return W_Instance(w_t, wrap_tuple(values_w))


def field_names(w_obj):
    """The field names of a struct sequence instance, or None for anything else."""
    if not isinstance(w_obj, W_Instance) or _items(w_obj) is None:
        return None
    w_t = w_obj.getclass()
    if not w_t.is_builtin or w_t.layout != 'tuple':
        return None
    w_names = w_t.getdictvalue('__match_args__')
    if not isinstance(w_names, W_TupleObject):
        return None
    from minipy.interpreter import ops
    return [ops.str_w(w_n) for w_n in w_names.items_w]


def struct_repr(w_obj, names):
    from minipy.interpreter import ops
    w_items = _items(w_obj)
    assert w_items is not None
    parts = []
    for i in range(len(w_items.items_w)):
        label = names[i] if i < len(names) else 'unnamed'
        parts.append(label + '=' + ops.repr_utf8(w_items.items_w[i]))
    return w_obj.getclass().name + '(' + ', '.join(parts) + ')'
