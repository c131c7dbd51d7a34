# struct: the errors — bad formats, wrong numbers of values, values out of range for
# each integer code and byte order, wrong types, buffers of the wrong size for unpack,
# unpack_from, pack_into and iter_unpack — with CPython's struct.error messages.
import struct


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except (struct.error, TypeError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)


for fmt in ["z", "3", "<P", "=n", "i<", "c 2 i", "99999999999999999999999x"]:
    attempt("calcsize %r" % fmt, struct.calcsize, fmt)
attempt("calcsize 5", struct.calcsize, 5)
attempt("pack 2 for 1", struct.pack, "ii", 1)
attempt("pack 1 for 0", struct.pack, "0s")
attempt("pack 3 for 2", struct.pack, "<h", 1, 2)
for fmt, v in [("b", 128), ("B", -1), ("<h", -40000), ("<H", 70000), (">h", 40000),
               (">H", -1), ("i", 2 ** 31), ("<I", -1), ("<I", 2 ** 32), ("<l", 2 ** 31),
               ("=L", 2 ** 32), ("q", 2 ** 63), ("<Q", -1), (">q", 2 ** 63), (">Q", -1),
               ("l", 2 ** 70), ("i", 2 ** 70)]:
    attempt("pack %s %d" % (fmt, v), struct.pack, fmt, v)
for fmt, v in [("i", 1.0), ("i", "7"), ("i", None), ("d", "1.5"), ("f", [1]),
               ("c", b"ab"), ("c", "a"), ("s", "text"), ("p", 42), ("<e", 2 ** 70)]:
    attempt("pack %s %r" % (fmt, v), struct.pack, fmt, v)
attempt("unpack short", struct.unpack, "<i", b"abc")
attempt("unpack long", struct.unpack, "<i", b"abcde")
attempt("unpack str", struct.unpack, "<i", "abcd")
attempt("unpack_from end", struct.unpack_from, "<i", b"abcdefgh", 6)
attempt("unpack_from neg", struct.unpack_from, "<i", b"abcdefgh", -4)
attempt("unpack_from neg2", struct.unpack_from, "<i", b"abcdefgh", -2)
attempt("unpack_from neg9", struct.unpack_from, "<i", b"abcdefgh", -9)
buf = bytearray(6)
attempt("pack_into ok", struct.pack_into, "<h", buf, 4, -1)
print(buf)
attempt("pack_into end", struct.pack_into, "<i", buf, 4, 1)
attempt("pack_into neg", struct.pack_into, "<h", buf, -1, 1)
attempt("pack_into neg7", struct.pack_into, "<h", buf, -7, 1)
attempt("pack_into bytes", struct.pack_into, "<h", b"abcdef", 0, 1)
attempt("pack_into args", struct.pack_into, "<h", buf)
attempt("pack_into count", struct.pack_into, "<h", buf, 0)
attempt("iter_unpack", struct.iter_unpack, "<h", b"abc")
attempt("iter_unpack 0", struct.iter_unpack, "", b"abc")
attempt("Struct 1.5", struct.Struct, 1.5)
print(issubclass(struct.error, Exception), struct.error.__name__)
