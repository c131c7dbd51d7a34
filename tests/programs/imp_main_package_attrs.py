# A script's module attributes: __package__ and __spec__ are None in __main__, set in imported modules.
import sys
import mod_counter
import pkg_shapes
import pkg_shapes.circle


def how_run():
    # the idiom scripts use to choose between relative and absolute imports
    if __package__ is None or __package__ == "":
        return "top-level script"
    return "inside package " + __package__


print(__name__, __package__, __spec__, how_run())
main = sys.modules["__main__"]
print(main.__package__ is None, main.__spec__ is None, main.__doc__)
print(repr(mod_counter.__package__), pkg_shapes.__package__, pkg_shapes.circle.__package__)
names = [n for n in ("__name__", "__doc__", "__package__", "__spec__", "__file__", "__builtins__")
         if n in globals()]
print(names)
print(globals()["__package__"], vars(main)["__spec__"])
try:
    from . import mod_counter as again
except ImportError as e:
    print("ImportError:", e)
