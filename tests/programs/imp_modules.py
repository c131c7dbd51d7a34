# Importing our own modules: import, from-import, aliases, module attributes, module state, caching.
import mod_geometry
import mod_geometry as geo
from mod_geometry import Box, circle_area
from mod_geometry import PI2 as TWO_PI

print(geo is mod_geometry, mod_geometry.__name__)
print(round(circle_area(2), 6), round(TWO_PI, 6))
b = Box(3, 4)
Box(1, 1)
print(b.area(), len(mod_geometry.created), mod_geometry._private_helper())
print(hasattr(mod_geometry, "Box"), "circle_area" in dir(mod_geometry))
import mod_counter
import mod_uses_counter
mod_counter.bump()
print(mod_uses_counter.bump_twice(), mod_counter.count)
from mod_counter import count
mod_counter.bump()
print(count, mod_counter.count)
try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_geometry import nothing_here
except ImportError as e:
    print("ImportError:", e.args[0].split(" (")[0])
