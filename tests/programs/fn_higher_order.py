# Higher-order functions: map/filter/sorted with lambdas, functools.reduce and partial, currying.
from functools import partial, reduce

nums = [5, 3, 8, 1, 9, 2, 7]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 2, nums)), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 100), reduce(max, nums))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(str.upper, ["a", "b"])))
print(sorted(nums, key=lambda x: -x), sorted(["bb", "a", "ccc"], key=len))


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*(args + more))
    return curried


add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
int2 = partial(int, base=2)
print(int2("1011"), int2("111"), partial(max, 0)(-5, -2), partial(sorted, reverse=True)([1, 3, 2]))


def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x


print(apply_n(lambda s: s + "!", 3, "hey"), apply_n(lambda v: v * 2, 10, 1))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(reduce(lambda acc, f: f(acc), pipeline, "  Hello Big World  "))
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for op in sorted(table):
    print(op, table[op](7, 3))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any([]), all([]))
print(max(nums, key=lambda x: (x % 3, x)), min(["pear", "fig", "apple"], key=len))
words = "the quick brown fox jumps over the lazy dog".split()
print(reduce(lambda acc, w: acc if len(acc) >= len(w) else w, words))
print(dict(zip(words, map(len, words))))
