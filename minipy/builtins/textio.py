"""Text mode of files: decoding what is read, encoding what is written, newline handling
and counting in characters, as CPython's io.TextIOWrapper does for UTF-8, Latin-1 and
ASCII files.

The W_File below keeps raw bytes in its read buffer (so that tell() is a byte position,
which is also what CPython's tell() returns for these encodings); this module cuts lines
and characters out of that buffer, and decodes each piece whole. `newline` is open()'s
argument: None (universal newlines: a line ends at '\\n', '\\r' or '\\r\\n', each read as
'\\n'), '' (the same line ends, kept as they are), or '\\n', '\\r', '\\r\\n' (only that one
ends a line, kept; on writing, '\\n' is written as it). All three encodings keep '\\r' and
'\\n' as single bytes that no other character contains, so the cuts are made on bytes.
"""
from rpython.rlib.rstring import StringBuilder, replace
from minipy.objects.strobject import wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.builtins.support_glue import decode_bytes, encode_str


def wrap_read(w_f, data):
    """Bytes read from w_f as the Python object a read returns (str in text mode)."""
    if w_f.binary:
        return W_BytesObject(data)
    return wrap_str(decode_bytes(data, w_f.encoding, w_f.errors))


def encode_written(w_f, utf8):
    """The bytes that writing the str utf8 (UTF-8) to the text file w_f puts in it."""
    nl = w_f.newline
    if nl is not None and nl != '' and nl != '\n' and '\n' in utf8:
        utf8 = replace(utf8, '\n', nl)
    if w_f.encoding == 'utf-8' and utf8.find('\xed') < 0:
        return utf8             # (no surrogates, encoded as ED A0..BF xx)
    return encode_str(utf8, w_f.encoding, w_f.errors)


def translate_newlines(data):
    """Universal newlines on a whole text: '\\r\\n' and '\\r' become '\\n'."""
    if '\r' not in data:
        return data
    return replace(replace(data, '\r\n', '\n'), '\r', '\n')


def read_all(w_f):
    data = w_f.readall()
    if not w_f.binary and w_f.newline is None:
        data = translate_newlines(data)
    return data


def read_line(w_f, limit):
    """The next line's bytes (translated under universal newlines), at most `limit`
    characters of it when limit >= 0; '' at end of file."""
    if w_f.binary:
        line = w_f.readline()
    else:
        nl = w_f.newline
        if nl is None or nl == '':
            line = _line_any_ending(w_f, nl is None)
        else:
            line = _line_ending_with(w_f, nl)
    if limit >= 0 and _count_chars(w_f, line) > limit:
        cut = _chars_prefix_length(w_f, line, limit)
        w_f.unread(line[cut:])
        line = line[:cut]
    return line


def _line_any_ending(w_f, translate):
    while True:
        buf = w_f.rbuf
        start = w_f.rpos
        i = start
        n = len(buf)
        while i < n and buf[i] != '\n' and buf[i] != '\r':
            i += 1
        if i == n:
            if w_f.fill():
                continue
            return w_f.take(n - start)
        if buf[i] == '\n':
            return w_f.take(i + 1 - start)
        # a '\r': a '\r\n' pair when a '\n' follows (read ahead when the buffer ends here)
        if i + 1 == n and w_f.fill():
            continue
        end = i + 1
        if end < n and buf[end] == '\n':
            end += 1
        line = w_f.take(end - start)
        if translate:
            stop = i - start
            assert stop >= 0
            line = line[:stop] + '\n'
        return line


def _line_ending_with(w_f, nl):
    while True:
        buf = w_f.rbuf
        start = w_f.rpos
        i = buf.find(nl, start)
        if i >= 0:
            return w_f.take(i + len(nl) - start)
        if not w_f.fill():
            return w_f.take(len(buf) - start)


def read_chars(w_f, n):
    """The bytes of the next n characters (translated under universal newlines)."""
    if w_f.binary:
        return w_f.read(n)
    translate = w_f.newline is None
    wide = w_f.encoding == 'utf-8'
    out = StringBuilder()
    count = 0
    while count < n:
        if w_f.rpos >= len(w_f.rbuf) and not w_f.fill():
            break
        c = w_f.rbuf[w_f.rpos]
        if translate and c == '\r':
            if w_f.rpos + 1 >= len(w_f.rbuf):
                w_f.fill()
            w_f.rpos += 1
            if w_f.rpos < len(w_f.rbuf) and w_f.rbuf[w_f.rpos] == '\n':
                w_f.rpos += 1
            out.append('\n')
        else:
            size = 1
            if wide:
                size = _utf8_char_size(c)
            while w_f.rpos + size > len(w_f.rbuf) and w_f.fill():
                pass
            end = w_f.rpos + size
            if end > len(w_f.rbuf):
                end = len(w_f.rbuf)     # a character cut by the end of the file
            out.append_slice(w_f.rbuf, w_f.rpos, end)
            w_f.rpos = end
        count += 1
    return out.build()


def _utf8_char_size(c):
    o = ord(c)
    if o < 0xc0:
        return 1            # ASCII (or a stray continuation byte: decoding reports it)
    if o < 0xe0:
        return 2
    if o < 0xf0:
        return 3
    if o < 0xf8:
        return 4
    return 1


def _count_chars(w_f, data):
    if w_f.binary or w_f.encoding != 'utf-8':
        return len(data)
    n = 0
    for c in data:
        if ord(c) & 0xc0 != 0x80:
            n += 1
    return n


def _chars_prefix_length(w_f, data, k):
    """How many bytes of data make its first k characters."""
    if w_f.binary or w_f.encoding != 'utf-8':
        return k
    i = 0
    n = 0
    while i < len(data):
        if ord(data[i]) & 0xc0 != 0x80:
            if n == k:
                return i
            n += 1
        i += 1
    return i
