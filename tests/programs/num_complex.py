# complex numbers: literals, arithmetic with ints and floats, repr, equality, hashing, parsing
import math

z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), str(w), 2j, -1j, 1j * 1j, 0j, -0j, complex())
print(z.real, z.imag, z.conjugate(), abs(z), type(z).__name__, type(z.real).__name__)
print(z + w, z - w, z * w, z / w, -z, +z)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z - 1.5, 10 / z, z / 2)
print(z ** 2, z ** 0, z ** -1, w ** 3, (1 + 1j) ** 10, 2 ** (1 + 1j), z ** 0.5)
print((1j) ** 2, (0.5 + 0.5j) ** 100, (-8) ** (1 / 3), (-2.0) ** 0.5)
print(z == complex(3, 4), z == 3, complex(3, 0) == 3, complex(3, 0) == 3.0, z != w, 3 == z)
print(complex(2 ** 53, 0) == 2 ** 53, complex(2 ** 53, 0) == 2 ** 53 + 1)
print(hash(complex(3, 0)) == hash(3), hash(1j), hash(complex(1.5, -2.25)), hash(-1 + 0j))
print(bool(0j), bool(1j), bool(complex(0, 0.0)), bool(complex(1e-300, 0)))
print(complex("1+2j"), complex(" (3-4.5J) "), complex("-j"), complex("j"), complex("2"),
      complex("1e3+1_000j"), complex("inf-nanj"), complex("-1.5e-3"), complex("+j"))
print(complex(1.5), complex(2, 3.5), complex(real=1, imag=2), complex(imag=3),
      complex(1j, 1j), complex(complex(1, 2)), complex(True, False))
print(complex(1e300, 1e300) * 10, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0))
print(complex(float("inf"), float("nan")), repr(complex(1e20, 1e-20)), complex(1e16, 123.0))
print([abs(c) for c in (3 + 4j, -5j, complex(float("inf"), float("nan")))])
print(sum([1j, 2, 3.5, 1 - 1j]), sorted([3 + 0j, 1j], key=abs), {1j: "i", 2: "two"}[1j])
print(isinstance(z, complex), 1j in {1j, 2j}, {complex(2, 0), 2, 2.0})
print("%s and %r" % (z, w), "{} {}".format(z, w), f"{z} {w!r}")


class Vec(complex):
    def norm(self):
        return abs(self)


v = Vec(6, 8)
print(v, v.norm(), v + 1, type(v + 1).__name__, v.real, v == 6 + 8j, Vec("1+1j"))


class Numberish:
    def __complex__(self):
        return 2 - 3j


print(complex(Numberish()), complex(Numberish(), 1))

for bad in ["1+", "j1", "1 + 2j", "(1+2j", "1+2j)", "", "1..2", "abc", "1+2i", "()"]:
    try:
        complex(bad)
        print("no error for", repr(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

errors = [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: 1j / 0, lambda: 1j / 0j,
          lambda: 0j ** -1, lambda: complex("1", 2), lambda: complex(1, "2"),
          lambda: complex([]), lambda: complex(1, []), lambda: float(1j), lambda: int(1j),
          lambda: complex(1e308, 1e308) ** 3, lambda: abs(complex(1e308, 1e308)),
          lambda: complex(1, 2, 3), lambda: round(1j)]
for f in errors:
    try:
        print("no error", f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

total = 0j
for k in range(1, 50):
    total += complex(math.cos(k), math.sin(k)) / k
print(total, round(total.real, 12), round(total.imag, 12))
