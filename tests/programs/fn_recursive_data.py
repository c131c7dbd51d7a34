# Recursive functions over recursive data: nested lists, JSON-like trees, depth, sums, and pretty printing.


def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(i) for i in x), default=0)
    return 0


def deep_sum(x):
    return sum(deep_sum(i) for i in x) if isinstance(x, list) else x


def deep_map(fn, x):
    return [deep_map(fn, i) for i in x] if isinstance(x, list) else fn(x)


def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k in obj:
            if isinstance(obj[k], (dict, list)):
                print(pad + str(k) + ":")
                pretty(obj[k], indent + 1)
            else:
                print(pad + "%s: %r" % (k, obj[k]))
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, (dict, list)):
                print(pad + "-")
                pretty(item, indent + 1)
            else:
                print(pad + "- %r" % (item,))


nested = [1, [2, [3, [4]], 5], [], [[6]]]
print(depth(nested), deep_sum(nested), deep_map(lambda v: v * 10, nested), depth([]), depth(7))
doc = {"name": "minipy", "version": [0, 1], "deps": [{"name": "rpython", "pin": "0.2.1"}, {"name": "lark"}],
       "meta": {"license": "MIT", "tags": ["interpreter", "stm"]}}
pretty(doc)


def count_keys(obj):
    if isinstance(obj, dict):
        return len(obj) + sum(count_keys(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_keys(v) for v in obj)
    return 0


print(count_keys(doc))
