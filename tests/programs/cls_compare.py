# Rich comparisons with reflected fallbacks, sorting objects, NotImplemented handling.


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "Version('%s')" % ".".join(str(p) for p in self.parts)

    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == "1.2", "1.2" == Version("1.2"), Version("1.0") < "1.0.1")
print(Version("3.0") > Version("2.9"), "2.0" > Version("1.5"))
print(Version("1.2") >= Version("1.2"), Version("1.3") <= Version("1.2"))
print(Version("1.0") == 1, Version("1.0") != 1)
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
print(len(set(vs)))


class Reverse:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("  Reverse.__gt__ called")
        return self.v > other


print(5 < Reverse(10))
print(sorted([3, 1, 2], reverse=True))


class Weird:
    def __eq__(self, other):
        return "yes"


print(Weird() == 1, Weird() != 1, 1 == Weird())
