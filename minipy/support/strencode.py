"""str.encode() and bytes.decode() for 'utf-8', 'ascii', 'latin-1',
'utf-8-sig' and UTF-16/UTF-32 (with a BOM, -le, -be) with CPython 3.11's
errors and messages.

API:
  normalize_encoding(name) -> 'utf-8' | 'ascii' | 'latin-1' | 'utf-8-sig' |
        'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' |
        'utf-32-be'
        accepts CPython's usual aliases (utf8, UTF_8, us-ascii, latin1,
        iso-8859-1, l1, utf16, UTF-16LE, u32, ...); else LookupError
        "unknown encoding: NAME"
  byte_compatible(enc) -> bool      'utf-8', 'ascii' or 'latin-1' (ASCII
        text is its own encoding: what text files take)
  encode(s, encoding, errors) -> bytes (an RPython str of raw bytes)
        s UTF-8 text; errors 'strict' | 'ignore' | 'replace' |
        'backslashreplace' | 'xmlcharrefreplace' | 'surrogateescape';
        unknown handler: LookupError "unknown error handler name 'x'"
        (only when needed). 'utf-16'/'utf-32' write a little-endian BOM.
  decode(b, encoding, errors) -> str (UTF-8)
        errors 'strict' | 'ignore' | 'replace' (U+FFFD) |
        'backslashreplace' | 'surrogateescape'; 'utf-16'/'utf-32' read a
        BOM (little-endian without one), 'utf-8-sig' drops one
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
    if n == 'utf_8_sig' or n == 'utf8_sig':
        return 'utf-8-sig'
    for bits in ['16', '32']:
        if n == 'utf_' + bits or n == 'utf' + bits or n == 'u' + bits:
            return 'utf-' + bits
        if n == 'utf_' + bits + '_le' or n == 'utf_' + bits + 'le':
            return 'utf-' + bits + '-le'
        if n == 'utf_' + bits + '_be' or n == 'utf_' + bits + 'be':
            return 'utf-' + bits + '-be'
    raise SupportError('LookupError', 'unknown encoding: %s' % name)


def byte_compatible(enc):
    return enc == 'utf-8' or enc == 'ascii' or enc == 'latin-1'


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


def _is_wide(enc):
    return enc.startswith('utf-16') or enc.startswith('utf-32')


def encode(s, encoding, errors):
    enc = normalize_encoding(encoding)
    if enc == 'utf-8-sig':
        return '\xef\xbb\xbf' + encode(s, 'utf-8', errors)
    if _is_wide(enc):
        return _encode_wide(s, enc, errors)
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
            for k in range(i, j):
                b.append('&#%d;' % cps[k])
        elif errors == 'surrogateescape':
            _escaped_bytes(b, cps, i, j, enc, reason)
        else:
            raise _unknown_handler(errors)
        i = j
    return b.build()


def _escaped_bytes(b, cps, i, j, enc, reason):
    """surrogateescape's encoding: U+DC80..U+DCFF stand for the bytes 0x80..0xFF."""
    for k in range(i, j):
        if not 0xDC80 <= cps[k] <= 0xDCFF:
            raise _encode_error(enc, cps, i, j, reason)
    for k in range(i, j):
        b.append(chr(cps[k] - 0xDC00))


# ---------------------------------------------------------------- UTF-16, UTF-32

def _append_unit(b, u, width, big):
    """One code unit of `width` bytes, in the byte order asked for."""
    if big:
        shift = (width - 1) * 8
        while shift >= 0:
            b.append(chr((u >> shift) & 0xff))
            shift -= 8
    else:
        for k in range(width):
            b.append(chr((u >> (8 * k)) & 0xff))


def _append_wide(b, cp, width, big):
    if width == 2 and cp >= 0x10000:
        cp -= 0x10000
        _append_unit(b, 0xD800 | (cp >> 10), 2, big)
        _append_unit(b, 0xDC00 | (cp & 0x3FF), 2, big)
    else:
        _append_unit(b, cp, width, big)


def _append_text_wide(b, text, width, big):
    for c in text:
        _append_unit(b, ord(c), width, big)


