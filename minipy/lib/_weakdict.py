"""weakref.WeakValueDictionary and weakref.WeakKeyDictionary (and KeyedRef), as CPython
3.11's. Written for minipy.

Each entry holds a weak reference with a callback that removes the entry once its value
(or key) is gone; callbacks run when minipy sweeps dead references (after gc.collect(),
and as references keep being made: see the weakref module), so after gc.collect() these
dictionaries hold exactly the live entries. Between sweeps, lookups, `in`, get() and
iteration check each reference and skip dead ones, as CPython's do; len() counts the
entries not yet removed (CPython's len() can also count entries whose removal is
pending).

Iteration goes over a snapshot of the entries, so callbacks may remove entries during a
loop (CPython defers them instead); unlike CPython, changing the dictionary while
iterating over it raises no RuntimeError.
"""

from _weakref import ref
from collections.abc import MutableMapping


class KeyedRef(ref):
    """A weak reference that also carries a key (the callback gets it back)."""

    __slots__ = ("key",)
    __module__ = "weakref"

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _value_remover(wvd):
    """The callback of a WeakValueDictionary's references (holds the dictionary weakly)."""
    selfref = ref(wvd)

    def remove(wr):
        d = selfref()
        if d is not None and d.data.get(wr.key) is wr:
            del d.data[wr.key]
    return remove


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away with its value."""

    __module__ = "weakref"

    def __init__(self, other=(), **kw):
        self._remove = _value_remover(self)
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def itervaluerefs(self):
        """The weak references to the values (some may be dead already)."""
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        new = type(self)()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[deepcopy(key, memo)] = o
        return new

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = type(self)()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


def _key_remover(wkd):
    """The callback of a WeakKeyDictionary's references (holds the dictionary weakly)."""
    selfref = ref(wkd)

    def remove(wr):
        d = selfref()
        if d is not None:
            d.data.pop(wr, None)
    return remove


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away with its key (keys must
    be weakly referenceable and hashable)."""

    __module__ = "weakref"

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(self)
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        """The weak references to the keys (some may be dead already)."""
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = type(self)()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self
