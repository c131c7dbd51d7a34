# functools: reduce, partial, lru_cache with cache_info, wraps, total_ordering, cmp_to_key.
from functools import cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps
import functools

print(reduce(lambda a, b: a + b, range(101)), reduce(lambda acc, c: c + acc, "abc", ""))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def square(n):
    print("  computing", n)
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(square.cache_info())
pow2 = partial(pow, 2)
print(pow2(10), [pow2(i) for i in range(5)], partial(int, base=16)("ff"))
print(pow2.func is pow, pow2.args, partial(print, sep="-").keywords)


def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        return "log:" + str(fn(*args))
    return wrapper


@logged
def double(x):
    """Double it."""
    return 2 * x


print(double(21), double.__name__, double.__doc__, double.__wrapped__(4))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


a, b = Money(150), Money(99)
print(a > b, a >= b, a <= b, b <= b, sorted([a, b, Money(1000)]), max(a, b))


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(functools.reduce(max, [3, 9, 2]), functools.partial(max, key=len)("aa", "b", "ccc"))


@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(60))
