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
