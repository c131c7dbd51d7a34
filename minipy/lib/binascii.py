"""binascii: conversions between binary data and ASCII (the parts base64 and programs
use: b2a_base64/a2b_base64, hexlify/unhexlify, b2a_hex/a2b_hex, crc32) with CPython
3.11's error messages; binascii.Error is a ValueError."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {}
for _i in range(64):
    _B64_REV[_B64[_i]] = _i
_EQ = 61


def _data(data, ascii_ok):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if ascii_ok and isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_base64(data, *, newline=True):
    """Base64-encode data (bytes), with a newline at the end unless newline=False."""
    data = _data(data, False)
    out = []
    n = len(data)
    i = 0
    while i + 3 <= n:
        c = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[c >> 18])
        out.append(_B64[(c >> 12) & 63])
        out.append(_B64[(c >> 6) & 63])
        out.append(_B64[c & 63])
        i += 3
    rest = n - i
    if rest == 1:
        c = data[i] << 16
        out.extend([_B64[c >> 18], _B64[(c >> 12) & 63], _EQ, _EQ])
    elif rest == 2:
        c = (data[i] << 16) | (data[i + 1] << 8)
        out.extend([_B64[c >> 18], _B64[(c >> 12) & 63], _B64[(c >> 6) & 63], _EQ])
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64 data (bytes or an ASCII str); characters outside the alphabet are
    skipped unless strict_mode."""
    data = _data(data, True)
    out = []
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n > 0 and data[0] == _EQ:
        raise Error("Leading padding not allowed")
    i = 0
    while i < n:
        ch = data[i]
        if ch == _EQ:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            i += 1
            continue
        v = _B64_REV.get(ch)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xff)
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xff)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xff)
            leftchar = 0
        i += 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


_HEX = b'0123456789abcdef'


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hexadecimal representation of data, as bytes."""
    data = _data(data, False)
    if sep is None:
        out = []
        for b in data:
            out.append(_HEX[b >> 4])
            out.append(_HEX[b & 15])
        return bytes(out)
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    return data.hex(sep.decode('ascii'), bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    raise Error("Non-hexadecimal digit found")


def a2b_hex(hexstr):
    """The binary data of a hexadecimal representation (bytes or an ASCII str)."""
    data = _data(hexstr, True)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = []
    for i in range(0, len(data), 2):
        out.append((_hexval(data[i]) << 4) | _hexval(data[i + 1]))
    return bytes(out)


unhexlify = a2b_hex

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def crc32(data, crc=0):
    """The CRC-32 of data, starting from crc."""
    data = _data(data, False)
    crc = ~crc & 0xffffffff
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff
