"""Splitting, partitioning and stripping UTF-8 str as CPython 3.11.

Results are lists of UTF-8 str (the caller computes lengths, or uses
utf8.codepoint_count).  Whitespace is Unicode whitespace (str.isspace).

API:
  split(s, sep, maxsplit) -> [str]         sep non-empty (the caller raises
                                           ValueError "empty separator");
                                           maxsplit < 0: no limit
  split_whitespace(s, maxsplit) -> [str]   s.split() / s.split(None, n)
  rsplit(s, sep, maxsplit), rsplit_whitespace(s, maxsplit)
  splitlines(s, keepends) -> [str]         \\n \\r \\r\\n \\v \\f \\x1c-\\x1e \\x85
                                           \\u2028 \\u2029
  partition(s, sep) -> (before, sep, after) or ... for a missing sep:
                       (s, '', '');   rpartition -> ('', '', s)
  strip(s, chars), lstrip(s, chars), rstrip(s, chars)
                       chars None: whitespace; else the set of code points
                       of the UTF-8 str chars
  is_space_at(s, pos) -> int   byte size of a whitespace code point at
                               pos, 0 if not whitespace
  ascii_space(c) -> bool       whether the ASCII character c is whitespace
"""

from minipy.support.errors import SupportError
from minipy.support import utf8
from minipy.support.unicodedb import db


def ascii_space(c):
    return c == ' ' or ('\t' <= c <= '\r') or ('\x1c' <= c <= '\x1f')


def is_space_at(s, pos):
    c = s[pos]
    if ord(c) < 0x80:
        return 1 if ascii_space(c) else 0
    cp = utf8.decode_at(s, pos)
    if db.isspace(cp):
        return utf8.char_size(s, pos)
    return 0


def _space_before(s, pos):
    """Byte size of a whitespace code point ending at pos, 0 if none."""
    p = utf8.prev_pos(s, pos)
    n = is_space_at(s, p)
    return n


def split(s, sep, maxsplit):
    if len(sep) == 0:
        raise SupportError('ValueError', 'empty separator')
    res = []
    pos = 0
    while maxsplit != 0:
        r = s.find(sep, pos)
        if r < 0:
            break
        assert r >= pos >= 0
        res.append(s[pos:r])
        pos = r + len(sep)
        maxsplit -= 1
    res.append(s[pos:])
    return res


def rsplit(s, sep, maxsplit):
    if len(sep) == 0:
        raise SupportError('ValueError', 'empty separator')
    res = []
    end = len(s)
    while maxsplit != 0:
        r = s.rfind(sep, 0, end)
        if r < 0:
            break
        start = r + len(sep)
        assert start <= end
        res.append(s[start:end])
        end = r
        maxsplit -= 1
    assert end >= 0
    res.append(s[0:end])
    res.reverse()
    return res


def split_whitespace(s, maxsplit):
    res = []
    n = len(s)
    pos = 0
    while True:
        while pos < n:
            k = is_space_at(s, pos)
            if k == 0:
                break
            pos += k
        if pos >= n:
            break
        if maxsplit == 0:
            res.append(s[pos:])
            break
        start = pos
        while pos < n and is_space_at(s, pos) == 0:
            pos += utf8.char_size(s, pos)
        res.append(s[start:pos])
        maxsplit -= 1
    return res


def rsplit_whitespace(s, maxsplit):
    res = []
    end = len(s)
    while True:
        while end > 0:
            k = _space_before(s, end)
            if k == 0:
                break
            end -= k
        if end <= 0:
            break
        if maxsplit == 0:
            assert end >= 0
            res.append(s[0:end])
            break
        start = end
        while start > 0 and _space_before(s, start) == 0:
            start = utf8.prev_pos(s, start)
        assert start >= 0 and end >= start
        res.append(s[start:end])
        end = start
        maxsplit -= 1
    res.reverse()
    return res


def _linebreak_size(s, pos):
    """Byte size of a line break code point at pos (0 if none)."""
    c = s[pos]
    o = ord(c)
    if o < 0x80:
        if c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c' or (
                0x1c <= o <= 0x1e):
            return 1
        return 0
    cp = utf8.decode_at(s, pos)
    if cp == 0x85 or cp == 0x2028 or cp == 0x2029:
        return utf8.char_size(s, pos)
    return 0


def splitlines(s, keepends):
    res = []
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        k = 0
        while pos < n:
            k = _linebreak_size(s, pos)
            if k:
                break
            pos += utf8.char_size(s, pos)
        eol = pos
        if pos < n:
            if s[pos] == '\r' and pos + 1 < n and s[pos + 1] == '\n':
                k = 2
            pos += k
            if keepends:
                eol = pos
        res.append(s[start:eol])
    return res


def partition(s, sep):
    if len(sep) == 0:
        raise SupportError('ValueError', 'empty separator')
    r = s.find(sep)
    if r < 0:
        return s, '', ''
    assert r >= 0
    return s[:r], sep, s[r + len(sep):]


def rpartition(s, sep):
    if len(sep) == 0:
        raise SupportError('ValueError', 'empty separator')
    r = s.rfind(sep)
    if r < 0:
        return '', '', s
    assert r >= 0
    return s[:r], sep, s[r + len(sep):]


def _in_chars(s, pos, size, chars):
    if size == 1:
        return chars.find(s[pos]) >= 0
    assert pos >= 0 and size >= 0
    return chars.find(s[pos:pos + size]) >= 0


def _strip(s, chars, left, right):
    n = len(s)
    start = 0
    end = n
    if left:
        while start < end:
            size = utf8.char_size(s, start)
            if chars is None:
                ok = is_space_at(s, start) > 0
            else:
                ok = _in_chars(s, start, size, chars)
            if not ok:
                break
            start += size
    if right:
        while end > start:
            p = utf8.prev_pos(s, end)
            if chars is None:
                ok = is_space_at(s, p) > 0
            else:
                ok = _in_chars(s, p, end - p, chars)
            if not ok:
                break
            end = p
    if start == 0 and end == n:
        return s
    assert start >= 0 and end >= start
    return s[start:end]


def strip(s, chars):
    return _strip(s, chars, True, True)


def lstrip(s, chars):
    return _strip(s, chars, True, False)


def rstrip(s, chars):
    return _strip(s, chars, False, True)
