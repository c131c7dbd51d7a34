# A runaway growth model: compound growth rates raised to ever larger powers until float exponentiation overflows (the uncaught OverflowError's errno-style message)
rate = 1.5
for years in (10, 100, 1000, 1500, 2000):
    factor = rate ** years
    print(f"{years:>5} years: x{factor:.4e}")
