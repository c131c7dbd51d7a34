# statistics: class grades and sensor readings summarised (mean/median/mode/variance/stdev/quantiles), exact to the last digit on floats, ints and Fractions, errors
import random
import statistics as st
from fractions import Fraction

grades = [88, 92, 79, 93, 85, 92, 70, 95, 88, 92]
print("mean", st.mean(grades), "fmean", st.fmean(grades))
print("median", st.median(grades), st.median_low(grades), st.median_high(grades))
print("mode", st.mode(grades), "multimode", st.multimode(grades))
print("pvariance", st.pvariance(grades), "variance", st.variance(grades))
print("pstdev", st.pstdev(grades), "stdev", st.stdev(grades))
print("quartiles", st.quantiles(grades), "deciles", st.quantiles(grades, n=10))
print("inclusive", st.quantiles(grades, n=4, method="inclusive"))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))

# floats where a naive sum / n is off in the last digit
readings = [0.1, 0.2, 0.3]
print(sum(readings) / 3, st.mean(readings), st.fmean(readings))
print(st.mean([1e16, 1.0, -1e16, 3.0]), st.fmean([1e16, 1.0, -1e16, 3.0]))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.pvariance([0.1, 0.2, 0.3, 0.4]))
print(st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([0.1, 0.2, 0.3, 0.4]))
print(st.mean([1.1, 2.2, 3.3, 4.4, 5.5]), st.variance([1.1, 2.2, 3.3, 4.4, 5.5]))
print(st.variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]), st.stdev([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))

# types of the results follow the data
print(repr(st.mean([1, 2, 3, 4])), repr(st.mean([1, 2])), repr(st.mean([1, 2.0])))
print(repr(st.variance([1, 2, 3, 4])), repr(st.pvariance([1, 2, 3])), repr(st.median([1, 2])))
fr = [Fraction(1, 3), Fraction(1, 2), Fraction(5, 6)]
print(repr(st.mean(fr)), repr(st.variance(fr)), repr(st.pvariance(fr)), st.stdev(fr))
print(repr(st.mean([Fraction(1, 2), 1.5])), repr(st.mean([True, False, True])))
print(st.mean(range(1, 101)), st.pvariance(range(1, 101)), st.pstdev(range(1, 101)))
print(st.mean(x * x for x in range(5)), st.mode("abracadabra"), st.multimode("aabbbcccd"))
print(st.variance(grades, xbar=88), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], mu=2.875))
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]),
      st.harmonic_mean([40, 60], weights=[5, 30]), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
print(st.mean([10 ** 20, 1, 2]), st.pvariance([10 ** 20, 1, 2]), st.pstdev([10 ** 20, 0]))
print(st.mean([float("inf"), 1.0]), st.variance([1.0, float("inf")]))

# random sensor data: every digit must agree with CPython's
random.seed(12345)
for trial in range(6):
    size = random.randint(2, 40)
    data = [round(random.gauss(20.0, 5.0), random.randint(0, 6)) for _ in range(size)]
    print(trial, size, st.mean(data), st.fmean(data), st.median(data), st.variance(data),
          st.stdev(data), st.pvariance(data), st.pstdev(data))
    print("  ", st.quantiles(data, n=5), st.quantiles(data, n=3, method="inclusive"))
random.seed(7)
ints = [random.randrange(-1000, 1000) for _ in range(25)]
print(st.mean(ints), st.variance(ints), st.stdev(ints), st.pstdev(ints), st.median(ints))
tiny = [random.random() * 1e-300 for _ in range(5)]
print(st.mean(tiny), st.stdev(tiny))

# errors
def attempt(fn):
    try:
        print(repr(fn()))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: st.mean([]))
attempt(lambda: st.fmean([]))
attempt(lambda: st.median([]))
attempt(lambda: st.median_low([]))
attempt(lambda: st.mode([]))
attempt(lambda: st.multimode([]))
attempt(lambda: st.variance([1]))
attempt(lambda: st.stdev([1]))
attempt(lambda: st.pvariance([]))
attempt(lambda: st.pstdev([]))
attempt(lambda: st.quantiles([1]))
attempt(lambda: st.quantiles([1, 2], n=0))
attempt(lambda: st.quantiles([1, 2], method="other"))
attempt(lambda: st.mean(["a", "b"]))
attempt(lambda: st.harmonic_mean([1, -2]))
attempt(lambda: st.harmonic_mean([]))
attempt(lambda: st.geometric_mean([1, -1]))
attempt(lambda: st.fmean([1, 2], weights=[1]))
print(issubclass(st.StatisticsError, ValueError))
