"""MD5 (RFC 1321) compression in plain Python, for hashlib: the initial state and the
function that folds one 64-byte block into the state (words little-endian). The 64
additive constants are computed from their definition, floor(abs(sin(i + 1)) * 2**32)."""

import math

_MASK = 0xFFFFFFFF

INITIAL = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

_K = [int(abs(math.sin(i + 1)) * 4294967296.0) & _MASK for i in range(64)]
_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + \
    [6, 10, 15, 21] * 4
# the message word each step reads
_INDEX = [i for i in range(16)] + [(5 * i + 1) % 16 for i in range(16, 32)] + \
    [(3 * i + 5) % 16 for i in range(32, 48)] + [(7 * i) % 16 for i in range(48, 64)]


def compress(state, block):
    """The state (4 words) after the 64-byte block."""
    m = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
    a, b, c, d = state
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
        elif i < 32:
            f = (d & b) | (~d & c)
        elif i < 48:
            f = b ^ c ^ d
        else:
            f = c ^ (b | (~d & _MASK))
        f = (f + a + _K[i] + m[_INDEX[i]]) & _MASK
        s = _SHIFTS[i]
        a = d
        d = c
        c = b
        b = (b + (((f << s) | (f >> (32 - s))) & _MASK)) & _MASK
    return tuple((x + y) & _MASK for x, y in zip(state, (a, b, c, d)))
