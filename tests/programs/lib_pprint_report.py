# pprint: an inventory report printed with pprint/pformat/pp at several widths, indents
# and depths, compact lists, long strings and bytes split over lines, sets sorted, the
# collections types (OrderedDict, defaultdict, Counter, deque), SimpleNamespace and dataclasses, and
# saferepr/isreadable/isrecursive on recursive data.
import collections
import pprint
import types
from dataclasses import dataclass, field

inventory = {
    "warehouse": "North-East distribution centre, building 7",
    "items": [{"sku": "A-%03d" % i, "qty": i * 7 % 13, "tags": ["fragile", "bulk"][: i % 3]}
              for i in range(6)],
    "zones": {"cold": {"temp": -18.5, "racks": list(range(12))},
              "dry": {"temp": 21.0, "racks": list(range(30, 52))}},
    "open_days": {5, 3, 1, 9, 7, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31},
    "codes": frozenset({101, 202, 303}),
    "empty": {}, "none": [], "single": (1,),
    "notes": "Deliveries arrive before noon. Forklifts are charged overnight. " * 3,
    "multiline": "first line\nsecond line is somewhat longer than the first one\n" * 2,
    "blob": b"\x00\x01binary-payload" * 6,
}
pprint.pprint(inventory)
pprint.pprint(inventory, width=40)
pprint.pprint(inventory, width=120, indent=4)
pprint.pprint(inventory, depth=2)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), width=30, compact=True, indent=3)
pprint.pp({"zeta": 1, "alpha": [2] * 40})
print(pprint.pformat("x" * 100))
print(pprint.pformat("hello world " * 10, width=30))

stock = collections.OrderedDict(("bin%d" % i, i * i) for i in range(15))
pprint.pprint(stock)
by_zone = collections.defaultdict(list)
for i in range(12):
    by_zone["zone%d" % (i % 4)].append("item%d" % i)
pprint.pprint(by_zone)
pprint.pprint(collections.Counter("abracadabra simsalabim hocus pocus"), width=40)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(types.SimpleNamespace(name="shelf", slots=list(range(20)), label="x" * 50))

loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isreadable([1, "a"]))
print(pprint.saferepr({"b": 2, "a": [1, 2]}))
pprint.pprint({(1, 2): "tuple key", 3: "int", "s": None, 2.5: True}, width=30)
pprint.pprint([[1, 2, 3]] * 10, width=20)
pprint.pprint(((("nested",) * 3,) * 3,) * 2, width=25)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint({3: 1, "a": 2, 1: 3})
printer = pprint.PrettyPrinter(width=50, indent=2, sort_dicts=False)
printer.pprint(inventory["zones"])
print(printer.pformat(inventory["items"][:2]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)


@dataclass
class Item:
    sku: str
    qty: int
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)


@dataclass
class Order:
    id: int
    items: list
    note: str = ""


order = Order(7, [Item("A-%d" % i, i, ["t"] * i) for i in range(5)], "rush delivery, fragile")
pprint.pprint(order)
pprint.pprint(order, width=40)
pprint.pprint({"order": order}, depth=2)
pprint.pprint([Item("short", 1)])
