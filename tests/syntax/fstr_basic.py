# f-strings: fields, conversions, specs
name = "world"; n = 42; pi = 3.14159
print(f"hello {name}!", F'{n}', f"{n!r} {name!s} {name!a}")
print(f"{pi:.2f} {n:>6} {n:<6}| {n:^7}|{n:08b}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|")
print(f"{{literal}} {n + 1} {[1, 2][0]} {'q'}")
