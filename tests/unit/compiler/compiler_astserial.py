"""A flat serialisation of minipy AST trees, for the compiler's RPython translation
test: serialise() runs untranslated (tests), Reader.read_tree() is RPython and
rebuilds the tree inside the translated target (targetcompiler.py).

Format: a sequence of tokens, each `<len>:<bytes>`. A node is the token
'N<ClassName>', four position ints, then its fields in _fields order; a list is
'L<count>' then the items; a string 'S' then the bytes token; an int 'I<digits>';
None is '-'.
"""
from rpython.rlib.unroll import unrolling_iterable

from minipy.compiler import ast

STR_FIELDS = set(['FunctionDef.name', 'ClassDef.name', 'Attribute.attr', 'Name.id',
                  'Constant.kind', 'Constant.value', 'arg.arg', 'alias.name',
                  'ImportFrom.module', 'keyword.arg', 'ExceptHandler.name',
                  'alias.asname', 'MatchSingleton.value', 'MatchStar.name',
                  'MatchMapping.rest', 'MatchAs.name'])
INT_FIELDS = set(['AugAssign.op', 'AnnAssign.simple', 'BoolOp.op', 'BinOp.op',
                  'UnaryOp.op', 'FormattedValue.conversion', 'Attribute.ctx',
                  'Subscript.ctx', 'Starred.ctx', 'Name.ctx', 'List.ctx', 'Tuple.ctx',
                  'ImportFrom.level', 'comprehension.is_async'])
INTS_FIELDS = set(['Compare.ops'])
STRS_FIELDS = set(['Global.names', 'Nonlocal.names', 'MatchClass.kwd_attrs'])
LIST_FIELDS = set(['body', 'decorator_list', 'bases', 'keywords', 'targets', 'orelse',
                   'items', 'handlers', 'finalbody', 'names', 'values', 'elts',
                   'generators', 'ifs', 'comparators', 'posonlyargs', 'kwonlyargs',
                   'kw_defaults', 'defaults', 'keys', 'cases', 'patterns',
                   'kwd_patterns'])


def field_kind(cls, field):
    key = cls.__name__ + '.' + field
    if key in STR_FIELDS:
        return 'str'
    if key in INT_FIELDS:
        return 'int'
    if key in INTS_FIELDS:
        return 'ints'
    if key in STRS_FIELDS:
        return 'strs'
    if cls in (ast.Expression, ast.Lambda, ast.IfExp) and field in ('body', 'orelse'):
        return 'node'
    if field in LIST_FIELDS or (field == 'args' and cls is not ast.Lambda and
                                cls is not ast.FunctionDef):
        return 'nodes'
    return 'node'


NODE_CLASSES = [c for c in vars(ast).values()
                if isinstance(c, type) and issubclass(c, ast.Node) and
                c not in (ast.Node, ast.Mod, ast.Stmt, ast.Expr_, ast.Pattern)]
NODE_CLASSES.sort(key=lambda c: c.__name__)


# ---- writing (untranslated) ----

def _tok(out, s):
    out.append('%d:%s' % (len(s), s))


def _write(out, value, kind):
    if kind == 'str':
        if value is None:
            _tok(out, '-')
        else:
            _tok(out, 'S')
            _tok(out, value)
    elif kind == 'int':
        _tok(out, 'I%d' % value)
    elif kind in ('ints', 'strs', 'nodes'):
        _tok(out, 'L%d' % len(value))
        sub = {'ints': 'int', 'strs': 'str', 'nodes': 'node'}[kind]
        for v in value:
            _write(out, v, sub)
    else:
        if value is None:
            _tok(out, '-')
            return
        cls = type(value)
        _tok(out, 'N' + cls.__name__)
        for a in (value.lineno, value.col_offset, value.end_lineno, value.end_col_offset):
            _tok(out, 'I%d' % a)
        for f in cls._fields:
            _write(out, getattr(value, f), field_kind(cls, f))


def serialise(tree):
    out = []
    _write(out, tree, 'node')
    return ''.join(out)


# ---- reading (RPython) ----

class Reader(object):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def token(self):
        colon = self.data.find(':', self.pos)
        assert colon >= 0
        n = int(self.data[self.pos:colon])
        start = colon + 1
        end = start + n
        assert end >= start
        self.pos = end
        return self.data[start:end]

    def read_int(self):
        t = self.token()
        assert t.startswith('I')
        return int(t[1:])

    def read_str(self):
        t = self.token()
        if t == '-':
            return None
        return self.token()

    def read_count(self):
        t = self.token()
        assert t.startswith('L')
        return int(t[1:])

    def read_ints(self):
        n = self.read_count()
        return [self.read_int() for i in range(n)]

    def read_strs(self):
        n = self.read_count()
        result = []
        for i in range(n):
            s = self.read_str()
            assert s is not None
            result.append(s)
        return result

    def read_nodes(self):
        n = self.read_count()
        return [self.read_node() for i in range(n)]

    def read_node(self):
        t = self.token()
        if t == '-':
            return None
        name = t[1:]
        l1 = self.read_int()
        c1 = self.read_int()
        l2 = self.read_int()
        c2 = self.read_int()
        for cls, builder in BUILDERS:
            if name == cls.__name__:
                node = builder(self)
                node.set_position(l1, c1, l2, c2)
                return node
        raise ValueError(name)

    def read_tree(self):
        return self.read_node()


def _make_builder(cls):
    lines = ['def build(r):']
    args = []
    for i, f in enumerate(cls._fields):
        lines.append('    a%d = r.read_%s()' % (i, field_kind(cls, f) if field_kind(cls, f) != 'node'
                                                 else 'node'))
        if field_kind(cls, f) == 'str' and f in ('name', 'attr', 'id', 'kind', 'value', 'arg') \
                and cls.__name__ + '.' + f not in ('ImportFrom.module', 'keyword.arg',
                                                  'ExceptHandler.name', 'alias.asname',
                                                  'MatchStar.name', 'MatchAs.name'):
            lines.append('    assert a%d is not None' % i)
        args.append('a%d' % i)
    lines.append('    return cls(%s)' % ', '.join(args))
    ns = {'cls': cls}
    exec '\n'.join(lines) in ns
    return ns['build']


BUILDERS = unrolling_iterable([(c, _make_builder(c)) for c in NODE_CLASSES])
