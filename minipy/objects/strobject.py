"""str: text as a UTF-8 encoded RPython str plus its length in code points. When
length == len(utf8) the string is ASCII and indexes are byte offsets (the fast path)."""
from rpython.rlib import jit
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_StrObject(W_Root):
    _attrs_ = ['utf8', 'length', 'hash']
    _immutable_fields_ = ['utf8', 'length']

    def __init__(self, utf8, length):
        self.utf8 = utf8
        self.length = length
        self.hash = -1

    def is_ascii(self):
        return self.length == len(self.utf8)


W_StrObject.typedef = make_builtin_type('str')


def utf8_length(s):
    n = 0
    for c in s:
        if (ord(c) & 0xC0) != 0x80:
            n += 1
    return n


_char_cache = [W_StrObject(chr(i), 1) for i in range(128)]
w_empty_str = W_StrObject('', 0)


def wrap_str(s):
    """Wrap a UTF-8 RPython string."""
    if len(s) == 1 and ord(s[0]) < 128:
        return _char_cache[ord(s[0])]
    return W_StrObject(s, utf8_length(s))


def wrap_ascii(s):
    if len(s) == 1 and ord(s[0]) < 128:
        return _char_cache[ord(s[0])]
    return W_StrObject(s, len(s))


def wrap_part(w_s, s):
    """A str whose text s is made only of characters of w_s (a piece of it, several
    pieces, or an ASCII case change of it): when w_s is ASCII, so is s, and its code
    points need no counting."""
    if w_s.is_ascii():
        return wrap_ascii(s)
    return wrap_str(s)


def char_start(s, byte_index):
    return (ord(s[byte_index]) & 0xC0) != 0x80


def byte_offset(w_str, index):
    """Byte offset of code point `index` (0 <= index <= length)."""
    if w_str.length == len(w_str.utf8):
        return index
    s = w_str.utf8
    n = 0
    i = 0
    while i < len(s):
        if (ord(s[i]) & 0xC0) != 0x80:
            if n == index:
                return i
            n += 1
        i += 1
    return len(s)


def codepoint_at(s, i):
    """Decode the code point starting at byte i of UTF-8 string s."""
    c = ord(s[i])
    if c < 0x80:
        return c
    if c < 0xE0:
        return ((c & 0x1F) << 6) | (ord(s[i + 1]) & 0x3F)
    if c < 0xF0:
        return ((c & 0x0F) << 12) | ((ord(s[i + 1]) & 0x3F) << 6) | (ord(s[i + 2]) & 0x3F)
    return (((c & 0x07) << 18) | ((ord(s[i + 1]) & 0x3F) << 12) |
            ((ord(s[i + 2]) & 0x3F) << 6) | (ord(s[i + 3]) & 0x3F))


def encode_codepoint(cp):
    if cp < 0x80:
        return chr(cp)
    if cp < 0x800:
        return chr(0xC0 | (cp >> 6)) + chr(0x80 | (cp & 0x3F))
    if cp < 0x10000:
        return (chr(0xE0 | (cp >> 12)) + chr(0x80 | ((cp >> 6) & 0x3F)) +
                chr(0x80 | (cp & 0x3F)))
    return (chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F)) +
            chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))


def codepoints(s):
    """List of the code points of UTF-8 string s."""
    res = []
    i = 0
    while i < len(s):
        res.append(codepoint_at(s, i))
        c = ord(s[i])
        if c < 0x80:
            i += 1
        elif c < 0xE0:
            i += 2
        elif c < 0xF0:
            i += 3
        else:
            i += 4
    return res
