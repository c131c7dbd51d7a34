# Hand-written generator versions of itertools recipes: take, chunk, pairwise, interleave, unique, flatten.


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x


def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
            except StopIteration:
                continue
            nxt.append(it)
        iters = nxt


def unique(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(take(5, naturals())), list(take(10, "abc")))
print(list(chunked(range(10), 3)), list(chunked([], 2)))
print(list(pairwise("abcd")), list(pairwise([1])))
print(list(interleave("abc", [1, 2, 3, 4, 5], "XY")))
print(list(unique("mississippi")), list(unique(["Ann", "bob", "ANN", "Bob"], key=str.lower)))
diffs = [b - a for a, b in pairwise([1, 4, 9, 16, 25])]
print(diffs, list(take(3, (x for x in naturals() if x % 7 == 3))))
