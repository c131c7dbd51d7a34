# Metaclasses: metaclass=, type(name, bases, ns), __new__/__init__/__call__ of a type subclass, __prepare__, __init_subclass__ with class keywords, __set_name__, __class_getitem__


class Registry(type):
    """Records every class made with it, and counts instances."""
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        print("Registry.__new__", mcs.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.instances = 0

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        return obj

    def describe(cls):
        return f"{cls.__name__}[{cls.tag}] x{cls.instances}"


class Plugin(metaclass=Registry):
    def __init__(self, value):
        self.value = value


class AudioPlugin(Plugin, tag="audio"):
    def run(self):
        return self.value * 2


a = AudioPlugin(4)
b = AudioPlugin(5)
p = Plugin(1)
print(a.run(), b.value, p.value, AudioPlugin.describe(), Plugin.describe())
print(type(Plugin).__name__, type(AudioPlugin) is Registry, isinstance(Plugin, Registry),
      isinstance(Plugin, type), Registry.classes, type(a).__name__)
print(hasattr(a, "describe"), AudioPlugin.tag, Plugin.tag)

# type() with three arguments
def area(self):
    return self.w * self.h


Rect = type("Rect", (object,), {"w": 2, "h": 3, "area": area})
r = Rect()
r.w = 5
print(Rect.__name__, r.area(), Rect.w, Rect.__bases__, type(Rect))
Square = type("Square", (Rect,), {"h": 5, "w": 5})
print(Square().area(), issubclass(Square, Rect), Square.__mro__[1].__name__)
Dyn = Registry("Dyn", (Plugin,), {"extra": 1})
print(Dyn.tag, Dyn(7).value, Dyn.describe())


# a singleton metaclass
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    def __init__(self):
        self.values = {}


s1 = Settings()
s1.values["x"] = 1
print(Settings() is s1, Settings().values)


# __prepare__ returning an ordered record of the body's names
class Recorder(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = {"defined_order": []}
        return ns

    def __new__(mcs, name, bases, ns, **kw):
        ns["defined_order"] = [k for k in ns if not k.startswith("__") and k != "defined_order"]
        return super().__new__(mcs, name, bases, ns)


class Form(metaclass=Recorder):
    name = "text"
    age = "int"
    email = "text"


print(Form.defined_order)


# __init_subclass__ with class keywords
class Shape:
    registry = {}

    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry[cls.__name__] = sides


class Triangle(Shape, sides=3):
    pass


class Quad(Shape, sides=4):
    pass


class Blob(Shape):
    pass


print(Shape.registry, Triangle.sides, Blob.sides)
try:
    class Bad(Blob, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoKw(color=1):
        pass
except TypeError as e:
    print("TypeError:", e)


# __set_name__ on descriptors
class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.kind}>")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} needs {self.kind.__name__}")
        obj.__dict__[self.name] = value


class Person:
    name = Field(str)
    age = Field(int)


pp = Person()
print(pp.name, Person.age.name, Person.age.owner)
pp.age = 30
print(pp.age)
try:
    pp.age = "old"
except TypeError as e:
    print(e)


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


print(Box[int], Box["x"])


# a metaclass with class-level attribute access and operators
class Sized(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return f"<sized {cls.__name__}>"


class Colors(metaclass=Sized):
    items = ["red", "green"]


print(len(Colors), list(Colors), Colors[1], "red" in Colors, "blue" in Colors, Colors,
      repr(Colors), str(Colors))

try:
    class M1(type):
        pass

    class M2(type):
        pass

    class A1(metaclass=M1):
        pass

    class A2(metaclass=M2):
        pass

    class Both(A1, A2):
        pass
except TypeError as e:
    print(e)
print(type(int), type(type), type(Registry))


# a __prepare__ namespace that refuses redefinitions; a function as metaclass
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate {key!r}")
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDupes()
    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))
class A(metaclass=Meta):
    x = 1
    def f(self): return self.x
print(A().f())
try:
    class B(metaclass=Meta):
        y = 1
        y = 2
except TypeError as e:
    print(e)
class C(metaclass=Meta):
    z = 3
    w = z + 1
print(C.w)
def meta_fn(name, bases, ns):
    return type(name, bases, dict(ns, made_by="fn"))
class D(metaclass=meta_fn):
    pass
print(D.made_by, type(D))
