"""The bytes and bytearray methods that look at characters, as CPython 3.11: ASCII
semantics on raw bytes (a byte >= 0x80 is no letter, digit or space, and case mapping
leaves it alone; the str methods would decode UTF-8 and see letters there).

API (s: the raw bytes as an RPython str; results are raw bytes, lists of them or bools):
  upper(s), lower(s), swapcase(s), title(s), capitalize(s)
  isalpha(s), isdigit(s), isalnum(s), isspace(s), isupper(s), islower(s),
  istitle(s), isascii(s)
  split_whitespace(s, maxsplit), rsplit_whitespace(s, maxsplit)   maxsplit < 0: no limit
  strip(s, chars, left, right)     chars None: ASCII whitespace; else a set of bytes
  splitlines(s, keepends)          \\n, \\r and \\r\\n only
  expandtabs(s, tabsize)           columns restart after \\n and \\r
  translate(s, table, delete)      table None or 256 bytes; delete: the bytes to drop
  maketrans(frm, to)               the 256-byte table
"""

from rpython.rlib.rstring import StringBuilder


def is_space(c):
    return c == ' ' or ('\t' <= c <= '\r')


def _is_lower(c):
    return 'a' <= c <= 'z'


def _is_upper(c):
    return 'A' <= c <= 'Z'


def _is_digit(c):
    return '0' <= c <= '9'


def _is_alpha(c):
    return _is_lower(c) or _is_upper(c)


def _up(c):
    if _is_lower(c):
        return chr(ord(c) - 32)
    return c


def _down(c):
    if _is_upper(c):
        return chr(ord(c) + 32)
    return c


# ---------------------------------------------------------------- case mapping

def upper(s):
    b = StringBuilder(len(s))
    for c in s:
        b.append(_up(c))
    return b.build()


def lower(s):
    b = StringBuilder(len(s))
    for c in s:
        b.append(_down(c))
    return b.build()


def swapcase(s):
    b = StringBuilder(len(s))
    for c in s:
        if _is_lower(c):
            b.append(_up(c))
        else:
            b.append(_down(c))
    return b.build()


def title(s):
    """Upper case after a byte that is not a letter, lower case after a letter."""
    b = StringBuilder(len(s))
    prev_cased = False
    for c in s:
        if prev_cased:
            b.append(_down(c))
        else:
            b.append(_up(c))
        prev_cased = _is_alpha(c)
    return b.build()


def capitalize(s):
    b = StringBuilder(len(s))
    for i in range(len(s)):
        if i == 0:
            b.append(_up(s[i]))
        else:
            b.append(_down(s[i]))
    return b.build()


# ---------------------------------------------------------------- predicates

def isalpha(s):
    if len(s) == 0:
        return False
    for c in s:
        if not _is_alpha(c):
            return False
    return True


def isdigit(s):
    if len(s) == 0:
        return False
    for c in s:
        if not _is_digit(c):
            return False
    return True


def isalnum(s):
    if len(s) == 0:
        return False
    for c in s:
        if not (_is_alpha(c) or _is_digit(c)):
            return False
    return True


def isspace(s):
    if len(s) == 0:
        return False
    for c in s:
        if not is_space(c):
            return False
    return True


def isupper(s):
    """At least one upper-case letter and no lower-case one."""
    cased = False
    for c in s:
        if _is_lower(c):
            return False
        if _is_upper(c):
            cased = True
    return cased


def islower(s):
    cased = False
    for c in s:
        if _is_upper(c):
            return False
        if _is_lower(c):
            cased = True
    return cased


def istitle(s):
    """Upper-case letters only after uncased bytes, lower-case ones only after cased
    ones, and at least one cased letter."""
    cased = False
    prev_cased = False
    for c in s:
        if _is_upper(c):
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif _is_lower(c):
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def isascii(s):
    for c in s:
        if ord(c) >= 0x80:
            return False
    return True


# ---------------------------------------------------------------- split, strip

def split_whitespace(s, maxsplit):
    res = []
    n = len(s)
    pos = 0
    while True:
        while pos < n and is_space(s[pos]):
            pos += 1
        if pos >= n:
            break
        if maxsplit == 0:
            res.append(s[pos:n])
            break
        start = pos
        while pos < n and not is_space(s[pos]):
            pos += 1
        res.append(s[start:pos])
        maxsplit -= 1
    return res


def rsplit_whitespace(s, maxsplit):
    res = []
    end = len(s)
    while True:
        while end > 0 and is_space(s[end - 1]):
            end -= 1
        if end <= 0:
            break
        if maxsplit == 0:
            res.append(s[0:end])
            break
        start = end
        while start > 0 and not is_space(s[start - 1]):
            start -= 1
        assert start >= 0
        res.append(s[start:end])
        end = start
        maxsplit -= 1
    res.reverse()
    return res


def _strippable(c, chars):
    if chars is None:
        return is_space(c)
    return chars.find(c) >= 0


def strip(s, chars, left, right):
    start = 0
    end = len(s)
    if left:
        while start < end and _strippable(s[start], chars):
            start += 1
    if right:
        while end > start and _strippable(s[end - 1], chars):
            end -= 1
    assert start >= 0 and end >= start
    return s[start:end]


def splitlines(s, keepends):
    res = []
    n = len(s)
    start = 0
    pos = 0
    while pos < n:
        c = s[pos]
        if c == '\n' or c == '\r':
            eol = pos + 1
            if c == '\r' and eol < n and s[eol] == '\n':
                eol += 1
            if keepends:
                res.append(s[start:eol])
            else:
                res.append(s[start:pos])
            start = pos = eol
        else:
            pos += 1
    if start < n:
        res.append(s[start:n])
    return res


def expandtabs(s, tabsize):
    b = StringBuilder(len(s))
    col = 0
    for c in s:
        if c == '\t':
            if tabsize > 0:
                n = tabsize - col % tabsize
                b.append_multiple_char(' ', n)
                col += n
        elif c == '\n' or c == '\r':
            b.append(c)
            col = 0
        else:
            b.append(c)
            col += 1
    return b.build()


# ---------------------------------------------------------------- translate

def maketrans(frm, to):
    """The caller checks that frm and to have the same length."""
    table = [chr(i) for i in range(256)]
    for i in range(len(frm)):
        table[ord(frm[i])] = to[i]
    return ''.join(table)


def translate(s, table, delete):
    b = StringBuilder(len(s))
    for c in s:
        if len(delete) > 0 and delete.find(c) >= 0:
            continue
        if table is None:
            b.append(c)
        else:
            b.append(table[ord(c)])
    return b.build()
