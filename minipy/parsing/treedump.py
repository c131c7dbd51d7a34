"""A canonical text form of a parse tree, for the oracle test against lark's tree:
    (name child ...)   for trees,   TYPE:text   for tokens,
with token text bytes outside printable ASCII, and \\ ( ) space, written as \\xHH."""
from minipy.parsing import tables as T
from minipy.parsing.errors import substr

HEX = '0123456789abcdef'


def escape(s):
    out = []
    for c in s:
        o = ord(c)
        if o <= 32 or o >= 127 or c == '\\' or c == '(' or c == ')':
            out.append('\\x' + HEX[o >> 4] + HEX[o & 15])
        else:
            out.append(c)
    return ''.join(out)


def dump_tree(node, source):
    parts = []
    _dump(node, source, parts)
    return ''.join(parts)


def _dump(node, source, parts):
    if node.kind < 0:
        parts.append(T.TERM_NAMES[node.term])
        parts.append(':')
        parts.append(escape(substr(source, node.start, node.end)))
        return
    parts.append('(')
    parts.append(T.TREE_NAMES[node.kind])
    for c in node.children:
        parts.append(' ')
        _dump(c, source, parts)
    parts.append(')')
