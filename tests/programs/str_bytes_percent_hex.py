# Building a binary protocol's text headers with bytes % formatting (PEP 461) and
# dumping packets with bytes.hex(sep, bytes_per_sep).


def header(method, path, length, checksum):
    return b"%s %s HTTP/1.1\r\nContent-Length: %d\r\nX-Sum: %08x\r\n" % (
        method, path, length, checksum)


body = b"hello, packet world"
checksum = sum(body) * 2654435761 % 2 ** 32
print(header(b"POST", b"/upload", len(body), checksum))
print(b"%-8s|%8s|%.3s|" % (b"left", b"right", b"truncate"))
print(b"%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%.3d" % (42, 42, 42, 7, 7, 255, 255, 8, 255, 8, 7))
print(b"%.2f %e %g %G %10.3f|" % (3.14159, 1234.5, 0.0001, 1e20, 2.5))
print(b"%c%c%c" % (72, b"i", 33), b"%i%%" % 50, b"%d" % 3.99, b"%u" % -4)
print(b"%r %a" % ("caf\u00e9", [b"x", 1]), b"%b" % bytearray(b"ba"))
print(b"%(name)s is %(age)d" % {b"name": b"Ada", b"age": 36})
print(b"%*d|%-*s|%.*f" % (6, 3, 4, b"ab", 2, 1.23456))
print(bytearray(b"id=%d;tag=%s") % (12, b"x"), b"no specs" % ())


class Token:
    def __init__(self, text):
        self.text = text

    def __bytes__(self):
        return self.text.encode("ascii").upper()


print(b"[%s]" % Token("abc"), b"%s and %s" % (Token("x"), b"raw"))

for fmt, args in [(b"%s", "text"), (b"%s", 3), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"),
                  (b"%d", b"1"), (b"%x", 1.5), (b"%f", "1"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"x", 5), (b"%z", 1), (b"%(k)s", (1,)),
                  (b"%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{fmt!r} % {args!r}: {type(e).__name__}: {e}")

packet = bytes(range(0x30, 0x3b)) + b"\x00\xff\x7f"
print(packet.hex())
print(packet.hex(" "), packet.hex(":", 2), packet.hex(":", -2))
print(packet.hex("-", 4), packet.hex("-", -4), packet.hex(b".", 3), packet.hex("_", 0))
print(packet.hex(sep="|", bytes_per_sep=5), packet.hex(bytes_per_sep=2), b"".hex("-"))
print(bytearray(packet[:6]).hex(" "), bytearray(b"\x01\x02\x03\x04\x05").hex(".", -2))
for sep, n in [("--", 1), ("\u00e9", 1), (5, 1), (" ", "2")]:
    try:
        print(packet.hex(sep, n))
    except (TypeError, ValueError) as e:
        print(f"hex({sep!r}, {n!r}): {type(e).__name__}: {e}")
