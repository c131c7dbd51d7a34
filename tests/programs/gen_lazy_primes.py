# Infinite generators: primes with a lazy sieve, take/drop helpers, generator expressions.


def naturals(start=2):
    n = start
    while True:
        yield n
        n += 1


def primes():
    composites = {}
    for n in naturals():
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites[n]:
                composites.setdefault(n + p, []).append(p)
            del composites[n]


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(25, primes()))
twin = ((p, q) for p, q in zip(primes(), take(200, primes())[1:]) if q - p == 2)
print(take(10, twin))
gaps = {}
ps = take(300, primes())
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
print(sum(p for p in take(100, primes())), max(ps))
squares = (n * n for n in naturals(1))
print(take(8, squares), take(3, squares))
g = (c.upper() for c in "lazy")
print(next(g), list(g), list(g))
