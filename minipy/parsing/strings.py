"""String literal decoding (RPython): prefixes, quotes, escapes -> UTF-8 bytes.

decode_literal(text) takes one STRING token's text and returns a StringPiece: whether it
is bytes, an f-string or raw, and the body (escapes already decoded unless it is an
f-string, whose body the builder splits into literal parts and fields first).
"""
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from minipy.parsing.errors import substr


class LiteralError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos        # byte offset inside the token text (or -1)


class StringPiece(object):
    def __init__(self, is_bytes, is_fstring, is_raw, body, body_offset):
        self.is_bytes = is_bytes
        self.is_fstring = is_fstring
        self.is_raw = is_raw
        self.body = body                # decoded value, or the raw body of an f-string
        self.body_offset = body_offset  # where the body starts in the token text


def split_literal(text):
    i = 0
    is_bytes = False
    is_f = False
    is_raw = False
    while i < len(text) and text[i] != "'" and text[i] != '"':
        c = text[i]
        if c == 'b' or c == 'B':
            is_bytes = True
        elif c == 'f' or c == 'F':
            is_f = True
        elif c == 'r' or c == 'R':
            is_raw = True
        i += 1
    q = text[i]
    if substr(text, i, i + 3) == q * 3 and len(text) - i >= 6:
        qlen = 3
    else:
        qlen = 1
    start = i + qlen
    stop = len(text) - qlen
    assert stop >= start
    return StringPiece(is_bytes, is_f, is_raw, substr(text, start, stop), start)


def decode_literal(text):
    piece = split_literal(text)
    if piece.is_fstring:
        return piece
    if piece.is_bytes:
        for i in range(len(piece.body)):
            if ord(piece.body[i]) >= 128:
                raise LiteralError('bytes can only contain ASCII literal characters',
                                   piece.body_offset + i)
    if not piece.is_raw:
        piece.body = decode_escapes(piece.body, piece.is_bytes, piece.body_offset)
    return piece


def encode_utf8(out, cp):
    if cp < 0x80:
        out.append(chr(cp))
    elif cp < 0x800:
        out.append(chr(0xC0 | (cp >> 6)))
        out.append(chr(0x80 | (cp & 0x3F)))
    elif cp < 0x10000:
        out.append(chr(0xE0 | (cp >> 12)))
        out.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        out.append(chr(0x80 | (cp & 0x3F)))
    else:
        out.append(chr(0xF0 | (cp >> 18)))
        out.append(chr(0x80 | ((cp >> 12) & 0x3F)))
        out.append(chr(0x80 | ((cp >> 6) & 0x3F)))
        out.append(chr(0x80 | (cp & 0x3F)))


def hexval(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def decode_escapes(s, is_bytes, offset):
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        i += 2
        if e == '\n':
            continue
        elif e == '\\':
            out.append('\\')
        elif e == "'":
            out.append("'")
        elif e == '"':
            out.append('"')
        elif e == 'a':
            out.append('\x07')
        elif e == 'b':
            out.append('\x08')
        elif e == 'f':
            out.append('\x0c')
        elif e == 'n':
            out.append('\n')
        elif e == 'r':
            out.append('\r')
        elif e == 't':
            out.append('\t')
        elif e == 'v':
            out.append('\x0b')
        elif '0' <= e <= '7':
            v = ord(e) - ord('0')
            k = 0
            while k < 2 and i < n and '0' <= s[i] <= '7':
                v = v * 8 + ord(s[i]) - ord('0')
                i += 1
                k += 1
            if is_bytes:
                out.append(chr(v & 0xFF))
            else:
                encode_utf8(out, v)
        elif e == 'x' or (not is_bytes and (e == 'u' or e == 'U')):
            if e == 'x':
                width = 2
            elif e == 'u':
                width = 4
            else:
                width = 8
            v = 0
            for k in range(width):
                h = hexval(s[i + k]) if i + k < n else -1
                if h < 0:
                    if e == 'x':
                        kind = '\\xXX'
                    elif e == 'u':
                        kind = '\\uXXXX'
                    else:
                        kind = '\\UXXXXXXXX'
                    raise LiteralError('(%s) can\'t decode bytes in position %d-%d: '
                                       'truncated %s escape' % (
                                           'unicode error' if not is_bytes else 'value error',
                                           i - 2, i + k - 1, kind), offset + i - 2)
                v = v * 16 + h
            i += width
            if is_bytes:
                out.append(chr(v))
            else:
                if v > 0x10FFFF:
                    raise LiteralError('(unicode error) \'unicodeescape\' codec can\'t decode '
                                       'bytes in position %d-%d: illegal Unicode character'
                                       % (i - width - 2, i - 1), offset + i - width - 2)
                encode_utf8(out, v)
        elif e == 'N' and not is_bytes and i < n and s[i] == '{':
            close = s.find('}', i)
            if close < 0:
                raise LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes "
                                   "in position %d-%d: malformed \\N character escape"
                                   % (i - 2, i), offset + i - 2)
            name = substr(s, i + 1, close)
            try:
                cp = unicodedb.lookup(name.upper())
            except KeyError:
                raise LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes "
                                   "in position %d-%d: unknown Unicode character name"
                                   % (i - 2, close), offset + i - 2)
            encode_utf8(out, cp)
            i = close + 1
        else:
            # unknown escape: kept as is (CPython only warns)
            out.append('\\')
            out.append(e)
    return ''.join(out)
