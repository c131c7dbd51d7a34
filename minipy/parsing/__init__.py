"""The front end's parser: source text -> minipy.compiler.ast tree.

    parse(source, filename, mode) -> ast.Module ('exec') | ast.Expression ('eval')
                                     | ast.Interactive ('single')
source is UTF-8 (an RPython str). Raises minipy.compiler.errors.CompileError, with
CPython 3.11's message and position, for any bad input.

Pipeline: lexer.py (generated DFA + indentation) -> lalr.py (generated LALR(1) table,
parse tree) -> builder.py (AST with CPython's positions); tables.py is generated from
grammar/minipy.lark by tools/gen_tables.py.
"""
from minipy.parsing import tables
from minipy.compiler.errors import CompileError
from minipy.parsing.lalr import Parser
from minipy.parsing.builder import Builder


def normalize_newlines(source):
    """CPython reads \\r\\n and lone \\r as \\n."""
    if '\r' not in source:
        return source
    out = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            out.append('\n')
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def hex2(o):
    return '0123456789abcdef'[o >> 4] + '0123456789abcdef'[o & 15]


def first_bad_utf8(s):
    """Index of the first byte that is not part of valid UTF-8, or -1."""
    i = 0
    n = len(s)
    while i < n:
        o = ord(s[i])
        if o < 0x80:
            i += 1
            continue
        if 0xC2 <= o <= 0xDF:
            size = 2
            low = 0x80
        elif 0xE0 <= o <= 0xEF:
            size = 3
            low = 0x800
        elif 0xF0 <= o <= 0xF4:
            size = 4
            low = 0x10000
        else:
            return i
        if i + size > n:
            return i
        cp = o & (0x3F >> (size - 1))
        for k in range(1, size):
            c = ord(s[i + k])
            if c & 0xC0 != 0x80:
                return i
            cp = (cp << 6) | (c & 0x3F)
        if cp < low or cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
            return i
        i += size
    return -1


def parse(source, filename, mode):
    if source.startswith('\xef\xbb\xbf'):      # a UTF-8 byte order mark
        source = source[3:]
    if '\x00' in source:
        i = source.find('\x00')
        assert i >= 0
        lineno = 1
        p = source.find('\n', 0, i)
        while p >= 0:
            lineno += 1
            p = source.find('\n', p + 1, i)
        raise CompileError('source code cannot contain null bytes', filename, lineno, 0,
                           '')
    bad = first_bad_utf8(source)
    if bad >= 0:
        lineno = 1
        p = source.find('\n', 0, bad)
        while p >= 0:
            lineno += 1
            p = source.find('\n', p + 1, bad)
        raise CompileError("Non-UTF-8 code starting with '\\x%s' in file %s on line %d, but no "
                           "encoding declared; see https://peps.python.org/pep-0263/ for "
                           "details" % (hex2(ord(source[bad])), filename, lineno),
                           filename, lineno, 0, '')
    source = normalize_newlines(source)
    if mode == 'eval':
        start = tables.START_EVAL
    elif mode == 'single':
        start = tables.START_SINGLE
    else:
        start = tables.START_EXEC
    root = Parser(source, filename).parse(start)
    return Builder(source, filename).build(root, mode)
