"""weakref.proxy: objects that stand for a weakly referenced object, as CPython 3.11's
weakref.ProxyType and weakref.CallableProxyType (for callable referents). Written for
minipy: a proxy is an instance of one of these classes whose only slot holds a weak
reference made by _weakref._proxy_ref (so that getweakrefs() lists the proxy and a
callback receives it); every attribute read, write and delete, every operator and call
goes to the referent, and raises ReferenceError once the referent is gone. Proxies are
unhashable and cannot be weakly referenced, as CPython's."""

import operator as _op
from _weakref import _proxy_ref, _proxy_deref, _basic_proxy

_slot = object.__getattribute__


def _target(p):
    obj = _proxy_deref(_slot(p, "_proxy_ref"))
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _unwrap(x):
    if isinstance(x, _ProxyBase):
        return _target(x)
    return x


class _ProxyBase:
    __slots__ = ("_proxy_ref",)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = _proxy_deref(_slot(self, "_proxy_ref"))
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __dir__(self):
        return dir(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _op.index(_target(self))

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __abs__(self):
        return abs(_target(self))


def _forward(fn):
    def method(self, other):
        return fn(_target(self), _unwrap(other))
    return method


def _reflected(fn):
    def method(self, other):
        return fn(_unwrap(other), _target(self))
    return method


def _pow(self, other, mod=None):
    if mod is None:
        return _target(self) ** _unwrap(other)
    return pow(_target(self), _unwrap(other), mod)


def _rpow(self, other):
    return _unwrap(other) ** _target(self)


def _ipow(self, other):
    return _op.ipow(_target(self), _unwrap(other))


def _divmod(self, other):
    return divmod(_target(self), _unwrap(other))


def _rdivmod(self, other):
    return divmod(_unwrap(other), _target(self))


_BINARY = [("add", _op.add, _op.iadd), ("sub", _op.sub, _op.isub),
           ("mul", _op.mul, _op.imul), ("truediv", _op.truediv, _op.itruediv),
           ("floordiv", _op.floordiv, _op.ifloordiv), ("mod", _op.mod, _op.imod),
           ("lshift", _op.lshift, _op.ilshift), ("rshift", _op.rshift, _op.irshift),
           ("and", _op.and_, _op.iand), ("or", _op.or_, _op.ior),
           ("xor", _op.xor, _op.ixor), ("matmul", _op.matmul, None)]
for _name, _fn, _ifn in _BINARY:
    setattr(_ProxyBase, "__%s__" % _name, _forward(_fn))
    setattr(_ProxyBase, "__r%s__" % _name, _reflected(_fn))
    if _ifn is not None:
        setattr(_ProxyBase, "__i%s__" % _name, _forward(_ifn))
for _name, _fn in [("lt", _op.lt), ("le", _op.le), ("eq", _op.eq), ("ne", _op.ne),
                   ("gt", _op.gt), ("ge", _op.ge)]:
    setattr(_ProxyBase, "__%s__" % _name, _forward(_fn))
_ProxyBase.__pow__ = _pow
_ProxyBase.__rpow__ = _rpow
_ProxyBase.__ipow__ = _ipow
_ProxyBase.__divmod__ = _divmod
_ProxyBase.__rdivmod__ = _rdivmod


class ProxyType(_ProxyBase):
    __slots__ = ()
    __module__ = "weakref"


class CallableProxyType(_ProxyBase):
    __slots__ = ()
    __module__ = "weakref"

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)



def proxy(obj, callback=None):
    """A proxy to obj; callback(proxy) is called once obj is gone (when the
    references' callbacks run: see the weakref module)."""
    if callback is None:
        p = _basic_proxy(obj)
        if p is not None:
            return p
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    object.__setattr__(p, "_proxy_ref", _proxy_ref(obj, callback, p))
    return p
