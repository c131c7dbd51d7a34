"""str.encode() and bytes.decode() for 'utf-8', 'ascii' and 'latin-1'
with CPython 3.11's errors and messages.

API:
  normalize_encoding(name) -> 'utf-8' | 'ascii' | 'latin-1'
        accepts CPython's usual aliases (utf8, UTF_8, us-ascii, latin1,
        iso-8859-1, l1, ...); else LookupError "unknown encoding: NAME"
  encode(s, encoding, errors) -> bytes (an RPython str of raw bytes)
        s UTF-8 text; errors 'strict' | 'ignore' | 'replace' |
        'backslashreplace' | 'xmlcharrefreplace'; unknown handler:
        LookupError "unknown error handler name 'x'" (only when needed)
  decode(b, encoding, errors) -> str (UTF-8)
        errors 'strict' | 'ignore' | 'replace' (U+FFFD) | 'backslashreplace'
  UnicodeEncodeError / UnicodeDecodeError come as SupportError with
  exc_name 'UnicodeEncodeError'/'UnicodeDecodeError', msg the full str()
  of CPython's exception, plus encoding/start/end/reason fields.
"""

from rpython.rlib.rstring import StringBuilder
from minipy.support.errors import SupportError
from minipy.support import utf8

HEX = '0123456789abcdef'


def _norm(name):
    b = StringBuilder(len(name))
    for c in name:
        if 'A' <= c <= 'Z':
            b.append(chr(ord(c) + 32))
        elif c == '-' or c == ' ':
            b.append('_')
        else:
            b.append(c)
    return b.build()


def normalize_encoding(name):
    n = _norm(name)
    if n == 'utf_8' or n == 'utf8' or n == 'u8' or n == 'utf':
        return 'utf-8'
    if (n == 'ascii' or n == 'us_ascii' or n == '646' or n == 'us' or
            n == 'ansi_x3.4_1968'):
        return 'ascii'
    if (n == 'latin_1' or n == 'latin1' or n == 'latin' or n == 'l1' or
            n == 'iso_8859_1' or n == 'iso8859_1' or n == '8859' or
            n == 'cp819' or n == 'iso_ir_100'):
        return 'latin-1'
    raise SupportError('LookupError', 'unknown encoding: %s' % name)


def _cp_text(cp):
    if cp <= 0xff:
        return '\\x' + HEX[cp >> 4] + HEX[cp & 15]
    b = StringBuilder(10)
    if cp <= 0xffff:
        b.append('\\u')
        nd = 4
    else:
        b.append('\\U')
        nd = 8
    shift = (nd - 1) * 4
    while shift >= 0:
        b.append(HEX[(cp >> shift) & 15])
        shift -= 4
    return b.build()


def _encode_error(encoding, cps, start, end, reason):
    if end == start + 1:
        msg = "'%s' codec can't encode character '%s' in position %d: %s" % (
            encoding, _cp_text(cps[start]), start, reason)
    else:
        msg = ("'%s' codec can't encode characters in position %d-%d: %s" %
               (encoding, start, end - 1, reason))
    e = SupportError('UnicodeEncodeError', msg)
    e.encoding = encoding
    e.start = start
    e.end = end
    e.reason = reason
    return e


def _unknown_handler(errors):
    return SupportError('LookupError',
                        "unknown error handler name '%s'" % errors)


def _is_surrogate(cp):
    return 0xD800 <= cp <= 0xDFFF


