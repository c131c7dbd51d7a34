"""itertools: iterator building blocks (count, cycle, repeat, accumulate, chain, islice,
product, permutations, combinations, zip_longest, groupby, tee, ...).

minipy's own pure-Python version of CPython's `itertools`; the order of the results and
how far each input is consumed follow the CPython documentation. Argument errors are
raised when the iterator is created, as CPython does, so the public names are functions
that check their arguments and return a generator.
"""

import sys


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __c_type_name__ = "itertools.count"    # (its name in messages, as CPython's C type)

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if isinstance(v, (int, float)):
                continue
            if isinstance(v, (str, bytes, list, tuple)) or not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._value,)
        return "count(%r, %r)" % (self._value, self._step)


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


class repeat:
    """repeat(object [,times]) --> object again and again (times times, or forever)."""
    __c_type_name__ = "itertools.repeat"    # (its name in messages, as CPython's C type)

    def __init__(self, object, times=None):
        self._object = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._times)


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        if func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func): accumulate([1,2,3]) --> 1 3 6."""
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next, ..."""
    __c_type_name__ = "itertools.chain"    # (its name in messages, as CPython's C type)

    def __init__(self, *iterables):
        self._gen = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        """chain.from_iterable(iterable) --> chain over the iterables that iterable gives."""
        result = cls()
        result._gen = _chain(iterables)
        return result


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F"""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then give every remaining item."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Give items while predicate(item) is true; stop at the first false one."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def filterfalse(predicate, iterable):
    """The items for which predicate(item) is false (or, with None, the false items)."""
    return _filterfalse(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """starmap(pow, [(2,5), (3,2)]) --> 32 9"""
    return _starmap(function, iter(iterable))


_ISLICE_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STOP_ERROR = ("Stop argument for islice() must be None or an integer: "
                      "0 <= x <= sys.maxsize.")


def _islice_stop(value):
    if value is None:
        return None
    if not isinstance(value, int) or value == -1:
        raise ValueError(_ISLICE_STOP_ERROR)
    if value < -1:
        raise ValueError(_ISLICE_ERROR)
    return value


def _islice_start(value):
    if value is None:
        return 0
    if not isinstance(value, int) or value < 0:
        raise ValueError(_ISLICE_ERROR)
    return value


def _islice(it, start, stop, step):
    count = 0
    target = start
    while True:
        while count < target:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        target += step
        if stop is not None and target > stop:
            target = stop
        yield item


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a lazy slice."""
    if len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    step = 1
    if len(args) == 1:
        start = 0
        stop = _islice_stop(args[0])
    else:
        stop = _islice_stop(args[1])
        start = _islice_start(args[0])
        if len(args) == 3 and args[2] is not None:
            step = args[2]
            if not isinstance(step, int) or step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _zip_longest(its, fillvalue):
    active = len(its)
    if active == 0:
        return
    while True:
        values = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                its[i] = None
                active -= 1
                if active == 0:
                    return
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    its = []
    for iterable in iterables:
        its.append(iter(iterable))
    return _zip_longest(its, fillvalue)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _product(pools):
    n = len(pools)
    for pool in pools:
        if len(pool) == 0:
            return
    indices = [0] * n
    while True:
        yield tuple([pools[i][indices[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return


def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) --> a0 a1 b0 b1."""
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = []
    for iterable in iterables:
        pools.append(tuple(iterable))
    pools = pools * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    used = [False] * n
    chosen = []

    # iterative depth-first walk over the positions, in lexicographic index order
    stack = [0]
    while stack:
        depth = len(stack) - 1
        i = stack[depth]
        if depth == r:
            yield tuple([pool[j] for j in chosen])
            stack.pop()
            if stack:
                last = chosen.pop()
                used[last] = False
                stack[-1] = last + 1
            continue
        while i < n and used[i]:
            i += 1
        if i >= n:
            stack.pop()
            if stack:
                last = chosen.pop()
                used[last] = False
                stack[-1] = last + 1
            continue
        stack[depth] = i
        used[i] = True
        chosen.append(i)
        stack.append(0)


def permutations(iterable, r=None):
    """Successive r-length orderings of the items: permutations('ABC', 2) --> AB AC BA BC CA CB."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r, with_replacement):
    n = len(pool)
    if with_replacement:
        if n == 0 and r > 0:
            return
        indices = [0] * r
    else:
        if r > n:
            return
        indices = list(range(r))
    while True:
        yield tuple([pool[i] for i in indices])
        # find the rightmost index that can still move right
        i = r - 1
        while i >= 0:
            limit = n - 1 if with_replacement else i + n - r
            if indices[i] < limit:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        j = i + 1
        while j < r:
            indices[j] = indices[i] if with_replacement else indices[j - 1] + 1
            j += 1


def combinations(iterable, r):
    """r-length subsequences in input order: combinations('ABCD', 2) --> AB AC AD BC BD CD."""
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r, False)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r, True)


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of equal keys.

    The groups share the underlying iterator: advancing groupby ends the previous group."""
    __c_type_name__ = "itertools.groupby"    # (its name in messages, as CPython's C type)

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have = False
        self._started = False
        self._done = False
        self._curr_key = None
        self._curr_value = None
        self._target = None
        self._token = None

    def __iter__(self):
        return self

    def _fetch(self):
        """Read the next item into the current slot; False when the input is exhausted."""
        if self._done:
            self._have = False
            return False
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            self._have = False
            return False
        self._curr_value = value
        self._curr_key = value if self._keyfunc is None else self._keyfunc(value)
        self._have = True
        return True

    def __next__(self):
        self._token = object()
        while True:
            if not self._have:
                if not self._fetch():
                    raise StopIteration
            if self._started and self._target == self._curr_key:
                self._have = False
                continue
            break
        self._started = True
        self._target = self._curr_key
        return (self._curr_key, _grouper(self, self._target, self._token))


def _grouper(parent, target, token):
    while parent._token is token:
        if not parent._have:
            if not parent._fetch():
                return
        if not (target == parent._curr_key):
            return
        parent._have = False
        yield parent._curr_value


def _tee_iter(source, buffer, start):
    i = start
    while True:
        if i < len(buffer):
            yield buffer[i]
        else:
            try:
                value = next(source)
            except StopIteration:
                return
            buffer.append(value)
            yield value
        i += 1


def tee(iterable, n=2):
    """tee(it, n=2) --> n independent iterators over the same items."""
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffer = []
    result = []
    for i in range(n):
        result.append(_tee_iter(source, buffer, 0))
    return tuple(result)
