# Attributes of built-in exceptions: ImportError name/path/msg (also of a failed from-import), NameError/AttributeError keywords, SyntaxError details, and the TypeErrors of bad keywords and links.
import os.path


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


try:
    from mod_geometry import no_such_shape
except ImportError as e:
    print("from-import:", e.name, os.path.basename(e.path), e.msg == str(e))
try:
    import mod_geometry.sub
except ModuleNotFoundError as e:
    print("submodule:", e.name, "|", e)
try:
    import no_such_module_here
except ImportError as e:
    print("missing:", e.name, e.path, e.msg)

err = ImportError("plugin failed", name="plugins.csv", path="/opt/plugins/csv.py")
print(err, err.name, err.path, err.msg, repr(err))
err.msg = "plugin failed to load"
print(err, err.args)
print(ImportError("a", "b").msg, ImportError().name)

ne = NameError("name 'total' is not defined", name="total")
print(ne.name, NameError("plain").name)
ae = AttributeError("no colour", name="colour", obj=42)
print(ae.name, ae.obj, AttributeError("x").obj)

show("ValueError(code=3)", lambda: ValueError("bad", code=3))
show("NameError(obj=)", lambda: NameError("n", obj=1))
show("ImportError(module=)", lambda: ImportError("i", module="m"))
show("subclass kw", lambda: type("AppError", (Exception,), {})(level=2))


class Configured(Exception):
    def __init__(self, msg, *, level=0):
        super().__init__(msg)
        self.level = level


print(repr(Configured("disk", level=2)), Configured("disk", level=2).level)

se = SyntaxError("unexpected token", ("config.ini", 3, 7, "key = = value\n"))
print(se, "|", se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(SyntaxError("just a message").lineno, SyntaxError().msg)
show("short details", lambda: SyntaxError("m", ("f", 1)))
show("long details", lambda: SyntaxError("m", ("f", 1, 2, "t", 3, 4, 5)))

e = RuntimeError("outer")
show("cause=str", lambda: setattr(e, "__cause__", "inner"))
show("context=int", lambda: setattr(e, "__context__", 1))
show("traceback=list", lambda: setattr(e, "__traceback__", []))
e.__cause__ = KeyError("k")
e.__context__ = None
print(repr(e.__cause__), e.__context__, e.__suppress_context__)
