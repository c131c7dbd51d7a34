"""uuid: universally unique identifiers (RFC 4122) for minipy, written for it in Python.

Provided: the immutable UUID class, made from a hex string, 16 bytes (big-endian or
bytes_le), a 6-tuple of fields or a 128-bit int, optionally stamped with a version;
its str, repr, hex, urn, int, bytes, bytes_le, fields and their parts, time, clock_seq,
node, variant and version; comparisons and hashing as ints. uuid3 and uuid5 (name-based,
with hashlib's md5 and sha1), uuid4 (random: os.urandom where os has it, else a
random.Random of its own), uuid1 (time-based), getnode, the NAMESPACE_* constants, the
variant names and SafeUUID.

Left out: the hardware address: getnode() cannot read the network card's MAC address
here and returns a random 48-bit number with the multicast bit set (the fallback RFC 4122
allows, which CPython also uses when it finds no address); the command-line interface.
"""

import os
import enum

_int = int
_bytes = bytes

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_MAX = 1 << 128


class SafeUUID(enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _reorder_le(data):
    # bytes_le: the first three fields little-endian, the rest as they are
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """A UUID: 128 bits, shown as 32 hex digits in groups 8-4-4-4-12.

    Give exactly one of hex (a string, braces, hyphens and a 'urn:uuid:' prefix
    allowed), bytes (16 bytes, big-endian), bytes_le (16 bytes, first three fields
    little-endian), fields (time_low, time_mid, time_hi_version, clock_seq_hi_variant,
    clock_seq_low, node) or int. With version (1 to 5), the variant and version bits are
    set as RFC 4122 says. UUIDs are immutable, hash and compare as their ints.
    """

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments "
                            "must be given")
        if hex is not None:
            text = hex.replace("urn:", "").replace("uuid:", "")
            text = text.strip("{}").replace("-", "")
            if len(text) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = _int(text, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            value = _int.from_bytes(_reorder_le(_bytes(bytes_le)), "big")
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            value = _int.from_bytes(bytes, "big")
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            widths = (32, 16, 16, 8, 8, 48)
            value = 0
            for i in range(6):
                if not 0 <= fields[i] < (1 << widths[i]):
                    raise ValueError("field %d out of range (need a%s %d-bit value)"
                                     % (i + 1, "n" if widths[i] == 8 else "",
                                        widths[i]))
                value = (value << widths[i]) | fields[i]
        else:
            value = int
            if not 0 <= value < _MAX:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # variant 10xx (RFC 4122), then the version nibble
            value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
            value = (value & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe",
                           SafeUUID(state["is_safe"]) if "is_safe" in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, UUID):
            return self.int != other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32)
                | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111     # the top three bits of clock_seq_hi_variant
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_node = None


def getnode():
    """A 48-bit node number for uuid1: random, with the multicast bit set (minipy cannot
    read the hardware address); the same for the whole run."""
    global _node
    if _node is None:
        _node = _int.from_bytes(_random_bytes(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time (100 ns steps since 1582-10-15), a clock sequence and the
    node (getnode() unless given)."""
    global _last_timestamp
    import time
    nanoseconds = _int(time.time() * 1e9)
    # 0x01b21dd213814000: 100 ns steps from 1582-10-15 to 1970-01-01
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(_random_bytes(2), "big") & 0x3fff
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version, clock_seq_hi_variant,
                        clock_seq_low, node), version=1)


def _name_bytes(name):
    # as CPython 3.11: names are str (bytes are a TypeError from bytes())
    return _bytes(name, "utf-8")


_rng = None


def _random_bytes(n):
    # os.urandom where the os module has it, else a generator of our own (seeded from
    # time and OS randomness, so random.seed() in the program does not make it repeat)
    global _rng
    if hasattr(os, "urandom"):
        return os.urandom(n)
    if _rng is None:
        import random
        _rng = random.Random()
    return _rng.getrandbits(8 * n).to_bytes(n, "big")


def uuid3(namespace, name):
    """The name-based UUID of name in namespace, by MD5."""
    import hashlib
    digest = hashlib.md5(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_random_bytes(16), version=4)


def uuid5(namespace, name):
    """The name-based UUID of name in namespace, by SHA-1."""
    import hashlib
    digest = hashlib.sha1(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
