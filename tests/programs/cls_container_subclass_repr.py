# subclasses of set, frozenset and bytearray: reprs that name the subclass, in-place operators keep the type
class Tags(set):
    def tagged(self, *names):
        self |= set(names)
        return self

class Frozen(frozenset):
    pass

class Packet(bytearray):
    def checksum(self):
        return sum(self) % 256

tags = Tags(["b"])
tags.tagged("a")
print(repr(Tags()), repr(Frozen()), repr(Frozen([3])), str(Tags([7])))
print(sorted(tags), type(tags).__name__, len(tags))
print(f"{Frozen([1])}", [Tags([2]), Frozen([4])], {"k": Tags([5])})
print(set.__repr__(Tags([9])), frozenset.__repr__(Frozen([8])))

p = Packet(b"\x01\x02")
alias = p
p += b"\x03"
p += memoryview(b"\x04")
p *= 2
print(repr(p), str(p), f"{p}", p is alias, type(p).__name__, p.checksum())
print(bytearray.__repr__(Packet(b"it's")), repr(Packet()))
print(p.__iadd__(b"!") is p, p.__imul__(1) is p, p[-2:])
for bad in (5, "text", [1]):
    try:
        p += bad
    except TypeError as e:
        print("TypeError:", e)
try:
    p *= "x"
except TypeError as e:
    print("TypeError:", e)
raw = bytearray(b"ab")
raw.__iadd__(bytearray(b"cd"))
raw.__imul__(2)
print(raw, type(raw.upper()).__name__, type(p.upper()).__name__)

# in-place operators inherited from list, set and dict mutate the subclass instance
class History(list):
    pass

class Config(dict):
    pass

h = History([1])
same = h
h += (2, 3)
h *= 2
cfg = Config(a=1)
view = cfg
cfg |= {"b": 2}
cfg |= [("c", 3)]
s = set([1])
s |= Tags([2])
nums = Tags([1, 2, 3])
keep = nums
nums &= {2, 3, 4}
nums -= Frozen([3])
nums ^= {9}
print(h, same is h, type(h).__name__, cfg, view is cfg, type(cfg).__name__)
print(sorted(s), nums is keep, type(nums).__name__, sorted(nums))
