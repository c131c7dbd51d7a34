# Importing packages: __init__.py, submodules, relative imports, nested subpackages.
import pkg_shapes
from pkg_shapes import Square, circle
from pkg_shapes.circle import bounding_square
import pkg_text.words
from pkg_text.sub import count_words

print(pkg_shapes.VERSION, Square(3), Square(3).area())
print(circle.area(1), bounding_square(2), pkg_shapes.circle is circle)
print(pkg_text.words.split_words("Hello, world! Hello again."))
print(sorted(count_words("the cat and the hat, the end").items()))
print(pkg_shapes.square.Square is Square, pkg_shapes.__name__, circle.__name__)
import pkg_shapes.square as sq
print(sq.Square(5).area())
