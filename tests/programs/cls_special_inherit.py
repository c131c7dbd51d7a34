# Special methods through inheritance: subclasses of list and dict, overriding __getitem__/__setitem__/__len__.


class History(list):
    def append(self, item):
        super().append((len(self), item))

    def values(self):
        return [v for _, v in self]


h = History()
for x in "abc":
    h.append(x)
print(h, h.values(), len(h), isinstance(h, list), h[1], h[-1][1])
h.extend([(9, "z")])
print(h[::2], sorted(h, reverse=True)[0])


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Name"] = "ann"
d["AGE"] = 31
print(d["NAME"], d["age"], "nAmE" in d, sorted(d.keys()), len(d), isinstance(d, dict))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1] if self else None

    def __repr__(self):
        return "Stack(%s)" % list.__repr__(self)


s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s, len(s), s + [9], type(s + [9]).__name__)


class Celsius(int):
    def __str__(self):
        return "%d°C" % int(self)


t = Celsius(21)
print(t, t + 1, type(t + 1).__name__, t * 2, t == 21, repr(t), [t])