def encode(s, encoding, errors):
    enc = normalize_encoding(encoding)
    if enc == 'utf-8':
        limit = 0x110000
        reason = 'surrogates not allowed'
        # fast path: no surrogates (encoded as ED A0..BF xx)
        if s.find('\xed') < 0:
            return s
    elif enc == 'ascii':
        limit = 0x80
        reason = 'ordinal not in range(128)'
        if utf8.is_ascii(s):
            return s
    else:
        limit = 0x100
        reason = 'ordinal not in range(256)'
    cps = utf8.codepoints(s)
    n = len(cps)
    b = StringBuilder(n)
    i = 0
    while i < n:
        cp = cps[i]
        if enc == 'utf-8':
            bad = _is_surrogate(cp)
        else:
            bad = cp >= limit
        if not bad:
            if enc == 'utf-8':
                utf8.append_cp(b, cp)
            else:
                b.append(chr(cp))
            i += 1
            continue
        j = i + 1
        while j < n and (_is_surrogate(cps[j]) if enc == 'utf-8'
                         else cps[j] >= limit):
            j += 1
        if errors == 'strict':
            raise _encode_error(enc, cps, i, j, reason)
        elif errors == 'ignore':
            pass
        elif errors == 'replace':
            b.append_multiple_char('?', j - i)
        elif errors == 'backslashreplace':
            for k in range(i, j):
                b.append(_cp_text(cps[k]))
        elif errors == 'xmlcharrefreplace':
            if enc == 'utf-8':
                raise _encode_error(enc, cps, i, j, reason)
            for k in range(i, j):
                b.append('&#%d;' % cps[k])
        else:
            raise _unknown_handler(errors)
        i = j
    return b.build()


def _decode_error(encoding, data, start, end, reason):
    if end == start + 1:
        o = ord(data[start])
        msg = ("'%s' codec can't decode byte 0x%s in position %d: %s" %
               (encoding, HEX[o >> 4] + HEX[o & 15], start, reason))
    else:
        msg = ("'%s' codec can't decode bytes in position %d-%d: %s" %
               (encoding, start, end - 1, reason))
    e = SupportError('UnicodeDecodeError', msg)
    e.encoding = encoding
    e.start = start
    e.end = end
    e.reason = reason
    return e


def _cont(data, i, lo, hi):
    if i >= len(data):
        return False
    o = ord(data[i])
    return lo <= o <= hi


def _utf8_problem(data, i):
    """-> (nbytes, reason): nbytes > 0 is a valid sequence length; else
    -nbytes bytes are bad, reason says why."""
    n = len(data)
    o = ord(data[i])
    if o < 0x80:
        return 1, ''
    if o < 0xC2 or o > 0xF4:
        return -1, 'invalid start byte'
    if o < 0xE0:
        need = 2
        lo, hi = 0x80, 0xBF
    elif o < 0xF0:
        need = 3
        lo, hi = 0x80, 0xBF
        if o == 0xE0:
            lo = 0xA0
        elif o == 0xED:
            hi = 0x9F
    else:
        need = 4
        lo, hi = 0x80, 0xBF
        if o == 0xF0:
            lo = 0x90
        elif o == 0xF4:
            hi = 0x8F
    k = 1
    while k < need:
        if i + k >= n:
            return -k, 'unexpected end of data'
        if k == 1:
            ok = _cont(data, i + 1, lo, hi)
        else:
            ok = _cont(data, i + k, 0x80, 0xBF)
        if not ok:
            return -k, 'invalid continuation byte'
        k += 1
    return need, ''


def decode(data, encoding, errors):
    enc = normalize_encoding(encoding)
    if enc == 'latin-1':
        b = StringBuilder(len(data))
        for c in data:
            utf8.append_cp(b, ord(c))
        return b.build()
    if utf8.is_ascii(data):
        return data
    b = StringBuilder(len(data))
    i = 0
    n = len(data)
    while i < n:
        if enc == 'ascii':
            if ord(data[i]) < 0x80:
                b.append(data[i])
                i += 1
                continue
            bad = 1
            reason = 'ordinal not in range(128)'
        else:
            k, reason = _utf8_problem(data, i)
            if k > 0:
                b.append_slice(data, i, i + k)
                i += k
                continue
            bad = -k
        if errors == 'strict':
            raise _decode_error(enc, data, i, i + bad, reason)
        elif errors == 'ignore':
            pass
        elif errors == 'replace':
            utf8.append_cp(b, 0xFFFD)
        elif errors == 'backslashreplace':
            for k2 in range(i, i + bad):
                b.append(_cp_text(ord(data[k2])))
        else:
            raise _unknown_handler(errors)
        i += bad
    return b.build()
