# bytearray: a mutable byte buffer -- building packets, editing in place, slicing, methods
def checksum(buf):
    total = 0
    for b in buf:
        total = (total * 31 + b) % 65521
    return total


packet = bytearray()
packet.append(0x7E)
packet.extend(b"HDR")
packet.extend([1, 2, 3])
packet += b"\x00\xff"
packet.insert(1, 42)
print(packet, len(packet), checksum(packet), bool(packet), bool(bytearray()))
print(packet[0], packet[-1], packet[1:4], packet[::2], packet[::-1][:3])
packet[0] = 0x7F
packet[1:4] = b"abcdef"
print(packet)
packet[2:8:2] = b"XYZ"
del packet[0]
del packet[-2:]
print(packet, packet.pop(), packet.pop(0), packet)
packet.remove(ord("Y"))
print(packet, 0x5A in packet, b"dZ" in packet, b"zz" in packet, 7 in packet)
print(bytearray(5), bytearray(b"abc"), bytearray([65, 66, 67]), bytearray("héllo", "utf-8"),
      bytearray(range(3)), bytearray(bytearray(b"x")))
text = bytearray(b"  Hello, World  ")
print(text.strip(), text.upper(), text.lower().split(b","), text.find(b"World"),
      text.count(b"l"), text.replace(b"World", b"There"), text.startswith(b"  H"))
print(text.strip().decode(), text.hex(), bytearray.fromhex("de ad be ef"), type(text.strip()).__name__)
print(bytearray(b"a,b,c").split(b","), bytearray(b"-").join([b"x", b"y"]))
a = bytearray(b"abc")
b = a
a += b"def"
a *= 2
print(b, a is b, a == b"abcdefabcdef", b"abcdefabcdef" == a, a < b"abd", a != bytearray(b"x"))
print(a + b"!", b"!" + a, type(b"!" + a).__name__, a * 0, 2 * bytearray(b"ab"))
c = a.copy()
c.reverse()
c.clear()
print(a, c, list(bytearray(b"\x01\x02")), bytes(bytearray(b"hi")), sorted(bytearray(b"cab")))
print(repr(bytearray(b"it's \"q\"\n\x80")), str(bytearray(b"z")), f"{bytearray(b'f')}")

errors = [lambda: bytearray(b"ab")[5], lambda: bytearray().pop(), lambda: bytearray([300]),
          lambda: bytearray(b"a").append(256), lambda: bytearray(-1), lambda: bytearray("x"),
          lambda: hash(bytearray()), lambda: bytearray(b"ab").remove(99),
          lambda: bytearray(b"ab") + "s", lambda: bytearray([1, "2"])]
for f in errors:
    try:
        print("no error", f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)


def assign_extended(buf):
    try:
        buf[::2] = b"xy"
    except ValueError as e:
        print("ValueError:", e)


assign_extended(bytearray(b"abcdef"))
frames = [bytearray(b"%d:" % i) if False else bytearray(str(i).encode()) + b":" for i in range(4)]
stream = bytearray()
for fr in frames:
    stream.extend(fr)
print(stream, stream.decode("ascii").split(":"))
