# math's special functions (3.11 set): gamma/lgamma for factorials and log-likelihoods, erf/erfc for normal probabilities, inverse hyperbolics, expm1, cbrt, exp2, remainder, with their domain and range errors
import math


def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0))))


for z in (-3, -1.96, -1, 0, 0.5, 1, 1.96, 3):
    print(f"P(Z < {z:5}) = {normal_cdf(z):.6f}  tail={0.5 * math.erfc(z / math.sqrt(2)):.6e}")
print([math.gamma(n) for n in range(1, 8)], math.gamma(0.5) ** 2, math.gamma(-1.5), math.gamma(171.5) if False else math.gamma(170))
print(math.lgamma(100), math.lgamma(0.5), math.lgamma(-2.5), math.lgamma(1), math.lgamma(2))
print(math.acosh(1), math.acosh(10), math.asinh(-2), math.atanh(0.5), math.asinh(0), math.atanh(-0.9))
print(math.expm1(1e-10), math.expm1(1), math.log1p(1e-10), math.erf(0), math.erfc(0), math.erf(6), math.erfc(10))
print([math.cbrt(x) for x in (27, -8, 2, 0.001, 1e300, -0.0)], [math.exp2(x) for x in (0, 10, -1, 0.5, 52)])
print([math.remainder(x, y) for x, y in [(10, 3), (11, 3), (-10, 3), (7.5, 2), (2.5, 1), (3.5, 1), (-2.5, 1), (5, math.inf), (0.1, 0.03)]])
for fn, arg in [(math.gamma, 0), (math.gamma, -2), (math.gamma, 200), (math.lgamma, -1), (math.acosh, 0.5), (math.atanh, 1),
                (math.exp2, 2000), (math.expm1, 1000), (math.remainder, (1, 0)), (math.remainder, (math.inf, 2))]:
    try:
        print(fn(*arg) if isinstance(arg, tuple) else fn(arg))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.isnan(math.remainder(math.nan, 1)), math.gamma(math.inf), math.erf(-math.inf), math.lgamma(math.inf), math.cbrt(math.inf))
