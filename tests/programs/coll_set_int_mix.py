# Sets that start with ints and then meet keys of other types: bools equal to 0 and 1,
# floats equal to ints, big ints whose hash equals a small int's, -1 and -2 (one hash),
# tuples, and objects that compare equal to ints. Printed as they are: the order is
# CPython's table order, which must not change when a set stops holding only ints.


class Num:
    """Equal to an int of the same value, and hashed like it."""
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        return self.v == other

    def __repr__(self):
        return "Num(%d)" % self.v


s = {64, 0, 8, 16, 1, 9, 72}
print("ints", s)
s.add(True)
print("add True", s, [type(x).__name__ for x in s])
s.add(0.5)
print("add 0.5", s)
s.add(2.0)
print("add 2.0", s)
print("in", 1.0 in s, True in s, False in s, 2 in s, 2.5 in s, "9" in s)
s.discard(9.0)
s.remove(64.0)
print("discard 9.0, remove 64.0", s)
s.add(136)
s.add(200)
print("add 136, 200", s)

t = set()
t.add(True)
t.add(1)
t.add(0)
t.add(False)
print("True first", t, [type(x).__name__ for x in t])

big = 2 ** 70
u = {512, 3, 1024}
print("big in", big in u, 2 ** 70 - 2 ** 70 + 512 in u)
u.add(big)
print("with 2**70", u, hash(big) == hash(512))
u.discard(512)
print("without 512", u)
v = {-1, -2, 7, -9}
print("-1 and -2", v, hash(-1) == hash(-2))
v.remove(-1)
print("-1 removed", v, -2 in v, -1 in v)
v.add(-1)
print("-1 back", v)
m = 2 ** 61 - 1
w = {0, m, 2 * m, -m, 5}
print("hash 0", w, [hash(x) for x in w])
w.discard(m)
print("hash 0 less one", w, 0 in w, m in w, 2 * m in w)

x = {Num(3)}
x.add(3)
print("Num(3) then 3", x)
y = {3, 11, 19}
print("Num in ints", Num(11) in y, Num(12) in y)
y.discard(Num(11))
print("discarded Num(11)", y)
y.add(Num(11))
print("added Num(11)", y)
y.add((1, 2))
print("and a tuple", y)

a = {5, 13, 21, 29}
b = {5, 13, 21, 29, 0.5}
b.discard(0.5)
print("equal", a == b, a - b, b ^ a, hash(frozenset(a)) == hash(frozenset(b)))
print("merged", a | {0.25}, {0.25} | a, a & {5.0, 13.0})
c = set(range(20))
for k in range(0, 20, 3):
    c.discard(k)
c.add(1.5)
for k in range(100, 110):
    c.add(k)
print("grown after a float", c)
print("pops", [c.pop() for _ in range(5)], c)
fz = frozenset([1, 2, 3]) | frozenset([2.5])
print("frozen", fz, frozenset({1, 2}) == frozenset({1.0, 2.0}))
