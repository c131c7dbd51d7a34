"""decimal: Decimal, decimal floating point with exact construction and context-controlled
rounding, as CPython 3.11's (whose C module this module's printing and errors follow).

A Decimal is a sign, an integer coefficient and an exponent (or an infinity or a NaN);
every arithmetic result is computed exactly on Python ints and then rounded to the
context's precision and exponent limits (_finish), recording the conditions met in a
status list that _signal turns into context flags and, where trapped, an exception.
Written for minipy. Not implemented (they raise NotImplementedError): exp, ln, log10,
logb, powers with a non-integral exponent, next_toward; the logical operations, rotate
and shift are absent."""

import math
import _thread
from collections import namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent")


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """The base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation without a meaningful result (its result is a NaN)."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient too long for the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were rounded away."""


class InvalidContext(InvalidOperation):
    """An invalid context."""


class Rounded(DecimalException):
    """Digits (perhaps zeros) were rounded away."""


class Subnormal(DecimalException):
    """A result below the context's Emin."""


class Overflow(Inexact, Rounded):
    """A result too large for the context's Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result that was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float mixed with Decimals."""


# in the order in which a trapped status names its exception
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
# in the order in which the exception's list names the conditions
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext) + _SIGNALS[1:]
# in the order of a Context's repr (that of the C library's status bits, which
# InvalidOperation shares with the conditions it stands for: it shows at its first one)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)
_RANK = {Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2, DivisionImpossible: 3,
         DivisionUndefined: 4, Inexact: 5, InvalidContext: 6, InvalidOperation: 7,
         FloatOperation: 8, Overflow: 9, Rounded: 10, Subnormal: 11, Underflow: 12}
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _signal(ctx, status):
    """Set the context's flags of the conditions in status; raise the first trapped one."""
    if not status:
        return
    flags = ctx.flags
    traps = ctx.traps._map
    trapped = []
    for cond in _CONDITIONS:
        if cond in status:
            sig = _SIGNAL_OF.get(cond, cond)
            flags._raise_flag(sig, _RANK[cond])
            if traps[sig]:
                trapped.append(cond)
    if trapped:
        signals = [_SIGNAL_OF.get(c, c) for c in trapped]
        for sig in _SIGNALS:
            if sig in signals:
                raise sig(trapped)


# ---------------------------------------------------------------- contexts

class _SignalDict:
    """A Context's flags or traps: a mapping from each signal class to a bool."""

    def __init__(self, on=()):
        self._map = {}
        self._rank = {}           # signal -> its place in the repr, where it is on
        for sig in _SIGNALS:
            self._map[sig] = sig in on
            if sig in on:
                self._rank[sig] = _RANK[_FIRST_CONDITION.get(sig, sig)]

    def _raise_flag(self, sig, rank):
        self._map[sig] = True
        if rank < self._rank.get(sig, 99):
            self._rank[sig] = rank

    def __getitem__(self, sig):
        if sig not in self._map:
            raise KeyError(_SIGNAL_KEY_MESSAGE)
        return self._map[sig]

    def __setitem__(self, sig, value):
        if sig not in self._map:
            raise KeyError(_SIGNAL_KEY_MESSAGE)
        self._map[sig] = bool(value)
        if value:
            self._rank[sig] = _RANK[_FIRST_CONDITION.get(sig, sig)]
        elif sig in self._rank:
            del self._rank[sig]

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, sig):
        return sig in self._map

    def __iter__(self):
        return iter(list(self._map))

    def __len__(self):
        return len(self._map)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._map == other._map
        if isinstance(other, dict):
            return self._map == other
        return NotImplemented

    def keys(self):
        return list(self._map)

    def values(self):
        return list(self._map.values())

    def items(self):
        return list(self._map.items())

    def get(self, sig, default=None):
        return self._map.get(sig, default)

    def copy(self):
        return dict(self._map)

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (s.__name__, v)
                               for s, v in self._map.items()) + "}"

    def _on(self):
        on = [s for s in _REPR_ORDER if self._map[s]]
        on.sort(key=lambda s: self._rank.get(s, 99))
        return on

    def _set_all(self, value):
        if isinstance(value, _SignalDict):
            value = value._map
        if isinstance(value, dict):
            if len(value) != len(self._map) or any(k not in self._map for k in value):
                raise KeyError("invalid signal dict")
            for k in value:
                self[k] = value[k]
        else:
            on = list(value)
            for k in on:
                if k not in self._map:
                    raise KeyError(_SIGNAL_KEY_MESSAGE)
            for k in self._map:
                self[k] = k in on


_FIRST_CONDITION = {InvalidOperation: ConversionSyntax}
_SIGNAL_KEY_MESSAGE = ("valid values for signals are:\n"
                       "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                       "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                       "   Clamped]")
_ROUNDING_MESSAGE = ("valid values for rounding are:\n"
                     "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                     "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                     "   ROUND_05UP]")


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return int(value)


