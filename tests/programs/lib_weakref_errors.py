# What weakref refuses, with CPython's messages: objects that cannot be weakly
# referenced (ints, strs, tuples, lists, dicts, None, __slots__ classes without
# __weakref__, subclasses of int and tuple), bad arguments, dead references, and an
# exception in a callback (reported, and the program goes on).
import gc
import weakref


class Plain:
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyError(Exception):
    pass


def gen():
    yield 1


candidates = [("int", 1), ("str", "s"), ("tuple", (1,)), ("list", []), ("dict", {}),
              ("None", None), ("float", 1.5), ("bool", True), ("bytes", b"x"),
              ("Plain", Plain()), ("Slotted", Slotted()), ("SlottedWeak", SlottedWeak()),
              ("MyInt", MyInt(3)), ("MyTuple", MyTuple()), ("MyList", MyList()),
              ("MyStr", MyStr("a")), ("MyError", MyError()), ("ValueError", ValueError()),
              ("class", Plain), ("function", gen), ("generator", gen()), ("set", {1}),
              ("frozenset", frozenset()), ("builtin", len), ("range", range(2)),
              ("module", weakref), ("ref", weakref.ref(Plain))]
for label, obj in candidates:
    try:
        r = weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, "TypeError:", e)

target = Plain()
for args in [(), (target, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(target, callback=None)
except TypeError as e:
    print("TypeError:", e)
r = weakref.ref(target)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r.__callback__ = print
except AttributeError as e:
    print("AttributeError:", e)
for f in (weakref.getweakrefcount, weakref.getweakrefs):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    r < r
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakValueDictionary()["k"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakSet().add("s")
except TypeError as e:
    print("TypeError:", e)


def bad_callback(ref):
    print("callback runs")
    raise ValueError("boom")


ok = []
t = Plain()
r1 = weakref.ref(t, lambda ref: ok.append("later callback"))
r2 = weakref.ref(t, bad_callback)
del t
gc.collect()
print("program goes on", ok, r1(), r2())
dead = Plain()
dp = weakref.proxy(dead)
del dead
gc.collect()
dp.anything
