"""Case mapping and character-class predicates of UTF-8 str, as CPython
3.11 (full case mappings such as 'sharp s'.upper() == 'SS', final sigma in
lower(), title case in title()/capitalize()), ASCII fast paths.

API (s is UTF-8; all return UTF-8 str or bool):
  upper(s), lower(s), casefold(s), swapcase(s), title(s), capitalize(s)
  isdigit(s), isdecimal(s), isnumeric(s), isalpha(s), isalnum(s),
  isspace(s), isupper(s), islower(s), istitle(s), isidentifier(s),
  isprintable(s), isascii(s)
  Per code point: cp_isspace(cp), cp_isalnum(cp), cp_isdigit(cp),
  cp_isdecimal(cp), cp_isalpha(cp), decimal_value(cp) (-1 if none)
"""

from rpython.rlib.rstring import StringBuilder
from minipy.support import utf8
from minipy.support.unicodedb import db
from minipy.support import unicodedelta as delta
from minipy.support.strrepr import is_printable


# ---------------------------------------------------------------- per cp

def cp_isspace(cp):
    if cp < 0x80:
        return cp == 32 or 9 <= cp <= 13 or 0x1c <= cp <= 0x1f
    return db.isspace(cp)


def cp_isdigit(cp):
    if cp < 0x80:
        return 48 <= cp <= 57
    return db.isdigit(cp) or delta.in_ranges(delta.DIGIT, cp)


def cp_isdecimal(cp):
    if cp < 0x80:
        return 48 <= cp <= 57
    return db.isdecimal(cp) or delta.in_ranges(delta.DECIMAL, cp)


def cp_isnumeric(cp):
    if cp < 0x80:
        return 48 <= cp <= 57
    return db.isnumeric(cp) or delta.in_ranges(delta.NUMERIC, cp)


def cp_isalpha(cp):
    if cp < 0x80:
        return 65 <= cp <= 90 or 97 <= cp <= 122
    return db.isalpha(cp) or delta.in_ranges(delta.ALPHA, cp)


def cp_isalnum(cp):
    if cp < 0x80:
        return 48 <= cp <= 57 or 65 <= cp <= 90 or 97 <= cp <= 122
    return (cp_isalpha(cp) or cp_isdecimal(cp) or cp_isdigit(cp) or
            cp_isnumeric(cp))


def cp_isupper(cp):
    if cp < 0x80:
        return 65 <= cp <= 90
    return db.isupper(cp) or delta.in_ranges(delta.UPPER, cp)


def cp_islower(cp):
    if cp < 0x80:
        return 97 <= cp <= 122
    return db.islower(cp) or delta.in_ranges(delta.LOWER, cp)


def cp_istitle(cp):
    if cp < 0x80:
        return False
    return db.istitle(cp)


def cp_iscased(cp):
    if cp < 0x80:
        return 65 <= cp <= 90 or 97 <= cp <= 122
    return db.iscased(cp)


def decimal_value(cp):
    if 48 <= cp <= 57:
        return cp - 48
    if cp >= 0x80:
        if db.isdecimal(cp):
            return db.decimal(cp)
        start = delta.range_start(delta.DECIMAL, cp)
        if start >= 0:
            return (cp - start) % 10
    return -1


# ---------------------------------------------------------------- mappings

def _ascii_upper(s):
    b = StringBuilder(len(s))
    for c in s:
        if 'a' <= c <= 'z':
            b.append(chr(ord(c) - 32))
        else:
            b.append(c)
    return b.build()


def _ascii_lower(s):
    b = StringBuilder(len(s))
    for c in s:
        if 'A' <= c <= 'Z':
            b.append(chr(ord(c) + 32))
        else:
            b.append(c)
    return b.build()


def _append_list(b, cps):
    for cp in cps:
        utf8.append_cp(b, cp)


def _upper_full(b, cp):
    if cp < 0x80:
        if 97 <= cp <= 122:
            cp -= 32
        b.append(chr(cp))
    else:
        _append_list(b, db.toupper_full(cp))


def _title_full(b, cp):
    if cp < 0x80:
        if 97 <= cp <= 122:
            cp -= 32
        b.append(chr(cp))
    else:
        _append_list(b, db.totitle_full(cp))


def _final_sigma(cps, i):
    """CPython's handle_capital_sigma: True -> final form U+03C2."""
    j = i - 1
    while j >= 0 and db.iscaseignorable(cps[j]):
        j -= 1
    if not (j >= 0 and db.iscased(cps[j])):
        return False
    j = i + 1
    n = len(cps)
    while j < n and db.iscaseignorable(cps[j]):
        j += 1
    return j == n or not db.iscased(cps[j])


