# Conversion protocols checked on what they return: __float__, __index__, __iter__/__contains__/__reversed__ set to None, reversed() without __len__
import math


class Meters:
    """A length whose __float__ is buggy in one subclass."""
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return float(self.value)

    def __repr__(self):
        return "Meters(%r)" % (self.value,)


class SloppyMeters(Meters):
    def __float__(self):
        return self.value            # forgets the float(): an int comes back


class Slot:
    """An index object whose __index__ is wrong."""
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("float(Meters(3))", lambda: float(Meters(3)))
attempt("float(SloppyMeters(3))", lambda: float(SloppyMeters(3)))
attempt("math.sqrt(SloppyMeters(9))", lambda: math.sqrt(SloppyMeters(9)))
attempt("math.floor(SloppyMeters(2))", lambda: math.floor(SloppyMeters(2)))
attempt("round(Meters(2.5))", lambda: round(float(Meters(2.5))))

data = ["a", "b", "c", "d"]
attempt("data[Slot(1)]", lambda: data[Slot(1)])
attempt("data[Slot(1.0)]", lambda: data[Slot(1.0)])
attempt("'text'[Slot('x')]", lambda: "text"[Slot("x")])
attempt("float(Slot(4))", lambda: float(Slot(4)))


class Frozen:
    """A record that refuses iteration and membership tests on purpose."""
    __iter__ = None
    __contains__ = None
    __reversed__ = None

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


class Countdown:
    """A sequence by __getitem__ only, with no __len__."""
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 3 - i


attempt("iter(Frozen())", lambda: iter(Frozen()))
attempt("5 in Frozen()", lambda: 5 in Frozen())
attempt("reversed(Frozen())", lambda: reversed(Frozen()))
attempt("list(Countdown())", lambda: list(Countdown()))
attempt("2 in Countdown()", lambda: 2 in Countdown())
attempt("reversed(Countdown())", lambda: reversed(Countdown()))
attempt("sorted(Countdown())", lambda: sorted(Countdown()))
