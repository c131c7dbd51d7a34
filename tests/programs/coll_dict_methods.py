# dict methods and views: get/setdefault/pop/popitem/update/keys/values/items, order, merging, views.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4))
print(d.setdefault("one", 100), d.setdefault("five", 5), d)
print(d.pop("five"), d.pop("missing", "default"), d)
d.update({"zero": 0, "one": 11})
d.update(six=6)
d.update([("seven", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items())[:2])
k = d.keys()
v = d.values()
d["eight"] = 8
print(len(k), "eight" in k, 8 in v, list(k)[-1])
print(d.popitem(), d.popitem(), d)
del d["zero"]
print("zero" in d, sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {})
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict(a=1, b=2), dict([(1, 2), (3, 4)]))
print({**{"x": 1}, "y": 2}, dict(zip("ab", range(2))), {1: "a", True: "b", 1.0: "c"})
inventory = {}
for item in "apple banana apple cherry banana apple".split():
    inventory[item] = inventory.get(item, 0) + 1
print(inventory, max(inventory, key=inventory.get))
print({k: v for k, v in inventory.items() if v > 1})
print(d | {"new": 1}, {"one": 0} | d)
c = d.copy()
c["one"] = "changed"
print(d["one"], c["one"])
ks = d.keys() & {"one", "two", "nine"}
print(sorted(ks), sorted(d.keys() - {"one"}), sorted(d.keys() | {"z"}))
d.clear()
print(d, bool(d))
try:
    {}["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
keys = {(1, 2): "tuple", 3.5: "float", None: "none", "s": "str", -1: "neg"}
print([keys[k] for k in [(1, 2), 3.5, None, "s", -1]])
for key, value in reversed(list({"a": 1, "b": 2}.items())):
    print(key, value)
print(list(reversed({"x": 1, "y": 2})))
