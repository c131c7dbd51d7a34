# Sets of ints, floats and tuples printed and iterated as they are: their order is
# CPython's table order, which depends on the hashes, on collisions, on deletions and on
# when the table grew. Literals, comprehensions, set(), add/discard/pop, the operators and
# their in-place forms, the methods with several arguments, and frozensets.
import random


def show(label, s):
    print(label.ljust(24), s)


show("literal", {9, 3, 7, 1})
show("negatives", {5, -1, 2, -8, 16})
show("big and colliding", {2305843009213693952, 1, 9, 17, -2, -1})
show("hundreds", {100, 200, 300, 400, 500})
show("floats", {0.5, 1.5, -2.25, 1e10, 3.0})
show("tuples", {(1, 2), (2, 1), (0, 0), (-1, 5)})
show("mixed equal", {1, 1.0, True, 2.0, 2})

s = set()
for x in [64, 0, 8, 16, 1, 9, 72, 136]:
    s.add(x)
show("added, colliding", s)
s.discard(8)
s.discard(64)
s.add(200)
s.add(8)
show("after discards", s)

show("comprehension", {x * x % 97 for x in range(40)})
show("set(range)", set(range(50, 0, -7)))
show("set(list)", set([31, 63, 95, 127, 159, 7]))
show("set(dict)", set({40: "a", 8: "b", 24: "c", 1: "d"}))
show("set(str)", sorted(set("mississippi")))

a = {x * 3 for x in range(20)}
b = {x * 5 for x in range(15)}
show("a | b", a | b)
show("a & b", a & b)
show("b & a", b & a)
show("a - b", a - b)
show("b - a", b - a)
show("a ^ b", a ^ b)
show("b ^ a", b ^ a)
show("union(list, range)", a.union([1000, 7, 3], range(5)))
show("intersection(...)", a.intersection(range(0, 60, 2), [6, 12, 18, 24, 30]))
show("difference(...)", a.difference([0, 3], {6, 9}))
show("symmetric_difference", a.symmetric_difference([1, 2, 3]))
show("small - big", {3, 6} - set(range(100)))
show("big - small", set(range(0, 200, 3)) - {3, 6})

c = set(range(30))
c -= {x for x in range(30) if x % 3}
show("-= (dummies shed)", c)
c |= {100, -100, 31}
show("|=", c)
c &= set(range(0, 200, 2)) | {-100}
show("&=", c)
c ^= {0, 1, 2, 500}
show("^=", c)
c.update([64, 65], {128})
show("update(...)", c)
c.difference_update(range(10))
show("difference_update", c)
c.intersection_update(range(0, 1000, 4), range(0, 1000, 8))
show("intersection_update", c)
c.symmetric_difference_update([8, 1024])
show("sym_diff_update", c)

popped = []
d = {x * 11 for x in range(12)}
while d:
    popped.append(d.pop())
print("pop order".ljust(24), popped)

e = {5, 13, 21}
e.pop()
e.add(29)
e.add(37)
show("pop then add", e)
e.clear()
e.update({7, 15})
show("clear then update", e)

f = frozenset([40, 8, 24, 56])
show("frozenset", f)
show("frozenset | set", f | {1})
show("set | frozenset", {1} | f)
show("copy", f.copy())
show("set(frozenset)", set(f))

rng = random.Random(7)
g = set()
for step in range(2000):
    x = rng.randrange(-500, 500)
    if rng.random() < 0.6:
        g.add(x)
    else:
        g.discard(x)
print("random walk", len(g), list(g)[:25])
h = set(g)
print("its copy", list(h)[:25])
print("for loop", [x for x in {33, 1, 65, 97, -31}])
print("sorted", sorted({33, 1, 65, 97, -31}))

# dict views with the set operators, the view on either side
d = {x * 9: x for x in range(20)}
e = {x * 4: -x for x in range(30)}
show("keys | set", d.keys() | {1000, 3})
show("set | keys", {1000, 3} | d.keys())
show("keys - set", d.keys() - {0, 9})
show("set - keys", {0, 9, 5} - d.keys())
show("keys & set", d.keys() & {0, 9, 4, 36})
show("set & keys", {0, 9, 4, 36} & d.keys())
show("keys & keys", d.keys() & e.keys())
show("keys ^ keys", d.keys() ^ e.keys())
show("keys & big set", d.keys() & set(range(0, 1000, 3)))
show("items & set", d.items() & {(9, 1), (0, 0), (5, 5)})
show("keys | list", d.keys() | [1, 2])
show("set(keys)", set(d.keys()))
show("set(values)", set(d.values()))
