# A subclass of bytes: instances of the subclass, with its methods and attributes, that
# still behave as bytes (length, indexing, concatenation, comparison, hashing, decode).


class Packet(bytes):
    """Bytes with a checksum method and a header field."""

    def checksum(self):
        return sum(self) % 256

    def header(self):
        return self[:2]


class Tagged(Packet):
    def __repr__(self):
        return "Tagged(" + bytes.__repr__(self) + ")"


p = Packet(b"\x01\x02hello")
print(type(p).__name__, isinstance(p, bytes), isinstance(p, Packet))
print(p, len(p), p[0], p[2:], p.checksum(), p.header())
print(p + b"!", type(p + b"!").__name__, p == b"\x01\x02hello", hash(p) == hash(b"\x01\x02hello"))
print(p.decode("latin-1")[2:], p.upper(), type(p.upper()).__name__)
print(Packet([72, 105]), Packet("caf\u00e9", "utf-8"), Packet(3), Packet())
t = Tagged(b"xy")
t.note = "kept"
print(repr(t), t.note, t.checksum(), type(t).__mro__[1].__name__)
print(sorted([Packet(b"b"), Packet(b"a"), b"c"]))
print({Packet(b"k"): 1}[b"k"], b"k" in {Packet(b"k")})

# the subclass's instances wherever bytes are taken
q = Packet(b"ab")
uses = [("concat", lambda: b"x" + q), ("repeat", lambda: q * 2), ("format", lambda: b"%s|%b" % (q, q)),
        ("in bytes", lambda: q in b"xxab"), ("byte in", lambda: 97 in q), ("bytes()", lambda: bytes(q)),
        ("bytearray()", lambda: bytearray(q)), ("join", lambda: b"-".join([q, q])),
        ("from_bytes", lambda: int.from_bytes(q, "big")), ("hex", lambda: q.hex()),
        ("str", lambda: str(q)), ("order", lambda: (q < b"z", b"z" > q)), ("list", lambda: list(q)),
        ("startswith", lambda: b"ab".startswith(q)), ("replace", lambda: b"abab".replace(q, b"x")),
        ("count", lambda: b"abab".count(q)), ("memoryview", lambda: memoryview(q).tobytes()),
        ("bytearray +", lambda: bytearray(b"x") + q), ("reversed", lambda: q[::-1]),
        ("find", lambda: b"xab".find(q)), ("empty", lambda: bool(Packet()))]
for label, use in uses:
    r = use()
    print(label, type(r).__name__, r)
