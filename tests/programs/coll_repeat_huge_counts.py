# sequence repetition by huge and zero counts: CPython's OverflowError and MemoryError
def attempt(text, make):
    try:
        r = make()
        print(text, len(r), type(r).__name__)
    except (OverflowError, MemoryError) as e:
        print(text, type(e).__name__, e)


attempt("'ab' * 2**62", lambda: "ab" * 2 ** 62)
attempt("'ab' * 2**40", lambda: "ab" * 2 ** 40)
attempt("'é' * 2**62", lambda: "é" * 2 ** 62)
attempt("2**62 * 'ab'", lambda: 2 ** 62 * "ab")
attempt("b'ab' * 2**62", lambda: b"ab" * 2 ** 62)
attempt("b'ab' * 2**40", lambda: b"ab" * 2 ** 40)
attempt("[1, 2] * 2**62", lambda: [1, 2] * 2 ** 62)
attempt("[1, 2] * 2**40", lambda: [1, 2] * 2 ** 40)
attempt("(1, 2) * 2**62", lambda: (1, 2) * 2 ** 62)
attempt("(1, 2) * 2**40", lambda: (1, 2) * 2 ** 40)
attempt("'ab' * 2**63", lambda: "ab" * 2 ** 63)
# nothing to repeat, or no repetitions: empty at once, whatever the count
attempt("'' * 2**62", lambda: "" * 2 ** 62)
attempt("b'' * 2**62", lambda: b"" * 2 ** 62)
attempt("[] * 2**62", lambda: [] * 2 ** 62)
attempt("() * 2**62", lambda: () * 2 ** 62)
attempt("[1] * -2**62", lambda: [1] * -2 ** 62)
attempt("(1,) * 0", lambda: (1,) * 0)
lst = [0, 1]
lst *= 3
print(lst, (1, 2) * 3, "xy" * 3, b"z" * 2, [None] * 2)
lst2 = [1, 2]
try:
    lst2 *= 2 ** 62
except MemoryError as e:
    print("list *= 2**62: MemoryError", e, lst2)
try:
    bytearray(b"ab") * 2 ** 62
except MemoryError as e:
    print("bytearray * 2**62: MemoryError", e)
empty = []
empty *= 2 ** 62
print(empty)
ba = bytearray(b"cd")
try:
    ba *= 2 ** 62
except MemoryError as e:
    print("bytearray *= 2**62: MemoryError", e, ba)
ba *= 2
print(ba, bytearray(b"q") * 3, 2 * bytearray(b"r"), bytearray() * 2 ** 62)