class Context:
    """Precision, rounding, exponent limits, flags and traps of decimal arithmetic."""
    __c_type_name__ = "decimal.Context"    # (its name in messages, as CPython's C type)

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self.__dict__["flags"] = _SignalDict()
        self.__dict__["traps"] = _SignalDict((InvalidOperation, DivisionByZero, Overflow))
        if base is not None:
            self._prec, self._rounding = base._prec, base._rounding
            self._Emin, self._Emax = base._Emin, base._Emax
            self._capitals, self._clamp = base._capitals, base._clamp
            self.traps._set_all(base.traps)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self.flags._set_all(flags)
        if traps is not None:
            self.traps._set_all(traps)

    def _get_prec(self):
        return self._prec

    def _set_prec(self, value):
        value = _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        self._rounding = value

    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, value):
        value = _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = value

    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, value):
        value = _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = value

    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, value):
        value = _check_int(value)
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    clamp = property(_get_clamp, _set_clamp)

    def __setattr__(self, name, value):
        if name in ("flags", "traps"):
            self.__dict__[name]._set_all(value)
        elif name.startswith("_") or name in ("prec", "rounding", "Emin", "Emax",
                                               "capitals", "clamp"):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (
                    self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp, ", ".join(s.__name__ for s in self.flags._on()),
                    ", ".join(s.__name__ for s in self.traps._on())))

    def copy(self):
        return Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                       self._clamp, self.flags._map, self.traps._map)

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp, self.flags._on(),
                          self.traps._on()))

    def clear_flags(self):
        self.flags._set_all(())

    def clear_traps(self):
        self.traps._set_all(())

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context (a string's error signalled here)."""
        status = []
        if isinstance(num, str):
            d = _from_string(Decimal, num, self, status, False)
        else:
            if isinstance(num, float):
                status.append(FloatOperation)
                d = _from_float(num)
            else:
                d = Decimal(num)
        if d._special:
            result = _nan_fit(d, self, d._special) if d._special != "F" else d
        else:
            result = _finish(d._sign, d._int, d._exp, self, status)
        _signal(self, status)
        return result

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d)

    def _apply(self, method, *args):
        """Decimal.method of the first argument with the others, in this context."""
        values = [_context_operand(a) for a in args]
        return getattr(values[0], method)(*values[1:], context=self)

    def abs(self, a):
        return self._apply("__abs__", a)

    def add(self, a, b):
        return self._apply("__add__", a, b)

    def subtract(self, a, b):
        return self._apply("__sub__", a, b)

    def multiply(self, a, b):
        return self._apply("__mul__", a, b)

    def divide(self, a, b):
        return self._apply("__truediv__", a, b)

    def divide_int(self, a, b):
        return self._apply("__floordiv__", a, b)

    def remainder(self, a, b):
        return self._apply("__mod__", a, b)

    def divmod(self, a, b):
        return self._apply("__divmod__", a, b)

    def power(self, a, b, modulo=None):
        if modulo is None:
            return self._apply("__pow__", a, b)
        return self._apply("__pow__", a, b, modulo)

    def plus(self, a):
        return self._apply("__pos__", a)

    def minus(self, a):
        return self._apply("__neg__", a)

    def sqrt(self, a):
        return self._apply("sqrt", a)

    def quantize(self, a, b):
        return self._apply("quantize", a, b)

    def compare(self, a, b):
        return self._apply("compare", a, b)

    def max(self, a, b):
        return self._apply("max", a, b)

    def min(self, a, b):
        return self._apply("min", a, b)

    def fma(self, a, b, c):
        return self._apply("fma", a, b, c)

    def normalize(self, a):
        return self._apply("normalize", a)

    def to_integral_value(self, a):
        return self._apply("to_integral_value", a)

    def to_integral_exact(self, a):
        return self._apply("to_integral_exact", a)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _context_operand(a).__str__(context=self)

    def to_eng_string(self, a):
        return _context_operand(a).to_eng_string(context=self)

    def copy_abs(self, a):
        return _context_operand(a).copy_abs()

    def copy_negate(self, a):
        return _context_operand(a).copy_negate()

    def copy_sign(self, a, b):
        return _context_operand(a).copy_sign(_context_operand(b))

    def copy_decimal(self, a):
        return _context_operand(a)

    def is_nan(self, a):
        return _context_operand(a).is_nan()

    def is_zero(self, a):
        return _context_operand(a).is_zero()

    def is_signed(self, a):
        return _context_operand(a).is_signed()

    def is_finite(self, a):
        return _context_operand(a).is_finite()

    def is_infinite(self, a):
        return _context_operand(a).is_infinite()

    def same_quantum(self, a, b):
        return _context_operand(a).same_quantum(_context_operand(b))


