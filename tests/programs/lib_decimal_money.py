# decimal: an invoice and a ledger in exact money arithmetic: quantize to cents with ROUND_HALF_UP, sums, tax, splitting a bill, compound interest, f-string money formats
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, getcontext, localcontext

CENT = Decimal("0.01")


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


items = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("4.25"), 12),
         ("gizmo", Decimal("0.333"), 7), ("doohickey", Decimal("1250"), 1)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = price * qty
    subtotal += line
    print(f"{name:<10} {qty:>3} x {price:>8} = {money(line):>10,.2f}")
tax_rate = Decimal("0.0825")
tax = money(subtotal * tax_rate)
total = money(subtotal) + tax
print(f"{'subtotal':<26} {money(subtotal):>12,}")
print(f"{'tax':<26} {tax:>12,}")
print(f"{'total':<26} {total:>12,}")
print(repr(subtotal), repr(tax), repr(total), total.as_tuple())

# splitting a bill: the cents that do not divide evenly go to the first payers
def split(amount, people):
    share = (amount / people).quantize(CENT, rounding=ROUND_DOWN)
    left = amount - share * people
    shares = []
    for i in range(people):
        extra = CENT if left >= CENT * (i + 1) else Decimal("0.00")
        shares.append(share + extra)
    return shares

for people in (3, 7, 12):
    shares = split(total, people)
    print(people, shares[:3], sum(shares) == total, sum(shares))

# binary floats drift, decimals do not
print(sum([0.1] * 10), sum([Decimal("0.1")] * 10), 0.1 + 0.2 == 0.3,
      Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))

# compound interest, yearly and monthly
principal = Decimal("10000.00")
rate = Decimal("0.05")
for years in (1, 5, 10, 30):
    yearly = money(principal * (1 + rate) ** years)
    monthly = money(principal * (1 + rate / 12) ** (12 * years))
    print(f"{years:>2} years: {yearly:>12,.2f} {monthly:>12,.2f} {monthly - yearly:>8}")

# an amortised loan payment, rounded half-even then half-up
loan, monthly_rate, months = Decimal("250000"), Decimal("0.045") / 12, 360
factor = (1 + monthly_rate) ** months
payment = loan * monthly_rate * factor / (factor - 1)
print(payment, payment.quantize(CENT), money(payment), round(payment, 2), round(payment))
balance = loan
for month in range(1, 4):
    interest = money(balance * monthly_rate)
    principal_part = money(payment) - interest
    balance -= principal_part
    print(month, interest, principal_part, balance)

# percentages and a price list with different precisions
with localcontext() as ctx:
    ctx.prec = 6
    ratio = Decimal(1) / Decimal(7)
    print(ratio, f"{ratio:.2%}", f"{Decimal('0.4567'):%}", ctx.prec)
print(getcontext().prec, Decimal(1) / Decimal(7))
prices = [Decimal("2.50"), Decimal("10"), Decimal("0.05"), Decimal("1E+3"), Decimal("7.125")]
for p in sorted(prices, reverse=True):
    print(f"[{p:>10}] [{p:<10.2f}] [{p:^12,.3f}] [{p:+08.1f}] {p:e} {p.normalize()}")
print(max(prices), min(prices), sum(prices) / len(prices), sum(prices, Decimal("0.000")))
print(Decimal("7.125").quantize(CENT), Decimal("7.125").quantize(CENT, ROUND_HALF_UP),
      Decimal("7.135").quantize(CENT, rounding=ROUND_HALF_EVEN))

# averages of money amounts stay Decimals
import statistics
amounts = [Decimal("12.50"), Decimal("7.25"), Decimal("19.99"), Decimal("3.10"), Decimal("7.25")]
print(statistics.mean(amounts), statistics.median(amounts), statistics.mode(amounts),
      statistics.stdev(amounts), statistics.pvariance(amounts), money(statistics.pstdev(amounts)))
print(Decimal("19.99").next_plus(), Decimal("19.99").next_minus(), Decimal(0).next_plus())
