"""SHA-1 (FIPS 180-4) compression in plain Python, for hashlib: the initial state and
the function that folds one 64-byte block into the state (words big-endian)."""

_MASK = 0xFFFFFFFF

INITIAL = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _MASK


def compress(state, block):
    """The state (5 words) after the 64-byte block."""
    w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
    for t in range(16, 80):
        w.append(_rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
    a, b, c, d, e = state
    for t in range(80):
        if t < 20:
            f = (b & c) | (~b & d)
            k = 0x5A827999
        elif t < 40:
            f = b ^ c ^ d
            k = 0x6ED9EBA1
        elif t < 60:
            f = (b & c) | (b & d) | (c & d)
            k = 0x8F1BBCDC
        else:
            f = b ^ c ^ d
            k = 0xCA62C1D6
        temp = (_rotl(a, 5) + f + e + k + w[t]) & _MASK
        e = d
        d = c
        c = _rotl(b, 30)
        b = a
        a = temp
    return tuple((x + y) & _MASK for x, y in zip(state, (a, b, c, d, e)))
