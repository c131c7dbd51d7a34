# set and frozenset operations; tuple methods, comparisons, hashing, and tuples as dict keys.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 5} <= a, a >= {1}, {1, 2} < {1, 2}, a.isdisjoint({7, 8}), a.issubset(range(10)))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.discard(5)
print(sorted(s), len(s), 2 in s)
s.remove(2)
print(sorted(s), s.pop() in (1, 3), len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset("hello")
print(sorted(fs), len(fs), "h" in fs, fs == frozenset("ohell"), hash(fs) == hash(frozenset("lohe")))
groups = {frozenset(["a", "b"]): 1, frozenset(["b", "a"]): 2}
print(len(groups), list(groups.values()))
c = a.copy()
c -= {1}
c |= {10}
c &= {2, 3, 10, 11}
print(sorted(c), sorted(a))
print(set() == set(), set([1]) == {1}, sorted(set("mississippi")), len(set(range(100)) - set(range(0, 100, 2))))
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t[2:5], t[::-1][:3], len(t), min(t), max(t), sum(t))
print((1, 2) + (3,), (0,) * 3, (), (1,), tuple("ab"), (1, 2) < (1, 2, 3), (2,) > (1, 9))
point = (3, 4)
lookup = {point: "here", (0, 0): "origin"}
print(lookup[(3, 4)], lookup.get((1, 1), "nowhere"), hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 3]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print(sorted({(1, "b"), (1, "a"), (0, "z")}), sorted({-3, 3, -1}, key=lambda v: (abs(v), v)))
