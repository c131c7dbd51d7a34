# Containers that hold themselves print as CPython prints them: `[...]`, `{...}` and
# `...` where the repr would start over, including through user classes, nested
# containers and the collections types; an error inside such a repr leaves nothing
# marked, so the next repr of the same object prints in full.
from collections import deque, OrderedDict, defaultdict


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name!r}, {self.links!r})"


row = [1, 2]
row.append(row)
print(row, str(row), len(repr(row)))
grid = [row, [row]]
print(grid)
pair = (row, "tail")
print(pair)

table = {"name": "t"}
table["self"] = table
table["list"] = [table, row]
print(table)

a = Node("a")
b = Node("b")
a.links.append(b)
b.links.append(a)
b.links.append(b)
print(a)
print([a, b])

ring = deque([1, 2])
ring.append(ring)
print(ring)
od = OrderedDict()
od["x"] = 1
od["me"] = od
print(od)
tree = defaultdict(list)
tree["root"] = tree
tree["leaves"].append(tree)
print(tree)

same = [0]
print([same, same, (same,)])           # the same list twice, not inside itself


class Fussy:
    calls = 0

    def __repr__(self):
        Fussy.calls += 1
        if Fussy.calls == 1:
            raise ValueError("not yet")
        return "Fussy()"


box = [Fussy()]
box.append(box)
try:
    print(box)
except ValueError as e:
    print("ValueError:", e)
print(box)
