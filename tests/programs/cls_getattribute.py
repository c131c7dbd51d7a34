# User-defined __getattribute__: every read goes through it, __getattr__ only on
# AttributeError, object.__getattribute__ does the generic lookup, inheritance and
# class-dict changes after creation are honoured.


class Logged:
    cls_attr = "from class"

    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return "method called"


a = Logged()
print(a.x, a.cls_attr, a.method())
print(a.log)
print(getattr(a, "x"), hasattr(a, "nope"), getattr(a, "nope", "default"))
print(a.log)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)


class WithFallback:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError("hidden: " + name)
        if name == "boom":
            raise KeyError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


w = WithFallback()
print(w.real, w.hidden_one, w.other)
print(hasattr(w, "hidden_two"), getattr(w, "hidden3", None))
try:
    w.boom
except KeyError as e:
    print("KeyError", e)


class Upper(WithFallback):
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        if isinstance(v, str):
            return v.upper()
        return v


u = Upper()
print(u.real, u.hidden_x, u.plain)


class Plain:
    def __init__(self):
        self.v = 5

    def get(self):
        return self.v


p = Plain()
print(p.get(), p.v)
Plain.__getattribute__ = lambda self, name: "patched " + name
print(p.v, p.anything)
del Plain.__getattribute__
print(p.v, p.get())


class Base:
    pass


class Derived(Base):
    def __init__(self):
        self.z = 3


d = Derived()
print(d.z)
Base.__getattribute__ = lambda self, name: 42
print(d.z, d.q)
del Base.__getattribute__
print(d.z)


class Counter:
    def __init__(self):
        object.__setattr__(self, "n", 0)

    def __getattribute__(self, name):
        n = object.__getattribute__(self, "n")
        object.__setattr__(self, "n", n + 1)
        return object.__getattribute__(self, name)


c = Counter()
for i in range(5):
    c.n
print(object.__getattribute__(c, "n"))
print(object.__getattribute__(Counter, "__name__"))
try:
    object.__getattribute__(c, "absent")
except AttributeError as e:
    print("AttributeError:", e)


class ObjGA:
    __getattribute__ = object.__getattribute__

    def __getattr__(self, name):
        return name * 2


print(ObjGA().ab)
