# time used only in deterministic ways, math for geometry and statistics.
import math
import time

start = time.time()
t0 = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - t0
print(elapsed >= 0.005, time.time() >= start, isinstance(start, float))
points = [(0, 0), (3, 4), (6, 8), (9, 0)]
total = 0.0
for (x1, y1), (x2, y2) in zip(points, points[1:]):
    total += math.hypot(x2 - x1, y2 - y1)
print(round(total, 6))
data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, math.sqrt(var))
angles = [math.degrees(math.atan2(y, x)) for x, y in [(1, 0), (1, 1), (0, 1), (-1, 0), (0, -1)]]
print([round(a, 3) for a in angles])
area = 0
poly = [(0, 0), (4, 0), (4, 3), (0, 3)]
for i in range(len(poly)):
    x1, y1 = poly[i]
    x2, y2 = poly[(i + 1) % len(poly)]
    area += x1 * y2 - x2 * y1
print(abs(area) / 2, math.pi * 2 ** 2, round(math.e ** 2, 10))
print(math.floor(-0.5), math.ceil(0.5), math.gcd(1071, 462), math.comb(10, 3), math.isqrt(1000000))
