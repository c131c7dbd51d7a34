"""dump(node) -> the text CPython 3.11's `ast.dump(tree)` gives for the same source.

RPython-compatible: the per-class dump functions are generated at import time from the
field table below (each field's kind says how to print it), so the translated front end
can print dumps too. Constants print as Python 3's repr does.
"""
from minipy.compiler import ast
from rpython.rlib.rfloat import string_to_float, formatd, DTSF_ADD_DOT_0
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from rpython.rlib.unroll import unrolling_iterable

# field kinds: N node, O optional node, L list of nodes, M list of optional nodes,
# S str, P optional str, I int, C ctx, B boolop, U unaryop, X binop, K cmpop list, Z strs,
# V a constant's kind printed as its repr (None, True, False)
FIELDS = [
    ('Module', [('body', 'L'), ('type_ignores', '[]')]),
    ('Interactive', [('body', 'L')]),
    ('Expression', [('body', 'N')]),
    ('FunctionDef', [('name', 'S'), ('args', 'N'), ('body', 'L'), ('decorator_list', 'L'),
                     ('returns', 'O')]),
    ('ClassDef', [('name', 'S'), ('bases', 'L'), ('keywords', 'L'), ('body', 'L'),
                  ('decorator_list', 'L')]),
    ('Return', [('value', 'O')]),
    ('Delete', [('targets', 'L')]),
    ('Assign', [('targets', 'L'), ('value', 'N')]),
    ('AugAssign', [('target', 'N'), ('op', 'X'), ('value', 'N')]),
    ('AnnAssign', [('target', 'N'), ('annotation', 'N'), ('value', 'O'), ('simple', 'I')]),
    ('For', [('target', 'N'), ('iter', 'N'), ('body', 'L'), ('orelse', 'L')]),
    ('While', [('test', 'N'), ('body', 'L'), ('orelse', 'L')]),
    ('If', [('test', 'N'), ('body', 'L'), ('orelse', 'L')]),
    ('With', [('items', 'L'), ('body', 'L')]),
    ('Raise', [('exc', 'O'), ('cause', 'O')]),
    # TryStar before Try: it is a subclass, and the dumpers are tried in this order
    ('TryStar', [('body', 'L'), ('handlers', 'L'), ('orelse', 'L'), ('finalbody', 'L')]),
    ('Try', [('body', 'L'), ('handlers', 'L'), ('orelse', 'L'), ('finalbody', 'L')]),
    ('Assert', [('test', 'N'), ('msg', 'O')]),
    ('Import', [('names', 'L')]),
    ('ImportFrom', [('module', 'P'), ('names', 'L'), ('level', 'I')]),
    ('Global', [('names', 'Z')]),
    ('Nonlocal', [('names', 'Z')]),
    ('Expr', [('value', 'N')]),
    ('Pass', []),
    ('Break', []),
    ('Continue', []),
    ('BoolOp', [('op', 'B'), ('values', 'L')]),
    ('NamedExpr', [('target', 'N'), ('value', 'N')]),
    ('BinOp', [('left', 'N'), ('op', 'X'), ('right', 'N')]),
    ('UnaryOp', [('op', 'U'), ('operand', 'N')]),
    ('Lambda', [('args', 'N'), ('body', 'N')]),
    ('IfExp', [('test', 'N'), ('body', 'N'), ('orelse', 'N')]),
    ('Dict', [('keys', 'M'), ('values', 'L')]),
    ('Set', [('elts', 'L')]),
    ('ListComp', [('elt', 'N'), ('generators', 'L')]),
    ('SetComp', [('elt', 'N'), ('generators', 'L')]),
    ('DictComp', [('key', 'N'), ('value', 'N'), ('generators', 'L')]),
    ('GeneratorExp', [('elt', 'N'), ('generators', 'L')]),
    ('Yield', [('value', 'O')]),
    ('YieldFrom', [('value', 'N')]),
    ('Compare', [('left', 'N'), ('ops', 'K'), ('comparators', 'L')]),
    ('Call', [('func', 'N'), ('args', 'L'), ('keywords', 'L')]),
    ('FormattedValue', [('value', 'N'), ('conversion', 'I'), ('format_spec', 'O')]),
    ('JoinedStr', [('values', 'L')]),
    ('Attribute', [('value', 'N'), ('attr', 'S'), ('ctx', 'C')]),
    ('Subscript', [('value', 'N'), ('slice', 'N'), ('ctx', 'C')]),
    ('Starred', [('value', 'N'), ('ctx', 'C')]),
    ('Name', [('id', 'S'), ('ctx', 'C')]),
    ('List', [('elts', 'L'), ('ctx', 'C')]),
    ('Tuple', [('elts', 'L'), ('ctx', 'C')]),
    ('Slice', [('lower', 'O'), ('upper', 'O'), ('step', 'O')]),
    ('comprehension', [('target', 'N'), ('iter', 'N'), ('ifs', 'L'), ('is_async', 'I')]),
    ('ExceptHandler', [('type', 'O'), ('name', 'P'), ('body', 'L')]),
    ('arguments', [('posonlyargs', 'L'), ('args', 'L'), ('vararg', 'O'),
                   ('kwonlyargs', 'L'), ('kw_defaults', 'M'), ('kwarg', 'O'),
                   ('defaults', 'L')]),
    ('arg', [('arg', 'S'), ('annotation', 'O')]),
    ('keyword', [('arg', 'P'), ('value', 'N')]),
    ('alias', [('name', 'S'), ('asname', 'P')]),
    ('withitem', [('context_expr', 'N'), ('optional_vars', 'O')]),
    ('Match', [('subject', 'N'), ('cases', 'L')]),
    ('match_case', [('pattern', 'N'), ('guard', 'O'), ('body', 'L')]),
    ('MatchValue', [('value', 'N')]),
    ('MatchSingleton', [('value', 'V')]),
    ('MatchSequence', [('patterns', 'L')]),
    ('MatchMapping', [('keys', 'L'), ('patterns', 'L'), ('rest', 'P')]),
    ('MatchClass', [('cls', 'N'), ('patterns', 'L'), ('kwd_attrs', 'Z'),
                    ('kwd_patterns', 'L')]),
    ('MatchStar', [('name', 'P')]),
    ('MatchAs', [('pattern', 'O'), ('name', 'P')]),
    ('MatchOr', [('patterns', 'L')]),
]

