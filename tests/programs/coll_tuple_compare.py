# tuple comparisons of every item kind, in hot loops (compiled) and once (interpreted)
import heapq

nan = float("nan")


class Rev:
    """Orders backwards; its comparisons are Python code."""
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __gt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return isinstance(other, Rev) and self.v == other.v
    def __le__(self, other):
        return self.v >= other.v
    def __ge__(self, other):
        return self.v <= other.v
    def __repr__(self):
        return "Rev(%r)" % self.v


class T(tuple):
    def __lt__(self, other):
        return "T.__lt__"


PAIRS = [
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1,)), ((), ()), ((), (0,)),
    (("a", "b"), ("a", "c")), (("b",), ("a", "z")), (("é",), ("z",)),
    ((1.5, 2), (1.5, 1)), ((0.0,), (-0.0,)), ((1, 2.5), (1.0, 2.5)),
    ((2 ** 70, 1), (2 ** 70, 0)), ((True, 1), (1, 0)), ((False,), (0.0,)),
    ((nan,), (nan,)), ((1, nan), (1, nan)), ((nan, 1), (nan, 2)),
    (((1, 2), 3), ((1, 2), 4)), (((1, "x"), 3), ((1, "y"), 0)), ((((1,),),), (((0,),),)),
    ((Rev(1), 2), (Rev(2), 1)), ((1, Rev(5)), (1, Rev(3))), ((Rev(1),), (Rev(1),)),
    ((None, 1), (None, 2)), ((1, None), (1, None)),
    (T((1, 2)), (3, 4)), ((3, 4), T((1, 2))),
]


def compare_all(a, b):
    res = []
    for name, f in (("<", lambda: a < b), ("<=", lambda: a <= b), ("==", lambda: a == b),
                    ("!=", lambda: a != b), (">", lambda: a > b), (">=", lambda: a >= b)):
        try:
            res.append("%s:%s" % (name, f()))
        except TypeError as e:
            res.append("%s:TypeError(%s)" % (name, e))
    return " ".join(res)


for a, b in PAIRS:
    print(repr(a), repr(b), compare_all(a, b))


def hot(a, b, n):
    """The same comparisons many times in one loop (a compiled trace)."""
    counts = [0] * 6
    for i in range(n):
        if a < b:
            counts[0] += 1
        if a <= b:
            counts[1] += 1
        if a == b:
            counts[2] += 1
        if a != b:
            counts[3] += 1
        if a > b:
            counts[4] += 1
        if a >= b:
            counts[5] += 1
    return counts


for a, b in PAIRS:
    try:
        print(repr(a), hot(a, b, 1500))
    except TypeError as e:
        print(repr(a), "TypeError:", e)


def made_in_loop(n):
    """Tuples built in the loop and compared at once (the JIT need not allocate them)."""
    lt = eq = gt = 0
    for i in range(n):
        x = (i % 7, "k%d" % (i % 3), i % 2 == 0)
        y = (i % 5, "k1", False)
        if x < y:
            lt += 1
        elif x == y:
            eq += 1
        else:
            gt += 1
    return lt, eq, gt


print(made_in_loop(5000))

# errors: no order between these items
for a, b in (((1, "a"), (1, 2)), ((None,), (None, 1)), ((1, None), (1, 0)), (((1,), 2), ((1, "x"), 2))):
    print(compare_all(a, b))

# keys and heaps of tuples
items = [(i * 37 % 101, "w%d" % (i % 9), i) for i in range(300)]
print(max(items, key=lambda t: (t[1], -t[0])))
print(min(items, key=lambda t: (t[0] % 10, t[1])))
print(sorted(items, key=lambda t: (t[1], t[0]))[:4])
heap = []
for t in items:
    heapq.heappush(heap, (t[0] % 13, t[1], t[2]))
print([heapq.heappop(heap) for _ in range(5)])
print(max([(1, nan), (1, 2.0), (1, 1.0)]), min([(nan, 1), (2.0, 0)]))
