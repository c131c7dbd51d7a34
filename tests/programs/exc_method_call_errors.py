# Common slips with built-in methods and `in`, caught and reported: wrong argument counts (bound, unbound, on subclasses), keywords where none are taken, membership tests on non-containers
class Basket(list):
    pass


def attempt(label, fn):
    try:
        result = fn()
    except TypeError as e:
        print(f"{label:<28} TypeError: {e}")
    else:
        print(f"{label:<28} ok: {result!r}")


items = ["apple", "pear"]
counts = {"apple": 3}
attempt("append nothing", lambda: items.append())
attempt("append two", lambda: items.append("fig", "kiwi"))
attempt("append on subclass", lambda: Basket().append())
attempt("append by keyword", lambda: items.append(object="x"))
attempt("unbound append", lambda: list.append())
attempt("unbound upper", lambda: str.upper())
attempt("unbound dict.get", lambda: dict.get())
attempt("unbound set.add", lambda: set.add())
attempt("unbound with self", lambda: list.append(items, "plum"))
attempt("upper with argument", lambda: "word".upper(1))
attempt("isdigit with argument", lambda: "12".isdigit("1"))
attempt("lower on bytes", lambda: b"AB".lower(2))
attempt("join nothing", lambda: ",".join())
attempt("str.join unbound", lambda: str.join(","))
attempt("dict get nothing", lambda: counts.get())
attempt("pop too many", lambda: items.pop(0, 1))
attempt("insert one", lambda: items.insert(0))
attempt("count nothing", lambda: items.count())
attempt("set add nothing", lambda: set().add())
attempt("zfill nothing", lambda: "7".zfill())
attempt("strip two sets", lambda: "xax".strip("x", "y"))
attempt("rstrip bytes two", lambda: b"xa".rstrip(b"x", b"a"))
attempt("strip one set", lambda: "xax".strip("x"))
attempt("in an int", lambda: "a" in 5)
attempt("in None", lambda: 1 in None)
attempt("in a float", lambda: 3 in 4.5)
attempt("in a function", lambda: 3 in len)
attempt("in a list", lambda: "pear" in items)
attempt("in dict", lambda: "apple" in counts)
print(items)
