# __import__ and importlib.import_module: dotted names, fromlist, relative names, errors
import importlib
import sys

plugins = ["json", "collections", "os.path", "mod_geometry", "pkg_shapes.circle"]
for name in plugins:
    top = __import__(name)
    last = importlib.import_module(name)
    print(name, "->", top.__name__, last.__name__, last is sys.modules[name])

m = __import__("os.path", fromlist=["join"])
print(m.__name__, m.join("a", "b"))
deque = __import__("collections", globals(), locals(), ("deque",), 0).deque
print(deque([1, 2, 3], maxlen=2))
print(importlib.import_module(".path", "os").__name__)
print(importlib.import_module("..path", "os.sub").__name__)

def loader(spec):
    modname, _, attr = spec.partition(":")
    return getattr(importlib.import_module(modname), attr)

print(loader("math:sqrt")(16.0), loader("operator:add")(2, 3))

for call in [lambda: __import__(""), lambda: __import__(5), lambda: __import__("os", level=-1),
             lambda: __import__("x", level=1), lambda: __import__("os", foo=1),
             lambda: __import__("os", None, None, None, 0, 5),
             lambda: __import__("no_such_module_here"),
             lambda: importlib.import_module(".x"),
             lambda: importlib.import_module("...x", "a.b"),
             lambda: importlib.import_module("no_such.sub")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
