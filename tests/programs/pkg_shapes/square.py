# Submodule of pkg_shapes.


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def __repr__(self):
        return "Square(%r)" % self.side
