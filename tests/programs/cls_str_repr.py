# __str__ versus __repr__: print, str(), repr(), containers (which use repr), f-strings with !r/!s.


class Both:
    def __str__(self):
        return "Both-str"

    def __repr__(self):
        return "Both-repr"


class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "ReprOnly(%r)" % self.v


class StrOnly:
    def __str__(self):
        return "StrOnly-str"


b, r = Both(), ReprOnly("x")
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b} {b!r} {b!s}")
print(r, str(r), repr(r), [r, ReprOnly(1)], "%s %r" % (r, r), "{} {!r}".format(r, r))
print(str(StrOnly()), "StrOnly" in repr([StrOnly()]).split(".")[-1] or "default repr")
print(str("text"), repr("text"), str(["text"]), repr(1.5), str(None), [None, True, 1.0, "s"])


class Temperature:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return "Temperature(%r)" % self.deg

    def __str__(self):
        return "%.1f°C" % self.deg

    def __format__(self, spec):
        if spec == "f":
            return "%.1f°F" % (self.deg * 9 / 5 + 32)
        return str(self)


t = Temperature(21.5)
print(t, repr(t), f"{t}", f"{t:f}", "{:f}".format(t), format(t, ""), [t])


class Inherits(ReprOnly):
    pass


print(Inherits(3), str(Inherits([1])))
