"""struct: packing values into bytes and back by format strings (pack, unpack,
calcsize, pack_into, unpack_from, iter_unpack, Struct), as CPython 3.11's on a 64-bit
little-endian Linux machine: byte orders @ (native sizes and alignment), =, <, > and !
(standard sizes, no alignment), the codes x c b B ? h H i I l L q Q n N P e f d s p,
repeat counts, and CPython's struct.error messages.

Written for minipy in plain Python: integers go through int.to_bytes/from_bytes, and
floats (IEEE 754 binary16, binary32 and binary64, rounded half to even) are built from
math.frexp and rebuilt with math.ldexp, exactly."""

import math
import sys

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


# code: (native size, standard size or None where the code is native only)
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
          'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4),
          'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None), 'P': (8, None),
          'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1)}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_FLOAT_BITS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}     # exponent, fraction bits
_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _parse(fmt):
    """(byte order, native, [(code, count, offset, size of one)], total size)."""
    order = 'little'
    native = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        if c != '@':
            native = False
            order = 'big' if c in '>!' else 'little'
        i = 1
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            count = 0
            while i < n and '0' <= fmt[i] <= '9':
                count = count * 10 + ord(fmt[i]) - 48
                if count > sys.maxsize:
                    raise error("total struct size too long")
                i += 1
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error("bad char in struct format")
        one = sizes[0] if native else sizes[1]
        if native and c not in 'xcs?p' and one > 1:
            size = (size + one - 1) // one * one
        items.append((c, count, size, one))
        size += one * count
        if size > sys.maxsize:
            raise error("total struct size too long")
        i += 1
    return order, native, items, size


def _as_int(v, code, size, native, big):
    """The integer v (or its __index__) checked against the code's range, with
    CPython's messages (which differ a little between its byte orders' tables)."""
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise error("required argument is not an integer")
        v = index(v)
    if code == 'P':
        if v < _LONG_MIN or v > _ULONG_MAX:
            raise error("int too large to convert")
        return v & _ULONG_MAX
    signed = code in _SIGNED
    bits = 8 * size
    lo = -2 ** (bits - 1) if signed else 0
    hi = 2 ** (bits - 1) - 1 if signed else 2 ** bits - 1
    if big and code in 'qQ':
        if v < lo or v > hi:
            raise error("int too large to convert")
        return v
    named = code in 'bB' or (code in 'hH' and not big)
    if signed or named:
        if v < _LONG_MIN or v > _LONG_MAX:
            raise error("argument out of range")
    elif v < 0 or v > _ULONG_MAX:
        raise error("argument out of range")
    if v < lo or v > hi:
        if named:
            raise error("%s format requires %d <= number <= %d"
                        % (_SMALL_NAMES[code], lo, hi))
        if size < 8:
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        raise error("argument out of range")
    return v


def _as_float(v):
    if isinstance(v, float):
        return v
    try:
        if isinstance(v, int):
            return float(v)
        convert = getattr(type(v), '__float__', None)
        if convert is None:
            convert = getattr(type(v), '__index__', None)
            if convert is None:
                raise error("required argument is not a float")
            return float(convert(v))
        return convert(v)
    except OverflowError:
        raise error("required argument is not a float")


def _float_to_bits(x, code, check):
    """The IEEE 754 bits of x in the code's format, rounded half to even; an
    OverflowError where it does not fit (inf instead when check is false)."""
    ebits, fbits = _FLOAT_BITS[code]
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        exponent, fraction = emax, 1 << (fbits - 1)
    elif math.isinf(x):
        exponent, fraction = emax, 0
    elif x == 0:
        exponent, fraction = 0, 0
    else:
        m, e = math.frexp(abs(x))
        mant = int(m * 9007199254740992.0)          # x = mant * 2**(e - 53), exactly
        top = max(e - 1, 1 - bias)                  # the exponent of the result's unit
        shift = (e - 53) - (top - fbits)
        if shift >= 0:
            q = mant << shift
        else:
            q = mant >> -shift
            rest = mant - (q << -shift)
            half = 1 << (-shift - 1)
            if rest > half or (rest == half and q & 1):
                q += 1
        if q >> (fbits + 1):
            q >>= 1
            top += 1
        if q >> fbits:
            exponent, fraction = top + bias, q - (1 << fbits)
        else:
            exponent, fraction = 0, q
        if exponent >= emax:
            if check:
                raise OverflowError("float too large to pack with %s format" % code)
            exponent, fraction = emax, 0
    return (sign << (ebits + fbits)) | (exponent << fbits) | fraction


