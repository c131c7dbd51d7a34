# Savings plans compared with integer-cent arithmetic: compound interest, monthly deposits, a loan schedule.


def grow(principal_cents, annual_rate_bp, years, monthly_deposit_cents=0):
    balance = principal_cents
    history = []
    for month in range(1, years * 12 + 1):
        interest = balance * annual_rate_bp // (12 * 10000)
        balance += interest + monthly_deposit_cents
        if month % 12 == 0:
            history.append(balance)
    return history


def fmt(cents):
    return "{:,}.{:02d}".format(cents // 100, cents % 100)


for rate in (100, 350, 700):
    hist = grow(1000000, rate, 10, 20000)
    print("rate %.2f%%: " % (rate / 100) + " ".join(fmt(h) for h in hist[::3]), "->", fmt(hist[-1]))


def amortize(loan_cents, annual_rate_bp, months):
    r = annual_rate_bp / (12 * 10000)
    payment = round(loan_cents * r / (1 - (1 + r) ** -months))
    balance = loan_cents
    total_interest = 0
    rows = []
    for m in range(1, months + 1):
        interest = round(balance * r)
        principal = min(payment - interest, balance)
        balance -= principal
        total_interest += interest
        if m <= 3 or m > months - 2:
            rows.append((m, fmt(interest), fmt(principal), fmt(balance)))
    return fmt(payment), fmt(total_interest), rows


payment, interest, rows = amortize(2000000, 450, 24)
print("payment", payment, "total interest", interest)
for row in rows:
    print("%2d interest %8s principal %9s balance %10s" % row)
