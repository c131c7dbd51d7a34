# types: SimpleNamespace as a config record (repr, equality, attributes), the standard type names checked against real objects, MethodType binding, ModuleType, MappingProxyType
import types
import sys
from types import SimpleNamespace

cfg = SimpleNamespace(host="localhost", port=8080, debug=False)
print(cfg)
cfg.debug = True
cfg.workers = 4
del cfg.host
print(cfg, cfg.port, vars(cfg))
print(SimpleNamespace(), repr(SimpleNamespace(a=[1, 2], b={"k": (3,)})))
print(cfg == SimpleNamespace(port=8080, debug=True, workers=4), cfg == SimpleNamespace(port=1),
      cfg != SimpleNamespace(port=1), cfg == {"port": 8080})
nested = SimpleNamespace(name="outer", child=SimpleNamespace(name="inner"))
print(nested, nested.child.name)
loop = SimpleNamespace(x=1)
loop.me = loop
print(loop)


class Point(SimpleNamespace):
    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(x=3, y=4)
print(p, p.norm2(), p == SimpleNamespace(x=3, y=4))
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)
points = sorted([SimpleNamespace(x=2, y=1), SimpleNamespace(x=1, y=5)], key=lambda n: n.x)
print(points)


def plain(a, b=2):
    return a + b


def counter(n):
    yield from range(n)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account(10)
checks = [
    ("function", plain, types.FunctionType),
    ("lambda", lambda: 0, types.LambdaType),
    ("generator", counter(3), types.GeneratorType),
    ("bound method", acct.deposit, types.MethodType),
    ("builtin", len, types.BuiltinFunctionType),
    ("builtin2", abs, types.BuiltinMethodType),
    ("module", sys, types.ModuleType),
    ("none", None, types.NoneType),
    ("ellipsis", ..., types.EllipsisType),
    ("code", plain.__code__, types.CodeType),
]
for label, obj, typ in checks:
    print(label, isinstance(obj, typ), type(obj) is typ, typ.__name__)
print(isinstance(plain, types.MethodType), isinstance(acct.deposit, types.FunctionType),
      isinstance(len, types.FunctionType), isinstance(Account, types.FunctionType))
try:
    raise KeyError("x")
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType))


def dispatch(obj):
    if isinstance(obj, types.GeneratorType):
        return "gen:" + ",".join(map(str, obj))
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType)):
        return "call:" + str(obj(5))
    return "value:" + repr(obj)


print(dispatch(counter(4)), dispatch(plain), dispatch(abs), dispatch("s"))


# MethodType binds a function to one object
def withdraw(self, amount):
    self.balance -= amount
    return self.balance


acct.withdraw = types.MethodType(withdraw, acct)
print(acct.withdraw(3), acct.deposit(1), acct.withdraw.__self__ is acct,
      acct.withdraw.__func__ is withdraw)

# ModuleType: a module made at run time
mod = types.ModuleType("plugins", "Plugins registered at run time.")
mod.registry = {"upper": str.upper}
print(mod.__name__, mod.__doc__, mod.registry["upper"]("ok"), isinstance(mod, types.ModuleType))
print(types.ModuleType("bare").__doc__)

# MappingProxyType: a read-only view that follows its dict
settings = {"theme": "dark", "size": 12}
view = types.MappingProxyType(settings)
print(view, len(view), view["theme"], "size" in view, view.get("missing", "-"))
settings["size"] = 14
print(view["size"], sorted(view.keys()), list(view.items()), view == settings)
try:
    view["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del view["theme"]
except TypeError as e:
    print("TypeError:", e)
copy = view.copy()
copy["theme"] = "light"
print(settings["theme"], copy["theme"], type(copy).__name__, types.MappingProxyType.__name__)
