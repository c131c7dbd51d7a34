# Float attributes: updated in place, read back, replaced by other types, deleted,
# seen through __dict__, __slots__, class changes and many attributes.
import math


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1.5, 2.0)
q = P(1.5, 2.0)
for i in range(5):
    p.x += 0.25
    p.y *= 1.5
print(p.x, p.y, q.x, q.y)

# a value read out keeps its value when the attribute changes
old = p.x
p.x = -3.0
print(old, p.x)

# identity of a float read from an attribute
a = p.x
print(a is p.x, a == p.x, p.x is p.x)

# another type replaces a float: the attribute and its neighbours keep their values
p.y = "text"
print(p.x, p.y)
p.y = 7.25
p.x = None
print(p.x, p.y)
p.x = 1
p.x += 0.5
print(p.x, type(p.x).__name__)

# instances made after that still work, with floats and with other types
r = P(0.1, 0.2)
s = P(3, [1.0])
r.x += r.y
print(r.x, r.y, s.x, s.y)
print(vars(r), vars(s))

# special values
t = P(float("inf"), float("nan"))
t.x = -t.x
print(t.x, t.y, math.isnan(t.y), t.x == float("-inf"))
t.y = -0.0
print(t.y, math.copysign(1.0, t.y))

# a float subclass stays what it is
class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)

u = P(F(2.5), 1.0)
u.y = F(4.0)
print(repr(u.x), repr(u.y), type(u.x).__name__, type(u.y).__name__)

# __dict__ reads and writes
d = P(1.0, 2.0)
d.__dict__["x"] = 10.0
d.__dict__["z"] = 3.5
print(d.x, d.z, sorted(d.__dict__.items()))
del d.y
print(sorted(vars(d).items()))
d.y = 8.0
d.y /= 4
print(sorted(vars(d).items()))

# more attributes than fit in the instance itself
class Many:
    pass

m = Many()
for k in range(9):
    setattr(m, "a%d" % k, k * 0.5)
for k in range(9):
    setattr(m, "a%d" % k, getattr(m, "a%d" % k) * 2 + 1)
m.a7 = "seven"
m.a8 += 100
print([getattr(m, "a%d" % k) for k in range(9)])
del m.a2
print(sorted(vars(m).items()))

# __slots__
class S:
    __slots__ = ("u", "v")

    def __init__(self):
        self.u = 0.5
        self.v = 1.5

    def step(self):
        self.u, self.v = self.v, self.u + self.v

o = S()
for _ in range(10):
    o.step()
print(o.u, o.v)
o.u = 3
print(o.u, o.v)

# changing the class keeps the values
class A:
    pass

class B:
    pass

w = A()
w.f = 2.5
w.g = 1
w.__class__ = B
w.f += 1
print(type(w).__name__, w.f, w.g)

# a hot loop that updates float attributes, then a type change mid-way
class Acc:
    def __init__(self):
        self.total = 0.0
        self.count = 0

acc = Acc()
for i in range(3000):
    acc.total += i * 0.5
    acc.count += 1
    if i == 2000:
        acc.total = int(acc.total)
print(acc.total, acc.count, type(acc.total).__name__)

# exception instances hold float attributes too
class E(Exception):
    pass

e = E("boom")
e.value = 1.25
e.value *= 4
print(e.value, e.args)

# copies, vars(), __dict__.clear(), setattr/delattr, __setattr__, __getattr__, properties
import copy
class P:
    def __init__(self):
        self.a = 1.5
        self.b = 2.5
p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
q.a += 1
r.b *= 2
print(p.a, p.b, q.a, q.b, r.a, r.b)
vars(p).update(a=9.0, c=0.5)
print(p.a, p.c, sorted(vars(p)))
p.__dict__.clear()
print(vars(p), hasattr(p, "a"))
p.a = 3.0
setattr(p, "a", getattr(p, "a") + 1)
delattr(p, "a")
print(hasattr(p, "a"))

class S:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
s = S()
s.x = 1.25
s.x = s.x + 1
print(s.x)

class G:
    def __getattr__(self, name):
        return 0.5
g = G()
g.y = 2.0
print(g.y, g.z)
g.y += g.z
print(g.y)

class Prop:
    def __init__(self):
        self._v = 1.0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 10
pr = Prop()
pr.v = 0.5
pr.v += 0.5
print(pr.v)
x = 0.1
class Same:
    pass
o = Same(); o.f = x
print(o.f is x, id(o.f) == id(x), o.f == x)
print(float.__repr__(o.f), o.f.hex(), o.f.is_integer())
