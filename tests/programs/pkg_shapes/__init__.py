# Package for imp_* programs: re-exports from its submodules, has package-level data.
from pkg_shapes.square import Square
from pkg_shapes import circle

VERSION = "1.2"
__all__ = ["Square", "circle", "VERSION"]
print("pkg_shapes initialised")
