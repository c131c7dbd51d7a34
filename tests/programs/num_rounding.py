# Rounding: round-half-even for ints and floats, negative ndigits, float representation surprises, money.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 1.45, 2.675]])
print([round(n, -1) for n in [5, 15, 25, 35, -5, 14, 16]], round(1234567, -3), round(-1250, -2))
print(round(3.14159, 0), round(3.14159, 3), round(1e20, -19), round(123.456, -2), round(0.0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print("%.2f %.2f %.2f %.0f %.0f" % (2.675, 1.005, 0.125, 0.5, 1.5))
print("{:.1f} {:.1f} {:.3g} {:.3g}".format(0.25, 0.35, 1234.5, 0.00012345))
cents = [int(round(p * 100)) for p in [19.99, 5.01, 0.1, 0.2, 0.7]]
print(cents, sum(cents), sum([19.99, 5.01, 0.1, 0.2, 0.7]))


def split_bill(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base + 1 if i < extra else base for i in range(people)]


print(split_bill(10000, 3), split_bill(101, 4), sum(split_bill(9999, 7)))
print(int(2.9), int(-2.9), -7 // 2, int(-7 / 2), -(-7 // 2), 7 // -2)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
