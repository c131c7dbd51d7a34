# The iterator protocol everywhere: iter()/next() on builtins, for over dicts/strings/files-like,
# iter(callable, sentinel), exhausting iterators, unpacking from iterators.
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it), list(it), list(it))
print(list(iter(d.values())), list(iter(d.items())), list(iter("xyz")), list(iter(range(3))))
data = [5, 7, 9, 0, 4]
pos = [0]


def read_next():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(read_next, 0)))
zipped = zip([1, 2, 3], "ab")
print(next(zipped), list(zipped), list(zipped))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
r = reversed([1, 2, 3])
print(next(r), list(r))
a, b, *c = iter(range(5))
print(a, b, c)
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])), sorted(iter({3, 1, 2})), "-".join(iter("abc")))
print(set(iter([1, 1, 2])) == {1, 2}, dict(iter([("k", "v")])), tuple(iter("ab")))
it2 = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it2, it2)))
words = iter(["alpha", "beta", "gamma"])
for w in words:
    if w == "alpha":
        print("skipping", next(words))
    else:
        print("got", w)
print(list(filter(str.isupper, iter("aBcD"))), 3 in iter([1, 2, 3]), 5 in iter([1, 2]))
gen = (x for x in range(3))
print(iter(gen) is gen, list(gen))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration caught")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