def _lower_full(b, cps, i):
    cp = cps[i]
    if cp < 0x80:
        if 65 <= cp <= 90:
            cp += 32
        b.append(chr(cp))
    elif cp == 0x3A3:
        utf8.append_cp(b, 0x3C2 if _final_sigma(cps, i) else 0x3C3)
    else:
        _append_list(b, db.tolower_full(cp))


def upper(s):
    if utf8.is_ascii(s):
        return _ascii_upper(s)
    b = StringBuilder(len(s))
    for cp in utf8.codepoints(s):
        _upper_full(b, cp)
    return b.build()


def lower(s):
    if utf8.is_ascii(s):
        return _ascii_lower(s)
    cps = utf8.codepoints(s)
    b = StringBuilder(len(s))
    for i in range(len(cps)):
        _lower_full(b, cps, i)
    return b.build()


def casefold(s):
    if utf8.is_ascii(s):
        return _ascii_lower(s)
    b = StringBuilder(len(s))
    for cp in utf8.codepoints(s):
        folded = db.casefold_lookup(cp)
        if folded is None:
            _append_list(b, db.tolower_full(cp))
        else:
            _append_list(b, folded)
    return b.build()


def swapcase(s):
    cps = utf8.codepoints(s)
    b = StringBuilder(len(s))
    for i in range(len(cps)):
        cp = cps[i]
        if cp_isupper(cp):
            _lower_full(b, cps, i)
        elif cp_islower(cp):
            _upper_full(b, cp)
        else:
            utf8.append_cp(b, cp)
    return b.build()


def title(s):
    cps = utf8.codepoints(s)
    b = StringBuilder(len(s))
    prev_cased = False
    for i in range(len(cps)):
        cp = cps[i]
        if prev_cased:
            _lower_full(b, cps, i)
        else:
            _title_full(b, cp)
        prev_cased = cp_iscased(cp)
    return b.build()


def capitalize(s):
    cps = utf8.codepoints(s)
    b = StringBuilder(len(s))
    for i in range(len(cps)):
        if i == 0:
            _title_full(b, cps[0])
        else:
            _lower_full(b, cps, i)
    return b.build()


# ---------------------------------------------------------------- predicates

def _all(s, kind):
    if len(s) == 0:
        return False
    pos = 0
    n = len(s)
    while pos < n:
        cp = utf8.decode_at(s, pos)
        pos += utf8.char_size(s, pos)
        if kind == 0:
            ok = cp_isdigit(cp)
        elif kind == 1:
            ok = cp_isdecimal(cp)
        elif kind == 2:
            ok = cp_isnumeric(cp)
        elif kind == 3:
            ok = cp_isalpha(cp)
        elif kind == 4:
            ok = cp_isalnum(cp)
        else:
            ok = cp_isspace(cp)
        if not ok:
            return False
    return True


def isdigit(s):
    return _all(s, 0)


def isdecimal(s):
    return _all(s, 1)


def isnumeric(s):
    return _all(s, 2)


def isalpha(s):
    return _all(s, 3)


def isalnum(s):
    return _all(s, 4)


def isspace(s):
    return _all(s, 5)


def isupper(s):
    cased = False
    for cp in utf8.codepoints(s):
        if cp_islower(cp) or cp_istitle(cp):
            return False
        if not cased and cp_isupper(cp):
            cased = True
    return cased


def islower(s):
    cased = False
    for cp in utf8.codepoints(s):
        if cp_isupper(cp) or cp_istitle(cp):
            return False
        if not cased and cp_islower(cp):
            cased = True
    return cased


def istitle(s):
    cased = False
    prev_cased = False
    for cp in utf8.codepoints(s):
        if cp_isupper(cp) or cp_istitle(cp):
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif cp_islower(cp):
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def _xid_start(cp):
    if cp < 0x80:
        return 65 <= cp <= 90 or 97 <= cp <= 122 or cp == 95
    return db.isxidstart(cp) or delta.in_ranges(delta.XIDSTART, cp)


def _xid_continue(cp):
    if cp < 0x80:
        return (65 <= cp <= 90 or 97 <= cp <= 122 or cp == 95 or
                48 <= cp <= 57)
    return (db.isxidcontinue(cp) or
            delta.in_ranges(delta.XIDCONTINUE, cp))


def isidentifier(s):
    if len(s) == 0:
        return False
    cps = utf8.codepoints(s)
    if not _xid_start(cps[0]):
        return False
    for i in range(1, len(cps)):
        if not _xid_continue(cps[i]):
            return False
    return True


def isprintable(s):
    pos = 0
    n = len(s)
    while pos < n:
        if not is_printable(utf8.decode_at(s, pos)):
            return False
        pos += utf8.char_size(s, pos)
    return True


def isascii(s):
    return utf8.is_ascii(s)
