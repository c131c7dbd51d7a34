"""fractions: Fraction, exact rational numbers, as CPython 3.11's: made from ints, other
Fractions, floats (exactly) and strings ('3/4', '-1.5e-3'), always in lowest terms with
a positive denominator; arithmetic with ints stays exact, with floats gives floats;
comparisons and hashes agree with int and float (hash(Fraction(n)) == hash(n)); str,
repr, limit_denominator, and math.floor/ceil, round() and int(). Written for minipy,
without the numbers ABCs; a Decimal converts exactly, as a float does."""

import math
import operator
import sys

__all__ = ["Fraction"]

# the modulus and the hash of infinity of CPython's numeric hashes
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digits_end(s, i):
    """End of the run of digits (single underscores allowed between them) at s[i:]."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None when it is not one."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == "." and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digits_end(s, i)
    num = int(s[i:j]) if j > i else 0
    den = 1
    i = j
    if i < n and s[i] == "/":
        j = _digits_end(s, i + 1)
        if j == i + 1:
            return None
        den = int(s[i + 1:j])
        i = j
    else:
        if i < n and s[i] == ".":
            j = _digits_end(s, i + 1)
            decimals = s[i + 1:j].replace("_", "")
            if decimals:
                scale = 10 ** len(decimals)
                num = num * scale + int(decimals)
                den *= scale
            i = j
        if i < n and s[i] in "eE":
            k = i + 1
            if k < n and s[k] in "+-":
                k += 1
            j = _digits_end(s, k)
            if j == k:
                return None
            exp = int(s[i + 1:j])
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
            i = j
    if i != n:
        return None
    if negative:
        num = -num
    return num, den


def _is_decimal(x):
    """Whether x is a decimal.Decimal (without importing decimal: there is no Decimal
    before it is imported)."""
    mod = sys.modules.get("decimal")
    return mod is not None and isinstance(x, mod.Decimal)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number numerator/denominator in lowest terms (denominator > 0).

    Fraction(3, 4), Fraction(-6, 8) == Fraction(-3, 4), Fraction('1.25'), Fraction(0.5),
    Fraction(Fraction(1, 3), 2) == Fraction(1, 6)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is taken as it is)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents p1/q1 until the next one's
        # denominator is too big; the answer is it or the best semiconvergent
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ------------------------------------------------------------ arithmetic

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # reduced first, so that a division by zero names CPython's Fraction(n, 0)
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        return _forward(a, b, Fraction._add, operator.add)

    def __radd__(b, a):
        return _reverse(b, a, Fraction._add, operator.add)

    def __sub__(a, b):
        return _forward(a, b, Fraction._sub, operator.sub)

    def __rsub__(b, a):
        return _reverse(b, a, Fraction._sub, operator.sub)

    def __mul__(a, b):
        return _forward(a, b, Fraction._mul, operator.mul)

    def __rmul__(b, a):
        return _reverse(b, a, Fraction._mul, operator.mul)

    def __truediv__(a, b):
        return _forward(a, b, Fraction._div, operator.truediv)

    def __rtruediv__(b, a):
        return _reverse(b, a, Fraction._div, operator.truediv)

    def __floordiv__(a, b):
        return _forward(a, b, Fraction._floordiv, operator.floordiv)

    def __rfloordiv__(b, a):
        return _reverse(b, a, Fraction._floordiv, operator.floordiv)

    def __divmod__(a, b):
        return _forward(a, b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return _reverse(b, a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return _forward(a, b, Fraction._mod, operator.mod)

    def __rmod__(b, a):
        return _reverse(b, a, Fraction._mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction for an integral b, else a float (or complex)."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(): to the nearest int, or to ndigits decimals (a Fraction); ties go
        to the even neighbour."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        # as CPython's hash of the rational n/d: n * inverse(d) modulo 2**61 - 1
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            h = _HASH_INF
        else:
            dinv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # ------------------------------------------------------------ comparisons

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _forward(a, b, monomorphic, fallback):
    if isinstance(b, Fraction):
        return monomorphic(a, b)
    if isinstance(b, int):
        return monomorphic(a, Fraction(b))
    if isinstance(b, float):
        return fallback(float(a), b)
    if isinstance(b, complex):
        return fallback(complex(a), b)
    return NotImplemented


def _reverse(b, a, monomorphic, fallback):
    if _is_rational(a):
        return monomorphic(Fraction(a), b)
    if isinstance(a, float):
        return fallback(a, float(b))
    if isinstance(a, complex):
        return fallback(a, complex(b))
    return NotImplemented
