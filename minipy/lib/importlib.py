"""importlib: import_module(), the import statement as a function taking a module's name
as a string (relative names resolved against `package`), and invalidate_caches()."""
import sys

__all__ = ["import_module", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return base + "." + name if name else base


def import_module(name, package=None):
    """The module `name` (imported first if need be). A name starting with dots is
    relative to `package`; unlike `__import__`, a dotted name gives the last module."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        while level < len(name) and name[level] == ".":
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: minipy looks for modules anew at each first import."""
