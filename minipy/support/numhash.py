"""hash() of numbers and tuples exactly as CPython 3.11 (64-bit builds),
so that set/dict iteration orders that depend on hashes match CPython.

API (results are machine ints; never -1):
  hash_smallint(i) -> int     hash(int) for a machine int
  hash_int(v) -> int          hash(int) for an rbigint
  hash_float(x) -> int        hash(float) for a finite or infinite x (inf:
                              314159, -inf: -314159); for NaN CPython 3.10+
                              hashes the object identity: the caller does
                              that (this returns 0)
  hash_tuple(hashes) -> int   hash(tuple) from the items' hashes (xxHash
                              lanes, as tuplehash)
  MODULUS = 2**61 - 1
"""

import math

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

HASH_BITS = 61
MODULUS = (1 << 61) - 1
HASH_INF = 314159

_BIG_MODULUS = rbigint.fromint(MODULUS)


def _fix(h):
    if h == -1:
        return -2
    return h


def hash_smallint(i):
    if -MODULUS < i < MODULUS:
        return _fix(i)
    if i < 0:
        # -(|i| mod P), computed without overflowing on -sys.maxint-1
        return _fix(-((-(i + MODULUS)) % MODULUS))
    return _fix(i % MODULUS)


def hash_int(v):
    m = v.abs().mod(_BIG_MODULUS).toint()
    if v.sign < 0:
        m = -m
    return _fix(m)


def hash_float(x):
    if math.isinf(x):
        return HASH_INF if x > 0.0 else -HASH_INF
    if math.isnan(x):
        return 0
    m, e = math.frexp(x)
    sign = 1
    if m < 0.0:
        sign = -1
        m = -m
    mod = r_uint(MODULUS)
    acc = r_uint(0)
    while m != 0.0:
        acc = ((acc << 28) & mod) | (acc >> (HASH_BITS - 28))
        m *= 268435456.0
        e -= 28
        y = r_uint(int(m))
        m -= float(int(m))
        acc += y
        if acc >= mod:
            acc -= mod
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    acc = ((acc << e) & mod) | (acc >> (HASH_BITS - e))
    h = intmask(acc)
    if sign < 0:
        h = -h
    return _fix(h)


XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


def hash_tuple(hashes):
    acc = XXPRIME_5
    for h in hashes:
        lane = r_uint(h)
        acc += lane * XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc *= XXPRIME_1
    acc += r_uint(len(hashes)) ^ (XXPRIME_5 ^ r_uint(3527539))
    if acc == r_uint(-1):
        return 1546275796
    return intmask(acc)
