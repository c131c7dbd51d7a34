# Nested data structures: JSON-like records, grouping, deep access with defaults, flattening, updates.
orders = [
    {"id": 1, "customer": {"name": "ann", "city": "Oslo"}, "lines": [{"sku": "A", "qty": 2, "price": 5.0}]},
    {"id": 2, "customer": {"name": "bob", "city": "Rome"},
     "lines": [{"sku": "B", "qty": 1, "price": 20.0}, {"sku": "A", "qty": 5, "price": 5.0}]},
    {"id": 3, "customer": {"name": "ann", "city": "Oslo"}, "lines": []},
    {"id": 4, "customer": {"name": "cy", "city": "Rome"}, "lines": [{"sku": "C", "qty": 3, "price": 1.5}]},
]


def deep_get(obj, path, default=None):
    for key in path:
        try:
            obj = obj[key]
        except (KeyError, IndexError, TypeError):
            return default
    return obj


print(deep_get(orders, [1, "lines", 0, "sku"]), deep_get(orders, [2, "lines", 0, "sku"], "none"))
print(deep_get(orders, [0, "customer", "city"]), deep_get(orders, [9]), deep_get(orders, [0, "id", "x"], "bad"))
totals = {}
for o in orders:
    amount = sum(l["qty"] * l["price"] for l in o["lines"])
    totals[o["customer"]["name"]] = totals.get(o["customer"]["name"], 0) + amount
print(totals)
by_city = {}
for o in orders:
    by_city.setdefault(o["customer"]["city"], set()).add(o["customer"]["name"])
print({city: sorted(names) for city, names in sorted(by_city.items())})
sku_qty = {}
for line in [l for o in orders for l in o["lines"]]:
    sku_qty[line["sku"]] = sku_qty.get(line["sku"], 0) + line["qty"]
print(sorted(sku_qty.items(), key=lambda kv: -kv[1]))


def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, prefix + k + "."))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out.update(flatten(v, prefix + str(i) + "."))
    else:
        out[prefix[:-1]] = obj
    return out


for k, v in flatten(orders[1]).items():
    print(k, "=", v)
orders[0]["lines"].append({"sku": "D", "qty": 1, "price": 99.0})
print(len(orders[0]["lines"]), [o["id"] for o in orders if not o["lines"]])
