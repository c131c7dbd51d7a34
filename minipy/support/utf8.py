"""UTF-8 helpers: a Python 3 str is an RPython str holding UTF-8 bytes
(lone surrogates are encoded as 3-byte sequences, like CPython's
'surrogatepass') plus its code point length, which callers keep.

API (s is always valid UTF-8, pos a byte offset, cp an int code point):
  codepoint_count(s) -> int             number of code points in s
  is_ascii(s) -> bool
  char_size(s, pos) -> int              bytes of the code point starting at pos
  decode_at(s, pos) -> int              code point starting at pos
  next_pos(s, pos) -> int               byte offset of the following code point
  prev_pos(s, pos) -> int               byte offset of the preceding code point
  encode_cp(cp) -> str                  UTF-8 bytes of one code point (0..0x10FFFF)
  append_cp(builder, cp)                same, into an rpython StringBuilder
  byte_offset(s, length, index) -> int  byte offset of code point index
                                        (0 <= index <= length; O(1) for ASCII)
  cp_index(s, length, pos) -> int       code point index of byte offset pos
  codepoints(s) -> [int]                all code points
  from_codepoints(list) -> str          UTF-8 of a list of code points
  slice_cp(s, length, start, stop) -> str   s[start:stop] in code points,
                                        0 <= start <= stop <= length
  build_index(s) -> [int]               byte offsets of code points 0, 32,
                                        64, ... (for a str object to cache:
                                        makes indexing non-ASCII text O(1))
  byte_offset_indexed(s, table, index) -> int   byte offset of code point
                                        index using build_index's table
"""

from rpython.rlib.rstring import StringBuilder


def codepoint_count(s):
    n = 0
    for c in s:
        if (ord(c) & 0xC0) != 0x80:
            n += 1
    return n


def is_ascii(s):
    for c in s:
        if ord(c) >= 0x80:
            return False
    return True


def char_size(s, pos):
    b = ord(s[pos])
    if b < 0x80:
        return 1
    if b < 0xE0:
        return 2
    if b < 0xF0:
        return 3
    return 4


def decode_at(s, pos):
    b = ord(s[pos])
    if b < 0x80:
        return b
    if b < 0xE0:
        return ((b & 0x1F) << 6) | (ord(s[pos + 1]) & 0x3F)
    if b < 0xF0:
        return (((b & 0x0F) << 12) | ((ord(s[pos + 1]) & 0x3F) << 6) |
                (ord(s[pos + 2]) & 0x3F))
    return (((b & 0x07) << 18) | ((ord(s[pos + 1]) & 0x3F) << 12) |
            ((ord(s[pos + 2]) & 0x3F) << 6) | (ord(s[pos + 3]) & 0x3F))


def next_pos(s, pos):
    return pos + char_size(s, pos)


def prev_pos(s, pos):
    pos -= 1
    while pos > 0 and (ord(s[pos]) & 0xC0) == 0x80:
        pos -= 1
    assert pos >= 0
    return pos


def append_cp(builder, cp):
    if cp < 0x80:
        builder.append(chr(cp))
    elif cp < 0x800:
        builder.append(chr(0xC0 | (cp >> 6)))
        builder.append(chr(0x80 | (cp & 0x3F)))
    elif cp < 0x10000:
        builder.append(chr(0xE0 | (cp >> 12)))
        builder.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        builder.append(chr(0x80 | (cp & 0x3F)))
    else:
        builder.append(chr(0xF0 | (cp >> 18)))
        builder.append(chr(0x80 | ((cp >> 12) & 0x3F)))
        builder.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        builder.append(chr(0x80 | (cp & 0x3F)))


def encode_cp(cp):
    if cp < 0x80:
        return chr(cp)
    b = StringBuilder(4)
    append_cp(b, cp)
    return b.build()


def byte_offset(s, length, index):
    if length == len(s):
        return index
    pos = 0
    i = 0
    while i < index:
        pos += char_size(s, pos)
        i += 1
    return pos


def cp_index(s, length, pos):
    if length == len(s):
        return pos
    n = 0
    i = 0
    while i < pos:
        if (ord(s[i]) & 0xC0) != 0x80:
            n += 1
        i += 1
    return n


def codepoints(s):
    result = []
    pos = 0
    n = len(s)
    while pos < n:
        result.append(decode_at(s, pos))
        pos += char_size(s, pos)
    return result


def from_codepoints(cps):
    b = StringBuilder(len(cps))
    for cp in cps:
        append_cp(b, cp)
    return b.build()


def slice_cp(s, length, start, stop):
    if length == len(s):
        assert start >= 0
        assert stop >= start
        return s[start:stop]
    a = byte_offset(s, length, start)
    pos = a
    i = start
    while i < stop:
        pos += char_size(s, pos)
        i += 1
    assert a >= 0
    assert pos >= a
    return s[a:pos]


INDEX_STEP = 32


def build_index(s):
    table = []
    pos = 0
    i = 0
    n = len(s)
    while pos < n:
        if i % INDEX_STEP == 0:
            table.append(pos)
        pos += char_size(s, pos)
        i += 1
    if i % INDEX_STEP == 0:
        table.append(pos)
    return table


def byte_offset_indexed(s, table, index):
    pos = table[index // INDEX_STEP]
    k = index % INDEX_STEP
    while k > 0:
        pos += char_size(s, pos)
        k -= 1
    return pos
