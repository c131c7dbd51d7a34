"""functools: reduce, partial, partialmethod, lru_cache/cache, cached_property, wraps/
update_wrapper, total_ordering, cmp_to_key, singledispatch/singledispatchmethod.

minipy's own pure-Python version of the parts of CPython's `functools` that programs use.
The lru_cache wrapper is a plain function (so it binds as a method) carrying
cache_info/cache_clear as function attributes.
"""

from collections import namedtuple

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    """Apply function cumulatively to the items of iterable, left to right."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): a callable with some arguments already given."""
    __c_type_name__ = "functools.partial"    # (its name in messages, as CPython's C type)

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*(self.args + args), **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k in self.keywords:
            parts.append("%s=%r" % (k, self.keywords[k]))
        return "functools.partial(" + ", ".join(parts) + ")"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, doc, module and __dict__; set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# ---- total_ordering ----

def _derived(root, form):
    """A comparison method computed from the root method: form names the formula."""
    def method(self, other):
        v = getattr(type(self), root)(self, other)
        if v is NotImplemented:
            return v
        if form == "not-and-ne":
            return not v and self != other
        if form == "or-eq":
            return v or self == other
        if form == "not":
            return not v
        if form == "not-or-eq":
            return not v or self == other
        return v and self != other
    return method


_DERIVATIONS = {
    "__lt__": (("__gt__", "not-and-ne"), ("__le__", "or-eq"), ("__ge__", "not")),
    "__le__": (("__ge__", "not-or-eq"), ("__lt__", "and-ne"), ("__gt__", "not")),
    "__gt__": (("__lt__", "not-and-ne"), ("__ge__", "or-eq"), ("__le__", "not")),
    "__ge__": (("__le__", "not-or-eq"), ("__gt__", "and-ne"), ("__lt__", "not")),
}


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    """Class decorator: fill in the missing ordering methods from one that is defined."""
    roots = []
    for name in ("__lt__", "__le__", "__gt__", "__ge__"):
        if _defines(cls, name):
            roots.append(name)
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for pair in _DERIVATIONS[root]:
        name = pair[0]
        if name not in roots:
            method = _derived(root, pair[1])
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# ---- cmp_to_key ----

def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- lru_cache ----

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], module="functools")

_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for k in kwds:
            key = key + (k, kwds[k])
    if typed:
        for a in args:
            key = key + (type(a),)
        for k in kwds:
            key = key + (type(kwds[k]),)
    return key


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]          # hits, misses

    def wrapper(*args, **kwds):
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if key in cache:
            # a recursive call already cached it
            return result
        if maxsize is not None and len(cache) >= maxsize:
            for oldest in cache:
                break
            del cache[oldest]
        cache[key] = result
        return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    update_wrapper(wrapper, user_function)
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoize a function, keeping at most maxsize recent results (None: all)."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without parentheses
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    """Unbounded memoizing decorator: lru_cache(maxsize=None)."""
    return _lru_wrapper(user_function, None, False)


# ---- partialmethod, cached_property ----

class partialmethod:
    """partialmethod(func, *args, **keywords): a method descriptor with some arguments
    already given (self comes first, then these, then the call's)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            merged = dict(func.keywords)
            merged.update(keywords)
            args = func.args + args
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k in self.keywords:
            parts.append("%s=%r" % (k, self.keywords[k]))
        return "functools.partialmethod(" + ", ".join(parts) + ")"

    def __get__(self, obj, cls=None):
        func = self.func
        get = getattr(func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not func:
                return partial(bound, *self.args, **self.keywords)
        if obj is None:
            return self._unbound()
        return partial(func, obj, *self.args, **self.keywords)

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(cls_or_self, *(self.args + args), **merged)
        _method._partialmethod = self
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__ (which
    then shadows it: `del obj.name` makes the next read compute it again)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


# ---- singledispatch ----

def _annotated_class(func):
    """(parameter name, class) of the first annotated parameter of func, for
    `@f.register` without a class."""
    ann = getattr(func, "__annotations__", None) or {}
    for name in ann:
        if name == "return":
            continue
        cls = ann[name]
        if isinstance(cls, str):
            globs = getattr(func, "__globals__", {})
            if cls in globs:
                cls = globs[cls]
            else:
                cls = _BUILTIN_CLASSES.get(cls, cls)
        return name, cls
    raise TypeError("Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated function."
                    % (func,))


_BUILTIN_CLASSES = {"int": int, "float": float, "str": str, "bytes": bytes, "bool": bool,
                    "list": list, "tuple": tuple, "dict": dict, "set": set,
                    "frozenset": frozenset, "object": object, "type": type}


def _union_members(cls):
    """The classes of a union type (int | str), or None for anything else."""
    if isinstance(cls, type):
        return None
    args = getattr(cls, "__args__", None)
    if type(cls).__name__ == "UnionType" and args is not None:
        return list(args)
    return None


def singledispatch(func):
    """Decorator: func becomes a generic function that picks an implementation by the
    class of its first argument (along that class's MRO; `object` is func itself)."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass is not object and klass in registry:
                return registry[klass]
        best = None
        for klass in registry:      # registered abstract classes (collections.abc...)
            if klass is object or klass in cls.__mro__:
                continue
            if issubclass(cls, klass) and (best is None or issubclass(klass, best)):
                best = klass
        if best is not None:
            return registry[best]
        return registry[object]

    def register(cls, func=None):
        members = _union_members(cls)
        if isinstance(cls, type) or members is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class "
                                "or union type." % (cls,))
            func = cls
            argname, cls = _annotated_class(func)
            members = _union_members(cls)
            if not isinstance(cls, type) and members is None:
                raise TypeError("Invalid annotation for %r. %r is not a class."
                                % (argname, cls))
        if members is None:
            members = [cls]
        for klass in members:
            registry[klass] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            get = getattr(method, "__get__", None)
            if get is not None:
                return get(obj, cls)(*args, **kwargs)
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
