"""Error cases across our minipy/lib modules: same exception type and message as CPython's
modules, raised at the same moment (at the call, or when the iterator is consumed).

Not compared: the wording of argument-count errors of functions that CPython writes in C
("add expected 2 arguments, got 1"); ours are ordinary Python functions and say
"add() missing 1 required positional argument: 'b'"."""
import bisect
import collections
import functools
import heapq
import itertools
import operator
import sys

import pytest

from libload import lib, outcome  # noqa: F401 (lib is a fixture)

CASES = [
    ("itertools", "chain", (5,)), ("itertools", "cycle", (5,)), ("itertools", "accumulate", (5,)),
    ("itertools", "zip_longest", ("ab", 5)), ("itertools", "product", (5,)),
    ("itertools", "permutations", (5,)), ("itertools", "combinations", (5, 2)),
    ("itertools", "groupby", (5,)), ("itertools", "starmap", (pow, 5)),
    ("itertools", "starmap", (pow, [(1, 2, 3, 4)])), ("itertools", "islice", (5, 2)),
    ("itertools", "takewhile", (bool, 5)), ("itertools", "dropwhile", (bool, None)),
    ("itertools", "tee", (5,)), ("itertools", "compress", ("ab", 5)), ("itertools", "pairwise", (5,)),
    ("itertools", "accumulate", ([1, "a"],)), ("itertools", "product", ("ab",), {"repeat": -2}),
    ("functools", "reduce", (operator.add, [])), ("functools", "reduce", (operator.add, None)),
    ("functools", "reduce", (operator.add, [1, "a"])),
    ("heapq", "heappush", ((), 1)), ("heapq", "heapify", ((3, 1),)), ("heapq", "heappop", ((1,),)),
    ("heapq", "heapreplace", ((), 1)), ("heapq", "heappushpop", (5, 1)), ("heapq", "heappop", ([],)),
    ("heapq", "heappush", ([1], "a")),
    ("bisect", "bisect", (None, 1)), ("bisect", "insort", ((1, 2), 1)), ("bisect", "bisect_left", ([1, 2], "a")),
    ("bisect", "bisect_right", ([1], 1, -3)),
    ("collections", "deque", (5,)), ("collections", "deque", ([], 2.5)), ("collections", "Counter", (5,)),
    ("collections", "namedtuple", ("P", 5)), ("collections", "namedtuple", ("P", "a b a")),
    ("collections", "OrderedDict", (5,)), ("collections", "defaultdict", ("x",)),
    ("operator", "itemgetter", (1,), {}, ([],)), ("operator", "attrgetter", ("x",), {}, (None,)),
    ("operator", "methodcaller", ("nope",), {}, (1,)), ("operator", "methodcaller", (5,)),
    ("operator", "add", (1, "a")), ("operator", "getitem", ({}, "k")), ("operator", "index", (1.5,)),
    ("operator", "indexOf", ([1, 2], 3)), ("operator", "countOf", (5, 1)), ("operator", "concat", (1, 2)),
]


def _consume(fn, args, kwargs, call_args):
    result = fn(*args, **kwargs)
    if call_args is not None:
        result = result(*call_args)
    if hasattr(result, "__next__"):
        return list(result)
    return result


@pytest.mark.parametrize("case", CASES, ids=lambda c: "%s.%s%r" % (c[0], c[1], c[2]))
def test_same_error(lib, case):
    mod, name, args = case[0], case[1], case[2]
    kwargs = case[3] if len(case) > 3 else {}
    call_args = case[4] if len(case) > 4 else None
    ours = outcome(_consume, getattr(getattr(lib, mod), name), args, kwargs, call_args)
    theirs = outcome(_consume, getattr(sys.modules[mod], name), args, kwargs, call_args)
    assert ours[0] == "raise", "CPython raises here, so must we: %r" % (theirs,)
    assert ours == theirs


def test_errors_are_raised_at_call_time(lib):
    # CPython checks these arguments when the iterator is made, not when it is consumed
    for name, args in [("islice", ([], -1)), ("permutations", ("ab", -1)), ("combinations", ("ab", -1)),
                       ("product", ("ab", 5)), ("zip_longest", (5,)), ("cycle", (5,))]:
        kwargs = {"repeat": -1} if name == "product" else {}
        if name == "product":
            args = ("ab",)
        assert outcome(getattr(lib.itertools, name), *args, **kwargs)[0] == "raise", name
        assert outcome(getattr(itertools, name), *args, **kwargs)[0] == "raise", name
