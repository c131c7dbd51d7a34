"""copy: shallow and deep copies (copy, deepcopy with a memo; __copy__/__deepcopy__ hooks).

minipy's own pure-Python version of CPython's `copy`. Lists, dicts, sets, tuples and
instances of classes are copied; immutable built-in values (numbers, strings, None,
types, functions, ranges...) are returned as they are.
"""


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, slice,
           type(_function), type(len), type(NotImplemented), property)


def _is_atomic(x):
    cls = type(x)
    for t in _ATOMIC:
        if cls is t:
            return True
    return isinstance(x, type)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        if klass is object:
            break
        if "__slots__" in klass.__dict__:
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = [slots]
            for name in slots:
                if name != "__dict__" and name != "__weakref__" and name not in names:
                    names.append(name)
    return names


def _new_like(x):
    """An empty instance of x's class, made without running its __init__."""
    cls = type(x)
    if isinstance(x, list):
        return list.__new__(cls)
    if isinstance(x, dict):
        return dict.__new__(cls)
    return object.__new__(cls)


def _newargs(x):
    """The arguments that rebuild a tuple subclass instance (namedtuples: their fields)."""
    if hasattr(x, "__getnewargs__"):
        return tuple(x.__getnewargs__())
    return (tuple(x),)


def _new_tuple_like(x, args):
    cls = type(x)
    return cls.__new__(cls, *args)


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _get_state(x):
    """(dict state or None, slot values or None), or the value of a user-defined __getstate__."""
    if _defines(type(x), "__getstate__"):
        return x.__getstate__()
    dict_state = None
    if hasattr(x, "__dict__"):
        dict_state = x.__dict__
    slot_state = None
    names = _slot_names(type(x))
    if names:
        slot_state = {}
        for name in names:
            if hasattr(x, name):
                slot_state[name] = getattr(x, name)
    if slot_state is None:
        return dict_state
    return (dict_state, slot_state)


def _set_state(y, state):
    if hasattr(y, "__setstate__") and _defines(type(y), "__setstate__"):
        y.__setstate__(state)
        return
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        slot_state = state[1]
        state = state[0]
    if state:
        # as CPython's y.__dict__.update(state): no custom __setattr__ runs
        for name in state:
            object.__setattr__(y, name, state[name])
    if slot_state:
        for name in slot_state:
            setattr(y, name, slot_state[name])


def _user_reduce(x):
    """What a class's own __reduce_ex__ (or __reduce__) says of x, as copy uses it;
    None when neither is defined below object."""
    cls = type(x)
    if _defines(cls, "__reduce_ex__"):
        return x.__reduce_ex__(4)
    if _defines(cls, "__reduce__"):
        return x.__reduce__()
    return None


def _reconstruct(x, rv, memo):
    """The copy that a reduce value (callable, args[, state[, items[, pairs]]]) describes;
    deep when memo is a dict. A str value names x itself (a global)."""
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
        raise Error("un(deep)copyable object of type %s" % type(x))
    deep = memo is not None
    func, args = rv[0], rv[1]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    state = rv[2] if len(rv) > 2 else None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if len(rv) > 3 and rv[3] is not None:
        for item in rv[3]:
            y.append(deepcopy(item, memo) if deep else item)
    if len(rv) > 4 and rv[4] is not None:
        for key, value in rv[4]:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    if hasattr(x, "__copy__"):
        return x.__copy__()
    rv = _user_reduce(x)
    if rv is not None:
        return _reconstruct(x, rv, None)
    if isinstance(x, tuple):
        y = _new_tuple_like(x, _newargs(x))
    else:
        y = _new_like(x)
    state = _get_state(x)
    if state is not None:
        _set_state(y, state)
    if isinstance(x, list):
        list.extend(y, x)
    elif isinstance(x, dict):
        for key in dict.keys(x):
            dict.__setitem__(y, key, dict.__getitem__(x, key))
    return y


def _keep_alive(x, memo):
    key = id(memo)
    if key in memo:
        memo[key].append(x)
    else:
        memo[key] = [x]


def deepcopy(x, memo=None):
    """A deep copy of x: containers and instances are copied recursively, shared parts once."""
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key in x:
            y[deepcopy(key, memo)] = deepcopy(x[key], memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif hasattr(x, "__deepcopy__"):
        y = x.__deepcopy__(memo)
    else:
        rv = _user_reduce(x)
        if rv is not None:
            y = _reconstruct(x, rv, memo)
            if y is not x:
                memo[d] = y
                _keep_alive(x, memo)
            return y
        if isinstance(x, tuple):
            y = _new_tuple_like(x, deepcopy(_newargs(x), memo))
        else:
            y = _new_like(x)
        memo[d] = y
        state = _get_state(x)
        if state is not None:
            _set_state(y, deepcopy(state, memo))
        if isinstance(x, list):
            for item in list.__iter__(x):
                list.append(y, deepcopy(item, memo))
        elif isinstance(x, dict):
            for key in dict.keys(x):
                dict.__setitem__(y, deepcopy(key, memo), deepcopy(dict.__getitem__(x, key), memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
