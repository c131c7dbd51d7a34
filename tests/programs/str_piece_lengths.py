# Lengths and indexing of strings made from pieces of other strings (split, strip,
# partition, replace, case changes, removeprefix), for ASCII and non-ASCII text:
# the interpreter counts code points only where the source text is not ASCII.

samples = ["  alpha, beta ,gamma  ", "  ålpha, bétå ,γάμμα  ", "x|y||z", "ñ|ÿ||ž", "ABC", "Straße"]

for s in samples:
    parts = s.split(",")
    print([(p, len(p), p[-1:]) for p in parts])
    print([(p, len(p)) for p in s.split()])
    print([(p, len(p)) for p in s.rsplit("|", 1)])
    t = s.strip()
    print(repr(t), len(t), t[1:3], t[-2:])
    print(len(s.lstrip()), len(s.rstrip()), len(s.strip(" ,a")))
    for f in (str.upper, str.lower, str.title, str.capitalize, str.swapcase, str.casefold):
        r = f(s)
        print(f.__name__, repr(r), len(r), r[::-1][:3])
    head, sep, tail = s.partition("|")
    print(len(head), len(sep), len(tail), tail[:2])
    head, sep, tail = s.rpartition(",")
    print(len(head), len(sep), len(tail), head[-2:])
    for old, new in (("a", "A"), ("a", "ä"), ("|", ""), (" ", "··")):
        r = s.replace(old, new)
        print(repr(r), len(r), r[-3:])
    r = s.removeprefix("  ")
    print(len(r), r[:2])
    r = s.removesuffix("  ")
    print(len(r), r[-2:])
    lines = (s + "\n" + s.upper() + "\r\n").splitlines()
    print([len(l) for l in lines], lines[1][-2:])

for n in (0, 7, -12, 10 ** 20, True):
    s = f"{n}"
    print(s, len(s), str(n)[-1], len(str(n) + "é"))

# formatted numbers: ASCII unless the spec brings other characters (a fill, or 'c')
for v, spec in [(8364, "c"), (65, "c"), (5, "€^7"), (5, "x<4c"), (1234567, ",d"),
                (3.5, "€>9.2f"), (-7, "+05"), (2 ** 70, "_x"), (True, "d"), (0.25, "%"),
                (12, "")]:
    s = format(v, spec)
    print(repr(s), len(s), s[::-1], s.upper())
print(f"{5:c}|{8364:c}|{3:€<4}|{12:>6}|", len(f"{8364:c}"), len(f"{-3:€=5}"))

# indexing and slicing with int (and bool) bounds, ASCII and not
for s in ("héllo wörld", "hello world"):
    print(s[1], s[-1], s[True], s[::-2], s[2:9:3], s[-100:3], s[5:1], s[False:4])
    for i in (20, -20):
        try:
            print(s[i])
        except IndexError as e:
            print(type(e).__name__, e)
