"""types: the interpreter's own types under their standard names (FunctionType,
MethodType, GeneratorType, ModuleType, BuiltinFunctionType, GenericAlias, UnionType, ...),
taken from objects
that have them, plus SimpleNamespace and MappingProxyType, as CPython 3.11's. Written
for minipy (its bound methods of built-in types are plain methods, so
BuiltinMethodType is BuiltinFunctionType, the type of len)."""

import sys

__all__ = ["FunctionType", "LambdaType", "MethodType", "GeneratorType", "ModuleType",
           "BuiltinFunctionType", "BuiltinMethodType", "CodeType", "TracebackType", "FrameType",
           "NoneType", "EllipsisType", "NotImplementedType", "SimpleNamespace",
           "MappingProxyType", "new_class", "GenericAlias", "UnionType"]


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


def _traceback_type():
    try:
        raise TypeError
    except TypeError as e:
        return type(e.__traceback__)


TracebackType = _traceback_type()
FrameType = type(sys._getframe())
del _f, _g, _C, _traceback_type


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with; its repr
    lists them (namespace(a=1, b=2)) and two namespaces are equal when they hold the
    same attributes."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_running
        key = id(self)
        if key in active:
            return name + "(...)"
        active[key] = True
        try:
            items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            del active[key]
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = {}


class mappingproxy:
    """A read-only view of a mapping: it reads the mapping, and writes raise TypeError
    (types.MappingProxyType)."""
    __module__ = "builtins"        # (a built-in type in CPython: <class 'mappingproxy'>)

    def __init__(self, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __eq__(self, other):
        if isinstance(other, _proxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, _proxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    __hash__ = None

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType = _proxy = mappingproxy
del mappingproxy


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it: exec_body(ns) fills its
    namespace."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type
    if kwds and "metaclass" in kwds:
        meta = kwds["metaclass"]
    return meta(name, tuple(bases), ns)