HEX = '0123456789abcdef'


def repr_str(s, is_bytes):
    """Python 3 repr of a str (UTF-8 bytes) or bytes value."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = []
    if is_bytes:
        out.append('b')
    out.append(quote)
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        o = ord(c)
        if c == quote or c == '\\':
            out.append('\\')
            out.append(c)
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        elif o < 32 or o == 127 or (is_bytes and o >= 128):
            out.append('\\x' + HEX[o >> 4] + HEX[o & 15])
        elif o >= 128:
            # one UTF-8 sequence
            if o >= 0xF0:
                size = 4
                cp = o & 0x07
            elif o >= 0xE0:
                size = 3
                cp = o & 0x0F
            elif o >= 0xC0:
                size = 2
                cp = o & 0x1F
            else:
                size = 1
                cp = o
            for k in range(1, size):
                if i + k < n:
                    cp = (cp << 6) | (ord(s[i + k]) & 0x3F)
            if unicodedb.isprintable(cp):
                assert i >= 0
                out.append(s[i:i + size])
            elif cp <= 0xFF:
                out.append('\\x' + HEX[cp >> 4] + HEX[cp & 15])
            elif cp <= 0xFFFF:
                out.append('\\u' + hex4(cp))
            else:
                out.append('\\U' + hex4(cp >> 16) + hex4(cp & 0xFFFF))
            i += size
            continue
        else:
            out.append(c)
        i += 1
    out.append(quote)
    return ''.join(out)


def hex4(v):
    return HEX[(v >> 12) & 15] + HEX[(v >> 8) & 15] + HEX[(v >> 4) & 15] + HEX[v & 15]


def repr_float(text):
    x = string_to_float(text)
    if x == x and x - x != 0.0:
        return 'inf'
    return formatd(x, 'r', 0, DTSF_ADD_DOT_0)


def repr_constant(node):
    k = node.kind
    if k == ast.CONST_INT:
        return node.value
    if k == ast.CONST_FLOAT:
        return repr_float(node.value)
    if k == ast.CONST_COMPLEX:
        x = string_to_float(node.value)
        if x == x and x - x != 0.0:
            return 'infj'
        return formatd(x, 'r', 0) + 'j'
    if k == ast.CONST_STR:
        return repr_str(node.value, False)
    if k == ast.CONST_BYTES:
        return repr_str(node.value, True)
    return k        # None, True, False, Ellipsis


# node classes without positions in CPython's ast (no `_attributes`)
NO_POSITION = ['Module', 'Interactive', 'Expression', 'comprehension', 'arguments',
               'withitem', 'match_case']


def dump(node, include_attributes=False):
    """ast.dump(node) of CPython 3.11; with include_attributes, also the positions
    (as ast.dump(node, include_attributes=True))."""
    out = []
    dump_node(node, out, include_attributes)
    return ''.join(out)


def dump_position(node, out):
    out.append('lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d' % (
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset))


def dump_node(node, out, attrs):
    if node is None:
        out.append('None')
        return
    if isinstance(node, ast.Constant):
        out.append('Constant(value=')
        out.append(repr_constant(node))
        if attrs:
            out.append(', ')
            dump_position(node, out)
        out.append(')')
        return
    for cls, fn in _DUMPERS:
        if isinstance(node, cls):
            fn(node, out, attrs)
            return
    raise ValueError('cannot dump node')


def dump_list(nodes, out, attrs):
    out.append('[')
    first = True
    for x in nodes:
        if not first:
            out.append(', ')
        first = False
        dump_node(x, out, attrs)
    out.append(']')


def dump_strs(names, out):
    out.append('[')
    for i in range(len(names)):
        if i > 0:
            out.append(', ')
        out.append(repr_str(names[i], False))
    out.append(']')


def dump_cmpops(ops, out):
    out.append('[')
    for i in range(len(ops)):
        if i > 0:
            out.append(', ')
        out.append(ast.CMPOP_NAMES[ops[i]] + '()')
    out.append(']')


def _gen(name, fields):
    """Source of the dump function of one node class."""
    lines = ['def dump_%s(node, out, attrs):' % name,
             '    out.append(%r)' % (name + '('),
             '    sep = False']
    for fname, kind in fields:
        v = 'node.%s' % fname
        cond = None
        if kind == 'O':
            cond = '%s is not None' % v
        elif kind == 'P':
            cond = '%s is not None' % v
        body = []
        body.append('if sep: out.append(", ")')
        body.append('sep = True')
        body.append('out.append(%r)' % (fname + '='))
        if kind in ('N', 'O'):
            body.append('dump_node(%s, out, attrs)' % v)
        elif kind in ('L', 'M'):
            body.append('dump_list(%s, out, attrs)' % v)
        elif kind in ('S', 'P'):
            body.append('out.append(repr_str(%s, False))' % v)
        elif kind == 'I':
            body.append('out.append(str(%s))' % v)
        elif kind == 'C':
            body.append('out.append(ast.CTX_NAMES[%s] + "()")' % v)
        elif kind == 'B':
            body.append('out.append(ast.BOOLOP_NAMES[%s] + "()")' % v)
        elif kind == 'U':
            body.append('out.append(ast.UNARYOP_NAMES[%s] + "()")' % v)
        elif kind == 'X':
            body.append('out.append(ast.OPERATOR_NAMES[%s] + "()")' % v)
        elif kind == 'K':
            body.append('dump_cmpops(%s, out)' % v)
        elif kind == 'Z':
            body.append('dump_strs(%s, out)' % v)
        elif kind == 'V':
            body.append('out.append(%s)' % v)
        elif kind == '[]':
            body.append('out.append("[]")')
        if cond:
            lines.append('    if %s:' % cond)
            lines.extend(['        ' + b for b in body])
        else:
            lines.extend(['    ' + b for b in body])
    if name not in NO_POSITION:
        lines.append('    if attrs:')
        lines.append('        if sep: out.append(", ")')
        lines.append('        dump_position(node, out)')
    lines.append('    out.append(")")')
    return '\n'.join(lines) + '\n'


def _build():
    dumpers = []
    ns = {'ast': ast, 'dump_node': dump_node, 'dump_list': dump_list,
          'repr_str': repr_str, 'dump_position': dump_position, 'dump_cmpops': dump_cmpops, 'dump_strs': dump_strs}
    for name, fields in FIELDS:
        exec(_gen(name, fields), ns)
        dumpers.append((getattr(ast, name), ns['dump_' + name]))
    return dumpers

_DUMPERS = unrolling_iterable(_build())
