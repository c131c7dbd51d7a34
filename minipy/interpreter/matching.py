"""The runtime of the match statement's opcodes (PEP 634; opcodes.py): what counts as a
sequence or a mapping for a pattern, the keys of a mapping pattern, the attributes of a
class pattern. CPython 3.11's rules and messages (ceval.c's match_keys, match_class).

* A sequence pattern matches what CPython flags as a sequence: instances of list, tuple
  and range, of collections.abc.Sequence's subclasses and of the classes registered with
  it (CPython's Py_TPFLAGS_SEQUENCE: W_TypeObject.collection_flag, set on the built-in
  types below and by builtins/modabc.py, read along the MRO), and collections' deque,
  UserList and UserString (Python classes in minipy's library, known by name) -- never
  str, bytes or bytearray (built-in types cannot be registered); memoryview is a
  sequence. minipy has no array.
* A mapping pattern matches instances of dict, of collections.abc.Mapping's subclasses
  and of the classes registered with it (Py_TPFLAGS_MAPPING), and collections' UserDict
  and ChainMap.
* A class pattern checks the subject with isinstance() (so an ABC's virtual subclasses
  match it); with positional sub-patterns it reads the class's `__match_args__`; the
  built-in types bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and
  tuple (and their subclasses that define no `__match_args__`) take one positional
  sub-pattern, matched against the subject itself.
"""
from minipy.objects.root import OperationError
from minipy.objects.typeobject import W_TypeObject, w_object, COLLECTION_SEQUENCE, \
    COLLECTION_MAPPING
from minipy.objects.maps import W_Instance
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple, tuple_of_list
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.rangeobject import W_RangeObject
from minipy.objects.intobject import W_IntObject, W_BoolObject
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.memoryviewobject import W_MemoryView
from minipy.objects.setobject import W_SetObject, w_frozenset_type
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.interpreter import ops

for _w_seq in [W_ListObject.typedef, W_TupleObject.typedef, W_RangeObject.typedef,
               W_MemoryView.typedef]:
    _w_seq.collection_flag = COLLECTION_SEQUENCE
W_DictObject.typedef.collection_flag = COLLECTION_MAPPING
MATCH_SELF_TYPES = [W_BoolObject.typedef, W_BytearrayObject.typedef,
                    W_BytesObject.typedef, W_DictObject.typedef, W_FloatObject.typedef,
                    w_frozenset_type, W_IntObject.typedef, W_ListObject.typedef,
                    W_SetObject.typedef, W_StrObject.typedef, W_TupleObject.typedef]


# collections' classes that CPython defines as a sequence type (deque, a C type) or as
# subclasses of collections.abc's Sequence/Mapping (UserList, UserString, UserDict,
# ChainMap); minipy's are plain classes, which collections.abc registers only if imported
COLLECTIONS_SEQUENCES = ['deque', 'UserList', 'UserString']
COLLECTIONS_MAPPINGS = ['UserDict', 'ChainMap']


def _own_flag(w_type):
    flag = w_type.collection_flag
    if flag != 0 or w_type.is_builtin or w_type.module != 'collections':
        return flag
    if w_type.qualname in COLLECTIONS_SEQUENCES:
        return COLLECTION_SEQUENCE
    if w_type.qualname in COLLECTIONS_MAPPINGS:
        return COLLECTION_MAPPING
    return 0


def collection_kind(w_type):
    """COLLECTION_SEQUENCE, COLLECTION_MAPPING or 0: the flag of the first class of the
    MRO that has one (CPython's flags, which a class inherits, and which registering a
    class with an ABC sets on its subclasses too)."""
    for w_t in w_type.mro_w:
        assert isinstance(w_t, W_TypeObject)
        flag = _own_flag(w_t)
        if flag != 0:
            return flag
    return 0


def is_sequence(w_obj):
    return collection_kind(w_obj.getclass()) == COLLECTION_SEQUENCE


def is_mapping(w_obj):
    return collection_kind(w_obj.getclass()) == COLLECTION_MAPPING


def _check_duplicate(w_seen, w_key):
    """ValueError for a key that a mapping pattern names twice (only keys that are not
    literals can: the compiler rejects repeated literal keys)."""
    if w_seen.getitem(w_key) is not None:
        raise oefmt(ex.w_ValueError, 'mapping pattern checks duplicate key (%s)'
                    % ops.repr_utf8(w_key))
    w_seen.setitem(w_key, w_key)


