# Function arguments: defaults, keyword-only, *args, **kwargs, unpacking at call sites, mutable defaults.


def describe(name, greeting="Hello", *extras, sep=", ", upper=False, **options):
    text = greeting + " " + name
    if extras:
        text += sep + sep.join(str(e) for e in extras)
    if options:
        text += " {" + ", ".join("%s=%s" % kv for kv in sorted(options.items())) + "}"
    return text.upper() if upper else text


print(describe("ann"))
print(describe("bob", "Hi"))
print(describe("cy", "Hey", 1, 2, 3))
print(describe("dee", sep=" | ", upper=True))
print(describe("eve", "Yo", "x", color="red", size=3))
args = ("fay", "Howdy", "a", "b")
kwargs = {"sep": "/", "mood": "good"}
print(describe(*args, **kwargs))
print(describe(**{"name": "gus", "greeting": "Bye"}))


def keyword_only(a, *, b, c=3):
    return a + b + c


print(keyword_only(1, b=2), keyword_only(1, c=10, b=2))
try:
    keyword_only(1, 2)
except TypeError as e:
    print("TypeError:", e)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))


def stats(*numbers):
    if not numbers:
        return None
    return min(numbers), max(numbers), sum(numbers) / len(numbers)


print(stats(), stats(4), stats(*range(1, 11)), stats(*[3, 1], *[2]))


def merge(**dicts):
    return dict(sorted(dicts.items()))


print(merge(b=2, a=1, **{"c": 3}))
first, *rest = [10, 20, 30]
print(first, rest, describe.__defaults__, keyword_only.__kwdefaults__)
f = lambda *a, **k: (a, sorted(k))
print(f(1, 2, x=3, y=4), (lambda x=5: x * 2)(), (lambda: "no args")())
