# Changing a dict while iterating over it: "changed size", "keys changed" (same size, other keys), exhausted iterators stay exhausted.
def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def rename_keys_in_place():
    # a classic bug: renaming keys while looping over the dict itself
    prices = {"apple": 3, "pear": 5}
    done = []
    for name in prices:
        done.append(name)
        prices[name.upper()] = prices.pop(name)
    return done


def rename_keys_safely():
    prices = {"apple": 3, "pear": 5}
    for name in list(prices):
        prices[name.upper()] = prices.pop(name)
    return prices


def grow_while_iterating():
    d = {1: "one"}
    for k in d:
        d[k + 1] = "more"
    return d


def update_values_only():
    stock = dict.fromkeys(["a", "b", "c"], 0)
    for k in stock:
        stock[k] += len(k) * 10
    return stock


def swap_one_key_midway():
    d = {1: "a", 2: "b", 3: "c"}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[3]
            d[4] = "d"
    return seen


def items_view_keys_changed():
    d = {"x": 1, "y": 2}
    out = []
    for k, v in d.items():
        out.append((k, v))
        del d[k]
        d[k * 2] = v
    return out


def exhausted_stays_exhausted():
    d = {"a": 1}
    it = iter(d)
    first = list(it)
    d["b"] = 2              # too late to matter: the iterator is done
    return first, next(it, "done"), list(it), list(iter(d))


def error_sticks():
    d = {"a": 1, "b": 2}
    it = iter(d.values())
    next(it)
    d["c"] = 3
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
    del d["c"]              # back to the old size: still broken
    try:
        next(it)
    except RuntimeError as e:
        msgs.append(str(e))
    return msgs


for fn in [rename_keys_in_place, rename_keys_safely, grow_while_iterating, update_values_only,
           swap_one_key_midway, items_view_keys_changed, exhausted_stays_exhausted, error_sticks]:
    attempt(fn.__name__ + ":", fn)
