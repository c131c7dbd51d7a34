# Messages of common built-in exceptions, caught and printed.


def two(a, b):
    return a + b


def one(a):
    return a


def none():
    return 0


def show(fn):
    try:
        fn()
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))


show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: [1, 2][5])
show(lambda: (1,)[-3])
show(lambda: "abc"[10])
show(lambda: {"a": 1}["b"])
show(lambda: int("12x"))
show(lambda: int("zz", 16))
show(lambda: float("nope"))
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [] - [])
show(lambda: None.attr)
show(lambda: (3).real.nothing)
show(lambda: undefined_name)
show(lambda: len(5))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: [1, 2].index(9))
show(lambda: "abc".index("z"))
show(lambda: next(iter([])))
show(lambda: {1, 2}.remove(3))
show(lambda: chr(-1))
show(lambda: hash([]))
show(lambda: "%d" % "x")
show(lambda: two(1))
show(lambda: two())
show(lambda: one(1, 2))
show(lambda: none(x=1))
show(lambda: one(a=1, b=2))
show(lambda: two(1, a=2))
show(lambda: divmod(1, 0))
show(lambda: 2 ** -1 % 0)
show(lambda: int(None))
show(lambda: sorted([1, "a"]))
show(lambda: "x" * 1.5)
idx = 1.0
show(lambda: [1][idx])
show(lambda: abs("x"))
