# Membership of small ints in int sets, in hot loops: keys at the edges of -32..31 and
# just outside, after removals (dummy slots), re-additions, clear(), a key far outside
# the range, and non-int probes (bools, floats, big ints) that equal small ints.


def members(s, lo, hi):
    return [k for k in range(lo, hi) if k in s]


def count_hits(s, keys, rounds):
    hits = 0
    for _ in range(rounds):
        for k in keys:
            if k in s:
                hits += 1
    return hits


edges = [-34, -33, -32, -31, -1, 0, 1, 30, 31, 32, 33, 63, 64]
s = {-32, -1, 0, 31}
print("edges", members(s, -40, 40))
print("hits", count_hits(s, edges, 300))

s.discard(-1)
s.discard(31)
print("after removals", members(s, -40, 40), count_hits(s, edges, 300))
s.add(31)
s.add(-33)
print("re-added, one outside", sorted(s), members(s, -40, 40), count_hits(s, edges, 300))
s.discard(-33)
print("outside one gone", sorted(s), count_hits(s, edges, 300))
s.add(1000)
print("a far key", sorted(s), count_hits(s, edges + [1000, 999], 300))
s.clear()
print("cleared", members(s, -40, 40), count_hits(s, edges, 300))

# keys that come and go, as a search's sets of columns do
cols = set()
seen = []
for step in range(2000):
    c = (step * 7) % 11
    if c in cols:
        cols.remove(c)
    else:
        cols.add(c)
    if step % 97 == 0:
        seen.append((step, sorted(cols), [k for k in range(-2, 13) if k in cols]))
for entry in seen[:6]:
    print(entry)
print("final", sorted(cols), len(seen))

# probes that are not ints: equal values find the int keys
t = {0, 1, 2, -5}
probes = [True, False, 1.0, 2.5, -5.0, 2 ** 70, -(2 ** 70), 2 ** 64 + 1]
for p in probes:
    print(repr(p), p in t, p not in t)
hits = 0
for i in range(3000):
    if (i % 3 == 0) in t:
        hits += 1
    if float(i % 7) in t:
        hits += 1
print("mixed probes", hits)

# a set that holds a bool key stays correct for int probes
u = {True, 5}
print([k for k in range(-3, 8) if k in u], 1 in u, True in u, 0 in u)

# frozensets share the table
f = frozenset(range(-32, 32, 3))
print(count_hits(f, range(-40, 40), 50), sorted(k for k in range(-35, 35) if k in f)[:8])


# the classic search that keeps its attacked columns and diagonals in sets
def queens(n):
    cols, d1, d2 = set(), set(), set()
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            place(row + 1)
            cols.remove(c)
            d1.remove(row + c)
            d2.remove(row - c)

    place(0)
    return count, cols, d1, d2


print([queens(n) for n in range(1, 9)])