def match_keys(w_subject, w_keys):
    """The values of the keys (a tuple) in the mapping w_subject, or None when one is
    missing. Other mappings than exact dicts are asked with `get(key, default)` (as
    CPython: a defaultdict's __missing__ is not called)."""
    assert isinstance(w_keys, W_TupleObject)
    keys_w = w_keys.items_w
    n = len(keys_w)
    values_w = [None] * n
    w_seen = W_DictObject()
    if isinstance(w_subject, W_DictObject):
        for i in range(n):
            w_key = keys_w[i]
            _check_duplicate(w_seen, w_key)
            w_value = w_subject.getitem(w_key)
            if w_value is None:
                return None
            values_w[i] = w_value
        return wrap_tuple(values_w)
    w_get = ops.getattr_w(w_subject, 'get')
    w_missing = W_Instance(w_object)    # a default that no mapping holds
    for i in range(n):
        w_key = keys_w[i]
        _check_duplicate(w_seen, w_key)
        w_value = ops.call_function(w_get, [w_key, w_missing])
        if w_value is w_missing:
            return None
        values_w[i] = w_value
    return wrap_tuple(values_w)


def copy_without_keys(w_subject, w_keys):
    """`**rest` of a mapping pattern: a new dict of w_subject's items but the keys."""
    from minipy.builtins import dictmethods
    assert isinstance(w_keys, W_TupleObject)
    w_rest = W_DictObject()
    dictmethods.update_from(w_rest, w_subject)
    for w_key in w_keys.items_w:
        if w_rest.getitem(w_key) is None:
            raise OperationError(ex.W_ExceptionObject(ex.w_KeyError, [w_key]))
        w_rest.delitem(w_key)
    return w_rest


def _matches_self(w_type):
    for w_t in w_type.mro_w:
        for w_self in MATCH_SELF_TYPES:
            if w_t is w_self:
                return True
    return False


def _class_attr(w_subject, w_type, name, w_seen, attrs_w):
    """Append the attribute `name` of w_subject to attrs_w; False when it has none."""
    w_name = wrap_str(name)
    if w_seen.getitem(w_name) is not None:
        raise oefmt(ex.w_TypeError, '%s() got multiple sub-patterns for attribute %s'
                    % (w_type.name, ops.repr_utf8(w_name)))
    w_seen.setitem(w_name, w_name)
    try:
        w_attr = ops.getattr_or_null(w_subject, name)
    except OperationError as e:
        if not ops.isinstance_w(e.w_value, ex.w_AttributeError):
            raise
        return False
    if w_attr is None:
        return False
    attrs_w.append(w_attr)
    return True


def match_class(w_subject, w_type, nargs, w_names):
    """The attributes a class pattern `C(p1, ..., k1=q1, ...)` (nargs positional
    sub-patterns, the keyword names in the tuple w_names) matches against, or None when
    w_subject is no instance of C or lacks one of them."""
    if not isinstance(w_type, W_TypeObject):
        raise oefmt(ex.w_TypeError, 'called match pattern must be a type')
    from minipy.builtins.functions import isinstance_w
    assert isinstance(w_names, W_TupleObject)
    if not isinstance_w(w_subject, w_type):
        return None
    w_seen = W_DictObject()
    attrs_w = []
    if nargs > 0:
        match_self = False
        w_match_args = ops.getattr_or_null(w_type, '__match_args__')
        if w_match_args is None:
            allowed = 0
            match_self = _matches_self(w_type)
            if match_self:
                allowed = 1
        elif isinstance(w_match_args, W_TupleObject):
            allowed = len(w_match_args.items_w)
        else:
            raise oefmt(ex.w_TypeError, '%s.__match_args__ must be a tuple (got %s)'
                        % (w_type.name, ops.typename(w_match_args)))
        if allowed < nargs:
            plural = '' if allowed == 1 else 's'
            raise oefmt(ex.w_TypeError, '%s() accepts %d positional sub-pattern%s '
                        '(%d given)' % (w_type.name, allowed, plural, nargs))
        if match_self:
            attrs_w.append(w_subject)
        else:
            assert isinstance(w_match_args, W_TupleObject)
            for i in range(nargs):
                w_name = w_match_args.items_w[i]
                if not isinstance(w_name, W_StrObject):
                    raise oefmt(ex.w_TypeError, '__match_args__ elements must be strings '
                                '(got %s)' % ops.typename(w_name))
                if not _class_attr(w_subject, w_type, w_name.utf8, w_seen, attrs_w):
                    return None
    for w_name in w_names.items_w:
        assert isinstance(w_name, W_StrObject)
        if not _class_attr(w_subject, w_type, w_name.utf8, w_seen, attrs_w):
            return None
    return tuple_of_list(attrs_w)
