"""Building CompileErrors for errors the compiler finds (scope analysis and code
generation), with CPython 3.11's conventions: lineno/offset from the offending AST
node (offset = col_offset + 1, end_offset = end_col_offset + 1) and the source line.
"""
from minipy.compiler.errors import CompileError


def source_line(source, lineno):
    """Line `lineno` (1-based) of `source`, without its line ending; '' if absent."""
    if lineno < 1:
        return ''
    start = 0
    n = 1
    while n < lineno:
        i = source.find('\n', start)
        if i < 0:
            return ''
        start = i + 1
        n += 1
    end = source.find('\n', start)
    if end < 0:
        end = len(source)
    if end > start and source[end - 1] == '\r':
        end -= 1
    assert end >= start >= 0
    line = source[start:end]
    return line


def error_at(msg, filename, source, lineno, col_offset, end_lineno, end_col_offset):
    return CompileError(msg, filename, lineno, col_offset + 1,
                        source_line(source, lineno), end_lineno, end_col_offset + 1)


def error_at_node(msg, filename, source, node):
    return error_at(msg, filename, source, node.lineno, node.col_offset,
                    node.end_lineno, node.end_col_offset)
