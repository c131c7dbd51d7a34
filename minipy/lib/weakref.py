"""weakref: weak references to objects, as CPython 3.11's module, for minipy.

ref (ReferenceType), getweakrefcount and getweakrefs come from the native _weakref
(minipy/builtins/modweakref.py); proxies from _weakproxy, the dictionaries from
_weakdict, WeakSet from _weakrefset, finalize from _weakfinalize; WeakMethod is here.

When callbacks run. minipy's collector (not reference counting) frees objects, and it
does not say when; so the callbacks of references whose objects were freed (and the
removals of dead entries from WeakValueDictionary, WeakKeyDictionary and WeakSet, and
finalize) run at these points only:
  * at the end of every gc.collect(), for everything it freed;
  * when a weak reference is made, once the collector ran since the last such sweep and
    enough references with callbacks were made since (as many as were alive after it,
    64 at least).
So a program sees what CPython shows after gc.collect(); without it, objects may live
(and callbacks wait) longer than under CPython, which frees them as soon as their last
reference goes. Callbacks run in the thread that triggers the sweep; an exception in one
is reported on stderr ("Exception ignored in: ...") and the others still run.
"""

from _weakref import (ref, getweakrefcount, getweakrefs, ReferenceType)
from _weakproxy import proxy, ProxyType, CallableProxyType
from _weakdict import WeakValueDictionary, WeakKeyDictionary, KeyedRef
from _weakrefset import WeakSet
from _weakfinalize import finalize

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: calling it rebinds the method while both its
    object and its function are alive (a plain ref to a bound method dies at once,
    since nothing else holds the method object)."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__
