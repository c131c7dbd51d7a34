"""decimal: our minipy/lib version against CPython's (C) module, on generated operands and
contexts: results (repr), raised exception types and messages, and the context's flags
after each operation; formatting with generated format specs; construction from strings,
floats, ints and tuples; hashes and mixed comparisons with ints and floats."""
import decimal as cpy_decimal
import math
import random
import statistics as cpy_statistics

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    return load("decimal")


ROUNDINGS = ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP", "ROUND_DOWN",
             "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"]
SPECIALS = ["Inf", "-Inf", "NaN", "-NaN", "NaN12", "sNaN", "-sNaN3"]
ZEROS = ["0", "-0", "0.00", "0E+3", "-0E-5"]


def number(rng):
    """A numeric string: mostly finite, of many lengths and exponents."""
    r = rng.random()
    if r < 0.04:
        return rng.choice(SPECIALS)
    if r < 0.1:
        return rng.choice(ZEROS)
    size = rng.choice([1, 1, 2, 3, 5, 8, 15, 28, 35, 60])
    digits = "".join(rng.choice("0123456789") for _ in range(size)).lstrip("0") or "0"
    if rng.random() < 0.3:
        digits = rng.choice(["1", "5", "25", "99", "999", "10", "100", "12", "45", "95"])
    exp = rng.choice([0, 0, 0, -1, -2, -3, 1, 2, -10, 5, -30, 30, rng.randrange(-60, 60)])
    if rng.random() < 0.02:
        exp = rng.choice([999990, -999990, -1000020])
    return ("-" if rng.random() < 0.4 else "") + digits + "E" + str(exp)


def context_args(rng):
    kwargs = dict(prec=rng.choice([1, 2, 3, 5, 9, 16, 28, 28, 28, 40]),
                  rounding=rng.choice(ROUNDINGS))
    if rng.random() < 0.15:
        kwargs.update(Emin=-rng.randrange(1, 30), Emax=rng.randrange(1, 30))
    if rng.random() < 0.1:
        kwargs["clamp"] = 1
    if rng.random() < 0.3:
        kwargs["traps"] = []
    return kwargs


def small_int(d):
    """Our int results, as long as CPython's int-to-str limit lets them be compared."""
    return d


