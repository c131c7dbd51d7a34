# Sorting and comparing tuples of ints, strs and floats, with the cases where the items
# are not all of one plain kind: NaN, bool, mixed numbers, subclasses, lists inside.
nan = float("nan")

rows = [(3, "b"), (1, "z"), (3, "a"), (2, "m"), (1, "a"), (3, "a", 0), (3,), ()]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(rows, key=lambda r: (-len(r), r)))

words = {"kalo": 3, "mi": 5, "ne": 3, "bata": 5, "su": 1}
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(words.items(), key=lambda kv: (kv[1], kv[0])))
print(min(words.items(), key=lambda kv: (kv[1], kv[0])))

# mixed numbers in the same position
print(sorted([(1.5, "x"), (1, "y"), (True, "z"), (0.5, "w"), (2, "v")]))
print((1, 2.0) == (1, 2), (1, 2.5) < (1, 3), (True, 1) == (1, True))

# NaN: no order, and equal only to itself by identity
pairs = [(2.0, "a"), (nan, "b"), (1.0, "c")]
print([p[1] for p in sorted(pairs)])
print((nan, 1) < (nan, 2), (nan, 1) == (nan, 1))
t = (nan, 1)
print(t == t, [t] == [t], (1.0, nan) < (1.0, 0.0))

# nested tuples and different lengths
print(sorted([((1, 2), 3), ((1,), 9), ((1, 2), 2), ((0, 5, 5), 1)]))
print((1, 2) < (1, 2, 0), (1, 2, 0) > (1, 2), (1, (2, "a")) < (1, (2, "b")))

# items that are not plain: lists, subclasses, user objects with __lt__
class Key(str):
    def __lt__(self, other):
        return len(self) < len(other)

print(sorted([(1, Key("ccc")), (1, Key("a")), (1, Key("bb"))]))
print(sorted([(1, [2, 1]), (1, [1, 5]), (0, [9])]))

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "Rev(%d)" % self.v

print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))

# what cannot be compared says so
for bad in ([(1, "a"), (1, 2)], [("x", 1), (2, 1)], [(1, None), (1, None)]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError:", e)

# a stable sort keeps equal keys in their order
recs = [("b", 2, i) for i in range(5)] + [("a", 2, i) for i in range(5)]
print(sorted(recs, key=lambda r: (r[1], r[0])))
