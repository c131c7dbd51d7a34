# format() of complex numbers: the float presentation types on both parts, padding, signs, errors
vals = [3 + 4j, -1.5 - 2.25j, 2j, -0j, complex(0, -3), complex(-0.0, 1), 1e20 + 1e-5j, complex(float("inf"), float("nan")), 1234567.891 + 0.5j]
specs = ["", ".2f", "10.3g", "<30", "^30.1e", "+.2f", " .3f", ",.2f", "_.1f", "e", "G", ".0f", "#g", "r", "*>25.2f", "g", "n", ".3", "z.1f", "%", "010.2f", "=10", "x"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except (ValueError, TypeError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
print(f"{1+2j:>12.2f}|{3j:.1f}|{-1-1j!s:>10}|")
