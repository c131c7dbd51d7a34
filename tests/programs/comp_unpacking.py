# Unpacking: tuples, nested targets, starred assignment, swaps, unpacking in for loops and calls.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
p, (q, *r), s = 1, (2, 3, 4), 5
print(p, q, r, s)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for key, (lo, hi) in sorted({"a": (1, 5), "b": (0, 2)}.items()):
    print(key, hi - lo)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print([*range(3), *"ab", *[None]], (*"xy", 1), {*"aab", *"bc"} == {"a", "b", "c"})
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, "a": 0, **d1})


def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw


print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], **{"c": 9, "z": 8}))
m, n = "ab"
print(m, n)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    left, *others = row
    print(left, sum(others))
values = [3, 1, 2]
values[0], values[2] = values[2], values[0]
print(values)
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
