# Integer semantics: floor division and modulo signs, divmod identities, shifts, bool as int, int() parsing.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print("%3d // %2d = %2d   %3d %% %2d = %2d   ok=%s" % (a, b, q, a, b, r, q * b + r == a))
print([divmod(a, b) for a, b in pairs])
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(True + True, True * 3, -True, int(True), sum([True] * 5), True / 2)
print(int("  12  "), int("+7"), int("-0"), int("0x10", 16), int("0o10", 0), int("1_0"))
print(abs(-5), -abs(5), max(-1, -5), min(0, -0), 0 == -0, 10 ** 0, 0 ** 0)
print(17 % 5 == 17 - 5 * (17 // 5), (-17) % 5 == -17 - 5 * (-17 // 5), 3 % 1, 0 % 7)
big = 10 ** 20
print(big // 7, big % 7, -big // 7, divmod(big, -7), (big + 1) // (big - 1))
print(round(7 / 3, 3), 7 // 3 * 3 + 7 % 3, int(7 / 3), int(-7 / 3), -7 // 3)
