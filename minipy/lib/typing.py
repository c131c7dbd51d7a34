"""typing: the names programs import for their type hints, so that annotated programs
run. These objects have to exist, to be subscriptable (`Optional[int]`,
`Dict[str, List[int]]`, used in aliases), to print as CPython's do (annotations are
evaluated and kept in __annotations__), and, for Generic and Protocol, to be usable as
base classes. No checking is done, as in CPython at run time.

NamedTuple, in class syntax (`class P(NamedTuple): x: int`) or functional form, makes a
collections.namedtuple from the annotations and defaults; TypedDict makes a dict
subclass that remembers its keys' annotations. get_type_hints() returns the annotations
(those of the bases too, for classes); string annotations stay strings."""
import collections

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional",
           "Protocol", "Tuple", "Type", "TypeVar", "Union", "AbstractSet", "ByteString",
           "Container", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
           "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
           "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable",
           "Coroutine", "Collection", "AsyncGenerator", "Reversible", "SupportsAbs",
           "SupportsFloat", "SupportsInt", "SupportsRound", "Counter", "Deque", "Dict",
           "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict",
           "Generator", "AnyStr", "cast", "final", "get_type_hints", "NewType",
           "no_type_check", "overload", "Text", "TYPE_CHECKING", "NoReturn", "Annotated",
           "TypeAlias", "ParamSpec", "Concatenate", "Self", "Never", "LiteralString",
           "get_args", "get_origin"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    return repr(obj)


class _GenericAlias:
    """A subscripted form: List[int], Dict[str, int], Optional[X], Callable[[A], R]."""

    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __repr__(self):
        if self._name == "Callable" and len(self.__args__) == 2 and \
                isinstance(self.__args__[0], list):
            params = "[" + ", ".join(_type_repr(a) for a in self.__args__[0]) + "]"
            return "typing.Callable[%s, %s]" % (params, _type_repr(self.__args__[1]))
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return self            # a generic alias subscripted again (List[T][int])

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _Special:
    """An unsubscripted form: List, Dict, Optional, Union, Any..."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            if params[0] is None or params[0] is type(None):
                return None
            return _GenericAlias(None, "Optional", params)
        if self._name == "Union":
            kept = []
            for p in params:
                if p not in kept:
                    kept.append(p)
            if len(kept) == 1:
                return kept[0]
            if len(kept) == 2 and (type(None) in kept or None in kept):
                other = [p for p in kept if p is not None and p is not type(None)]
                return _GenericAlias(None, "Optional", tuple(other))
            return _GenericAlias(None, "Union", tuple(kept))
        if self._name == "Callable" and len(params) == 2:
            return _GenericAlias(self.__origin__, "Callable", params)
        return _GenericAlias(self.__origin__, self._name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        raise TypeError("Type %s cannot be instantiated; use %s() instead"
                        % (self._name, self.__origin__.__name__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
TypeAlias = _Special("TypeAlias")
Union = _Special("Union")
Optional = _Special("Optional")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
Concatenate = _Special("Concatenate")
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
Callable = _Special("Callable", object)
List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Deque = _Special("Deque", collections.deque)
DefaultDict = _Special("DefaultDict", collections.defaultdict)
OrderedDict = _Special("OrderedDict", collections.OrderedDict)
Counter = _Special("Counter", collections.Counter)
Text = str
ByteString = _Special("ByteString", bytes)
for _name in ["Iterable", "Iterator", "Generator", "Sequence", "MutableSequence",
              "Mapping", "MutableMapping", "AbstractSet", "MutableSet", "Container",
              "Collection", "Hashable", "Sized", "Reversible", "ItemsView", "KeysView",
              "ValuesView", "MappingView", "Awaitable", "Coroutine", "AsyncIterable",
              "AsyncIterator", "AsyncGenerator", "SupportsAbs", "SupportsFloat",
              "SupportsInt", "SupportsRound", "SupportsIndex", "SupportsBytes"]:
    globals()[_name] = _Special(_name, object)
del _name


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base of user generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base of structural types (no checking at run time, as in CPython without
    runtime_checkable)."""


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwargs):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-"
            "decorated functions outside a stub module should always be followed by an "
            "implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, module or class (with its bases'), None written
    as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
    else:
        hints.update(getattr(obj, "__annotations__", {}))
    for name, value in hints.items():
        if value is None:
            hints[name] = type(None)
    return hints


def _is_builtin_alias(tp):
    """list[int], int | None: the interpreter's own generic aliases and unions."""
    name = type(tp).__name__
    return name in ("GenericAlias", "UnionType") and type(tp).__module__ == "types"


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int] and list[int], Union for
    Optional[X] and Union[X, Y], types.UnionType for X | Y; None when tp is not
    subscripted."""
    if isinstance(tp, _GenericAlias):
        if tp._name in ("Optional", "Union"):
            return Union
        if tp._name == "Callable":
            import collections.abc
            return collections.abc.Callable
        if tp.__origin__ is None or tp._name in ("Literal", "Annotated", "ClassVar",
                                                 "Final", "Concatenate"):
            return globals().get(tp._name)
        return tp.__origin__
    if _is_builtin_alias(tp):
        if type(tp).__name__ == "UnionType":
            return type(tp)
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted form, as CPython gives them: Optional[X] is
    (X, NoneType), Callable[[A], R] is ([A], R); () for anything else."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Optional":
            return tuple(args) + (type(None),)
        if tp._name == "Callable" and len(args) == 2 and isinstance(args[0], list):
            return (list(args[0]), args[1])
        return tuple(args)
    if _is_builtin_alias(tp):
        return tp.__args__
    return ()


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


_NAMEDTUPLE_RESERVED = frozenset(["__new__", "__init__", "__slots__", "__getnewargs__",
                                   "_fields", "_field_defaults", "_make", "_replace",
                                   "_asdict", "_source"])
_NAMEDTUPLE_SPECIAL = frozenset(["__module__", "__name__", "__annotations__",
                                 "__qualname__", "__doc__", "__orig_bases__"])


def _make_namedtuple(typename, types, defaults, module):
    fields = [name for name, _ in types]
    nm_tpl = collections.namedtuple(typename, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    """Makes `class P(NamedTuple): x: int; y: int = 0` a collections.namedtuple."""

    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_namedtuple(typename, list(types.items()),
                                  [ns[n] for n in default_names],
                                  ns.get("__module__", "__main__"))
        for key in ns:
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns and ns["__doc__"] is not None:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl


def NamedTuple(typename, fields=None, **kwargs):
    """The functional form: NamedTuple('Point', [('x', int), ('y', int)]); also the base
    of the class form."""
    if fields is None:
        fields = list(kwargs.items())
    return _make_namedtuple(typename, list(fields), None, "__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key in ns.get("__annotations__", {}):
            (required if total else optional).add(key)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with annotated keys: TypedDict('Movie', {'name': str}) or
    class Movie(TypedDict): name: str. Its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
