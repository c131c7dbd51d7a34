# Built-in functions and methods as objects: the type of a bound built-in method, the
# reprs and qualified names of methods of built-in types, bound methods as dict keys and
# set members (equal and equally hashed when the same function is bound to the same
# object), and callbacks kept in a registry.
import types


class Greeter:
    def hello(self):
        return "hello"


items = []
g = Greeter()
print(type(items.append).__name__, type(g.hello).__name__, type(len).__name__)
print(type(items.append) is type(len), type(items.append) is type(g.hello))
print(isinstance(items.append, types.BuiltinMethodType),
      isinstance(items.append, types.MethodType), isinstance(g.hello, types.MethodType))
print(repr(str.join), repr(list.append), repr(dict.get), repr(len))
print(str.upper.__qualname__, list.append.__qualname__, items.append.__qualname__,
      len.__qualname__, g.hello.__qualname__)
r = repr(items.append)
print(r[:r.index(" at ")])

print(items.append == items.append, items.append == [].append, g.hello == g.hello)
print(hash(items.append) == hash(items.append), hash(g.hello) == hash(g.hello))
handlers = {items.append: "append", g.hello: "hello"}
print(handlers[items.append], handlers[g.hello], len({items.append, items.append, g.hello}))

registry = []
for f in (items.append, items.extend):
    if f not in registry:
        registry.append(f)
registry[0](1)
registry[1]([2, 3])
print(items, len(registry), items.append in registry, [].append in registry)
try:
    items.append.missing
except AttributeError as e:
    print("AttributeError:", e)
