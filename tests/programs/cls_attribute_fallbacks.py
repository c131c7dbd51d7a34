# Attribute lookup corners: a property raising AttributeError falls back to __getattr__, AttributeError's name/obj, __eq__ calls made by !=, slots errors
class LazyRecord:
    """Fields come from a dict; a property that cannot answer defers to __getattr__."""
    def __init__(self, **fields):
        self._fields = fields

    @property
    def title(self):
        if "title" not in self._fields:
            raise AttributeError("title not loaded")
        return self._fields["title"].upper()

    @property
    def summary(self):
        return self.body[:10]          # body is found by __getattr__

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._fields.get(name, "<%s?>" % name)


r = LazyRecord(title="minipy notes", body="a long body of text")
print(r.title, "|", r.summary, "|", r.author)
r2 = LazyRecord(body="short")
print(r2.title, "|", r2.summary, "|", getattr(r2, "title"), hasattr(r2, "anything"))


class Strict:
    def __getattr__(self, name):
        raise AttributeError("no field " + name)


s = Strict()
try:
    s.colour
except AttributeError as e:
    print(e, "| name:", e.name, "| obj is s:", e.obj is s)
e = AttributeError("custom", name="n", obj=42)
print(e, e.args, e.name, e.obj, AttributeError("x").name, NameError("y").name,
      NameError("y", name="z").name, ImportError("m").msg, ImportError("m", path="/p").path)
for make in (lambda: AttributeError("x", nme=1), lambda: KeyError("k", name=1),
             lambda: ImportError(name="a", module="b")):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)


class Version:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        Version.calls += 1
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n


for a, b in ((Version(1), Version(1)), (Version(1), Version(2)), (Version(1), "1")):
    Version.calls = 0
    print(a != b, a == b, "eq calls:", Version.calls)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
for action in ("read y", "del y", "set z"):
    try:
        if action == "read y":
            p.y
        elif action == "del y":
            del p.y
        else:
            p.z = 3
    except AttributeError as err:
        print(action, "-> AttributeError:", err)
try:
    class Clash:
        __slots__ = ("size", "name")
        size = 10
except ValueError as err:
    print("ValueError:", err)
try:
    del int.bit_length
except TypeError as err:
    print("TypeError:", err)
try:
    getattr(p, 5)
except TypeError as err:
    print("TypeError:", err)
