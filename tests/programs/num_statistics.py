# Descriptive statistics by hand: mean, median, mode, variance, stdev, percentiles, correlation.
import math

data = [2, 4, 4, 4, 5, 5, 7, 9, 10, 12, 3, 8, 6, 5]
xs = [1, 2, 3, 4, 5, 6, 7, 8]
ys = [2.1, 3.9, 6.2, 8.1, 9.8, 12.2, 13.8, 16.1]


def mean(v):
    return sum(v) / len(v)


def median(v):
    s = sorted(v)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def mode(v):
    counts = {}
    for x in v:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return min(k for k, c in counts.items() if c == best)


def variance(v, sample=True):
    m = mean(v)
    return sum((x - m) ** 2 for x in v) / (len(v) - (1 if sample else 0))


def percentile(v, p):
    s = sorted(v)
    k = (len(s) - 1) * p / 100
    lo = math.floor(k)
    hi = math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def correlation(a, b):
    ma, mb = mean(a), mean(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


print(mean(data), median(data), mode(data), median([1, 2, 3, 4]))
print(round(variance(data), 6), round(variance(data, False), 6), round(math.sqrt(variance(data)), 6))
print([percentile(data, p) for p in (0, 25, 50, 75, 100)])
print(round(correlation(xs, ys), 6), round(correlation(xs, xs[::-1]), 6))
slope = sum((x - mean(xs)) * (y - mean(ys)) for x, y in zip(xs, ys)) / sum((x - mean(xs)) ** 2 for x in xs)
print("fit: y = %.4f x + %.4f" % (slope, mean(ys) - slope * mean(xs)))
buckets = {}
for x in data:
    buckets[x // 4 * 4] = buckets.get(x // 4 * 4, 0) + 1
for b in sorted(buckets):
    print("%2d-%2d %s" % (b, b + 3, "#" * buckets[b]))
