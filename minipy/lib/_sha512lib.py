"""SHA-512 and SHA-384 (FIPS 180-4) in plain Python, for random.seed() of a str, bytes
or bytearray, which CPython turns into an int through the seed's SHA-512 digest, and for
hashlib (which uses compress and the initial states). Written for clarity, not speed.
The round constants are computed here from their definition (the fractional parts of
the cube roots of the first 80 primes, and of the square roots of the first 8 for
SHA-512's initial state, of the 9th to 16th for SHA-384's)."""

import math

_MASK = (1 << 64) - 1


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _icbrt(n):
    """The integer cube root of n >= 1 (Newton's method from above)."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


_PRIMES = _primes(80)
_K = [_icbrt(p << 192) & _MASK for p in _PRIMES]
_H0 = [math.isqrt(p << 128) & _MASK for p in _PRIMES[:8]]
INITIAL_512 = tuple(_H0)
INITIAL_384 = tuple(math.isqrt(p << 128) & _MASK for p in _PRIMES[8:16])


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def _compress(state, block):
    w = [int.from_bytes(block[i:i + 8], "big") for i in range(0, 128, 8)]
    for t in range(16, 80):
        x = w[t - 15]
        y = w[t - 2]
        s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
        s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, h = state
    for t in range(80):
        s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        ch = (e & f) ^ (~e & g)
        t1 = (h + s1 + ch + _K[t] + w[t]) & _MASK
        s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
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
    return [(s + v) & _MASK for s, v in zip(state, (a, b, c, d, e, f, g, h))]


def compress(state, block):
    """The state (8 words) after the 128-byte block."""
    return tuple(_compress(state, block))


def sha512_digest(data):
    """The 64-byte SHA-512 digest of the bytes data."""
    data = bytes(data)
    length = len(data) * 8
    padded = data + b"\x80" + bytes((111 - len(data)) % 128) + length.to_bytes(16, "big")
    state = list(_H0)
    for i in range(0, len(padded), 128):
        state = _compress(state, padded[i:i + 128])
    return b"".join(v.to_bytes(8, "big") for v in state)
