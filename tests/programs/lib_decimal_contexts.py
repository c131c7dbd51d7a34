# decimal: contexts and signals: precision and rounding modes, localcontext, flags and traps, the exception classes and the messages of trapped signals, Context reprs, a Newton square root at rising precision
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, DecimalException, InvalidOperation,
                     DivisionByZero, Overflow, Underflow, Inexact, Rounded, Subnormal, Clamped,
                     FloatOperation, ConversionSyntax, DivisionUndefined, DivisionImpossible,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
import decimal

print(getcontext())
print(getcontext().prec, getcontext().rounding, getcontext().Emax, getcontext().traps[Overflow])
print(Decimal(1) / Decimal(7))

# rounding modes on a few values, at three digits
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
values = ["1.235", "1.245", "-1.235", "1.2351", "1.201", "-1.259", "9.995"]
for mode in modes:
    ctx = Context(prec=3, rounding=mode)
    print(f"{mode:<16}", " ".join(f"{str(ctx.plus(Decimal(v))):>6}" for v in values),
          Decimal("2.5").quantize(Decimal("1"), rounding=mode),
          Decimal("-2.5").to_integral_value(rounding=mode))

# localcontext: the change is undone at the end of the with block
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
    with localcontext(Context(prec=5, rounding=ROUND_DOWN)):
        print(Decimal(2).sqrt(), Decimal(1) / 3, getcontext().prec)
    print(getcontext().prec)
with localcontext(prec=4) as ctx:
    print(Decimal("3.14159") + 0, ctx.prec, +Decimal("123456"))
print(getcontext().prec, Decimal(2).sqrt())

# a square root by Newton's method, each step at a higher precision
def newton_sqrt(n, digits):
    with localcontext() as ctx:
        ctx.prec = digits + 2
        x = Decimal(n)
        guess = Decimal(1)
        for _ in range(200):
            better = (guess + x / guess) / 2
            if better == guess:
                break
            guess = better
    return +guess

for digits in (5, 20, 40):
    print(digits, newton_sqrt(2, digits), newton_sqrt(10, digits))

# flags record what happened; traps turn signals into exceptions
ctx = Context(prec=5)
setcontext(ctx)
print(Decimal(1) / 3, Decimal("1.5") * 2, Decimal(1) / 4)
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero], ctx)
ctx.clear_flags()
ctx.traps[DivisionByZero] = False
ctx.traps[InvalidOperation] = False
print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, Decimal("abc"), Decimal("inf") - Decimal("inf"))
print(ctx)
ctx.traps[Inexact] = True
try:
    Decimal(2) / 3
except Inexact as e:
    print("trapped:", type(e).__name__, e, e.args)
setcontext(DefaultContext)
print(getcontext())

# the default traps, caught by their own classes and by the built-in ones they extend
tests = [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("1,5"),
         lambda: Decimal(1) // 0, lambda: Decimal(5) % 0, lambda: divmod(Decimal(5), 0),
         lambda: Decimal("1e999999") * 10, lambda: Decimal(-4).sqrt(),
         lambda: Decimal("NaN") < 1, lambda: Decimal(10 ** 30) // Decimal("0.001"),
         lambda: Decimal(1) + 1.5, lambda: int(Decimal("NaN")), lambda: int(Decimal("-Inf")),
         lambda: Decimal([1, 2]), lambda: Decimal(None), lambda: hash(Decimal("sNaN"))]
for test in tests:
    try:
        print("ok", test())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__, e)
    except DecimalException as e:
        print("DecimalException", type(e).__name__, e, isinstance(e, ArithmeticError))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print([c.__name__ for c in DivisionByZero.__mro__])
print([c.__name__ for c in Underflow.__mro__])
print(issubclass(ConversionSyntax, InvalidOperation), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), issubclass(Overflow, Inexact), issubclass(Clamped, Subnormal))
print(repr(InvalidOperation), InvalidOperation.__module__, DivisionImpossible.__qualname__)
print(BasicContext)
print(ExtendedContext)
print(Decimal(1) / 7, Decimal("3.000") / 7, decimal.MAX_PREC, decimal.MIN_EMIN)

# floats mixed in comparisons set FloatOperation; construction from floats is exact
ctx = getcontext()
ctx.clear_flags()
print(Decimal("0.5") < 0.75, ctx.flags[FloatOperation], Decimal(0.75), ctx.flags[FloatOperation])
print(Context(prec=3).create_decimal("3.14159"), Context(prec=3).create_decimal(0.1),
      Context(prec=6, rounding=ROUND_UP).create_decimal(Decimal("1.0000001")))
