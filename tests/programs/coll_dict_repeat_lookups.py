# the same key looked up again and again, around deletions, compaction and re-insertion
nan = float("nan")


class Never:
    """Equal to nothing, itself included; a dict still finds the very same object."""
    def __eq__(self, other):
        return False
    def __hash__(self):
        return 7
    def __repr__(self):
        return "Never"


def counts(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def pair_counts(words):
    pairs = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        prev = w
    return pairs


words = [("ab", "cd", "ef", "gh", "ij")[(i * 7) % 5] + str(i % 3) for i in range(3000)]
print(sorted(counts(words).items()))
print(sorted(pair_counts(words).items())[:8], len(pair_counts(words)))

# a key deleted, then the same object looked up and inserted again
d = {}
keys = ["k%d" % i for i in range(40)]
for i, k in enumerate(keys):
    d[k] = i
k = keys[5]
print(d[k], k in d)
del d[k]
print(k in d, d.get(k), d.get(k, "gone"))
d[k] = "back"
print(d[k], list(d)[-1])

# deletions until the dict compacts: positions move, the same key objects stay
for kk in keys[:30]:
    if kk in d:
        del d[kk]
print(list(d.items()))
for kk in keys:
    print(kk in d, d.get(kk), end="; ")
print()
d.clear()
print(k in d, d.get(k), len(d))
d[k] = 1
d[k] += 1
print(d)

# equal but not identical keys, identical keys that are not equal
a = "".join(["x", "y"])
b = "".join(["x", "y"])
e = {a: 1}
print(e[b], b in e, a is b)
e[b] += 1
print(e)
n = {nan: "nan"}
print(nan in n, n[nan], float("nan") in n)
never = Never()
m = {never: 1}
print(never in m, m[never], Never() in m)
m[never] += 1
print(m)
del m[never]
print(never in m, m)

# ints and tuples, in hot loops
ints = {}
for i in range(5000):
    j = i % 37
    if j in ints:
        ints[j] += i
    else:
        ints[j] = i
    if i % 5 == 0 and j in ints:
        del ints[j]
print(sorted(ints.items()))
grid = {}
for i in range(4000):
    p = (i % 11, i % 13)
    grid[p] = grid.get(p, 0) + 1
    if grid[p] > 20:
        del grid[p]
print(len(grid), sorted(grid.items())[:5])
