# decimal: a price list parser meets a comma decimal separator; the InvalidOperation trap (ConversionSyntax) ends the program
from decimal import Decimal

total = Decimal(0)
for line in ["apples 1.25", "pears 0.80", "cherries 12.5", "figs 3,75", "limes 0.40"]:
    name, price = line.split()
    total += Decimal(price)
    print(f"{name:<10}{Decimal(price):>8.2f}{total:>8.2f}")
