# statistics.NormalDist: pdf/cdf/inv_cdf/quantiles/overlap/zscore, from_samples, seeded samples, arithmetic with constants and other distributions, reprs and errors
from statistics import NormalDist, StatisticsError

# exam scores: how many students pass, and where the grade boundaries fall
scores = NormalDist(72.5, 9.25)
print(scores, scores.mean, scores.median, scores.mode, scores.stdev, scores.variance)
# (cdf: see overlap below)
print("pass rate", round(scores.cdf(60.0), 12), "top 10% from", scores.inv_cdf(0.9))
print("quartiles", scores.quantiles(), "deciles", [round(q, 3) for q in scores.quantiles(10)])
print("density at 80", scores.pdf(80.0), "z of 95", scores.zscore(95.0))
print("tails", scores.inv_cdf(1e-9), scores.inv_cdf(0.999999), scores.inv_cdf(0.02))

sample = [68.1, 75.4, 80.2, 59.9, 71.3, 77.7, 66.0, 84.5, 73.3, 70.8]
fitted = NormalDist.from_samples(sample)
print("fitted", fitted, fitted == NormalDist.from_samples(iter(sample)))
# (cdf and overlap go through math.erf: rounded, so that a last-bit difference of a
# platform's erf does not show)
overlaps = [scores.overlap(fitted), fitted.overlap(scores), scores.overlap(scores + 5)]
print("overlap", [round(x, 12) for x in overlaps], overlaps[0] == overlaps[1])

# sums and scalings of independent normals
a = NormalDist(10, 3)
b = NormalDist(4, 4)
print(a + b, a - b, a + 2.5, 2.5 + a, a - 1, 100 - a, a * 3, 3 * a, a / 2, -a, +a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, hash(a) == hash(NormalDist(10, 3)))

print("samples", NormalDist(0, 1).samples(4, seed=42))
print("samples", [round(x, 6) for x in NormalDist(50, 5).samples(3, seed="seed")])

checks = [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1),
          lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).inv_cdf(0.5),
          lambda: a.inv_cdf(0.0), lambda: a.inv_cdf(1.5), lambda: a.overlap(3),
          lambda: NormalDist(1, 0).overlap(a), lambda: NormalDist(1, 0).zscore(2),
          lambda: NormalDist.from_samples([1.0])]
for check in checks:
    try:
        print(check())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
