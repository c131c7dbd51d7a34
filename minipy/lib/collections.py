"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict,
UserList, UserString.

minipy's own pure-Python version of the parts of CPython's `collections` that programs
use (reprs as CPython 3.11 prints them). namedtuple builds its class with
type(name, (tuple,), namespace) and properties; only its __new__ is compiled (exec),
so that its parameters are the fields.
"""

import sys
import _thread


def _reentrant_repr(fill):
    """For a __repr__ (or a part of one): returns `fill` when the same thread asks for
    the same object's repr again while the first call runs -- a container that holds
    itself -- as CPython's containers print `[...]`, `{...}` or `...` there."""
    active = set()

    def wrap(method):
        def guarded(self):
            key = (id(self), _thread.get_ident())
            if key in active:
                return fill
            active.add(key)
            try:
                return method(self)
            finally:
                active.discard(key)
        guarded.__name__ = method.__name__
        guarded.__qualname__ = method.__qualname__
        return guarded
    return wrap


def _mapping_repr(items):
    parts = []
    for pair in items:
        parts.append(repr(pair[0]) + ": " + repr(pair[1]))
    return "{" + ", ".join(parts) + "}"


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, "keys") and hasattr(obj, "__getitem__"))


# ---------------------------------------------------------------- deque

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue (a ring buffer of slots)."""
    __c_type_name__ = "collections.deque"    # (its name in messages, as CPython's C type)

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    # -- internal helpers --
    def _grow(self):
        cap = len(self._buf)
        new = [None] * (cap * 2)
        for i in range(self._len):
            new[i] = self._buf[(self._head + i) % cap]
        self._buf = new
        self._head = 0

    def _norm_index(self, index):
        if not isinstance(index, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(index).__name__)
        if index < 0:
            index += self._len
        if index < 0 or index >= self._len:
            raise IndexError("deque index out of range")
        return index

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    # -- the ends --
    def append(self, x):
        """Add x to the right end (dropping the leftmost item when full)."""
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft_raw()
        if self._len == len(self._buf):
            self._grow()
        self._buf[self._slot(self._len)] = x
        self._len += 1

    def appendleft(self, x):
        """Add x to the left end (dropping the rightmost item when full)."""
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop_raw()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def _pop_raw(self):
        slot = self._slot(self._len - 1)
        x = self._buf[slot]
        self._buf[slot] = None
        self._len -= 1
        return x

    def _popleft_raw(self):
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def pop(self):
        """Remove and return the rightmost item."""
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop_raw()

    def popleft(self):
        """Remove and return the leftmost item."""
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._popleft_raw()

    def extend(self, iterable):
        """Append each item of iterable on the right."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append each item of iterable on the left (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def copy(self):
        """A shallow copy (same maxlen)."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        result = self.__class__((), self._maxlen)
        memo[id(self)] = result
        for x in self:
            result.append(copy.deepcopy(x, memo))
        return result

    def count(self, value):
        """Number of items equal to value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Position of the first item equal to value in [start, stop)."""
        n = self._len
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        i = start
        while i < stop:
            x = self._buf[self._slot(i)]
            if x is value or x == value:
                return i
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before position index."""
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = self._len
        if index < 0:
            index = max(index + n, 0)
        if index > n:
            index = n
        items = list(self)
        items.insert(index, value)
        self._refill(items)

    def remove(self, value):
        """Remove the first item equal to value."""
        i = 0
        for x in self:
            if x is value or x == value:
                del self[i]
                return
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse the items in place."""
        items = list(self)
        items.reverse()
        self._refill(items)

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left when n is negative)."""
        length = self._len
        if length <= 1:
            return
        n = n % length
        if n == 0:
            return
        self._state += 1
        for i in range(n):
            self.appendleft(self._pop_raw())

    def _refill(self, items):
        self._state += 1
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = [None] * cap
        for i in range(len(items)):
            self._buf[i] = items[i]
        self._head = 0
        self._len = len(items)

    # -- the sequence protocol --
    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        state = self._state
        i = 0
        while i < self._len:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buf[self._slot(i)]
            i += 1
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        i = self._len - 1
        while i >= 0:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buf[self._slot(i)]
            i -= 1

    def __getitem__(self, index):
        return self._buf[self._slot(self._norm_index(index))]

    def __setitem__(self, index, value):
        self._buf[self._slot(self._norm_index(index))] = value

    def __delitem__(self, index):
        index = self._norm_index(index)
        items = list(self)
        del items[index]
        self._refill(items)

    def __contains__(self, value):
        for x in self:
            if x is value or x == value:
                return True
        return False

    @_reentrant_repr("[...]")
    def __repr__(self):
        body = "[" + ", ".join([repr(x) for x in self]) + "]"
        name = type(self).__name__
        if self._maxlen is None:
            return name + "(" + body + ")"
        return name + "(" + body + ", maxlen=" + str(self._maxlen) + ")"

    # -- comparisons: only with other deques, element by element --
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        items = list(self)
        for i in range(n):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for i in range(n):
            self.extend(items)
        return self


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, ...): a dict that calls default_factory for missing keys."""
    __c_type_name__ = "collections.defaultdict"    # (its name in messages, as CPython's C type)

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        if key in self:
            return dict.__getitem__(self, key)
        return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, self._body_repr())

    @_reentrant_repr("{...}")
    def _body_repr(self):
        return _mapping_repr(self.items())

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        result = type(self)(self.default_factory)
        memo[id(self)] = result
        for key in self:
            result[copy.deepcopy(key, memo)] = copy.deepcopy(dict.__getitem__(self, key), memo)
        return result


# ---------------------------------------------------------------- Counter

class Counter(dict):
    """Counter(iterable_or_mapping=None, **kwds): a dict of counts; missing keys count 0."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        if key in self:
            return dict.__getitem__(self, key)
        return self.__missing__(key)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, most common first; ties keep insertion order."""
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Each element repeated as many times as its count (counts below one are skipped)."""
        result = []
        for elem in self:
            count = dict.__getitem__(self, elem)
            for i in range(count):
                result.append(elem)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = iterable[elem] + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Subtract counts (which may go to zero or below)."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%s)" % (type(self).__name__, _mapping_repr(self.most_common()))

    # -- comparisons: missing elements count as zero --
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] != other[e]:
                return False
        for e in other:
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] <= other[e]:
                return False
        for e in other:
            if not self[e] <= other[e]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] >= other[e]:
                return False
        for e in other:
            if not self[e] >= other[e]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep only positive counts --
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            newcount = self[elem] + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] > 0:
                result[elem] = other[elem]
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            newcount = self[elem] - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] < 0:
                result[elem] = 0 - other[elem]
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            count = self[elem]
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] > 0:
                result[elem] = other[elem]
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            count = self[elem]
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem in self:
            if self[elem] > 0:
                result[elem] = self[elem]
        return result

    def __neg__(self):
        result = Counter()
        for elem in self:
            if self[elem] < 0:
                result[elem] = 0 - self[elem]
        return result

    def _keep_positive(self):
        for elem in list(self.keys()):
            if not self[elem] > 0:
                dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem in other:
            self[elem] = self[elem] + other[elem]
        return self._keep_positive()

    def __isub__(self, other):
        for elem in other:
            self[elem] = self[elem] - other[elem]
        return self._keep_positive()

    def __ior__(self, other):
        for elem in other:
            if other[elem] > self[elem]:
                self[elem] = other[elem]
        return self._keep_positive()

    def __iand__(self, other):
        for elem in list(self.keys()):
            if other[elem] < self[elem]:
                self[elem] = other[elem]
        return self._keep_positive()


