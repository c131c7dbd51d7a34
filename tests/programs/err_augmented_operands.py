# Augmented assignments whose operands do not support the operation: CPython names the
# augmented operator (+=, @=, <<=) in the message, and `x *= seq` only tries x's own
# repetition. Also the plain forms, and results that do work, for ints and floats.


class V:
    pass


class W:
    def __add__(self, other):
        return NotImplemented


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "TypeError:", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def iand(a, b):
    a &= b
    return a


def imod(a, b):
    a %= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ipow(a, b):
    a **= b
    return a


attempt("1 @= 2", lambda: imatmul(1, 2))
attempt("1 @ 2", lambda: 1 @ 2)
attempt("1.5 <<= 2.0", lambda: ilshift(1.5, 2.0))
attempt("1.5 << 2.0", lambda: 1.5 << 2.0)
attempt("1.5 &= 1.5", lambda: iand(1.5, 1.5))
attempt("1.5 %= 0.0", lambda: imod(1.5, 0.0))
attempt("1.5 //= 0.0", lambda: ifloordiv(1.5, 0.0))
attempt("(-8.0) **= 1/3", lambda: ipow(-8.0, 1 / 3))
attempt("V() += 1", lambda: iadd(V(), 1))
attempt("V() -= 2.0", lambda: isub(V(), 2.0))
attempt("V() *= 'x'", lambda: imul(V(), "x"))
attempt("V() * 'x'", lambda: V() * "x")
attempt("[1] *= 'a'", lambda: imul([1], "a"))
attempt("'ab' *= 1.5", lambda: imul("ab", 1.5))
attempt("'a' += 1", lambda: iadd("a", 1))
attempt("None += 1", lambda: iadd(None, 1))
attempt("3 += 'a'", lambda: iadd(3, "a"))
attempt("3 += None", lambda: iadd(3, None))
attempt("(1,) += [2]", lambda: iadd((1,), [2]))
attempt("W() += 1", lambda: iadd(W(), 1))
attempt("True += True", lambda: iadd(True, True))
attempt("True *= 2.5", lambda: imul(True, 2.5))
c = 2.5
c -= 0.5
c *= 3.0
c /= 2.0
c //= 1.0
c %= 2.0
c **= 2.0
print(c)
n = 7
n -= 2
n *= 3
n //= 2
n %= 5
n **= 3
n <<= 2
n |= 1
print(n)