OPS = {
    "add": (2, lambda a, b: a + b), "sub": (2, lambda a, b: a - b),
    "mul": (2, lambda a, b: a * b), "div": (2, lambda a, b: a / b),
    "floordiv": (2, lambda a, b: a // b), "mod": (2, lambda a, b: a % b),
    "divmod": (2, lambda a, b: divmod(a, b)), "neg": (1, lambda a: -a),
    "pos": (1, lambda a: +a), "abs": (1, lambda a: abs(a)),
    "eq": (2, lambda a, b: a == b), "lt": (2, lambda a, b: a < b),
    "ge": (2, lambda a, b: a >= b), "compare": (2, lambda a, b: a.compare(b)),
    "max": (2, lambda a, b: a.max(b)), "min": (2, lambda a, b: a.min(b)),
    "max_mag": (2, lambda a, b: a.max_mag(b)), "quantize": (2, lambda a, b: a.quantize(b)),
    "sqrt": (1, lambda a: a.sqrt()), "normalize": (1, lambda a: a.normalize()),
    "to_integral_value": (1, lambda a: a.to_integral_value()),
    "to_integral_exact": (1, lambda a: a.to_integral_exact()),
    "str": (1, str), "eng": (1, lambda a: a.to_eng_string()),
    "int": (1, lambda a: int(a) if abs(a.adjusted()) < 1000 else 0),
    "float": (1, float), "round": (1, lambda a: round(a) if abs(a.adjusted()) < 1000 else 0),
    "round2": (1, lambda a: round(a, 2)), "round-1": (1, lambda a: round(a, -1)),
    "hash": (1, lambda a: 0 if a.is_nan() else hash(a)), "as_tuple": (1, lambda a: a.as_tuple()),
    "adjusted": (1, lambda a: a.adjusted()),
    "as_integer_ratio": (1, lambda a: a.as_integer_ratio() if abs(a.adjusted()) < 1000 else 0),
    "copy_sign": (2, lambda a, b: a.copy_sign(b)), "compare_total": (2, lambda a, b: a.compare_total(b)),
    "same_quantum": (2, lambda a, b: a.same_quantum(b)), "fma": (3, lambda a, b, c: a.fma(b, c)),
    "number_class": (1, lambda a: a.number_class()), "scaleb": (2, lambda a, b: a.scaleb(b)),
    "create_decimal": (1, None), "next_plus": (1, lambda a: a.next_plus()),
    "next_minus": (1, lambda a: a.next_minus()),
    "floor": (1, lambda a: math.floor(a) if abs(a.adjusted()) < 1000 else 0),
    "ceil": (1, lambda a: math.ceil(a) if abs(a.adjusted()) < 1000 else 0),
}
EXPONENTS = [0, 1, 2, 3, -1, -2, 5, 10, 17, -7, 100, "2", "-3", "2.0", "Inf", "1E+1"]
BASES = ["2", "-2", "1.1", "0.5", "10", "1.05", "-1.5", "0", "-0", "3", "7", "1.0001", "0.0",
         "Inf", "-Inf"]


def run(module, kwargs, name, args):
    """(outcome of the operation, the context's repr afterwards) in one module."""
    module.setcontext(module.Context(**kwargs))
    values = [module.Decimal(a) if isinstance(a, str) else a for a in args]
    if name == "pow":
        op = lambda a, b: a ** b
    elif name == "create_decimal":
        op = module.getcontext().create_decimal
    else:
        op = OPS[name][1]
    result = outcome(op, *values)
    if result[0] == "ok":
        result = ("ok", repr(result[1]))
    return result, repr(module.getcontext())


@pytest.mark.parametrize("seed", range(6))
def test_operations_results_and_flags(ours, seed):
    rng = random.Random(seed)
    for _ in range(1000):
        name = rng.choice(list(OPS) + ["pow"])
        kwargs = context_args(rng)
        if name == "pow":
            base = rng.choice(BASES) if rng.random() < 0.5 else number(rng)
            args = [base, rng.choice(EXPONENTS)]
        else:
            args = [number(rng) for _ in range(OPS[name][0])]
        assert run(ours, kwargs, name, args) == run(cpy_decimal, kwargs, name, args), \
            (name, kwargs, args)


def spec(rng):
    text = ""
    if rng.random() < 0.3:
        text += rng.choice(["", "*", "0", "x"]) + rng.choice("<>=^")
    if rng.random() < 0.3:
        text += rng.choice("+- ")
    if rng.random() < 0.1:
        text += "z"
    if rng.random() < 0.2:
        text += "0"
    if rng.random() < 0.4:
        text += str(rng.randrange(0, 25))
    if rng.random() < 0.3:
        text += ","
    if rng.random() < 0.6:
        text += "." + str(rng.randrange(0, 12))
    if rng.random() < 0.8:
        text += rng.choice(["e", "E", "f", "F", "g", "G", "n", "%", "", "f", "f"])
    return text


@pytest.mark.parametrize("seed", range(3))
def test_format(ours, seed):
    rng = random.Random(100 + seed)
    for _ in range(4000):
        value = number(rng) if rng.random() < 0.8 else \
            rng.choice(["1234567.891", "0.5", "2.5", "-0.0001", "1e5", "123", "0.000001"])
        if "E99999" in value:
            continue                  # (CPython's int-to-str limit, under this test only)
        fmt = spec(rng)
        rounding = rng.choice(["ROUND_HALF_EVEN", "ROUND_UP", "ROUND_DOWN", "ROUND_HALF_UP"])
        capitals = rng.choice([0, 1, 1])
        results = []
        for module in (ours, cpy_decimal):
            module.setcontext(module.Context(rounding=rounding, capitals=capitals))
            d = module.Decimal(value)
            results.append((outcome(format, d, fmt), outcome(str, d)))
        assert results[0] == results[1], (value, fmt, rounding, capitals)


STRINGS = ["1_000", " 12.5 ", "1e", "+.5", "-.5e-3", "5.", ".", "inf", "-INFINITY", "nan",
           "sNaN12", "-nan_3", "1 2", "", "\u0663\u0664", "1e1_0", "0x1", "++1", "1e+-2",
           "Infinityx", "nan1e2", "\u0661.\u0665", "1.5\u00a0", "_", "1__2", "\t-0.000\n",
           "1E+999999999", "-12345678901234567890123456789012345678901234567890"]


def test_construction(ours):
    rng = random.Random(7)
    for text in STRINGS:
        for module in (ours, cpy_decimal):
            module.setcontext(module.Context())
        assert outcome(lambda: repr(ours.Decimal(text))) == \
            outcome(lambda: repr(cpy_decimal.Decimal(text))), text
    floats = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), 1e308, 5e-324, 0.1, 0.5,
              2.5, 1e16, 1e22, 1 / 3]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(300)]
    for f in floats:
        assert repr(ours.Decimal(f)) == repr(cpy_decimal.Decimal(f))
        assert repr(ours.Decimal.from_float(f)) == repr(cpy_decimal.Decimal.from_float(f))
        if f == f and abs(f) != float("inf"):
            assert hash(ours.Decimal(f)) == hash(f)
    for _ in range(300):
        t = (rng.choice([0, 1, 2]), tuple(rng.randrange(0, 11) for _ in range(rng.randrange(5))),
             rng.choice([0, -3, 5, "F", "n", "N", "x", 1.5]))
        assert outcome(lambda: repr(ours.Decimal(t))) == \
            outcome(lambda: repr(cpy_decimal.Decimal(t))), t
    for value in [None, [1], 1j, b"1", object, (1, 2)]:
        assert outcome(ours.Decimal, value)[0] == "raise"
        assert outcome(ours.Decimal, value)[1:] == outcome(cpy_decimal.Decimal, value)[1:]


