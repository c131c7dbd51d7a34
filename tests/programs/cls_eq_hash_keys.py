# Objects as dict keys and set members: __eq__/__hash__ consistency, unhashable classes, identity default.


class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "C(%d,%d)" % (self.x, self.y)


class Plain:
    def __init__(self, v):
        self.v = v


class EqOnly:
    def __eq__(self, other):
        return True


visited = {Coord(0, 0), Coord(1, 0), Coord(0, 0)}
print(len(visited), Coord(1, 0) in visited, Coord(2, 2) in visited)
dist = {Coord(0, 0): 0}
dist[Coord(0, 1)] = 1
dist[Coord(0, 0)] += 5
print(sorted(dist.items(), key=lambda kv: (kv[0].x, kv[0].y)))
a, b = Plain(1), Plain(1)
print(a == b, a == a, len({a, b, a}), {a: "first"}.get(b, "missing"))
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__ is None, EqOnly() == 5, EqOnly() != 5)
counts = {}
for c in [Coord(1, 1), Coord(2, 2), Coord(1, 1), Coord(1, 1)]:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: kv[1]))
print(Coord(3, 4) in [Coord(3, 4)], [Coord(1, 2)].index(Coord(1, 2)), [Coord(5, 5)].count(Coord(5, 5)))
