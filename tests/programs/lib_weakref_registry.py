# Object registries that must not keep their objects alive: per-object metadata in a
# WeakKeyDictionary, ref() callbacks that log deaths (in CPython's order, after
# gc.collect()), getweakrefcount/getweakrefs, ref equality and hashing, subclasses of ref.
import gc
import weakref


class Session:
    def __init__(self, user):
        self.user = user

    def __repr__(self):
        return "Session(%s)" % self.user


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


meta = weakref.WeakKeyDictionary()
sessions = [Session(u) for u in ["ann", "ben", "cy", "dee"]]
for i, s in enumerate(sessions):
    meta[s] = {"logins": i + 1}
del s
print(len(meta), sessions[1] in meta, meta[sessions[2]], meta.get(sessions[3])["logins"])
print(sorted(s.user for s in meta.keys()), sorted(v["logins"] for v in meta.values()))
print(5 in meta, "x" in meta)
try:
    meta.get(5, "no")
except TypeError as e:
    print("TypeError", e)

deaths = []


def on_death(tag):
    def cb(wr):
        deaths.append((tag, wr() is None))
    return cb


refs = [weakref.ref(s, on_death(s.user)) for s in sessions]
print(weakref.getweakrefcount(sessions[0]), weakref.getweakrefcount(5))
sessions.pop(0)
sessions.pop(1)
gc.collect()
print(deaths, len(meta), sorted(s.user for s in meta))
print([r() is None for r in refs], [r.__callback__ is None for r in refs])

# several references to one object: callbacks newest first
target = Session("eve")
order = []
r1 = weakref.ref(target, lambda r: order.append("first"))
r2 = weakref.ref(target, lambda r: order.append("second"))
plain = weakref.ref(target)
print(weakref.ref(target) is plain, weakref.getweakrefcount(target))
found = weakref.getweakrefs(target)
print(found[0] is plain, found[1] is r2, found[2] is r1)
del found
del target
gc.collect()
print(order, plain() is None, weakref.getweakrefcount(plain))

# refs compare and hash as their referents while alive
a, b = Point(1, 2), Point(1, 2)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra is rb, hash(ra) == hash(a), {ra: "A"}[rb])
dead_hash = hash(ra)
del a
gc.collect()
print(ra == rb, ra == ra, ra != rb, hash(ra) == dead_hash)
del b
gc.collect()
c = Point(0, 0)
rc = weakref.ref(c)
del c
gc.collect()
try:
    hash(rc)
except TypeError as e:
    print("TypeError", e)


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=""):
        return super().__new__(cls, ob, callback)


seen = []
p = Point(3, 4)
t = Tagged(p, lambda r: seen.append(r.tag), tag="p34")
print(type(t).__name__, t.tag, t() is p, isinstance(t, weakref.ref), weakref.getweakrefs(p)[0] is t)
del p
gc.collect()
print(seen, t())
print(meta.pop(sessions[0])["logins"], len(meta), meta.setdefault(sessions[1], 0))
wk2 = meta.copy()
print(len(wk2), sorted(k.user for k, v in wk2.items()))
del sessions
gc.collect()
print(len(meta), len(wk2), list(meta.items()))
