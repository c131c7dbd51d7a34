# uuid: UUID from hex/bytes/bytes_le/fields/int, its properties, comparisons and hashing, uuid3/uuid5 values, uuid4/uuid1 properties, namespaces and errors
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe)
for text in ["{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678",
             "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-5678-12345678"]:
    print(uuid.UUID(text) == u, uuid.UUID(text))
same = [uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
        uuid.UUID(int=u.int), uuid.UUID(hex=u.hex)]
print(all(x == u for x in same), len({hash(x) for x in same}), hash(u) == hash(u.int))
print(int(u), str(uuid.UUID(int=0)), uuid.UUID(int=(1 << 128) - 1))

v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant)
for version in range(1, 6):
    w = uuid.UUID(int=0, version=version)
    print(version, w, w.version, w.variant)
for value in [0, 1 << 63, 0b110 << 61, 0b111 << 61, 0b101 << 61, 0b011 << 61, (1 << 127) | (0b1 << 63)]:
    w = uuid.UUID(int=value)
    print(w.variant, w.version)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid3(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "caf\u00e9").version)

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), len(r.hex), len(r.bytes))
print(r != uuid.uuid4(), str(r)[14], str(r)[19] in "89ab")
t = uuid.uuid1()
print(t.version, t.variant, t.time > 0x01e0000000000000)
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t2.node == 0x123456789abc, t2.clock_seq, t2.version)

ids = [uuid.UUID(int=n) for n in (5, 1, 3)]
print(sorted(ids), min(ids), max(ids))
print(ids[1] < ids[2], ids[1] <= ids[1], ids[0] > ids[2], ids[0] >= ids[1], ids[0] != ids[1])
print(u == str(u), u != u.int, {u: 1}[uuid.UUID(str(u))])
try:
    u < 5
except TypeError as e:
    print("TypeError:", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)

bad = [dict(hex="1234"), dict(hex="zz345678123456781234567812345678"), dict(bytes=b"short"),
       dict(bytes_le=b"x" * 17), dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
       dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
       dict(int=-1), dict(int=1 << 128), dict(int=0, version=6), dict(), dict(hex=u.hex, int=1)]
for kwargs in bad:
    try:
        uuid.UUID(**kwargs)
        print("no error", kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"https://example.com/a")
except TypeError as e:
    print("TypeError:", e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value)