def _context_operand(a):
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return _from_int(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_contexts = {}     # thread id -> that thread's current context


def getcontext():
    """The current thread's context (a copy of DefaultContext at first)."""
    tid = _thread.get_ident()
    ctx = _contexts.get(tid)
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _contexts[tid] = ctx
    return ctx


def setcontext(context):
    """Make context the current thread's context (a copy, for the three templates)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _contexts[_thread.get_ident()] = context


class _ContextManager:
    """localcontext(): a copy of a context made current for the with block."""

    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


_CONTEXT_KEYWORDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                     "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context), changed
    by the keyword arguments, the current context inside a with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for name in kwargs:
        if name not in _CONTEXT_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(new, name, kwargs[name])
    return _ContextManager(new)


# ---------------------------------------------------------------- rounding

def _ndigits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0)."""
    return len(str(n))


def _round_away(sign, coef, k, rounding):
    """(coef with its last k >= 1 digits rounded away by rounding, whether they were
    not all zeros)."""
    if k > _ndigits(coef) + 1:
        q, rem, half = 0, (1 if coef else 0), 10
    else:
        p = 10 ** k
        q, rem = divmod(coef, p)
        half = p // 2
    if rem == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        up = rem > half or (rem == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = rem >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rem > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:                                   # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow(sign, ctx, status, rounding):
    status.extend((Overflow, Inexact, Rounded))
    if rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP) or \
            (rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1):
        return _special(sign, "F")
    return _dec(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _finish(sign, coef, exp, ctx, status, rounding=None):
    """The finite number (sign, coef, exp) rounded to the context: its precision, then
    its exponent limits (overflow, subnormal results, clamping)."""
    if rounding is None:
        rounding = ctx._rounding
    prec = ctx._prec
    emax = ctx._Emax
    etiny = ctx._Emin - prec + 1
    if coef == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        if exp < etiny:
            exp = etiny
            status.append(Clamped)
        elif exp > top:
            exp = top
            status.append(Clamped)
        return _dec(sign, 0, exp)
    nd = _ndigits(coef)
    adjusted = exp + nd - 1
    if adjusted > emax:
        return _overflow(sign, ctx, status, rounding)
    target = exp + nd - prec
    if target < etiny:
        target = etiny
    if target > exp:
        coef, inexact = _round_away(sign, coef, target - exp, rounding)
        exp = target
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        status.append(Rounded)
        if inexact:
            status.append(Inexact)
        if adjusted < ctx._Emin:
            status.append(Subnormal)
            if inexact:
                status.append(Underflow)
            if coef == 0:
                status.append(Clamped)
        if coef and exp + _ndigits(coef) - 1 > emax:
            return _overflow(sign, ctx, status, rounding)
    elif adjusted < ctx._Emin:
        status.append(Subnormal)
    if ctx._clamp and exp > emax - prec + 1:
        top = emax - prec + 1
        coef *= 10 ** (exp - top)
        exp = top
        status.append(Clamped)
    return _dec(sign, coef, exp)


def _rescale(a, exp, rounding):
    """The finite a with the exponent exp, rounding or padding its coefficient
    (and whether digits that were not zeros were rounded away)."""
    if exp <= a._exp:
        return _dec(a._sign, a._int * 10 ** (a._exp - exp), exp), False
    coef, inexact = _round_away(a._sign, a._int, exp - a._exp, rounding)
    return _dec(a._sign, coef, exp), inexact


# ---------------------------------------------------------------- construction

def _dec(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = ""
    return d


def _special(sign, kind, payload=0):
    """An infinity ('F'), quiet NaN ('n') or signalling NaN ('N')."""
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = 0
    d._special = kind
    return d


def _from_int(n):
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, int(n), 0)


def _ascii_digits(s):
    return s != "" and s.isascii() and s.isdigit()


def _parse(text):
    """(sign, coefficient, exponent, special kind) of a numeric string, or None."""
    s = text.strip().replace("_", "")
    if not s.isascii():
        s = "".join(str(int(c)) if c.isdecimal() else c for c in s)
    s = s.lower()
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    if s in ("inf", "infinity"):
        return sign, 0, 0, "F"
    for prefix, kind in (("nan", "n"), ("snan", "N")):
        if s.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return sign, 0, 0, kind
            if _ascii_digits(payload):
                return sign, int(payload), 0, kind
            return None
    mantissa, e, exponent = s.partition("e")
    exp = 0
    if e:
        digits = exponent[1:] if exponent[:1] in ("+", "-") else exponent
        if not _ascii_digits(digits):
            return None
        exp = int(exponent)
    whole, dot, fraction = mantissa.partition(".")
    digits = whole + fraction
    if not _ascii_digits(digits):
        return None
    return sign, int(digits), exp - len(fraction), ""


def _from_string(cls, text, ctx, status, exact=True):
    parsed = _parse(text)
    if parsed is None:
        status.append(ConversionSyntax)
        return _special(0, "n")
    sign, coef, exp, kind = parsed
    if kind in ("n", "N") and not exact and coef and _ndigits(coef) > ctx._prec - ctx._clamp:
        status.append(ConversionSyntax)
        return _special(0, "n")
    if kind:
        return _special(sign, kind, coef)
    return _dec(sign, coef, exp)


def _from_float(f):
    if f != f:
        return _special(0, "n")
    if f in (float("inf"), float("-inf")):
        return _special(1 if f < 0 else 0, "F")
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1          # d == 2 ** k
    return _dec(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + digit
    if exp == "F":
        return _special(sign, "F")
    if isinstance(exp, str):
        return _special(sign, exp, coef)
    return _dec(sign, coef, exp)


# ---------------------------------------------------------------- operand checks

_NUMERIC_FOREIGN = (float, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _type_name(x):
    return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__


def _unsupported(symbol, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (symbol, _type_name(a), _type_name(b)))


def _operand(self, other, symbol, reflected=False):
    """other as a Decimal, or NotImplemented (raising CPython's TypeError where the
    other operand is a built-in type that would not answer either)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if type(other) in _NUMERIC_FOREIGN:
        if reflected:
            if symbol == "+" and type(other) in (str, list, tuple):
                raise TypeError('can only concatenate %s (not "decimal.Decimal") to %s'
                                % (type(other).__name__, type(other).__name__))
            if symbol == "*" and type(other) in (str, bytes, list, tuple):
                raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
            _unsupported(symbol, other, self)
        if symbol == "*" and type(other) in (str, bytes, list, tuple):
            raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
        _unsupported(symbol, self, other)
    return NotImplemented


def _compare_operand(self, other, ctx, equality):
    """other as a Decimal for a comparison (floats exactly, flagging FloatOperation), or
    NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, float):
        if equality:
            ctx.flags._raise_flag(FloatOperation, _RANK[FloatOperation])
        else:
            _signal(ctx, [FloatOperation])
        return _from_float(other)
    return NotImplemented


def _nan_fit(nan, ctx, kind="n"):
    """A quiet NaN (or one of kind) whose payload keeps at most prec - clamp digits."""
    payload = nan._int
    room = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > room:
        payload = payload % 10 ** room if room > 0 else 0
    return _special(nan._sign, kind, payload)


def _nan_result(a, b, ctx, status):
    """The result of an operation on a NaN operand (None when neither is one)."""
    if a._special == "N" or (b is not None and b._special == "N"):
        status.append(InvalidOperation)
        return _nan_fit(a if a._special == "N" else b, ctx)
    if a._special == "n":
        return _nan_fit(a, ctx)
    if b is not None and b._special == "n":
        return _nan_fit(b, ctx)
    return None


def _invalid(status):
    status.append(InvalidOperation)
    return _special(0, "n")


def _is_integral(d):
    return d._special == "" and (d._exp >= 0 or d._int % 10 ** (-d._exp) == 0)


def _is_odd(d):
    """Whether the integral finite d is odd."""
    if d._exp > 0:
        return False
    return (d._int // 10 ** (-d._exp)) & 1 == 1


def _to_int(d):
    """The finite integral d as an int."""
    if d._exp >= 0:
        n = d._int * 10 ** d._exp
    else:
        n = d._int // 10 ** (-d._exp)
    return -n if d._sign else n


def _compare(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if a._special == "F" or b._special == "F":
        x = 0 if a._special != "F" else (-1 if a._sign else 1)
        y = 0 if b._special != "F" else (-1 if b._sign else 1)
        if x != y:
            return -1 if x < y else 1
        return 0
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int)
    adj_b = b._exp + _ndigits(b._int)
    if adj_a != adj_b:
        bigger = adj_a > adj_b
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        if x == y:
            return 0
        bigger = x > y
    if a._sign:
        bigger = not bigger
    return 1 if bigger else -1


# ---------------------------------------------------------------- arithmetic

def _add(a, b, ctx, status):
    nan = _nan_result(a, b, ctx, status)
    if nan is not None:
        return nan
    if a._special or b._special:
        if a._special and b._special and a._sign != b._sign:
            return _invalid(status)
        return _special(a._sign if a._special else b._sign, "F")
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        sign = a._sign & b._sign
        if a._sign != b._sign and ctx._rounding == ROUND_FLOOR:
            sign = 1
        return _finish(sign, 0, exp, ctx, status)
    if a._int == 0 or b._int == 0:
        x = b if a._int == 0 else a
        lowest = exp
        exp = max(exp, x._exp - max(ctx._prec - _ndigits(x._int), 0))
        if exp > lowest:
            status.append(Rounded)         # (the zeros that the exact sum would have)
        x, _ = _rescale(x, min(exp, x._exp), ROUND_DOWN)
        return _finish(x._sign, x._int, min(exp, x._exp), ctx, status)
    a, b = _near(a, b, ctx._prec)
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    if a._sign:
        x = -x
    if b._sign:
        y = -y
    total = x + y
    if total == 0:
        return _finish(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx, status)
    if total < 0:
        return _finish(1, -total, exp, ctx, status)
    return _finish(0, total, exp, ctx, status)


def _near(a, b, prec):
    """a and b for an addition rounded to prec digits, the smaller one replaced by a
    one-digit stand-in of the same sign when it lies wholly below the rounding digit."""
    if a._exp < b._exp:
        b, a = _near(b, a, prec)
        return a, b
    # a has the larger exponent
    top = a._exp + _ndigits(a._int)           # a < 10 ** top
    bottom = min(a._exp, top - prec - 1) - 1  # below every digit that can matter
    if b._exp + _ndigits(b._int) < bottom:
        return a, _dec(b._sign, 1, bottom - 1)
    return a, b


def _multiply(a, b, ctx, status):
    nan = _nan_result(a, b, ctx, status)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if (not a._special and a._int == 0) or (not b._special and b._int == 0):
            return _invalid(status)
        return _special(sign, "F")
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx, status)


def _divide(a, b, ctx, status):
    nan = _nan_result(a, b, ctx, status)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special or b._special:
        if a._special and b._special:
            return _invalid(status)
        if a._special:
            return _special(sign, "F")
        status.append(Clamped)
        return _dec(sign, 0, ctx.Etiny())
    if b._int == 0:
        if a._int == 0:
            status.append(DivisionUndefined)
            return _special(0, "n")
        status.append(DivisionByZero)
        return _special(sign, "F")
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(sign, 0, ideal, ctx, status)
    shift = ctx._prec + 1 + _ndigits(b._int) - _ndigits(a._int)
    if shift < 0:
        shift = 0
    q, r = divmod(a._int * 10 ** shift, b._int)
    exp = ideal - shift
    if r:
        q = q * 10 + 1               # a sticky digit: the quotient is not exact
        exp -= 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(sign, q, exp, ctx, status)


def _divmod_parts(a, b, ctx, status, want):
    """(quotient, remainder) of the truncating integer division a by b; want says which
    ('q', 'r' or 'qr') are needed, so that the conditions match the operation."""
    nan = _nan_result(a, b, ctx, status)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._special:
        if b._special or want != "q":
            nan = _invalid(status)
            if want == "qr" and not b._special:
                return _special(sign, "F"), nan
            return nan, nan
        return _special(sign, "F"), None
    if b._special:
        rem = _finish(a._sign, a._int, a._exp, ctx, status) if want != "q" else None
        return _dec(sign, 0, 0), rem
    if b._int == 0:
        if a._int == 0:
            status.append(DivisionUndefined)
            nan = _special(0, "n")
            return nan, nan
        if want == "q":
            status.append(DivisionByZero)
            return _special(sign, "F"), None
        status.append(InvalidOperation)
        if want == "qr":
            status.append(DivisionByZero)
        return _special(sign, "F"), _special(0, "n")
    exp = min(a._exp, b._exp)
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if a._int and adj_a - adj_b > ctx._prec + 1:
        status.append(DivisionImpossible)
        nan = _special(0, "n")
        return nan, nan
    if a._int == 0 or adj_a < adj_b:
        q, r = 0, a._int * 10 ** (a._exp - exp)
    else:
        q, r = divmod(a._int * 10 ** (a._exp - exp), b._int * 10 ** (b._exp - exp))
    if _ndigits(q) > ctx._prec:
        status.append(DivisionImpossible)
        nan = _special(0, "n")
        return nan, nan
    quotient = _finish(sign, q, 0, ctx, status) if want != "r" else None
    remainder = _finish(a._sign, r, exp, ctx, status) if want != "q" else None
    return quotient, remainder


def _power(a, b, ctx, status):
    nan = _nan_result(a, b, ctx, status)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    if not b._special and b._int == 0:
        if not a._special and a._int == 0:
            return _invalid(status)
        return _dec(0, 1, 0)
    if a._sign and not integral and (a._int or a._special):
        return _invalid(status)
    sign = a._sign if integral and _is_odd(b) else 0
    if not a._special and a._int == 0:
        if b._sign:
            return _special(sign, "F")
        return _dec(sign, 0, 0)
    if a._special:
        if b._sign:
            return _dec(sign, 0, 0)
        return _special(sign, "F")
    if b._special:
        cmp = _compare(_dec(0, a._int, a._exp), _dec(0, 1, 0))
        if cmp == 0:
            status.extend((Inexact, Rounded))
            return _dec(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
        if (cmp > 0) != bool(b._sign):
            return _special(0, "F")
        return _dec(0, 0, 0)
    if not integral:
        raise NotImplementedError("Decimal ** with a non-integral exponent is not "
                                  "implemented in minipy's decimal")
    return _integer_power(a, b, sign, ctx, status)


def _integer_power(a, b, sign, ctx, status):
    """a ** b for an integral b, by squaring, each product rounded half-even to a few
    more digits than the context's (within its exponent limits), and the result then
    rounded to the context, as CPython's C module does."""
    n = abs(_to_int(b))
    work = Context(prec=ctx._prec + _ndigits(b._int) + b._exp + 2, traps=[],
                   rounding=ROUND_HALF_EVEN, Emin=ctx._Emin, Emax=ctx._Emax, clamp=0)
    inner = []
    base = _dec(0, a._int, a._exp)
    if b._sign:
        work._prec += 1
        base = _divide(_dec(0, 1, 0), base, work, inner)
    result = _dec(0, 1, 0)
    while True:
        if n & 1:
            result = _multiply(result, base, work, inner)
        n >>= 1
        if not n or result._special or result._int == 0:
            break
        base = _multiply(base, base, work, inner)
    if result._special:
        return _overflow(sign, ctx, status, ctx._rounding)
    status.extend(inner)
    return _finish(sign, result._int, result._exp, ctx, status)


def _sqrt(a, ctx, status):
    nan = _nan_result(a, None, ctx, status)
    if nan is not None:
        return nan
    if a._special:
        if a._sign:
            return _invalid(status)
        return _special(0, "F")
    ideal = a._exp // 2
    if a._int == 0:
        return _finish(a._sign, 0, ideal, ctx, status)
    if a._sign:
        return _invalid(status)
    prec = ctx._prec
    nd = _ndigits(a._int)
    exp = min(ideal, (nd + a._exp - 2 * prec - 1) // 2)
    m = a._int * 10 ** (a._exp - 2 * exp)
    root = math.isqrt(m)
    if root * root == m:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    else:
        root = root * 10 + 1
        exp -= 1
    return _finish(0, root, exp, ctx, status, ROUND_HALF_EVEN)


def _quantize(a, b, ctx, status, rounding):
    nan = _nan_result(a, b, ctx, status)
    if nan is not None:
        return nan
    if a._special or b._special:
        if a._special and b._special:
            return _special(a._sign, "F")
        return _invalid(status)
    exp = b._exp
    if not ctx.Etiny() <= exp <= ctx._Emax:
        return _invalid(status)
    if a._int == 0:
        return _clamped(_dec(a._sign, 0, exp), ctx, status)
    if a._exp + _ndigits(a._int) - exp > ctx._prec:
        return _invalid(status)
    result, inexact = _rescale(a, exp, rounding)
    if _ndigits(result._int) > ctx._prec:
        return _invalid(status)
    if result._int and result._exp + _ndigits(result._int) - 1 > ctx._Emax:
        return _invalid(status)
    if exp > a._exp:
        if result._int or inexact:
            status.append(Rounded)
        if inexact:
            status.append(Inexact)
    if result._int and result._exp + _ndigits(result._int) - 1 < ctx._Emin:
        status.append(Subnormal)          # (and no Underflow, as in the C module)
    return _clamped(result, ctx, status)


def _clamped(d, ctx, status):
    """The finite d with its exponent brought down to Etop (padding the coefficient)
    where the context clamps."""
    top = ctx._Emax - ctx._prec + 1
    if ctx._clamp and d._exp > top:
        status.append(Clamped)
        return _dec(d._sign, d._int * 10 ** (d._exp - top), top)
    return d


# ---------------------------------------------------------------- printing

def _layout(d, eng):
    """The to-scientific-string (or to-engineering-string) text of d, without sign."""
    if d._special:
        if d._special == "F":
            return "Infinity"
        text = "NaN" if d._special == "n" else "sNaN"
        return text + (str(d._int) if d._int else "")
    digits = str(d._int)
    left = d._exp + len(digits)          # digits before the point in plain notation
    if d._exp <= 0 and left > -6:
        point = left
    elif not eng:
        point = 1
    elif d._int:
        point = (left - 1) % 3 + 1
    else:
        point = (left + 1) % 3 - 1
    text = _place_point(digits, point)
    exp = left - point
    if exp:
        text += "E%+d" % exp
    return text


def _place_point(digits, point):
    """digits with a decimal point after the first `point` of them (padding with zeros)."""
    if point <= 0:
        return "0." + "0" * (-point) + digits
    if point >= len(digits):
        return digits + "0" * (point - len(digits))
    return digits[:point] + "." + digits[point:]


def _parse_spec(spec):
    """The fields of a format spec: fill, align, sign, z, zero, width, grouping,
    precision, type (ValueError 'invalid format string' when it is not one)."""
    fill, align = " ", None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    nozero = False
    if spec[i:i + 1] == "z":
        nozero = True
        i += 1
    zero = False
    if spec[i:i + 1] == "0":
        if align is not None:
            raise ValueError("invalid format string")
        zero = True
        i += 1
        if spec[i:i + 1] == "0":
            raise ValueError("invalid format string")
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    grouping = ""
    if spec[i:i + 1] == ",":
        grouping = ","
        i += 1
    precision = None
    if spec[i:i + 1] == ".":
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        precision = int(spec[i + 1:j])
        i = j
    kind = None
    if i < len(spec):
        kind = spec[i]
        i += 1
    if i != len(spec) or (kind is not None and kind not in "eEfFgGn%") or \
            (kind == "n" and grouping):
        raise ValueError("invalid format string")
    return fill, align, sign, nozero, zero, width, grouping, precision, kind


def _group(digits, sep, min_width):
    """The digits of an integer part in groups of three, padded with zeros (that are
    grouped too) to at least min_width characters."""
    if not sep:
        return digits.rjust(min_width, "0")
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, "0") if digits else "0" * size)
        digits = digits[:-size] if len(digits) > size else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
        if not digits and min_width <= 0:
            groups.append("0")
            break
    return sep.join(reversed(groups))


def _format(d, spec, ctx):
    fill, align, sign_opt, nozero, zero, width, grouping, precision, kind = _parse_spec(spec)
    if zero:
        fill, align = ("0", "=") if not d._special else (" ", ">")
    elif align is None:
        align = ">"
    if kind is None:
        kind = "G" if ctx._capitals else "g"
        upper_e = ctx._capitals
    else:
        upper_e = kind in "EFG"
    rounding = ctx._rounding
    negative = d._sign == 1
    if d._special:
        body = _layout(d, False)
        if kind == "%":
            body += "%"
        intpart, rest = body, ""
    else:
        if nozero and d._int == 0:
            negative = False
        if kind == "%":
            d = _dec(d._sign, d._int, d._exp + 2)
        fixed_digits = 0       # the digits after the point that 'f' shows by padding
        if precision is not None:
            if kind in "eE":
                d = _significant(d, precision + 1, rounding)
            elif kind in "fF%":
                if d._exp < -precision:
                    d, _ = _rescale(d, -precision, rounding)
                fixed_digits = precision
            elif kind in "gGn" and _ndigits(d._int) > max(precision, 1):
                d = _significant(d, max(precision, 1), rounding)
        if d._int == 0 and d._exp > 0 and kind in "fF%":
            d = _dec(d._sign, 0, 0)
        if nozero and d._int == 0 and kind != "F":
            negative = False      # (the C module's 'F' drops the sign of zeros only)
        digits = str(d._int)
        left = d._exp + len(digits)
        if kind in "eE":
            point = 1 - precision if d._int == 0 and precision is not None else 1
        elif kind in "fF%":
            point = left
        elif d._exp <= 0 and left > -6:
            point = left
        else:
            point = 1
        if point <= 0:
            intpart, frac = "0", "0" * (-point) + digits
        elif point >= len(digits):
            intpart, frac = digits + "0" * (point - len(digits)), ""
        else:
            intpart, frac = digits[:point], digits[point:]
        if len(frac) < fixed_digits:
            frac += "0" * (fixed_digits - len(frac))
        rest = "." + frac if frac else ""
        exp = left - point
        if exp or kind in "eE":
            rest += ("E" if upper_e else "e") + "%+d" % exp
        if kind == "%":
            rest += "%"
    if negative:
        sign = "-"
    elif sign_opt in ("+", " "):
        sign = sign_opt
    else:
        sign = ""
    if not d._special and (grouping or zero):
        min_width = width - len(sign) - len(rest) if zero else 0
        intpart = _group(intpart, grouping, min_width)
    body = intpart + rest
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * pad
    if align == "=":
        return sign + fill * pad + body
    if align == "^":
        half = pad // 2
        return fill * half + sign + body + fill * (pad - half)
    return fill * pad + sign + body


def _significant(d, places, rounding):
    """The finite d rounded (or padded) to exactly `places` significant digits."""
    if d._int == 0:
        return d
    d = _rescale(d, d._exp + _ndigits(d._int) - places, rounding)[0]
    if _ndigits(d._int) > places:                  # 9.99 rounded up to 10.0
        d = _dec(d._sign, d._int // 10, d._exp + 1)
    return d


# ---------------------------------------------------------------- Decimal

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Decimal:
    """A decimal floating point number: Decimal(value="0", context=None) from an int, a
    string, a float (exactly), a Decimal or a (sign, digits, exponent) tuple."""
    __c_type_name__ = "decimal.Decimal"    # (its name in messages, as CPython's C type)

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            ctx = context if context is not None else getcontext()
            status = []
            d = _from_string(cls, value, ctx, status)
            _signal(ctx, status)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            _signal(ctx, [FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._int = d._int
        self._exp = d._exp
        self._special = d._special
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f as a Decimal."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # -------------------------------------------------------- printing

    def __str__(self, eng=False, context=None):
        ctx = context if context is not None else getcontext()
        text = _layout(self, eng)
        if not ctx._capitals:
            text = text.replace("E", "e")
        return "-" + text if self._sign else text

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec, context=None):
        ctx = context if context is not None else getcontext()
        return _format(self, spec, ctx)

    # -------------------------------------------------------- properties

    def as_tuple(self):
        exp = self._special if self._special else self._exp
        if self._special == "F":
            digits = (0,)
        elif self._special and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** (-self._exp)
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._int != 0 and self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._int != 0 and self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.adjusted() < ctx._Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def same_quantum(self, other, context=None):
        other = _context_operand(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self._special == "F" and other._special == "F")
        return self._exp == other._exp

    # -------------------------------------------------------- sign copies

    def copy_abs(self):
        return self._with_sign(0)

    def copy_negate(self):
        return self._with_sign(1 - self._sign)

    def copy_sign(self, other, context=None):
        return self._with_sign(_context_operand(other)._sign)

    def _with_sign(self, sign):
        if self._special:
            return _special(sign, self._special, self._int)
        return _dec(sign, self._int, self._exp)

    # -------------------------------------------------------- conversions

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __int__(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** (-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def _integer(self, rounding):
        if self._special:
            return self.__int__()
        if self._exp >= 0:
            return self.__int__()
        return _to_int(_rescale(self, 0, rounding)[0])

    def __floor__(self):
        return self._integer(ROUND_FLOOR)

    def __ceil__(self):
        return self._integer(ROUND_CEILING)

    def __round__(self, *args):
        if len(args) > 1:
            raise TypeError("__round__ expected at most 1 argument, got %d" % len(args))
        if args:
            ndigits = args[0]
            if not isinstance(ndigits, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_dec(0, 1, -ndigits))
        if self._special:
            return self.__int__()
        return self._integer(ROUND_HALF_EVEN)

    def __float__(self):
        if self._special == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == "n":
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __complex__(self):
        return float(self) + 0j

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -------------------------------------------------------- comparisons

    def _cmp(self, other, equality):
        """(-1/0/1 or None for a NaN, other) or NotImplemented."""
        ctx = getcontext()
        other = _compare_operand(self, other, ctx, equality)
        if other is NotImplemented:
            return NotImplemented
        if self._special in ("n", "N") or other._special in ("n", "N"):
            if not equality or self._special == "N" or other._special == "N":
                _signal(ctx, [InvalidOperation])
            return None
        return _compare(self, other)

    def __eq__(self, other):
        c = self._cmp(other, True)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other, True)
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._cmp(other, False)
        if c is NotImplemented or c is None:
            return NotImplemented if c is NotImplemented else False
        return c < 0

    def __le__(self, other):
        c = self._cmp(other, False)
        if c is NotImplemented or c is None:
            return NotImplemented if c is NotImplemented else False
        return c <= 0

    def __gt__(self, other):
        c = self._cmp(other, False)
        if c is NotImplemented or c is None:
            return NotImplemented if c is NotImplemented else False
        return c > 0

    def __ge__(self, other):
        c = self._cmp(other, False)
        if c is NotImplemented or c is None:
            return NotImplemented if c is NotImplemented else False
        return c >= 0

    def compare(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _context_operand(other)
        status = []
        nan = _nan_result(self, other, ctx, status)
        result = nan if nan is not None else _from_int(_compare(self, other))
        _signal(ctx, status)
        return result

    def compare_signal(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _context_operand(other)
        if self.is_nan() or other.is_nan():
            status = [InvalidOperation]
            result = _nan_result(self, other, ctx, [])
            _signal(ctx, status)
            return result
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        other = _context_operand(other)
        return _from_int(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _context_operand(other)
        return _from_int(_total_order(self.copy_abs(), other.copy_abs()))

    def _minmax(self, other, context, want_max, magnitude):
        ctx = context if context is not None else getcontext()
        other = _context_operand(other)
        status = []
        if self.is_nan() or other.is_nan():
            if self._special == "N" or other._special == "N" or \
                    (self.is_nan() and other.is_nan()):
                result = _nan_result(self, other, ctx, status)
            else:
                result = other if self.is_nan() else self
                result = _plus(result, ctx, status)
            _signal(ctx, status)
            return result
        if magnitude:
            c = _compare(self.copy_abs(), other.copy_abs())
            if c == 0:
                c = _total_order(self, other)
        else:
            c = _total_order(self, other)
        pick = self if (c > 0) == want_max else other
        if pick._special:
            result = pick
        else:
            result = _finish(pick._sign, pick._int, pick._exp, ctx, status)
        _signal(ctx, status)
        return result

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -------------------------------------------------------- arithmetic

    def _binary(self, other, function, context, symbol, reflected=False):
        other = _operand(self, other, symbol, reflected)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        status = []
        if reflected:
            result = function(other, self, ctx, status)
        else:
            result = function(self, other, ctx, status)
        _signal(ctx, status)
        return result

    def __add__(self, other, context=None):
        return self._binary(other, _add, context, "+")

    def __radd__(self, other, context=None):
        return self._binary(other, _add, context, "+", True)

    def __sub__(self, other, context=None):
        return self._binary(other, _subtract, context, "-")

    def __rsub__(self, other, context=None):
        return self._binary(other, _subtract, context, "-", True)

    def __mul__(self, other, context=None):
        return self._binary(other, _multiply, context, "*")

    def __rmul__(self, other, context=None):
        return self._binary(other, _multiply, context, "*", True)

    def __truediv__(self, other, context=None):
        return self._binary(other, _divide, context, "/")

    def __rtruediv__(self, other, context=None):
        return self._binary(other, _divide, context, "/", True)

    def __floordiv__(self, other, context=None):
        return self._binary(other, _divide_int, context, "//")

    def __rfloordiv__(self, other, context=None):
        return self._binary(other, _divide_int, context, "//", True)

    def __mod__(self, other, context=None):
        return self._binary(other, _remainder, context, "%")

    def __rmod__(self, other, context=None):
        return self._binary(other, _remainder, context, "%", True)

    def __divmod__(self, other, context=None):
        return self._binary(other, _divmod, context, "divmod()")

    def __rdivmod__(self, other, context=None):
        return self._binary(other, _divmod, context, "divmod()", True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._modular_power(other, modulo, context)
        return self._binary(other, _power, context, "** or pow()")

    def __rpow__(self, other, context=None):
        return self._binary(other, _power, context, "** or pow()", True)

    def _modular_power(self, other, modulo, context):
        other = _operand(self, other, "** or pow()")
        modulo = _operand(self, modulo, "** or pow()")
        if other is NotImplemented or modulo is NotImplemented:
            return NotImplemented
        ctx = context if context is not None else getcontext()
        status = []
        operands = (self, other, modulo)
        if any(x._special == "N" for x in operands) or \
                any(x.is_nan() for x in operands):
            sn = [x for x in operands if x._special == "N"]
            if sn:
                status.append(InvalidOperation)
            result = _nan_fit(sn[0] if sn else [x for x in operands if x.is_nan()][0], ctx)
        elif not all(_is_integral(x) for x in operands) or other._sign or \
                modulo._int == 0 or _ndigits(modulo._int) > ctx._prec or \
                (self._int == 0 and other._int == 0):
            result = _invalid(status)
        else:
            base = abs(_to_int(self))
            exponent = _to_int(other)
            m = abs(_to_int(modulo))
            value = pow(base, exponent, m)
            sign = self._sign if exponent & 1 else 0
            result = _dec(sign, value, 0)
        _signal(ctx, status)
        return result

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        status = []
        if self.is_nan():
            result = _nan_result(self, None, ctx, status)
        elif self._special:
            result = _special(1 - self._sign, "F")
        elif self._int == 0:
            sign = 1 if ctx._rounding == ROUND_FLOOR and not self._sign else 0
            result = _finish(sign, 0, self._exp, ctx, status)
        else:
            result = _finish(1 - self._sign, self._int, self._exp, ctx, status)
        _signal(ctx, status)
        return result

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        status = []
        result = _plus(self, ctx, status)
        _signal(ctx, status)
        return result

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def fma(self, other, third, context=None):
        ctx = context if context is not None else getcontext()
        other = _context_operand(other)
        third = _context_operand(third)
        status = []
        if self.is_nan() or other.is_nan():
            product = _nan_result(self, other, ctx, status)
        else:
            exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
            product = _multiply(self, other, exact, status)
        if product.is_nan():
            result = product if third._special != "N" else _nan_result(third, None, ctx, status)
        else:
            result = _add(product, third, ctx, status)
        _signal(ctx, status)
        return result

    def sqrt(self, context=None):
        return self._unary(_sqrt, context)

    def _unary(self, function, context):
        ctx = context if context is not None else getcontext()
        status = []
        result = function(self, ctx, status)
        _signal(ctx, status)
        return result

    def normalize(self, context=None):
        return self._unary(_normalize, context)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        exp = _context_operand(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        status = []
        result = _quantize(self, exp, ctx, status, rounding or ctx._rounding)
        _signal(ctx, status)
        return result

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def _to_integral(self, rounding, context, exact):
        ctx = context if context is not None else getcontext()
        status = []
        if self.is_nan():
            result = _nan_result(self, None, ctx, status)
        elif self._special or self._exp >= 0:
            result = self
        else:
            result, inexact = _rescale(self, 0, rounding or ctx._rounding)
            if exact:
                if self._int:
                    status.append(Rounded)
                if inexact:
                    status.append(Inexact)
        _signal(ctx, status)
        return result

    def scaleb(self, other, context=None):
        ctx = context if context is not None else getcontext()
        other = _context_operand(other)
        status = []
        nan = _nan_result(self, other, ctx, status)
        if nan is not None:
            result = nan
        elif other._special or other._exp != 0 or \
                other._int > 2 * (ctx._Emax + ctx._prec):
            result = _invalid(status)
        elif self._special:
            result = self
        else:
            result = _finish(self._sign, self._int, self._exp + _to_int(other), ctx, status)
        _signal(ctx, status)
        return result

    def next_plus(self, context=None):
        """The least number of the context above self."""
        return self._next(context, 0)

    def next_minus(self, context=None):
        """The greatest number of the context below self."""
        return self._next(context, 1)

    def _next(self, context, sign):
        ctx = context if context is not None else getcontext()
        status = []
        if self.is_nan():
            result = _nan_result(self, None, ctx, status)
        elif self._special:
            if self._sign != sign:      # from an infinity towards the other one
                top = ctx._Emax - ctx._prec + 1
                result = _dec(self._sign, 10 ** ctx._prec - 1, top)
            else:
                result = self
        else:
            # self plus (or minus) a number below any digit that the context keeps,
            # rounded away from self
            low = ctx.Etiny()
            if self._int:
                low = min(low, self._exp, self._exp + _ndigits(self._int) - ctx._prec)
            tiny = _dec(sign, 1, low - 2)
            work = ctx.copy()
            work._rounding = ROUND_FLOOR if sign else ROUND_CEILING
            result = _add(self, tiny, work, [])
        _signal(ctx, status)
        return result

    def next_toward(self, other, context=None):
        raise NotImplementedError("Decimal.next_toward is not implemented in minipy's decimal")

    def exp(self, context=None):
        raise NotImplementedError("Decimal.exp is not implemented in minipy's decimal")

    def ln(self, context=None):
        raise NotImplementedError("Decimal.ln is not implemented in minipy's decimal")

    def log10(self, context=None):
        raise NotImplementedError("Decimal.log10 is not implemented in minipy's decimal")

    def logb(self, context=None):
        raise NotImplementedError("Decimal.logb is not implemented in minipy's decimal")


def _subtract(a, b, ctx, status):
    if b.is_nan():
        return _add(a, b, ctx, status)
    return _add(a, b._with_sign(1 - b._sign), ctx, status)


def _divide_int(a, b, ctx, status):
    return _divmod_parts(a, b, ctx, status, "q")[0]


def _remainder(a, b, ctx, status):
    return _divmod_parts(a, b, ctx, status, "r")[1]


def _divmod(a, b, ctx, status):
    return _divmod_parts(a, b, ctx, status, "qr")


def _plus(a, ctx, status):
    if a.is_nan():
        return _nan_result(a, None, ctx, status)
    if a._special:
        return a
    sign = a._sign
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _finish(sign, a._int, a._exp, ctx, status)


def _normalize(a, ctx, status):
    if a.is_nan():
        return _nan_result(a, None, ctx, status)
    if a._special:
        return a
    d = _finish(a._sign, a._int, a._exp, ctx, status)
    if d._special:
        return d
    if d._int == 0:
        return _dec(d._sign, 0, 0)
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    coef, exp = d._int, d._exp
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _dec(d._sign, coef, exp)


def _total_order(a, b):
    """-1, 0 or 1: the total ordering of the specification (signs, NaNs, exponents)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {"": 1, "F": 2, "N": 3, "n": 4}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb or ra >= 3:
        if ra == rb:
            c = (a._int > b._int) - (a._int < b._int)
        else:
            c = 1 if ra > rb else -1
        return -c if a._sign else c
    c = _compare(a, b)
    if c == 0 and ra == 1:
        c = (a._exp > b._exp) - (a._exp < b._exp)
        if a._sign:
            c = -c
    return c


def _register_number():
    # a numbers.Number, registered here when numbers was imported first (numbers
    # registers Decimal itself otherwise)
    import sys
    numbers = sys.modules.get("numbers")
    if numbers is not None:
        numbers.Number.register(Decimal)


_register_number()
