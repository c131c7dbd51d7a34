# Helper module for imp_* programs (not an entry point): constants, functions, a class, module state.
import math

PI2 = 2 * math.pi
created = []


def circle_area(r):
    return math.pi * r * r


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        created.append(self)

    def area(self):
        return self.w * self.h


def _private_helper():
    return "private"


print("mod_geometry loaded as", __name__)
if __name__ == "__main__":
    print("this never prints when imported")
