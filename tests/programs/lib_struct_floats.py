# struct: how floats look as IEEE 754 half, single and double precision — exact bit
# patterns of familiar numbers, rounding when a double is stored as float32 or float16,
# subnormals, infinities, NaN and overflow, and a sensor log of readings stored as 'e'.
import math
import struct

values = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 1e-5, 3.4028234663852886e38,
          2.0 ** -24, 2.0 ** -149, 5e-324, math.pi]
for x in values:
    parts = []
    for code in "efd":
        try:
            raw = struct.pack(">" + code, x)
            back = struct.unpack(">" + code, raw)[0]
            parts.append("%s=%s" % (raw.hex(), back))
        except OverflowError as e:
            parts.append(str(e))
    print(repr(x).ljust(24), " ".join(parts))

# rounding to nearest, ties to even
for k in range(8):
    x = 1.0 + k * 2.0 ** -12
    print(k, struct.unpack("<e", struct.pack("<e", x))[0],
          struct.unpack("<f", struct.pack("<f", 1.0 + k * 2.0 ** -25))[0])

# infinities and NaN
for x in [math.inf, -math.inf, float("nan"), -float("nan")]:
    print(x, [struct.pack("<" + c, x).hex() for c in "efd"],
          [struct.unpack("<" + c, struct.pack("<" + c, x))[0] for c in "efd"])
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"),
      struct.unpack(">f", b"\x7f\x80\x00\x00"), struct.unpack("<d", b"\x01" + b"\0" * 7))
print(math.isnan(struct.unpack("<f", b"\x01\x00\xc0\x7f")[0]))

# too large for half and single precision (standard sizes check; native 'f' gives inf)
for fmt, x in [("<e", 65520.0), ("<e", 65519.99), ("<f", 3.5e38), ("@f", 3.5e38),
               (">f", 1e300), ("<e", 1e6), ("<d", 1e308)]:
    try:
        print(fmt, x, struct.pack(fmt, x).hex())
    except OverflowError as e:
        print(fmt, x, "OverflowError:", e)

# a sensor log: temperatures kept as float16, reread, and the precision lost
readings = [21.5, 21.7, 22.05, 23.1, 19.95, -4.3, 0.001, 1234.56]
log = struct.pack("<%de" % len(readings), *readings)
back = struct.unpack("<%de" % len(readings), log)
print(len(log), log.hex())
for r, b in zip(readings, back):
    print("%8.3f -> %-10r error %.2e" % (r, b, abs(r - b)))
print("max error", max(abs(r - b) for r, b in zip(readings, back)))
doubles = struct.pack("<4d", 1.5, -0.25, 1e100, 2.0 ** -1074)
print(doubles.hex())
print(struct.unpack("<4d", doubles))
print(struct.pack("<d", 7), struct.pack("<f", True))