def _second(pair):
    return pair[1]


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder: move_to_end, popitem(last)."""
    __c_type_name__ = "collections.OrderedDict"    # (its name in messages, as CPython's C type)

    def move_to_end(self, key, last=True):
        """Move key to the right end (or the left end when last is false)."""
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for pair in rest:
            dict.__setitem__(self, pair[0], pair[1])

    def popitem(self, last=True):
        """Remove and return the last (or first) (key, value) pair."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            key = list(self.keys())[-1]
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return (key, value)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    @_reentrant_repr("...")
    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = ("False", "None", "True", "and", "as", "assert", "async", "await", "break",
             "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
             "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
             "pass", "raise", "return", "try", "while", "with", "yield")


def _is_identifier(name):
    if not isinstance(name, str) or name == "":
        return False
    first = True
    for ch in name:
        if ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ord(ch) > 127:
            first = False
            continue
        if not first and "0" <= ch <= "9":
            continue
        return False
    return True


def _read_only_field(self, value=None):
    raise AttributeError("can't set attribute")


def _undeletable_field(self):
    raise AttributeError("can't delete attribute")


def _field_property(index):
    def getter(self):
        return self[index]
    # (CPython's _tuplegetter says "can't set attribute", not a property's "no setter")
    return property(getter, _read_only_field, _undeletable_field,
                    doc="Alias for field number %d" % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass whose items can also be read as named attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not _is_identifier(name) or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(field_names[index])
    for name in [typename] + field_names:
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    fields = tuple(field_names)
    num_fields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError("Got more default values than field names")
        for i in range(len(defaults)):
            field_defaults[fields[num_fields - len(defaults) + i]] = defaults[i]

    # __new__ is compiled from source naming the fields as its parameters, as CPython's
    # is, so that its signature (inspect) and its TypeErrors for wrong arguments are the
    # interpreter's own, named `Point.__new__()` by its qualified name
    params = ", ".join(fields)
    values = "(" + params + ("," if num_fields == 1 else "") + ")"
    namespace = {"_tuple_new": tuple.__new__}
    exec("def __new__(%s):\n    return _tuple_new(_cls, %s)\n"
         % (", ".join(("_cls",) + fields), values), namespace)
    __new__ = namespace["__new__"]
    __new__.__qualname__ = typename + ".__new__"
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, params)
    if defaults is not None and len(defaults) > 0:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        values = []
        for i in range(num_fields):
            values.append(kwds.pop(fields[i], self[i]))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        parts = []
        for i in range(num_fields):
            parts.append(fields[i] + "=" + repr(self[i]))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def _asdict(self):
        result = {}
        for i in range(num_fields):
            result[fields[i]] = self[i]
        return result

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": staticmethod(__new__),
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
        "__module__": module if module is not None else "__main__",
    }
    for index in range(num_fields):
        namespace[fields[index]] = _field_property(index)
    return type(typename, (tuple,), namespace)


