# tuple(): of a tuple (the same object), a list, iterators, subclasses; and tuple building
class MyTuple(tuple):
    pass


t = (1, 2, 3)
print(tuple(t) is t, tuple(t) == t)
m = MyTuple((4, 5))
print(type(tuple(m)).__name__, tuple(m), tuple(m) is m)
print(type(MyTuple(t)).__name__, MyTuple(t), MyTuple(t) is t)
lst = [1, "a", None]
tl = tuple(lst)
lst.append(9)
print(tl, lst)
print(tuple(x * x for x in range(5)), tuple("abc"), tuple({"k": 1, "j": 2}), tuple(range(3, 0, -1)))
empty = ()
print(tuple(), tuple([]), tuple(()) is empty, tuple([]) is empty)

# a list popped from the front (its items start at an offset) turned into a tuple
q = list(range(40))
for _ in range(25):
    q.pop(0)
print(tuple(q), (*q,))

a = [1, 2]
b = (3, 4)
print((*a, *b), (*b,), (*a, 5, *"xy"))
print(t * 3, t * 0, 2 * (0,), t[::2], t[::-1], t[1:], t[5:9], (t * 2)[1::3])
print(t + ("x",), () + (), t.index(2), t.count(3), len(t * 100))


def f(*args, **kw):
    return args, sorted(kw.items())


print(f(*t), f(*t, *t), f(*[7, 8], k=1), f(*(), **{"z": 0}))
x, y, z = t
p, *q2 = t
print(x, y, z, p, q2)
for i, (u, v) in enumerate(((1, 2), (3, 4))):
    print(i, u, v)
try:
    x, y = t
except ValueError as e:
    print("ValueError:", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) * 2.0
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash(tuple([1, 2])), {(1, 2): "a"}[tuple([1, 2])])
