# How a call's arguments reach the parameters: positional, keyword (in any order),
# positional-only, keyword-only with and without defaults, *args and **kwargs, methods;
# and CPython's TypeError for each way a call can go wrong, with the callable named the
# way CPython names it (module.qualname for functions and classes, name for built-ins).

def record(name, qty=1, *, unit="pcs", note):
    return f"{name}:{qty}{unit}:{note}"


def span(start, /, stop, step=1):
    return list(range(start, stop, step))


def collect(first, *rest, sep="-", **extra):
    return sep.join([str(first)] + [str(r) for r in rest]) + str(sorted(extra.items()))


class Shelf:
    def __init__(self, size=3, *, label="shelf"):
        self.items = []
        self.size = size
        self.label = label

    def put(self, item, count=1, *, tag=None):
        for _ in range(count):
            if len(self.items) >= self.size:
                return False
            self.items.append(item if tag is None else f"{item}#{tag}")
        return True

    class Slot:
        pass


print(record("bolt", note="x"), record("nut", 5, note="y", unit="kg"))
print(record(note="z", name="washer"), record("pin", qty=2, note="w"))
print(span(1, 5), span(1, stop=9, step=3), span(0, 4, 2))
print(collect(1), collect(1, 2, 3, sep="+"), collect("a", k=1, j=2))
s = Shelf(4, label="top")
print(s.put("cup"), s.put("mug", 2, tag="blue"), s.put(item="jar", count=2), s.items)
print(Shelf().size, Shelf(size=1).label, Shelf.put(Shelf(1), "one"))

total = 0
for i in range(3000):
    total += len(record("p", i % 7, note=i)) + len(span(i % 5, stop=9)) + (i % 3)
    total += Shelf(size=i % 4).put(i, count=2, tag=i % 2) is True
print(total)


def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)


show(lambda: record("bolt"))
show(lambda: record(note=1))
show(lambda: record("a", 1, 2, note=3))
show(lambda: record("a", name="b", note=1))
show(lambda: record("a", colour="red", note=1))
show(lambda: span(start=1, stop=2))
show(lambda: span(1))
show(lambda: span(1, 2, stop=3))
show(lambda: span(1, 2, 3, 4))
show(lambda: collect())
show(lambda: collect(1, first=2))
show(lambda: Shelf(1, 2))
show(lambda: s.put())
show(lambda: s.put("x", tag=1, bogus=2))
show(lambda: record(*5))
show(lambda: record("a", **[("note", 1)]))
show(lambda: record("a", **{"note": 1}, **{"note": 2}))
show(lambda: s.put(*None))
show(lambda: Shelf(*7))
show(lambda: Shelf.Slot(**[1]))
show(lambda: print(*3))
show(lambda: max(**{"key": 1}, **{"key": 2}))
show(lambda: (lambda: 0)(*1))
