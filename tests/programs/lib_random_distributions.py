# random's continuous distributions after seed(n): a Monte Carlo of project durations (beta, gamma, lognormal, Weibull, Pareto, von Mises), same draws as CPython
import random
import math

random.seed(2024)
tasks = {"design": (2, 5), "build": (5, 2), "test": (1.5, 1.5)}
for name, (a, b) in tasks.items():
    draws = [random.betavariate(a, b) for _ in range(5)]
    print(f"{name:<7}", " ".join(f"{d:.6f}" for d in draws), f"mean={sum(draws) / len(draws):.4f}")
print([round(random.gammavariate(alpha, 2.0), 6) for alpha in (0.3, 0.9, 1.0, 2.5, 9.0)])
print([round(random.lognormvariate(0.0, 0.5), 6) for _ in range(4)])
print([round(random.weibullvariate(1.5, 2.0), 6) for _ in range(4)])
print([round(random.paretovariate(3.0), 6) for _ in range(4)])
print([round(random.vonmisesvariate(math.pi / 2, k), 6) for k in (0.0, 0.5, 4.0, 50.0)])
rng = random.Random(7)
totals = []
for trial in range(200):
    total = sum(rng.gammavariate(2.0, 1.5) for _ in range(3)) + rng.betavariate(2, 2)
    totals.append(total)
totals.sort()
print(f"p50={totals[100]:.4f} p90={totals[180]:.4f} max={totals[-1]:.4f}")
print(rng.betavariate(0.5, 0.5), rng.gammavariate(0.5, 1.0), rng.random())
for bad in [(0, 1), (1, -2)]:
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print("ValueError:", e)
