# int.to_bytes / int.from_bytes: packing a small binary record (header, signed deltas, checksums) and reading it back, with the errors of bad lengths, signs and byte orders
records = [(1, 300, -5), (2, 65535, 127), (3, 0, -128), (4, 2**40, 0)]
packed = b""
for rid, value, delta in records:
    packed += rid.to_bytes(1, "big") + value.to_bytes(6, byteorder="little")
    packed += delta.to_bytes(1, "big", signed=True)
print(packed.hex(), len(packed))
for i in range(0, len(packed), 8):
    chunk = packed[i:i + 8]
    rid = int.from_bytes(chunk[:1], "big")
    value = int.from_bytes(chunk[1:7], byteorder="little")
    delta = int.from_bytes(chunk[7:], "big", signed=True)
    print(rid, value, delta)
print(int.from_bytes(b"\x00\x10"), int.from_bytes([1, 2], "little"), int.from_bytes(bytearray(b"\xff\xfe"), "big", signed=True))
print(int.from_bytes(b""), int.from_bytes(b"", signed=True), (0).to_bytes(0, "big"), (1024).to_bytes(4, "little"), (255).to_bytes())
print((-1).to_bytes(4, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (2**64 - 1).to_bytes(8, "big").hex())
print(int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100, int.from_bytes(b"\x80" + bytes(15), signed=True))
checksum = sum(packed) % 65536
print(checksum, checksum.to_bytes(2, "big"), int.from_bytes(checksum.to_bytes(2, "big"), "big") == checksum)
class Flags(int):
    pass
f = Flags.from_bytes(b"\x07", "big")
print(type(f).__name__, f, bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
tests = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(2, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(2, "middle"),
    lambda: (1).to_bytes(2, 5),
    lambda: (1).to_bytes(2, "big", 3),
    lambda: (1).to_bytes(2, "big", sign=True),
    lambda: (5).to_bytes(0, "big", signed=True),
    lambda: int.from_bytes("abc", "big"),
    lambda: int.from_bytes(5, "big"),
    lambda: int.from_bytes([1, 256], "big"),
    lambda: int.from_bytes(b"a", "sideways"),
    lambda: int.from_bytes(),
    lambda: int.from_bytes(b"a", "big", bytes=b"b"),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
