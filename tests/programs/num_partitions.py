# Integer partitions and compositions: counting with DP, listing small cases, pentagonal theorem check.


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest


def count_partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for m in range(k, n + 1):
            p[m] += p[m - k]
    return p[n]


def euler_partitions(limit):
    p = [1] + [0] * limit
    for n in range(1, limit + 1):
        total = 0
        k = 1
        while True:
            g1 = k * (3 * k - 1) // 2
            g2 = k * (3 * k + 1) // 2
            if g1 > n:
                break
            sign = 1 if k % 2 else -1
            total += sign * p[n - g1]
            if g2 <= n:
                total += sign * p[n - g2]
            k += 1
        p[n] = total
    return p


for n in range(1, 7):
    print(n, ["+".join(map(str, p)) for p in partitions(n)])
print([count_partitions(n) for n in range(15)])
print(count_partitions(100), euler_partitions(100)[100], euler_partitions(200)[200])
print(sum(1 for p in partitions(20) if len(set(p)) == len(p)), sum(1 for p in partitions(20) if all(x % 2 for x in p)))
compositions = [c for c in range(1 << 4)]
print(len(compositions), 2 ** (5 - 1))
