"""Expressions back to source text, for the annotations of a module that says
`from __future__ import annotations` (they are stored as strings, written as CPython
3.11's ast.unparse writes them: `Dict[str, int]`, `'Foo'`, `int | None`).

    unparse(node, source) -> str

Covers the forms annotations are made of: names, attributes, subscripts (a tuple index
without parentheses), constants, tuples, lists, binary and unary operators, calls,
starred and slices. Any other expression is written as its own source text (when it
stands on one line), which may differ from CPython's spacing."""
from minipy.compiler import ast
from minipy.compiler import astutil
from minipy.compiler.srcerror import source_line
from minipy.support.strrepr import str_repr, bytes_repr

BINOP_SYMBOLS = ['+', '-', '*', '@', '/', '%', '**', '<<', '>>', '|', '^', '&', '//']
# precedence of each binary operator (higher binds tighter), as ast.unparse's _Precedence
BINOP_PREC = [11, 11, 12, 12, 12, 12, 15, 10, 10, 7, 8, 9, 12]
UNARY_SYMBOLS = ['~', 'not ', '+', '-']
PREC_TUPLE = 0
PREC_TEST = 3
PREC_NOT = 5
PREC_FACTOR = 13
PREC_ATOM = 17


def unparse(node, source):
    u = Unparser(source)
    u.expr(node, PREC_TEST)
    return ''.join(u.parts)


class Unparser(object):
    def __init__(self, source):
        self.source = source
        self.parts = []

    def w(self, s):
        self.parts.append(s)

    def items(self, elts):
        for i in range(len(elts)):
            if i > 0:
                self.w(', ')
            self.expr(elts[i], PREC_TEST)

    def expr(self, node, prec):
        if isinstance(node, ast.Name):
            self.w(node.id)
        elif isinstance(node, ast.Constant):
            self.constant(node)
        elif isinstance(node, ast.Attribute):
            self.expr(node.value, PREC_ATOM)
            self.w('.')
            self.w(node.attr)
        elif isinstance(node, ast.Subscript):
            self.expr(node.value, PREC_ATOM)
            self.w('[')
            sl = node.slice
            if isinstance(sl, ast.Tuple) and len(sl.elts) > 0:
                self.items(sl.elts)
                if len(sl.elts) == 1:
                    self.w(',')
            else:
                self.expr(sl, PREC_TUPLE)
            self.w(']')
        elif isinstance(node, ast.Tuple):
            paren = prec > PREC_TUPLE or len(node.elts) == 0
            if paren:
                self.w('(')
            self.items(node.elts)
            if len(node.elts) == 1:
                self.w(',')
            if paren:
                self.w(')')
        elif isinstance(node, ast.List):
            self.w('[')
            self.items(node.elts)
            self.w(']')
        elif isinstance(node, ast.BinOp):
            p = BINOP_PREC[node.op]
            if p < prec:
                self.w('(')
            if node.op == ast.POW:       # right-associative
                self.expr(node.left, p + 1)
                self.w(' ** ')
                self.expr(node.right, p)
            else:
                self.expr(node.left, p)
                self.w(' ' + BINOP_SYMBOLS[node.op] + ' ')
                self.expr(node.right, p + 1)
            if p < prec:
                self.w(')')
        elif isinstance(node, ast.UnaryOp):
            p = PREC_FACTOR
            if node.op == ast.NOT:
                p = PREC_NOT
            if p < prec:
                self.w('(')
            self.w(UNARY_SYMBOLS[node.op])
            self.expr(node.operand, p)
            if p < prec:
                self.w(')')
        elif isinstance(node, ast.Call):
            self.expr(node.func, PREC_ATOM)
            self.w('(')
            first = True
            for a in node.args:
                if not first:
                    self.w(', ')
                first = False
                self.expr(a, PREC_TEST)
            for k in node.keywords:
                kw = astutil.keyword(k)
                if not first:
                    self.w(', ')
                first = False
                if kw.arg is None:
                    self.w('**')
                else:
                    self.w(kw.arg)
                    self.w('=')
                self.expr(kw.value, PREC_TEST)
            self.w(')')
        elif isinstance(node, ast.Starred):
            self.w('*')
            self.expr(node.value, PREC_ATOM)
        elif isinstance(node, ast.Slice):
            if node.lower is not None:
                self.expr(node.lower, PREC_TEST)
            self.w(':')
            if node.upper is not None:
                self.expr(node.upper, PREC_TEST)
            if node.step is not None:
                self.w(':')
                self.expr(node.step, PREC_TEST)
        else:
            self.w(self.segment(node))

    def constant(self, node):
        kind = node.kind
        if kind == ast.CONST_STR:
            self.w(str_repr(node.value))
        elif kind == ast.CONST_BYTES:
            self.w(bytes_repr(node.value))
        elif kind == ast.CONST_ELLIPSIS:
            self.w('...')
        elif kind == ast.CONST_COMPLEX:
            self.w(node.value + 'j')
        elif kind == ast.CONST_NONE or kind == ast.CONST_TRUE or kind == ast.CONST_FALSE:
            self.w(kind)
        else:
            self.w(node.value)

    def segment(self, node):
        if node.lineno != node.end_lineno:
            return '...'
        line = source_line(self.source, node.lineno)
        start = node.col_offset
        end = node.end_col_offset
        if start < 0 or end > len(line) or start > end:
            return '...'
        assert start >= 0 and end >= 0
        return line[start:end]
