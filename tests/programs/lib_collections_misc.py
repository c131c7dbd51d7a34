# defaultdict, OrderedDict and namedtuple from collections.
from collections import OrderedDict, defaultdict, namedtuple

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("d", "a")]:
    graph[a].append(b)
    graph[b]
print(graph)
print(dict(graph), graph["zz"], sorted(graph))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})
groups = defaultdict(set)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].add(len(word))
print({k: sorted(v) for k, v in sorted(groups.items())})

od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
od.move_to_end("one")
print(od, list(od))
od.move_to_end("three", last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([5, 6]), p == (3, 4), sum(p), isinstance(p, tuple), len(p))
x, y = p
print(x * y, (p.x ** 2 + p.y ** 2) ** 0.5)
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000)]
for e in sorted(staff, key=lambda e: e.salary):
    print(e)
print(Employee._field_defaults, max(staff, key=lambda e: e.salary).name)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError:
    print("namedtuple fields are read-only")
