# More f-strings: nested fields, = debugging specifier, conversions, expressions, dates without datetime.
name = "widget"
qty = 7
price = 3.5
items = ["a", "b"]
print(f"{name=}", f"{qty=}", f"{price * qty=}", f"{items[0]=}")
print(f"{name!s} {name!r} {name!a}", f"{'é'!a}")
print(f"{qty:>{qty}}|", f"{price:{'.3f'}}", f"{name:{'^'}{12}}")
year, month, day = 2024, 3, 9
print(f"{year:04d}-{month:02d}-{day:02d}", f"{day}/{month}/{year % 100:02d}")
print(f"{'nested ' + f'{qty * 2}'}", f"{ {'k': qty}['k'] }", f"{len(items)} item{'s' if len(items) != 1 else ''}")
print(f"{3 > 2}", f"{None}", f"{[1, 2]}", f"{(1,)}", f"{ {1: 2} }", f"{1e10:,.0f}")
print(f"{-7:5}", f"{-7:<5}|", f"{-7:=5}", f"{7:+05}", f"{255:#010x}", f"{0.000123:.2e}")
print(f"{12345.6789:10.2f}|{12345.6789:<12,.1f}|{0.5:%}|{1/3:.4}")
print(f"{'a'}{'b'}" f"{'c'}", "x" f"{1}" "y")
width = 30
for title in ["Report", "Summary of results"]:
    print(f"{title:=^{width}}")
print(f"{'%d%%' % 50} done", f"{{{qty}}}", f"{chr(65 + qty)}")
