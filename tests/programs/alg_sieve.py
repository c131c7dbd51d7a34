# Number theory: sieve of Eratosthenes, factorization, divisors, totient, perfect numbers, Collatz.


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]


def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
for n in [360, 97, 1001, 2 ** 10 * 3 ** 4, 600851475143]:
    f = factorize(n)
    print(n, " * ".join("%d^%d" % (p, e) if e > 1 else str(p) for p, e in sorted(f.items())))
print(divisors(360), len(divisors(720720)))
print([totient(n) for n in range(1, 21)])
LIMIT = 10000
sigma = [0] * (LIMIT + 1)
for d in range(1, LIMIT // 2 + 1):
    for m in range(2 * d, LIMIT + 1, d):
        sigma[m] += d
print([n for n in range(2, LIMIT) if sigma[n] == n], sum(divisors(28)) - 28 == sigma[28])


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length


best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
goldbach = {}
pset = set(sieve(1000))
for even in range(4, 101, 2):
    for p in primes:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print([goldbach[n] for n in (4, 28, 98, 100)])
