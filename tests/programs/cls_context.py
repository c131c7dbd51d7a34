# Context managers: __enter__/__exit__, suppressing exceptions, nesting, resources released in order.


class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.log.append("open " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.log.append("close %s (%s)" % (self.name, exc_type.__name__ if exc_type else "ok"))
        return False


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc
            return True
        return False


with Resource("a") as a, Resource("b") as b:
    Resource.log.append("using %s and %s" % (a.name, b.name))

try:
    with Resource("outer"):
        with Resource("inner"):
            raise KeyError("boom")
except KeyError as e:
    Resource.log.append("caught %r" % e)

with Suppress(ZeroDivisionError, ValueError) as s:
    x = 1 / 0
print("suppressed:", type(s.caught).__name__, s.caught)

with Suppress(ValueError) as s2:
    int("12")
print("nothing caught:", s2.caught)

try:
    with Suppress(ValueError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

for line in Resource.log:
    print(line)


def read_all(names):
    out = []
    for n in names:
        with Resource(n) as r:
            if n == "skip":
                continue
            if n == "stop":
                break
            out.append(r.name.upper())
    return out


Resource.log = []
print(read_all(["x", "skip", "y", "stop", "z"]))
print(Resource.log)
