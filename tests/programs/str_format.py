# String formatting: f-strings with format specs, str.format, %-formatting, format().
name = "Ada"
n = 42
pi = 3.14159265358979
big = 1234567.891
print(f"{name} has {n} items")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5}|{n:05d}|{n:+d}|{-n:+d}")
print(f"{pi:.2f}|{pi:8.3f}|{pi:<8.1f}|{pi:e}|{pi:.3e}|{pi:g}|{big:g}")
print(f"{big:,.2f}|{1234567:,}|{1234567:_}|{0.25:.1%}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}")
print(f"{name!r}|{name:>6}|{name:*^9}|{name:.2}|{'x':-<4}")
print(f"{n * 2 + 1}|{[1, 2][1]}|{ {'a': 1}['a'] }|{name.upper()}|{len(name)}")
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]")
print(f"{3.0}|{2.5e-5}|{1e20}|{1e16}|{123456789012345678.0}|{0.1 + 0.2}")
print("{} and {}".format("left", "right"), "{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(-pi), "{:,}".format(10 ** 9))
print("{{literal}} {}".format(1), f"{{also}} {n}")
print("%d %i %s %r %.3f %5.1f %-6d| %x %o %e %%" % (7, 8, "s", "r", pi, pi, 3, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "x", "b": 5}, "%c%c" % (72, "i"), "%+d %+d" % (5, -5))
print(format(255, "x"), format(0.5, ".0%"), format(1234.5, ",.1f"), format("s", "^5"), format(12))
print(str(1.0), str(-0.0), str(1e-7), str(123.456), repr(1 / 3), str(2 / 3), 1e300 * 10, -1e300 * 10)
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
print(f"{'item':<10}{'price':>8}{'qty':>5}")
for item, price, qty in rows:
    print(f"{item:<10}{price:>8.2f}{qty:>5d}")
print(f"{'total':<10}{sum(p * q for _, p, q in rows):>8.2f}")