def _bits_to_float(bits, code):
    ebits, fbits = _FLOAT_BITS[code]
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    fraction = bits & ((1 << fbits) - 1)
    exponent = (bits >> fbits) & emax
    negative = bits >> (ebits + fbits)
    if exponent == emax:
        x = math.nan if fraction else math.inf
    elif exponent == 0:
        x = math.ldexp(float(fraction), 1 - bias - fbits)
    else:
        x = math.ldexp(float(fraction | (1 << fbits)), exponent - bias - fbits)
    return -x if negative else x


def _buffer_len(buffer):
    if not isinstance(buffer, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__)
    return len(buffer)


class Struct:
    """A compiled format: format, size, pack, pack_into, unpack, unpack_from,
    iter_unpack."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.format = format
        self._order, self._native, self._items, self.size = _parse(format)
        nargs = 0
        for code, count, offset, one in self._items:
            if code in 'sp':
                nargs += 1
            elif code != 'x':
                nargs += count
        self._nargs = nargs

    def _pack_values(self, values, what, out, base):
        if len(values) != self._nargs:
            raise error("%s expected %d items for packing (got %d)"
                        % (what, self._nargs, len(values)))
        order = self._order
        native = self._native
        k = 0
        for code, count, offset, one in self._items:
            at = base + offset
            if code == 'x':
                continue
            if code == 's' or code == 'p':
                data = values[k]
                k += 1
                if not isinstance(data, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(data[:count])
                elif count:
                    data = data[:count - 1]
                    data = bytes([min(len(data), 255)]) + bytes(data)
                else:
                    # CPython writes its length byte (count - 1, as a byte) even here,
                    # over whatever follows; a later field writes over it again
                    if at < len(out):
                        out[at] = 255
                    continue
                out[at:at + len(data)] = data
                continue
            for j in range(count):
                v = values[k]
                k += 1
                where = at + j * one
                if code == 'c':
                    if not isinstance(v, bytes) or len(v) != 1:
                        raise error("char format requires a bytes object of length 1")
                    piece = v
                elif code == '?':
                    piece = b'\x01' if v else b'\x00'
                elif code in 'efd':
                    try:
                        bits = _float_to_bits(_as_float(v), code,
                                              not (native and code == 'f'))
                    except OverflowError:
                        if isinstance(v, int):
                            raise error("int too large to convert")
                        raise
                    piece = bits.to_bytes(one, order)
                else:
                    v = _as_int(v, code, one, native, order == 'big')
                    piece = v.to_bytes(one, order, signed=v < 0)
                out[where:where + one] = piece

    def pack(self, *values):
        out = bytearray(self.size)
        self._pack_values(values, "pack", out, 0)
        return bytes(out)

    def pack_into(self, *args):
        if len(args) != self._nargs + 2:
            if len(args) == 0:
                raise error("pack_into expected buffer argument")
            if len(args) == 1:
                raise error("pack_into expected offset argument")
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nargs, len(args) - 2))
        buffer = args[0]
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _index(args[1])
        size = self.size
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing"
                        " %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        piece = bytearray(size)
        self._pack_values(args[2:], "pack_into", piece, 0)
        buffer[offset:offset + size] = piece

    def _unpack_at(self, buffer, base):
        order = self._order
        result = []
        for code, count, offset, one in self._items:
            at = base + offset
            if code == 'x':
                continue
            if code == 's':
                result.append(bytes(buffer[at:at + count]))
                continue
            if code == 'p':
                if count == 0:
                    result.append(b'')
                    continue
                n = min(buffer[at], count - 1)
                result.append(bytes(buffer[at + 1:at + 1 + n]))
                continue
            for j in range(count):
                where = at + j * one
                piece = buffer[where:where + one]
                if code == 'c':
                    result.append(bytes(piece))
                elif code == '?':
                    result.append(piece[0] != 0)
                elif code in 'efd':
                    result.append(_bits_to_float(int.from_bytes(piece, order), code))
                else:
                    result.append(int.from_bytes(piece, order, signed=code in _SIGNED))
        return tuple(result)

    def unpack(self, buffer):
        if _buffer_len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        n = _buffer_len(buffer)
        offset = _index(offset)
        size = self.size
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d"
                            % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking"
                        " %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        return self._unpack_at(buffer, offset)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        n = _buffer_len(buffer)
        if n % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return unpack_iterator(self, buffer)


class unpack_iterator:
    """The iterator of Struct.iter_unpack: one tuple per size bytes."""

    def __init__(self, struct, buffer):
        self._struct = struct
        self._buffer = buffer
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer is None or self._at >= len(self._buffer):
            self._buffer = None
            raise StopIteration
        at = self._at
        self._at += self._struct.size
        return self._struct._unpack_at(self._buffer, at)

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._at) // self._struct.size


def _index(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return index(v)


_cache = {}


def _clearcache():
    _cache.clear()


def _struct(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, *args):
    return _struct(format).pack_into(*args)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
