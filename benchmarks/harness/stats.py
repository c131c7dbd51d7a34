"""Small statistics for benchmark times: median, spread, geometric mean, ratios."""
import math


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2.0


def spread_pct(xs):
    """Half the range as a percentage of the median (0 for a single run)."""
    if len(xs) < 2:
        return 0.0
    m = median(xs)
    if not m:
        return 0.0
    return (max(xs) - min(xs)) / 2.0 / m * 100.0


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def ratio(a, b):
    """a / b, or None when either is missing."""
    if a is None or b is None or b == 0:
        return None
    return a / b