# ---------------------------------------------------------------- mapping views

class _MappingView:
    """keys()/items()/values() of ChainMap and UserDict: live views over the mapping."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (self._name, self._mapping)


class _KeysView(_MappingView):
    _name = "KeysView"

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return set(self) == set(other)


class _ItemsView(_MappingView):
    _name = "ItemsView"

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        v = self._mapping[key]
        return v is value or v == value

    def __eq__(self, other):
        return set(self) == set(other)


class _ValuesView(_MappingView):
    _name = "ValuesView"

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False


class _MutableMappingMixin:
    """The methods collections.abc.MutableMapping derives from __getitem__, __setitem__,
    __delitem__, __iter__ and __len__."""

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------- ChainMap

class ChainMap(_MutableMappingMixin):
    """Several mappings seen as one: lookups search them in order, writes and deletions go
    to the first (`maps[0]`)."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    @_reentrant_repr("...")
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    __hash__ = None


# ---------------------------------------------------------------- UserDict

class UserDict(_MutableMappingMixin):
    """A dict wrapper to subclass: the contents are in `self.data`; every method goes
    through __getitem__/__setitem__/__delitem__, so overriding those is enough."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    __hash__ = None


# ---------------------------------------------------------------- UserList

def _list_data(other):
    return other.data if isinstance(other, UserList) else other


class UserList:
    """A list wrapper to subclass: the items are in `self.data` (a list)."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_data(other)

    def __le__(self, other):
        return self.data <= _list_data(other)

    def __eq__(self, other):
        return self.data == _list_data(other)

    def __gt__(self, other):
        return self.data > _list_data(other)

    def __ge__(self, other):
        return self.data >= _list_data(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


# ---------------------------------------------------------------- UserString

def _str_data(other):
    return other.data if isinstance(other, UserString) else other


class UserString:
    """A str wrapper to subclass: the text is in `self.data`; methods that make a str
    make an instance of the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_data(string)

    def __lt__(self, string):
        return self.data < _str_data(string)

    def __le__(self, string):
        return self.data <= _str_data(string)

    def __gt__(self, string):
        return self.data > _str_data(string)

    def __ge__(self, string):
        return self.data >= _str_data(string)

    def __contains__(self, char):
        return _str_data(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        for c in self.data:
            yield self.__class__(c)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def count(self, sub, start=0, end=sys.maxsize):
        return self.data.count(_str_data(sub), start, end)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def find(self, sub, start=0, end=sys.maxsize):
        return self.data.find(_str_data(sub), start, end)

    def rfind(self, sub, start=0, end=sys.maxsize):
        return self.data.rfind(_str_data(sub), start, end)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(_str_data(sub), start, end)

    def rindex(self, sub, start=0, end=sys.maxsize):
        return self.data.rindex(_str_data(sub), start, end)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_data(old), _str_data(new), maxsplit))

    def join(self, seq):
        return self.data.join(seq)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding, errors)


def _user_string_method(name, wraps):
    def method(self, *args, **kwargs):
        result = getattr(self.data, name)(*args, **kwargs)
        return self.__class__(result) if wraps else result
    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


for _name in ("capitalize", "casefold", "center", "expandtabs", "format", "format_map",
              "ljust", "lower", "lstrip", "removeprefix", "removesuffix", "rjust",
              "rstrip", "strip", "swapcase", "title", "translate", "upper", "zfill"):
    setattr(UserString, _name, _user_string_method(_name, True))
for _name in ("isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier",
              "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
              "partition", "rpartition", "split", "rsplit", "splitlines"):
    setattr(UserString, _name, _user_string_method(_name, False))
del _name