def test_mixed_with_ints_and_floats(ours):
    rng = random.Random(11)
    for _ in range(2000):
        text = number(rng)
        f = rng.choice([rng.uniform(-1e6, 1e6), rng.random(), 0.0, -0.0, float("inf"),
                        float("nan"), 0.5, 2.5])
        n = rng.choice([rng.randrange(-10 ** 30, 10 ** 30), rng.randrange(-100, 100), 0])
        got, want = [], []
        for module, out in ((ours, got), (cpy_decimal, want)):
            module.setcontext(module.Context())
            d = module.Decimal(text)
            out.append(outcome(lambda: (d == f, d < f, d >= f, f < d, f != d)))
            out.append(outcome(lambda: (d == n, d < n, n <= d, repr(d + n), repr(n - d),
                                        repr(n * d))))
            out.append(outcome(lambda: (repr(module.Decimal(n)), hash(module.Decimal(n)),
                                        repr(module.Decimal(n) / 7), repr(module.Decimal(n) % -7))))
            out.append(repr(module.getcontext()))
        assert got == want, (text, f, n)
        if not ours.Decimal(text).is_nan():
            assert hash(ours.Decimal(text)) == hash(cpy_decimal.Decimal(text))


EXPRESSIONS = [
    "m.Decimal(1) + 1.5", "1.5 + m.Decimal(1)", "m.Decimal(1) * 'ab'", "'ab' * m.Decimal(2)",
    "'a' + m.Decimal(1)", "m.Decimal(1) - None", "m.Decimal(2) ** 0.5",
    "divmod(m.Decimal(1), 2.0)", "2.0 % m.Decimal(1)", "[1] + m.Decimal(1)",
    "m.Decimal(1) == 'a'", "round(m.Decimal('2.5'))", "round(m.Decimal('-3.5'))",
    "round(m.Decimal('1234.5678'), -2)", "round(m.Decimal('1.2345'), 2.0)",
    "round(m.Decimal('NaN'))", "round(m.Decimal('-Inf'))", "round(m.Decimal('2.5'), None)",
     "m.Decimal(1).__round__(None)",
    "sorted([m.Decimal(3), 1, 2.5, m.Decimal('-1.5')])", "sum([m.Decimal('0.1')] * 10)",
    "pow(m.Decimal(3), 4, 7)", "pow(m.Decimal(-7), 3, 5)", "pow(m.Decimal(7), -3, 5)",
    "m.Decimal(1).quantize(m.Decimal('1.00'), rounding='bogus')",
    "m.Decimal('123.456').quantize(m.Decimal('0.01'), rounding=m.ROUND_UP)",
    "m.Context(prec=5, rounding=m.ROUND_UP)", "m.Context(prec=5).create_decimal('1.23456789')",
    "m.Context(prec=5).create_decimal(1.1)", "m.Context(prec=3).create_decimal('NaN12345')",
    "m.Decimal('NaN' + '1' * 40)", "m.getcontext().power(2, 10)", "m.getcontext().sqrt(2)",
    "m.getcontext().divide(1, 7)", "m.getcontext().divide(1, 1.5)", "m.getcontext().Etiny()",
    "m.getcontext().to_sci_string(m.Decimal('1e10'))", "m.Context(prec=0)",
    "m.Context(prec='a')", "m.Context(rounding='x')", "m.Context(Emin=5)", "m.Context(Emax=-5)",
    "m.Context(capitals=2)", "m.Context(clamp=2)", "m.Context(flags=[m.Inexact])",
    "m.Context(traps={m.Inexact: True})", "m.localcontext(foo=1)", "m.setcontext(5)",
    "m.getcontext().traps['x']", "m.getcontext().traps", "m.BasicContext", "m.ExtendedContext",
    "m.DefaultContext", "m.Decimal(1) / 0", "m.Decimal(0) / 0", "m.Decimal('x')",
    "m.Decimal(1) // 0", "m.Decimal(5) % 0", "divmod(m.Decimal(5), 0)", "m.Decimal(-1).sqrt()",
    "m.Decimal('1e999999') * 10", "m.Decimal('NaN') < 1", "m.Decimal(1) < float('nan')",
    "hash(m.Decimal('sNaN'))", "float(m.Decimal('sNaN'))", "int(m.Decimal('Inf'))",
    "m.Decimal('Inf').as_integer_ratio()", "m.Decimal('NaN').as_integer_ratio()",
    "m.Decimal('-0.05').as_integer_ratio()", "m.Decimal('1.23').real", "m.Decimal('1.23').imag",
    "complex(m.Decimal('1.5'))", "m.Decimal('1e-999999').number_class()",
    "m.Decimal('5E+3').to_eng_string()", "m.Decimal('0E+4').to_eng_string()",
    "m.Decimal('1.0').max(1)", "m.Decimal(5).min_mag(-7)", "m.DecimalTuple(0, (1,), 2)",
    "m.Decimal.__name__", "m.Decimal.__module__", "repr(m.InvalidOperation)",
    "[c.__name__ for c in m.Underflow.__mro__]", "[c.__name__ for c in m.DivisionUndefined.__mro__]",
    "[c.__name__ for c in m.FloatOperation.__mro__]", "m.localcontext().__enter__().prec",
    "(m.MAX_PREC, m.MAX_EMAX, m.MIN_EMIN, m.MIN_ETINY, m.HAVE_THREADS, m.__version__)",
]


