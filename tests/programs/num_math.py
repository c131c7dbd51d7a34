# The math module: constants, powers, logs, trig, gcd/lcm, factorial, combinatorics, isqrt.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 12345), math.isqrt(99))
print(math.exp(1), math.log(math.e), math.log(1024, 2), math.log2(1024), math.log10(0.001), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.floor(2.7), math.ceil(2.1), math.fabs(-3), math.copysign(3, -0.0))
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.factorial(0), math.comb(52, 5), math.perm(10, 3), math.comb(100, 50))
print(math.pow(2, 10), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.dist((0, 0), (3, 4)), math.isfinite(1e308))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)


def newton_sqrt(x, tol=1e-12):
    guess = x / 2.0
    steps = 0
    while abs(guess * guess - x) > tol * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


for x in [2, 10, 12345]:
    g, steps = newton_sqrt(x)
    print(x, round(g, 10), steps, math.isclose(g, math.sqrt(x)))
angles = [0, 30, 45, 60, 90]
print([round(math.sin(math.radians(a)), 4) for a in angles])
