# str.split() on whitespace: ASCII and not, with maxsplit
for s in ["", " ", "a", " a ", "a b  c\td\n", "  lead and trail  ", "x\x1cy\x1fz\x0bw\x0cv", "a b c  "]:
    print(repr(s), s.split(), s.split(None, 0), s.split(None, 1), s.split(maxsplit=2), s.rsplit(None, 1))
print("é ü  x".split(), "é ü  x".split(None, 1))
