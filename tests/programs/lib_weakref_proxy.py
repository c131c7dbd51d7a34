# weakref.proxy as a stand-in for its object: attribute reads and writes, method calls,
# operators (both sides), containers, callable proxies, shared plain proxies and
# callbacks, and ReferenceError once the object is gone (after gc.collect()).
import gc
import weakref


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vector(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(*[-a for a in self.xs])

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, v):
        return v in self.xs

    def __bool__(self):
        return any(self.xs)

    def __str__(self):
        return "Vector%s" % (tuple(self.xs),)

    def norm1(self):
        return sum(abs(a) for a in self.xs)


v = Vector(1, -2, 3)
p = weakref.proxy(v)
print(type(p).__name__, p.xs, p.norm1(), str(p), len(p), p[1], -2 in p, list(p))
p.label = "v"
p[0] = 10
print(v.label, v.xs, p.__class__.__name__, isinstance(p, weakref.ProxyType), isinstance(p, Vector))
print("norm1" in dir(p), "xs" in dir(p))
print(str(p + Vector(1, 1, 1)), str(p * 2), str(3 * p), str(-p))
print(p == Vector(10, -2, 3), p == v, p < Vector(100), bool(p))
print(weakref.proxy(v) is p, weakref.getweakrefcount(v), weakref.getweakrefs(v)[0] is p)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


c = Counter()
cp = weakref.proxy(c)
print(type(cp).__name__, cp(), cp(5), cp.n, callable(cp), callable(p))
print(isinstance(cp, weakref.ProxyTypes), weakref.CallableProxyType in weakref.ProxyTypes)

gone = []
q = weakref.proxy(v, lambda prox: gone.append(prox is q))
print(q is p, weakref.getweakrefcount(v))
del v
gc.collect()
print(gone)
for action in [lambda: p.xs, lambda: len(p), lambda: p + p, lambda: str(p), lambda: p[0],
               lambda: bool(q)]:
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError", e)
try:
    p.xs = []
except ReferenceError as e:
    print("ReferenceError on set:", e)
del c
gc.collect()
try:
    cp()
except ReferenceError as e:
    print("ReferenceError", e)
print(repr(p).startswith("<weakproxy at 0x"), "to NoneType" in repr(p))
