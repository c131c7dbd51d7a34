# Objects with __index__ used where ints are expected: repeating sequences (both operand orders), bytes(n), slicing, range, hex/bin; huge and negative repeat counts
class Width:
    """A column width that is not an int but can be used as one."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Width({self.n})"


w = Width(4)
print("-" * w + "+", w * "=", [0] * w, (None,) * Width(2), b"ab" * w, w * [1, 2])
print(bytes(w), bytearray(Width(2)), "abcdefgh"[Width(1):w], list(range(w)), hex(w), bin(w), oct(w))
print("|".join(["x" * Width(n) for n in range(4)]), "ab" * Width(-3) == "", [1] * Width(0))
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
widths = [Width(max(len(str(r[i])) for r in rows)) for i in range(2)]
for r in rows:
    print(" ".join(str(c) + " " * (Width(widths[i].n - len(str(c))).__index__()) for i, c in enumerate(r)))
for expr in [lambda: [0] * 10 ** 30, lambda: "a" * 10 ** 20, lambda: [1] * -10 ** 30, lambda: bytes(-1),
             lambda: "a" * 2.0, lambda: 2.5 * "a", lambda: [1] * Width(2.5)]:
    try:
        r = expr()
        print("ok", r)
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
