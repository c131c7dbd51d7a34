"""operator: functions for Python's operators, and itemgetter/attrgetter/methodcaller.

minipy's own pure-Python version of the parts of CPython's `operator` module that
programs use; behaviour follows the CPython documentation.
"""

_builtin_abs = abs


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def abs(a):
    return _builtin_abs(a)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def truediv(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def pow(a, b):
    return a ** b


def neg(a):
    return -a


def pos(a):
    return +a


def invert(a):
    return ~a


inv = invert


def lshift(a, b):
    return a << b


def rshift(a, b):
    return a >> b


def and_(a, b):
    return a & b


def or_(a, b):
    return a | b


def xor(a, b):
    return a ^ b


def matmul(a, b):
    return a @ b


def index(a):
    if isinstance(a, int):
        return int(a) if type(a) is bool else a
    if hasattr(a, "__index__"):
        return a.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)


def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None


def countOf(a, b):
    n = 0
    for item in _iterate(a):
        if item is b or item == b:
            n += 1
    return n


def indexOf(a, b):
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def getitem(a, b):
    return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def imod(a, b):
    a %= b
    return a


def ipow(a, b):
    a **= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def irshift(a, b):
    a >>= b
    return a


def iand(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def ixor(a, b):
    a ^= b
    return a


def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def _resolve_attr(obj, name):
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


class itemgetter:
    """itemgetter(item, ...) --> a callable that fetches the given item(s)."""
    __c_type_name__ = "operator.itemgetter"    # (its name in messages, as CPython's C type)

    def __init__(self, item, *items):
        self._single = len(items) == 0
        self._items = (item,) + items

    def __call__(self, obj):
        if self._single:
            return obj[self._items[0]]
        result = []
        for item in self._items:
            result.append(obj[item])
        return tuple(result)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join([repr(i) for i in self._items])


class attrgetter:
    """attrgetter(attr, ...) --> a callable that fetches the given attribute(s)."""
    __c_type_name__ = "operator.attrgetter"    # (its name in messages, as CPython's C type)

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._single = len(attrs) == 0
        self._names = names

    def __call__(self, obj):
        if self._single:
            return _resolve_attr(obj, self._names[0])
        result = []
        for name in self._names:
            result.append(_resolve_attr(obj, name))
        return tuple(result)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join([repr(n) for n in self._names])


class methodcaller:
    """methodcaller(name, *args, **kwargs) --> a callable that calls obj.name(*args, **kwargs)."""
    __c_type_name__ = "operator.methodcaller"    # (its name in messages, as CPython's C type)

    def __init__(self, name, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k in self._kwargs:
            parts.append("%s=%r" % (k, self._kwargs[k]))
        return "operator.methodcaller(%s)" % ", ".join(parts)


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__add__ = add
__sub__ = sub
__mul__ = mul
__truediv__ = truediv
__floordiv__ = floordiv
__mod__ = mod
__neg__ = neg
__getitem__ = getitem
