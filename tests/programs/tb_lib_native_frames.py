# Errors raised through functools.reduce, lru_cache and itertools, whose CPython versions are C: the traceback shows only the program's own frames
import functools
import itertools


def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")


def step(total, n):
    check(n)
    return total + n


@functools.lru_cache(maxsize=None)
def countdown(n):
    check(n)
    countdown(n - 1)


def numbers():
    yield from itertools.chain([1, 2], [-7])


print(functools.reduce(step, [3, 1, 4], 0))
print(sorted(itertools.islice(numbers(), 2)))
try:
    functools.reduce(step, itertools.chain([5, 2], numbers()), 0)
except ValueError:
    countdown(2)