def test_expressions(ours):
    for expr in EXPRESSIONS:
        results = []
        for module in (ours, cpy_decimal):
            module.setcontext(module.Context())
            env = {"m": module, "math": math}
            got = outcome(eval, expr, env)
            if got[0] == "ok":
                got = ("ok", repr(got[1]))
            results.append((got, repr(module.getcontext())))
        assert results[0] == results[1], expr


def test_contexts(ours):
    for m in (ours, cpy_decimal):
        m.setcontext(m.DefaultContext)
    outs = []
    for m in (ours, cpy_decimal):
        log = []
        with m.localcontext() as ctx:
            ctx.prec = 5
            log.append(str(m.Decimal(1) / 7))
            with m.localcontext(m.BasicContext, rounding=m.ROUND_DOWN) as inner:
                log.append((str(m.Decimal(2) / 3), repr(inner)))
            log.append(str(m.Decimal(2) / 3))
        log.append(str(m.Decimal(1) / 7))
        ctx = m.getcontext()
        ctx.traps[m.DivisionByZero] = False
        log.append(repr(m.Decimal(-1) / 0))
        ctx.traps[m.Inexact] = True
        log.append(outcome(lambda: m.Decimal(1) / 3))
        ctx.clear_flags()
        ctx.clear_traps()
        log.append(repr(m.Decimal(0) / 0))
        log.append(repr(ctx))
        log.append(ctx.flags[m.InvalidOperation])
        log.append(repr(ctx.copy()))
        m.setcontext(m.Context())
        outs.append(log)
    assert outs[0] == outs[1]


def test_house_rules():
    """decimal follows test_lib_rules' rules (it is not among libload.MODULES)."""
    import test_lib_rules
    test_lib_rules.test_imports_and_names("decimal")


def test_statistics_of_decimals(ours):
    """Our statistics module on our Decimals, as CPython's on CPython's."""
    stats = load("statistics")
    rng = random.Random(3)
    names = ["mean", "median", "median_low", "median_high", "variance", "pvariance", "stdev",
             "pstdev", "harmonic_mean"]
    for _ in range(60):
        data = ["%d.%02d" % (rng.randrange(0, 500), rng.randrange(100))
                for _ in range(rng.randrange(2, 9))]
        prec = rng.choice([5, 12, 28])
        for name in names:
            results = []
            for module, statistics in ((ours, stats), (cpy_decimal, cpy_statistics)):
                module.setcontext(module.Context(prec=prec))
                values = [module.Decimal(x) for x in data]
                got = outcome(getattr(statistics, name), values)
                results.append(("ok", repr(got[1])) if got[0] == "ok" else got)
            assert results[0] == results[1], (name, data, prec)
