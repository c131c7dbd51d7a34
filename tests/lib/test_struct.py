"""struct: our minipy/lib version against CPython's module on generated formats and
values (every byte order and code, counts, alignment), random bytes to unpack, floats
at the edges of binary16/32/64 (rounding, subnormals, overflow, inf, nan), and the
struct.error messages of bad formats, values and buffers."""
import math
import random
import struct as cpy_struct

import pytest

from libload import load


@pytest.fixture(scope="module")
def ours():
    return load("struct", {})


def outcome(mod, fn, *args):
    try:
        return ("ok", getattr(mod, fn)(*args))
    except Exception as e:
        name = type(e).__name__
        return ("raise", name, str(e))


def same(ours, fn, *args):
    got = outcome(ours, fn, *args)
    want = outcome(cpy_struct, fn, *args)
    if want[:2] == ("raise", "SystemError"):
        return          # CPython's own bug (unpacking '0p'); ours gives b''
    if got[0] == "ok" and want[0] == "ok":
        if fn == "unpack" or fn == "unpack_from":
            # nan != nan: compare the reprs
            assert repr(got[1]) == repr(want[1]), (fn, args)
            return
    assert got == want, (fn, args)


INT_CODES = "bBhHiIlLqQnNP"
ORDERS = ["", "@", "=", "<", ">", "!"]


def _value(rng, code):
    if code in "efd":
        return rng.choice([0.0, -0.0, 1.5, -2.25, 1e-8, 6e-8, 65504.0, 65520.0, 3.4e38,
                           3.5e38, 1e-45, 1e-46, 1e300, 5e-324, math.inf, -math.inf,
                           rng.uniform(-1e6, 1e6), rng.uniform(-1, 1) * 2.0 ** rng.randint(-160, 160),
                           7, 2 ** 70, True, "x", None])
    if code == "?":
        return rng.choice([0, 1, 2, "", "a", [], None, True])
    if code == "c":
        return rng.choice([b"a", b"\xff", b"", b"ab", "a", bytearray(b"a")])
    if code in "sp":
        return rng.choice([b"", b"abc", b"hello world", bytearray(b"xy"), "s", b"a" * 300])
    bits = rng.choice([7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 100])
    return rng.choice([rng.randint(-2 ** bits, 2 ** bits), 2 ** bits - 1, -2 ** (bits - 1),
                       2 ** (bits - 1), 0, -1, 1.5, "3", True])


def _format(rng):
    order = rng.choice(ORDERS)
    parts = []
    codes = []
    for _ in range(rng.randint(0, 5)):
        code = rng.choice("xcbB?hHiIlLqQnNPefdsp" + "iHd")
        count = rng.choice(["", "", "", "0", "1", "2", "3", "10"])
        parts.append(count + code + rng.choice(["", "", " "]))
        codes.append((code, 1 if count == "" else int(count)))
    return order + "".join(parts), codes


def test_random_formats_pack_and_unpack(ours):
    rng = random.Random(7)
    for _ in range(3000):
        fmt, codes = _format(rng)
        same(ours, "calcsize", fmt)
        values = []
        for code, count in codes:
            if code == "x":
                continue
            n = 1 if code in "sp" else count
            values.extend(_value(rng, code) for _ in range(n))
        if rng.random() < 0.1 and values:
            values.pop()
        same(ours, "pack", fmt, *values)
        try:
            size = cpy_struct.calcsize(fmt)
        except cpy_struct.error:
            continue
        for n in [size, size, size, size + 1, max(size - 1, 0)]:
            data = bytes(rng.randrange(256) for _ in range(n))
            same(ours, "unpack", fmt, data)
            same(ours, "unpack", fmt, bytearray(data))
            if size:
                off = rng.randint(-n - 2, n + 2)
                same(ours, "unpack_from", fmt, data, off)


@pytest.mark.parametrize("code", "efd")
def test_float_round_trip_and_rounding(ours, code):
    rng = random.Random(ord(code))
    for order in "<>@=":
        fmt = order + code
        for _ in range(3000):
            x = rng.choice([
                math.ldexp(rng.uniform(-1, 1), rng.randint(-1080, 1024)),
                math.ldexp(rng.randint(1, 2 ** 53), rng.randint(-1100, 100)),
                math.ldexp(rng.randint(2 ** 10, 2 ** 25) * 2 + 1, rng.randint(-175, 110)),
            ])
            same(ours, "pack", fmt, x)
        for n in range(0, 2 ** 16, 7 if code != "e" else 1):
            data = n.to_bytes(2, "little") * (4 if code == "d" else 2 if code == "f" else 1)
            same(ours, "unpack", fmt, data)
    for x in [math.nan, -math.nan, math.inf, -math.inf, 0.0, -0.0]:
        same(ours, "pack", "<" + code, x)


@pytest.mark.parametrize("fmt", ["", "5", "3x2", "<P", "=n", "z", "i@", "c 2 i", "c 2i",
                                 "999999999999999999999x", "9223372036854775807x",
                                 "4611686018427387904q", "\t<i", "<\ti", "lh0l", "cq0l"])
def test_format_errors(ours, fmt):
    same(ours, "calcsize", fmt)


def test_buffers_and_iterators(ours):
    for fmt in ["<3sxh", "@ci", ">d", ""]:
        for data in [b"abc\x00\x01\x00" * 3, b"12345678", b"", b"abcde", "text", 5]:
            a = outcome(ours, "iter_unpack", fmt, data)
            b = outcome(cpy_struct, "iter_unpack", fmt, data)
            if a[0] == "ok" and b[0] == "ok":
                it = a[1]
                assert it.__length_hint__() == b[1].__length_hint__()
                assert list(it) == list(b[1]) and it.__length_hint__() == 0
            else:
                assert a == b
    for fmt, args in [("<h", (bytearray(8), -1, 1)), ("<h", (bytearray(8), -9, 1)),
                      ("<h", (bytearray(8),)), ("<h", (bytearray(8), 0)),
                      ("<h", (bytearray(8), 0, 1, 2)), ("<h", (bytearray(8), 7, 1)),
                      ("<h", (b"abcdefgh", 0, 1)), ("<hI", (bytearray(8), 1, 1, 2)),
                      ("<hI", (bytearray(3), 0, 1, 2)), ("<h", (bytearray(8), -2, 513))]:
        b1 = bytearray(args[0]) if isinstance(args[0], bytearray) else args[0]
        b2 = bytearray(args[0]) if isinstance(args[0], bytearray) else args[0]
        assert outcome(ours, "pack_into", fmt, b1, *args[1:]) == \
            outcome(cpy_struct, "pack_into", fmt, b2, *args[1:])
        assert b1 == b2
    s = ours.Struct(b">iH")
    assert (s.format, s.size) == (">iH", 6)
    assert s.unpack(s.pack(-5, 7)) == (-5, 7)
    assert outcome(ours, "Struct", 5) == outcome(cpy_struct, "Struct", 5)
    assert outcome(ours, "pack", "\u00e9") != ("ok",)
