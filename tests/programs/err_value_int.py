# Ends with a ValueError from int() on bad text.
raw = ["12", "7", " 42 ", "3.5"]
total = 0
for r in raw:
    total += int(r)
    print("running total", total)