def _encode_wide(s, enc, errors):
    width = 2 if enc.startswith('utf-16') else 4
    big = enc.endswith('-be')
    b = StringBuilder(len(s) * width + 4)
    if enc == 'utf-16' or enc == 'utf-32':
        _append_unit(b, 0xFEFF, width, False)
    cps = utf8.codepoints(s)
    n = len(cps)
    i = 0
    while i < n:
        if not _is_surrogate(cps[i]):
            _append_wide(b, cps[i], width, big)
            i += 1
            continue
        j = i + 1
        while j < n and _is_surrogate(cps[j]):
            j += 1
        if errors == 'strict' or errors == 'surrogateescape':
            raise _encode_error(enc, cps, i, j, 'surrogates not allowed')
        elif errors == 'ignore':
            pass
        elif errors == 'replace':
            for k in range(i, j):
                _append_unit(b, ord('?'), width, big)
        elif errors == 'backslashreplace':
            for k in range(i, j):
                _append_text_wide(b, _cp_text(cps[k]), width, big)
        elif errors == 'xmlcharrefreplace':
            for k in range(i, j):
                _append_text_wide(b, '&#%d;' % cps[k], width, big)
        else:
            raise _unknown_handler(errors)
        i = j
    return b.build()


def _unit(data, pos, width, big):
    u = 0
    for k in range(width):
        if big:
            u = (u << 8) | ord(data[pos + k])
        else:
            u |= ord(data[pos + k]) << (8 * k)
    return u


def _byte_order(data, enc):
    """(big-endian?, bytes of BOM to skip, the codec's name in errors)."""
    if enc == 'utf-16':
        if data.startswith('\xfe\xff'):
            return True, 2, 'utf-16-be'
        if data.startswith('\xff\xfe'):
            return False, 2, 'utf-16-le'
        return False, 0, 'utf-16-le'
    if enc == 'utf-32':
        if data.startswith('\x00\x00\xfe\xff'):
            return True, 4, 'utf-32-be'
        if data.startswith('\xff\xfe\x00\x00'):
            return False, 4, 'utf-32-le'
        return False, 0, 'utf-32-le'
    return enc.endswith('-be'), 0, enc


def _decode_wide(data, enc, errors):
    width = 2 if enc.startswith('utf-16') else 4
    big, pos, name = _byte_order(data, enc)
    n = len(data)
    b = StringBuilder(n)
    while pos < n:
        if n - pos < width:
            end = n
            reason = 'truncated data'
        elif width == 2:
            u = _unit(data, pos, 2, big)
            if not _is_surrogate(u):
                utf8.append_cp(b, u)
                pos += 2
                continue
            end = pos + 2
            if u >= 0xDC00:
                reason = 'illegal encoding'
            elif n - pos < 4:
                end = n
                reason = 'unexpected end of data'
            else:
                u2 = _unit(data, pos + 2, 2, big)
                if 0xDC00 <= u2 <= 0xDFFF:
                    utf8.append_cp(b, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00))
                    pos += 4
                    continue
                reason = 'illegal UTF-16 surrogate'
        else:
            u = _unit(data, pos, 4, big)
            end = pos + 4
            if u >= 0x110000:
                reason = 'code point not in range(0x110000)'
            elif _is_surrogate(u):
                reason = 'code point in surrogate code point range(0xd800, 0xe000)'
            else:
                utf8.append_cp(b, u)
                pos += 4
                continue
        _decode_bad(b, errors, data, pos, end, name, reason)
        pos = end
    return b.build()


def _decode_bad(b, errors, data, start, end, name, reason):
    """What the errors handler puts for the undecodable data[start:end]."""
    if errors == 'strict':
        raise _decode_error(name, data, start, end, reason)
    elif errors == 'ignore':
        pass
    elif errors == 'replace':
        utf8.append_cp(b, 0xFFFD)
    elif errors == 'backslashreplace':
        for k in range(start, end):
            b.append(_cp_text(ord(data[k])))
    elif errors == 'surrogateescape':
        for k in range(start, end):
            if ord(data[k]) < 0x80:
                raise _decode_error(name, data, start, end, reason)
        for k in range(start, end):
            utf8.append_cp(b, 0xDC00 + ord(data[k]))
    else:
        raise _unknown_handler(errors)


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
    if enc == 'utf-8-sig':
        if data.startswith('\xef\xbb\xbf'):
            data = data[3:]
        enc = 'utf-8'
    if _is_wide(enc):
        return _decode_wide(data, enc, errors)
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
        _decode_bad(b, errors, data, i, i + bad, enc, reason)
        i += bad
    return b.build()
