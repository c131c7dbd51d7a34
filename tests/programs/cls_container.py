# A custom container: __len__, __getitem__ (ints and slices), __setitem__, __delitem__,
# __contains__, __iter__, __reversed__, __eq__.


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Ring(self.items[index])
        return self.items[index % len(self.items)]

    def __setitem__(self, index, value):
        self.items[index % len(self.items)] = value

    def __delitem__(self, index):
        del self.items[index % len(self.items)]

    def __contains__(self, value):
        return value in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)

    def __eq__(self, other):
        return isinstance(other, Ring) and self.items == other.items

    def __repr__(self):
        return "Ring(%r)" % self.items


r = Ring("abcdef")
print(len(r), r[0], r[7], r[-1], r[100])
print(r[1:4], r[::2])
r[8] = "Z"
print(r)
del r[0]
print(r, "Z" in r, "a" in r)
print(list(reversed(r)), sorted(r), "".join(r))
print(r == Ring("bZdef"), r == Ring("x"))
for i, ch in enumerate(r):
    if i > 2:
        break
    print(i, ch)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())
