# struct: a small binary file format — a header (magic, version, record count), fixed-size
# records (id, name, score, flags) packed with Struct objects, parsed back with
# unpack_from and iter_unpack, patched in place with pack_into, and the sizes the byte
# orders and native alignment give.
import struct

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<I10sf?x")
print("header", HEADER.format, HEADER.size, "record", RECORD.format, RECORD.size)

players = [(1, b"ada", 91.5, True), (2, b"grace", 78.25, False),
           (3, b"linus-torvalds", 66.0, True), (40000, b"", -1.5, False)]
blob = bytearray(HEADER.pack(b"SCOR", 3, len(players)))
for pid, name, score, active in players:
    blob += RECORD.pack(pid, name, score, active)
print(len(blob), blob[:HEADER.size].hex(), bytes(blob[HEADER.size:HEADER.size + RECORD.size]))

magic, version, count = HEADER.unpack_from(blob)
print(magic, version, count)
for pid, name, score, active in RECORD.iter_unpack(bytes(blob[HEADER.size:])):
    print("%5d %-12r %7.2f %s" % (pid, name.rstrip(b"\0"), score, active))

# the third record, read in place, then its score patched
third = HEADER.size + 2 * RECORD.size
print(RECORD.unpack_from(blob, third))
struct.pack_into("<f", blob, third + 14, 70.125)
print(RECORD.unpack_from(blob, offset=third)[2])
it = RECORD.iter_unpack(bytes(blob[HEADER.size:]))
print(it.__length_hint__(), next(it)[0], it.__length_hint__())

# byte orders
for fmt in ["<i", ">i", "!i", "=i", "@i"]:
    print(fmt, struct.pack(fmt, 0x01020304).hex(), struct.unpack(fmt, b"\x01\x02\x03\x04"))
print(struct.pack(">hHlLqQ", -2, 65535, -3, 4000000000, -2 ** 63, 2 ** 64 - 1).hex())
print(struct.unpack("<bBhH", b"\xff\xff\xfe\xff\xfe\xff"))

# native alignment against standard sizes
for fmt in ["cq", "<cq", "qc", "ci", "hi", "ci0q", "llh0l", "?d", "3s2p", "4x", "bhiq",
            "@ni", "5e", "10sc"]:
    print("%-6s %3d" % (fmt, struct.calcsize(fmt)))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2))

# strings: s pads or truncates, p is a Pascal string, c is one byte
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("0s", b"xyz"))
print(struct.pack("6p", b"pascal string"), struct.unpack("6p", b"\x03abcxx"))
print(struct.pack("3c", b"x", b"y", b"z"), struct.unpack("3c2x?", b"abc\0\0\x07"))
print(struct.pack("<3h", 1, 2, 3), struct.unpack("<2H", bytearray(b"\x01\x00\x02\x00")))


class Port:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(struct.pack(">H", Port(8080)), struct.pack("<?", [1]), struct.pack("<?", ""))
checksum = sum(struct.unpack("<%dB" % len(blob), blob)) % 65536
print("checksum", checksum, struct.pack("<H", checksum))
