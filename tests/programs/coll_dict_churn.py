# Dicts and sets that grow, lose most of their keys and grow again (their tables are
# compacted on the way), for str keys, int keys, tuple keys and a mix; then cleared and
# refilled with keys of another kind. Order, lookups and lengths are checked each time.


def churn(keys):
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    for k in keys[::3]:
        del d[k]
    for k in keys[1::3]:
        d.pop(k)
    survivors = list(d)
    for i, k in enumerate(keys[::3]):
        d[k] = -i
    hits = sum(1 for k in keys if k in d)
    return len(d), survivors[:3], list(d)[-3:], hits, d.get(keys[2]), d.get(keys[0])


strs = ["w%d" % i for i in range(40)]
ints = [i * i for i in range(40)]
tuples = [(i % 5, i) for i in range(40)]
mixed = [k for trio in zip(strs, ints, tuples) for k in trio][:40]
for keys in (strs, ints, tuples, mixed):
    print(churn(keys))

s = set(range(30))
for i in range(0, 30, 2):
    s.discard(i)
s.update(["a", "b"])
print(sorted(s, key=str), len(s), 3 in s, 4 in s, "a" in s)

d = {"x": 1, "y": 2}
d.clear()
d[1] = "one"
d[(2, 3)] = "pair"
print(d, d[1], d[2, 3], "x" in d)
d.clear()
d["again"] = 0
print(d, list(d.items()))

# tuple keys of strs and ints, looked up with equal keys of other types
grid = {}
for x in range(6):
    for y in range(4):
        grid[(x, y)] = x * 10 + y
grid[("row", 2)] = "label"
print(len(grid), grid[(3, 2)], grid[(3.0, 2)], grid.get((True, 1)), grid[("row", 2)])
print((2, 3) in grid, (2.0, 3.0) in grid, (9, 9) in grid, 5 in grid, "row" in grid)
for x in range(6):
    del grid[(x, 0)]
    grid.pop((x, 1))
print(len(grid), list(grid)[:4], grid[(5, 3)])
seen = {(1, "a"), (2, "b")}
seen.add((1.0, "a"))
seen.add((True, "c"))
print(sorted(seen, key=repr), (1, "c") in seen)
grid[(0.5, 1)] = "half"           # a key of another kind: the table changes its index
grid[(1, 2)] = "changed"
print(len(grid), grid[(0.5, 1)], grid[(1.0, 2)], list(grid.items())[-2:])
nested = {((1, 2), "x"): 1, (): 2, ("",): 3}
print(nested[((1, 2), "x")], nested[()], nested[("",)], nested.get(("", 0)))
