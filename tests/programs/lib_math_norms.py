# math.hypot and math.dist to the last bit (scaled, compensated sums), and math edge cases: ldexp overflow, isclose tolerances, log1p(-1), pow(0, -inf)
import math

points = [(0.1, 0.2, 0.3), (1.5, -2.7, 3.1), (4.4, 0.0, -1.25), (1e-3, 7.77, 2.5)]
for i, p in enumerate(points):
    for q in points[i + 1:]:
        print(p, q, repr(math.dist(p, q)))
    print("norm", repr(math.hypot(*p)))

# a path's length, summed from many small steps
path = [(math.cos(t / 10.0), math.sin(t / 10.0)) for t in range(64)]
length = 0.0
for a, b in zip(path, path[1:]):
    length += math.dist(a, b)
print("path", repr(length))

# huge and tiny coordinates neither overflow nor underflow
print(repr(math.hypot(1e200, 1e200)), repr(math.hypot(3e-200, 4e-200)))
print(repr(math.dist((1e308, 0.0), (0.0, 1e307))), repr(math.hypot(1e-310, 3e-310)))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-2.5), math.hypot())

for fn, args in [(math.ldexp, (1.0, 5000)), (math.ldexp, (0.75, -5000)),
                 (math.ldexp, (1.5, 10 ** 20)), (math.ldexp, (3.0, 10)),
                 (math.ldexp, (1.0, 2.0)), (math.log1p, (-1,)), (math.log1p, (-0.5,)),
                 (math.pow, (0.0, -math.inf)), (math.pow, (0.5, -math.inf))]:
    try:
        print(fn.__name__, args, repr(fn(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(fn.__name__, args, type(e).__name__, e)

for kw in [dict(rel_tol=-0.1), dict(abs_tol=-1e-9), dict(rel_tol=0.0, abs_tol=0.5)]:
    try:
        print(kw, math.isclose(1.0, 1.25, **kw))
    except ValueError as e:
        print(kw, "ValueError", e)
