# `s += text` on locals: long strs built piece by piece, read between pieces, kept views
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


s = build(200000, "abcde")
print(len(s), s[:12], s[-7:], s.count("e"), hash(s) == hash("abcde" * 200000))
print(build(3, "xy"), repr(build(0, "q")))


def read_between(n):
    out = ""
    lens = []
    for i in range(n):
        out += "line %d\n" % i
        if i % 50 == 0:
            lens.append(len(out))
            lens.append(out.endswith("%d\n" % i))
    return out.count("\n"), lens[:6], out[-9:]


print(read_between(600))


def kept_views():
    s = "x" * 300
    saved = []
    for i in range(5):
        saved.append(s)         # the str as it was: later += must not change it
        s += str(i)
        t = s
        t += "!"                # another local grown from s
        saved.append(t)
    s += s                      # the right side reads the left
    return [len(v) for v in saved], [v[-3:] for v in saved], len(s), s[295:310]


print(kept_views())


def mixed(n):
    total = 0
    s = "é" * 200               # code points, not bytes
    items = []
    for i in range(n):
        total += i
        s += "ü%d" % (i % 10)
        items += [i]
    s += "end"
    return total, len(s), s[-6:], len(items), s.isascii()


print(mixed(1000))


def wrong_types():
    s = "a" * 300
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    s += "b"
    try:
        s += None
    except TypeError as e:
        print("TypeError:", e)
    print(len(s), s[-2:])
    n = 1
    n += 2.5
    print(n)
    lst = [1]
    alias = lst
    lst += (2, 3)
    print(lst, alias is lst)


wrong_types()


class Tag(str):
    def __add__(self, other):
        return "Tag.__add__"


def subclasses():
    s = "p" * 300
    s += Tag("t")               # a str subclass is added as a str
    t = Tag("q" * 300)
    t += "x"                    # the subclass's __add__ decides
    return len(s), t


print(subclasses())


def with_locals():
    acc = "z" * 300
    acc += "tail"
    names = locals()
    return len(names["acc"]), names["acc"][-4:]


print(with_locals())


def gen_pieces():
    s = "g" * 300
    while True:
        piece = yield len(s)
        if piece is None:
            return s[-5:]
        s += piece


g = gen_pieces()
print(next(g), g.send("abc"), g.send("defg"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def unbound():
    try:
        z += "x"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = "ok"


unbound()


class Base:
    def who(self):
        return "Base"


class Child(Base):
    def who(self, suffix=""):
        suffix += "s" * 300
        return super().who() + str(len(suffix))


print(Child().who("x"))
x = "module" * 60
x += "-level"
print(len(x), x[-9:])
