# Ends with a TypeError for unsupported operand types.
prices = {"apple": 3, "pear": 4}
total = 0
for name in sorted(prices):
    total += prices[name]
    print(name, total)
label = "total: " + total
