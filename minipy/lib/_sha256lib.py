"""SHA-256 and SHA-224 (FIPS 180-4) compression in plain Python, for hashlib: the
initial states and the function that folds one 64-byte block into the state (words
big-endian). The constants are computed from their definition: the first 32 bits of the
fractional parts of the cube roots of the first 64 primes, of the square roots of the
first 8 primes (SHA-256's initial state), and the second 32 bits of those of the 9th to
16th primes (SHA-224's)."""

import math
from _sha512lib import _primes, _icbrt

_MASK = 0xFFFFFFFF

_PRIMES = _primes(64)
_K = [_icbrt(p << 96) & _MASK for p in _PRIMES]
INITIAL_256 = tuple(math.isqrt(p << 64) & _MASK for p in _PRIMES[:8])
INITIAL_224 = tuple(math.isqrt(p << 128) & _MASK for p in _PRIMES[8:16])


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & _MASK


def compress(state, block):
    """The state (8 words) after the 64-byte block."""
    w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
    for t in range(16, 64):
        x = w[t - 15]
        y = w[t - 2]
        s0 = _rotr(x, 7) ^ _rotr(x, 18) ^ (x >> 3)
        s1 = _rotr(y, 17) ^ _rotr(y, 19) ^ (y >> 10)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, h = state
    for t in range(64):
        s1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
        ch = (e & f) ^ (~e & g)
        t1 = (h + s1 + ch + _K[t] + w[t]) & _MASK
        s0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = (s0 + maj) & _MASK
        h = g
        g = f
        f = e
        e = (d + t1) & _MASK
        d = c
        c = b
        b = a
        a = (t1 + t2) & _MASK
    return tuple((x + y) & _MASK for x, y in zip(state, (a, b, c, d, e, f, g, h)))
