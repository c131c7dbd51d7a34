# tracebacks through decimal show only the program's frames, as CPython's (whose decimal is C code)
from decimal import Decimal, getcontext, DivisionByZero, InvalidOperation


def ratio(a, b):
    return Decimal(a) / Decimal(b)


try:
    ratio(1, 0)
except DivisionByZero as e:
    print(type(e).__name__, e.args)
try:
    Decimal("1.5").quantize(Decimal("1e-30"), context=None)
    getcontext().prec = 5
    Decimal(10) ** 10 ** 10
except Exception as e:
    print(type(e).__name__)
getcontext().prec = 28


def check(text, into):
    into.append(text)
    Decimal(text)


values = []
check("2.5", values)
print(values)
check("abc", values)
