# Default arguments: bound at definition time (lambdas made in a loop each keep their
# own), filled in for the missing trailing arguments, replaced through __defaults__ and
# __kwdefaults__, and the TypeErrors when too few remain.

def make_scalers():
    return [lambda x, k=k: x * k for k in range(1, 5)]


def describe(name, unit="m", digits=2, sep=" "):
    return f"{name}{sep}{round(1 / 3, digits)}{unit}"


def pipeline(x, stages):
    for stage in stages:
        x = stage(x)
    return x


scalers = make_scalers()
print([f(10) for f in scalers])
print(pipeline(1, scalers))
print(describe("a"), describe("b", "s"), describe("c", "kg", 4), describe("d", "", 1, ":"))

total = 0
for i in range(2000):
    total += pipeline(i, scalers) % 97 + len(describe("x", digits=i % 3))
print(total)


def clamp(v, lo=0, hi=10):
    return max(lo, min(hi, v))


print(clamp(-3), clamp(42), clamp(5))
clamp.__defaults__ = (-100, 100)
print(clamp(-3), clamp(142), clamp.__defaults__)
clamp.__defaults__ = (1,)
print(clamp(-3, 0), clamp.__defaults__)
try:
    clamp(-3)
except TypeError as e:
    print("TypeError:", e)
clamp.__defaults__ = None
print(clamp.__defaults__)
try:
    clamp()
except TypeError as e:
    print("TypeError:", e)
clamp.__defaults__ = ()
print(clamp.__defaults__)


def longer(a):
    return a


longer.__defaults__ = (1, 2, 3)     # more defaults than parameters: the last ones apply
print(longer(), longer(0))


def options(path, *, mode="r", retries=3):
    return f"{path}:{mode}:{retries}"


print(options("f"), options("g", mode="w"))
options.__kwdefaults__ = {"mode": "a", "retries": 0}
print(options("h"), options.__kwdefaults__)
options.__kwdefaults__ = None
try:
    options("i")
except TypeError as e:
    print("TypeError:", e)

for bad in ([1, 2], 5, "ab"):
    try:
        clamp.__defaults__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    options.__kwdefaults__ = [("mode", "r")]
except TypeError as e:
    print("TypeError:", e)

describe.__module__ = "reports"
print(describe.__module__, describe.__defaults__)
