# Slice reads and assignments on lists: prefix reversal (a pancake sort), same-length
# and resizing assignments, extended slices, a list assigned into itself, tuples and
# iterators as sources, bounds of every kind, and the errors.


def flip(stack, k):
    stack[:k + 1] = stack[k::-1]


def pancake_sort(items):
    stack = list(items)
    flips = 0
    for size in range(len(stack), 1, -1):
        biggest = stack.index(max(stack[:size]))
        if biggest != size - 1:
            if biggest != 0:
                flip(stack, biggest)
                flips += 1
            flip(stack, size - 1)
            flips += 1
    return stack, flips


print(pancake_sort([3, 6, 1, 9, 4, 8, 2, 7, 5, 0]))

a = list(range(10))
a[2:5] = (20, 30, 40)            # same length, from a tuple
print(a)
a[2:5] = [1]                     # shrink
print(a)
a[1:1] = "xy"                    # insert from a str
print(a)
a[5:] = iter([7, 7, 7, 7, 7])    # from an iterator
print(a)
a[::2] = a[1::2]                 # extended, same list on both sides
print(a)
a[::-1] = a                      # the list itself, reversed
print(a)
a[:] = []
print(a, len(a))

b = list(range(8))
print(b[True:6:2], b[-100:100], b[6:2], b[6:2:-1], b[::-3], b[-2::-2])
b[-3:] = b[:3]
print(b)
b[10:20] = [99]                  # past the end: appended
print(b)
b[-20:1] = (5, 5)                # before the start
print(b)
b[4:2] = "ab"                    # stop before start: inserted at start
print(b)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


c = list("abcdefgh")
c[Idx(1):Idx(7):Idx(3)] = ["X", "Y"]
print("".join(c), c[Idx(-3):])

for bad in [lambda: c.__setitem__(slice(0, 8, 2), [1, 2]),
            lambda: c.__setitem__(slice(None, None, 0), []),
            lambda: c.__getitem__(slice(0, "x")),
            lambda: c.__setitem__(slice(0, 2), 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print([int(x) for x in (2.9, -2.9, 1e18, True, False, 7, -0.5)])
for x in (float("inf"), float("nan"), "12", 3.0e30):
    try:
        print(int(x))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for key in (slice(0, 2), slice(None, None, 2), slice(None, None, -1), slice(1, 2, 0)):
    try:
        c[key] = 5
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Noisy:
    """An index whose __index__ shows when it is called, and shrinks the list."""

    def __init__(self, v, victim):
        self.v = v
        self.victim = victim

    def __index__(self):
        print("index", self.v, len(self.victim))
        del self.victim[-2:]
        return self.v


def source(n, victim):
    print("iterating", len(victim))
    victim.append("tail")
    yield from range(n)


d = list(range(10))
print(d[Noisy(1, d):Noisy(20, d)])
d = list(range(10))
d[Noisy(2, d):Noisy(8, d)] = source(3, d)
print(d)
d = list(range(12))
d[Noisy(0, d)::3] = source(3, d)
print(d)
ba = bytearray(b"abcdefgh")
ba[Noisy(1, []):Noisy(3, [])] = b"XYZ"
print(ba)
