"""Raising CompileError from the front end with CPython's conventions: 1-based line,
1-based offsets counted in code points, and the source line as text."""
from minipy.compiler.errors import CompileError, SYNTAX_ERROR


def substr(s, start, stop):
    """s[start:stop] for indices the annotator cannot prove non-negative."""
    assert start >= 0
    assert stop >= 0
    return s[start:stop]


def line_start_of(source, first_lineno, lineno):
    """Byte offset of line `lineno` in source (whose first line is first_lineno)."""
    pos = 0
    cur = first_lineno
    while cur < lineno:
        nl = source.find('\n', pos)
        if nl < 0:
            return len(source)
        pos = nl + 1
        cur += 1
    return pos


def char_count(s, start, end):
    """Number of code points in the UTF-8 bytes s[start:end]."""
    n = 0
    i = start
    while i < end:
        if (ord(s[i]) & 0xC0) != 0x80:
            n += 1
        i += 1
    return n


def line_text(source, line_start):
    if line_start < 0:
        line_start = 0
    end = source.find('\n', line_start)
    if end < 0:
        end = len(source)
    if end > line_start and source[end - 1] == '\r':
        end -= 1
    assert end >= 0
    return source[line_start:end]


def raise_error(source, filename, msg, lineno, col, end_lineno, end_col, kind,
                line_start):
    """col/end_col are 0-based byte columns on their lines (end_col < 0: unknown)."""
    raise make_error(source, filename, msg, lineno, col, end_lineno, end_col, kind,
                     line_start)


def make_error(source, filename, msg, lineno, col, end_lineno, end_col, kind, line_start):
    text = line_text(source, line_start)
    if line_start < 0:
        offset = col + 1
    else:
        c = col
        if c > len(text):
            c = len(text)
        if c < 0:
            c = 0
        offset = char_count(text, 0, c) + 1
    end_offset = 0
    if end_col >= 0 and end_lineno == lineno:
        end_offset = offset + (end_col - col)
        if line_start >= 0 and 0 <= col <= end_col <= len(text):
            end_offset = offset + char_count(text, col, end_col)
    return CompileError(msg, filename, lineno, offset, text, end_lineno, end_offset, kind)
