"""Parse tree (lalr.PNode) -> minipy.compiler.ast nodes (RPython).

Positions are CPython's: 1-based lines, 0-based UTF-8 byte columns (what CPython's own
AST records). The checks CPython's parser makes beyond the grammar live here too:
assignment/deletion targets, augmented and annotated assignment targets, argument and
parameter order, f-string syntax.
"""
from minipy.compiler import ast
from minipy.parsing import tables as T
from minipy.parsing.lalr import Parser
from minipy.parsing.errors import raise_error, line_start_of, substr
from minipy.parsing.strings import decode_literal, decode_escapes, split_literal, LiteralError
from rpython.rlib.rbigint import rbigint
from minipy.compiler.errors import CompileError

AUG_OPS = {'+=': ast.ADD, '-=': ast.SUB, '*=': ast.MULT, '@=': ast.MATMULT, '/=': ast.DIV,
           '%=': ast.MOD, '&=': ast.BITAND, '|=': ast.BITOR, '^=': ast.BITXOR,
           '<<=': ast.LSHIFT, '>>=': ast.RSHIFT, '**=': ast.POW, '//=': ast.FLOORDIV}
BIN_OPS = {'+': ast.ADD, '-': ast.SUB, '*': ast.MULT, '@': ast.MATMULT, '/': ast.DIV,
           '%': ast.MOD, '//': ast.FLOORDIV, '<<': ast.LSHIFT, '>>': ast.RSHIFT}
CMP_OPS = {'<': ast.LT, '>': ast.GT, '==': ast.EQ, '>=': ast.GTE, '<=': ast.LTE,
           '!=': ast.NOTEQ, 'in': ast.IN, 'is': ast.IS}

BOTH_EXCEPTS = "cannot have both 'except' and 'except*' on the same 'try'"

BLOCK_STMT_KINDS = [T.N_if_stmt, T.N_while_stmt, T.N_for_stmt, T.N_try_stmt, T.N_with_stmt,
                    T.N_funcdef, T.N_classdef, T.N_decorated]


def expr_name(e):
    """How CPython's error messages name an expression."""
    if isinstance(e, ast.Attribute):
        return 'attribute'
    if isinstance(e, ast.Subscript):
        return 'subscript'
    if isinstance(e, ast.Starred):
        return 'starred'
    if isinstance(e, ast.Name):
        return 'name'
    if isinstance(e, ast.List):
        return 'list'
    if isinstance(e, ast.Tuple):
        return 'tuple'
    if isinstance(e, ast.Lambda):
        return 'lambda'
    if isinstance(e, ast.Call):
        return 'function call'
    if isinstance(e, ast.BoolOp) or isinstance(e, ast.BinOp) or isinstance(e, ast.UnaryOp):
        return 'expression'
    if isinstance(e, ast.GeneratorExp):
        return 'generator expression'
    if isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom):
        return 'yield expression'
    if isinstance(e, ast.ListComp):
        return 'list comprehension'
    if isinstance(e, ast.SetComp):
        return 'set comprehension'
    if isinstance(e, ast.DictComp):
        return 'dict comprehension'
    if isinstance(e, ast.Dict):
        return 'dict literal'
    if isinstance(e, ast.Set):
        return 'set display'
    if isinstance(e, ast.JoinedStr) or isinstance(e, ast.FormattedValue):
        return 'f-string expression'
    if isinstance(e, ast.Constant):
        if e.kind == ast.CONST_NONE:
            return 'None'
        if e.kind == ast.CONST_TRUE:
            return 'True'
        if e.kind == ast.CONST_FALSE:
            return 'False'
        if e.kind == ast.CONST_ELLIPSIS:
            return 'ellipsis'
        return 'literal'
    if isinstance(e, ast.Compare):
        return 'comparison'
    if isinstance(e, ast.IfExp):
        return 'conditional expression'
    if isinstance(e, ast.NamedExpr):
        return 'named expression'
    return 'expression'


def drop_underscores(s):
    if '_' not in s:
        return s
    out = []
    for c in s:
        if c != '_':
            out.append(c)
    return ''.join(out)


def is_blank(s):
    for c in s:
        if c != ' ' and c != '\t' and c != '\n' and c != '\r' and c != '\x0c':
            return False
    return True


def at(node, pn):
    """Give an AST node the span of a parse tree node."""
    node.set_position(pn.lineno, pn.col, pn.end_lineno, pn.end_col)
    return node


class Builder(object):
    def __init__(self, source, filename, first_lineno=1, first_col=0):
        self.source = source
        self.filename = filename
        self.first_lineno = first_lineno
        self.first_col = first_col

    # ------------------------------------------------------------ helpers
    def text(self, pn):
        return substr(self.source, pn.start, pn.end)

    def error(self, msg, lineno, col, end_lineno, end_col):
        ls = line_start_of(self.source, self.first_lineno, lineno)
        if lineno == self.first_lineno:
            ls -= self.first_col
        raise_error(self.source, self.filename, msg, lineno, col, end_lineno, end_col,
                    'SyntaxError', ls)

    def error_at(self, msg, node):
        self.error(msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

    def error_pn(self, msg, pn):
        self.error(msg, pn.lineno, pn.col, pn.end_lineno, pn.end_col)

    # ------------------------------------------------------------ modules
    def build(self, root, mode):
        if mode == 'eval':
            return ast.Expression(self.expr(root.children[0]))
        body = []
        for c in root.children:
            self.stmt_into(c, body)
        if mode == 'single':
            return ast.Interactive(body)
        return ast.Module(body)

    def suite(self, pn):
        body = []
        for c in pn.children:
            self.stmt_into(c, body)
        return body

    def stmt_into(self, pn, out):
        out.append(self.stmt(pn))

    # ------------------------------------------------------------ statements
    def stmt(self, pn):
        k = pn.kind
        ch = pn.children
        if k == T.N_expr_stmt:
            return at(ast.Expr(self.expr(ch[0])), pn)
        if k == T.N_assign_stmt:
            targets = []
            for i in range(len(ch) - 1):
                targets.append(self.expr(ch[i]))
            value = self.expr(ch[-1])
            if len(targets) == 1 and not (isinstance(value, ast.Lambda) or
                                          isinstance(value, ast.Yield) or
                                          isinstance(value, ast.YieldFrom) or
                                          (isinstance(value, ast.UnaryOp) and
                                           value.op == ast.NOT)):
                cand = targets[0]
                if isinstance(cand, ast.Tuple) and ch[0].kind == T.N_tuple and \
                        self.source[ch[0].start] != '(':
                    assert isinstance(cand, ast.Tuple)
                    cand = cand.elts[-1]
                self.check_here(cand)
            for t in targets:
                self.store(t, False)
            return at(ast.Assign(targets, value), pn)
        if k == T.N_augassign_stmt:
            target = self.expr(ch[0])
            if not (isinstance(target, ast.Name) or isinstance(target, ast.Attribute) or
                    isinstance(target, ast.Subscript)):
                self.error_at("'%s' is an illegal expression for augmented assignment"
                              % expr_name(target), target)
            self.set_ctx(target, ast.STORE)
            op = AUG_OPS[self.text(ch[1])]
            return at(ast.AugAssign(target, op, self.expr(ch[2])), pn)
        if k == T.N_annassign_stmt:
            target = self.expr(ch[0])
            simple = 0
            if isinstance(target, ast.Name):
                simple = 0 if ch[0].kind == T.N_paren else 1
            elif isinstance(target, ast.Tuple):
                self.error_at('only single target (not tuple) can be annotated', target)
            elif isinstance(target, ast.List):
                self.error_at('only single target (not list) can be annotated', target)
            elif not (isinstance(target, ast.Attribute) or isinstance(target, ast.Subscript)):
                self.error_at('illegal target for annotation', target)
            self.set_ctx(target, ast.STORE)
            value = None
            if len(ch) > 2:
                value = self.expr(ch[2])
            return at(ast.AnnAssign(target, self.expr(ch[1]), value, simple), pn)
        if k == T.N_del_stmt:
            target = self.expr(ch[0])
            self.check_del(target)
            if isinstance(target, ast.Tuple) and ch[0].kind == T.N_tuple and \
                    not self.text(ch[0]).startswith('('):
                targets = target.elts
            else:
                targets = [target]
            return at(ast.Delete(targets), pn)
        if k == T.N_pass_stmt:
            return at(ast.Pass(), pn)
        if k == T.N_break_stmt:
            return at(ast.Break(), pn)
        if k == T.N_continue_stmt:
            return at(ast.Continue(), pn)
        if k == T.N_return_stmt:
            value = None
            if len(ch) > 0:
                value = self.expr(ch[0])
            return at(ast.Return(value), pn)
        if k == T.N_raise_stmt:
            exc = None
            cause = None
            if len(ch) > 0:
                exc = self.expr(ch[0])
            if len(ch) > 1:
                cause = self.expr(ch[1])
            return at(ast.Raise(exc, cause), pn)
        if k == T.N_global_stmt:
            return at(ast.Global(self.names(ch)), pn)
        if k == T.N_nonlocal_stmt:
            return at(ast.Nonlocal(self.names(ch)), pn)
        if k == T.N_assert_stmt:
            msg = None
            if len(ch) > 1:
                msg = self.expr(ch[1])
            return at(ast.Assert(self.expr(ch[0]), msg), pn)
        if k == T.N_import_name:
            aliases = []
            for c in ch:
                aliases.append(self.dotted_as_name(c))
            return at(ast.Import(aliases), pn)
        if k == T.N_import_from:
            return self.import_from(pn)
        if k == T.N_if_stmt:
            return self.if_stmt(pn, 0)
        if k == T.N_while_stmt:
            orelse = []
            if len(ch) > 2:
                orelse = self.suite(ch[2].children[0])
            return at(ast.While(self.expr(ch[0]), self.suite(ch[1]), orelse), pn)
        if k == T.N_for_stmt:
            target = self.store(self.expr(ch[0]), False)
            orelse = []
            if len(ch) > 3:
                orelse = self.suite(ch[3].children[0])
            return at(ast.For(target, self.expr(ch[1]), self.suite(ch[2]), orelse), pn)
        if k == T.N_try_stmt:
            return self.try_stmt(pn)
        if k == T.N_with_stmt:
            return self.with_stmt(pn)
        if k == T.N_funcdef:
            return self.funcdef(pn, [])
        if k == T.N_classdef:
            return self.classdef(pn, [])
        if k == T.N_match_stmt:
            return self.match_stmt(pn)
        if k == T.N_decorated:
            decorators = []
            for i in range(len(ch) - 1):
                decorators.append(self.expr(ch[i].children[0]))
            last = ch[-1]
            if last.kind == T.N_funcdef:
                return self.funcdef(last, decorators)
            return self.classdef(last, decorators)
        self.error_pn('invalid syntax', pn)
        assert False

    def names(self, tokens):
        out = []
        for t in tokens:
            out.append(self.text(t))
        return out

    def dotted_name(self, pn):
        parts = []
        for t in pn.children:
            parts.append(self.text(t))
        return '.'.join(parts)

    def dotted_as_name(self, pn):
        ch = pn.children
        asname = None
        if len(ch) > 1:
            asname = self.text(ch[1])
        return at(ast.alias(self.dotted_name(ch[0]), asname), pn)

    def import_from(self, pn):
        level = 0
        module = None
        names = []
        for c in pn.children:
            if c.kind == T.N_dots:
                for t in c.children:
                    level += t.end - t.start
            elif c.kind == T.N_dotted_name:
                module = self.dotted_name(c)
            elif c.kind == T.N_import_star:
                names.append(at(ast.alias('*', None), c))
            elif c.kind == T.N_import_as_name:
                asname = None
                if len(c.children) > 1:
                    asname = self.text(c.children[1])
                names.append(at(ast.alias(self.text(c.children[0]), asname), c))
        return at(ast.ImportFrom(module, names, level), pn)

    def if_stmt(self, pn, index):
        """If node for the clause list starting at pn.children[index] (an elif chain)."""
        ch = pn.children
        if index == 0:
            test = self.expr(ch[0])
            body = self.suite(ch[1])
            nxt = 2
            start = pn
        else:
            clause = ch[index]
            test = self.expr(clause.children[0])
            body = self.suite(clause.children[1])
            nxt = index + 1
            start = clause
        orelse = []
        if nxt < len(ch):
            c = ch[nxt]
            if c.kind == T.N_elif_clause:
                orelse = [self.if_stmt(pn, nxt)]
            else:
                orelse = self.suite(c.children[0])
        node = ast.If(test, body, orelse)
        node.set_position(start.lineno, start.col, pn.end_lineno, pn.end_col)
        return node

    def try_stmt(self, pn):
        ch = pn.children
        body = self.suite(ch[0])
        handlers = []
        orelse = []
        finalbody = []
        star = -1              # 1: except* clauses, 0: except clauses
        for i in range(1, len(ch)):
            c = ch[i]
            if c.kind == T.N_except_clause:
                if star == 1:
                    self.error(BOTH_EXCEPTS, c.lineno, c.col, c.lineno, c.col + 6)
                star = 0
                cc = c.children
                etype = None
                name = None
                if len(cc) > 1:
                    etype = self.expr(cc[0])
                if len(cc) > 2:
                    name = self.text(cc[1])
                handlers.append(at(ast.ExceptHandler(etype, name, self.suite(cc[-1])), c))
            elif c.kind == T.N_except_star_clause:
                # children: 'except' '*' test ['as' NAME] ':' suite
                cc = c.children
                if star == 0:
                    self.error(BOTH_EXCEPTS, cc[0].lineno, cc[0].col, cc[1].end_lineno,
                               cc[1].end_col)
                star = 1
                etype = self.expr(cc[2])
                name = None
                if len(cc) > 5:
                    name = self.text(cc[4])
                handlers.append(at(ast.ExceptHandler(etype, name, self.suite(cc[-1])), c))
            elif c.kind == T.N_else_clause:
                orelse = self.suite(c.children[0])
            elif c.kind == T.N_finally_clause:
                finalbody = self.suite(c.children[0])
        if star == 1:
            return at(ast.TryStar(body, handlers, orelse, finalbody), pn)
        return at(ast.Try(body, handlers, orelse, finalbody), pn)

    def with_stmt(self, pn):
        ch = pn.children
        items = []
        first_as = -1          # the first `paren_with_item` (`with (a, b as c):`)
        for i in range(len(ch) - 1):
            if ch[i].kind == T.N_paren_with_item:
                first_as = i
                break
        if first_as >= 0:
            # the items before it were parsed by the tuple display's rules: CPython's
            # with-items are plain expressions (no starred, no unparenthesized walrus)
            for i in range(first_as):
                c = ch[i]
                if c.kind == T.N_star_expr or c.kind == T.N_walrus:
                    self.error_pn('invalid syntax', ch[first_as].children[1])
                items.append(ast.withitem(self.expr(c), None))
            for i in range(first_as, len(ch) - 1):
                items.append(self.with_item(ch[i]))
            return at(ast.With(items, self.suite(ch[-1])), pn)
        first = ch[0]
        if len(ch) == 2 and len(first.children) == 1 and self.splits_into_items(
                first.children[0]):
            # `with (a, b):` is two context managers (CPython 3.9+)
            for c in first.children[0].children:
                items.append(ast.withitem(self.expr(c), None))
        else:
            for i in range(len(ch) - 1):
                items.append(self.with_item(ch[i]))
        return at(ast.With(items, self.suite(ch[-1])), pn)

    def splits_into_items(self, pn):
        """Whether `with (...):` reads the parenthesized tuple pn as several with-items, as
        CPython's first with_stmt alternative does: only when every element is a plain
        expression (`with (*a, b):` and `with (a := 1, b):` keep the tuple, `with ():` too)."""
        if pn.kind != T.N_tuple or self.source[pn.start] != '(' or len(pn.children) == 0:
            return False
        for c in pn.children:
            if c.kind == T.N_star_expr or c.kind == T.N_walrus:
                return False
        return True

    def with_item(self, pn):
        ch = pn.children
        ctx = self.expr(ch[0])
        var = None
        if len(ch) > 1:
            var = self.store(self.expr(ch[-1]), False)
        return at(ast.withitem(ctx, var), pn)

    # ------------------------------------------------------------ match (PEP 634)
    def match_stmt(self, pn):
        ch = pn.children
        subject = self.expr(ch[0])
        cases = []
        for i in range(1, len(ch)):
            cc = ch[i].children
            pattern = self.pattern(cc[0])
            guard = None
            if len(cc) > 2:
                guard = self.expr(cc[1].children[0])
            cases.append(ast.match_case(pattern, guard, self.suite(cc[-1])))
        return at(ast.Match(subject, cases), pn)

    def pattern(self, pn):
        """A pattern's parse node -> ast.Pattern (CPython's checks of the parser)."""
        k = pn.kind
        ch = pn.children
        if k < 0:
            if pn.term == T.T_NAME:
                name = self.text(pn)
                if name == '_':
                    return at(ast.MatchAs(None, None), pn)
                return at(ast.MatchAs(None, name), pn)
            # a number or a string
            return at(ast.MatchValue(self.expr(pn)), pn)
        if k == T.N_neg_number or k == T.N_strings:
            return at(ast.MatchValue(self.pattern_literal(pn)), pn)
        if k == T.N_complex_pattern:
            return at(ast.MatchValue(self.pattern_literal(pn)), pn)
        if k == T.N_const_none:
            return at(ast.MatchSingleton(ast.CONST_NONE), pn)
        if k == T.N_const_true:
            return at(ast.MatchSingleton(ast.CONST_TRUE), pn)
        if k == T.N_const_false:
            return at(ast.MatchSingleton(ast.CONST_FALSE), pn)
        if k == T.N_value_pattern:
            return at(ast.MatchValue(self.dotted_attribute(pn)), pn)
        if k == T.N_group_pattern:
            return self.pattern(ch[0])
        if k == T.N_tuple_pattern or k == T.N_list_pattern or \
                k == T.N_open_sequence_pattern:
            patterns = []
            for c in ch:
                if c.kind == T.N_star_pattern:
                    name = self.text(c.children[0])
                    star = ast.MatchStar(None if name == '_' else name)
                    patterns.append(at(star, c))
                else:
                    patterns.append(self.pattern(c))
            return at(ast.MatchSequence(patterns), pn)
        if k == T.N_as_pattern:
            target = ch[1]
            if self.text(target) == '_':
                self.error_pn("cannot use '_' as a target", target)
            return at(ast.MatchAs(self.pattern(ch[0]), self.text(target)), pn)
        if k == T.N_or_pattern:
            patterns = []
            for c in ch:
                patterns.append(self.pattern(c))
            return at(ast.MatchOr(patterns), pn)
        if k == T.N_mapping_pattern:
            return self.mapping_pattern(pn)
        if k == T.N_class_pattern:
            return self.class_pattern(pn)
        self.error_pn('invalid syntax', pn)
        assert False

    def pattern_literal(self, pn):
        """The expression of a literal pattern or mapping key: a number (negated, or
        complex: real +/- imaginary), strings, None, True or False."""
        if pn.kind == T.N_neg_number:
            return at(ast.UnaryOp(ast.USUB, self.expr(pn.children[0])), pn)
        if pn.kind == T.N_complex_pattern:
            ch = pn.children
            real = ch[0]
            num = real.children[0] if real.kind == T.N_neg_number else real
            if num.term == T.T_IMAG_NUMBER:
                self.error_pn('real number required in complex literal', num)
            imag = ch[2]
            if imag.term != T.T_IMAG_NUMBER:
                self.error_pn('imaginary number required in complex literal', imag)
            op = ast.ADD if self.text(ch[1]) == '+' else ast.SUB
            return at(ast.BinOp(self.pattern_literal(real), op, self.expr(imag)), pn)
        return self.expr(pn)

    def dotted_attribute(self, pn):
        """`a.b.c` of a value pattern (or a class pattern's class) -> Attribute nodes."""
        ch = pn.children
        first = ch[0]
        e = at(ast.Name(self.text(first), ast.LOAD), first)
        for i in range(1, len(ch)):
            e = ast.Attribute(e, self.text(ch[i]), ast.LOAD).set_position(
                first.lineno, first.col, ch[i].end_lineno, ch[i].end_col)
        return e

    def first_token_error(self, pn):
        """CPython's plain "invalid syntax" at the first token of parse node pn."""
        while pn.kind >= 0:
            if pn.kind == T.N_double_star_pattern or pn.kind == T.N_neg_number:
                # their first token ('**', '-') is not among the children
                size = 2 if pn.kind == T.N_double_star_pattern else 1
                self.error('invalid syntax', pn.lineno, pn.col, pn.lineno, pn.col + size)
            pn = pn.children[0]
        self.error_pn('invalid syntax', pn)

    def mapping_pattern(self, pn):
        ch = pn.children
        keys = []
        patterns = []
        rest = None
        for i in range(len(ch)):
            c = ch[i]
            if rest is not None:
                # `**rest` comes last
                self.first_token_error(c)
            if c.kind == T.N_double_star_pattern:
                target = c.children[0]
                if self.text(target) == '_':
                    self.error_pn('invalid syntax', target)
                rest = self.text(target)
                continue
            key = c.children[0]
            if key.kind == T.N_value_pattern:
                keys.append(self.dotted_attribute(key))
            else:
                keys.append(self.pattern_literal(key))
            patterns.append(self.pattern(c.children[1]))
        return at(ast.MatchMapping(keys, patterns, rest), pn)

    def class_pattern(self, pn):
        ch = pn.children
        head = ch[0]
        if head.kind == T.N_value_pattern:
            cls = self.dotted_attribute(head)
        else:
            cls = at(ast.Name(self.text(head), ast.LOAD), head)
        n = len(ch)
        # positional patterns after keyword ones: CPython's error spans the run of
        # positional patterns right after the first run of keyword patterns
        i = 1
        while i < n and ch[i].kind != T.N_keyword_pattern:
            i += 1
        while i < n and ch[i].kind == T.N_keyword_pattern:
            i += 1
        if i < n:
            j = i
            while j + 1 < n and ch[j + 1].kind != T.N_keyword_pattern:
                j += 1
            first = self.pattern(ch[i])
            last = self.pattern(ch[j])
            self.error('positional patterns follow keyword patterns', first.lineno,
                       first.col_offset, last.end_lineno, last.end_col_offset)
        patterns = []
        kwd_attrs = []
        kwd_patterns = []
        for i in range(1, n):
            c = ch[i]
            if c.kind == T.N_keyword_pattern:
                kwd_attrs.append(self.text(c.children[0]))
                kwd_patterns.append(self.pattern(c.children[1]))
            else:
                patterns.append(self.pattern(c))
        return at(ast.MatchClass(cls, patterns, kwd_attrs, kwd_patterns), pn)

    def funcdef(self, pn, decorators):
        ch = pn.children
        name = self.text(ch[0])
        args = None
        returns = None
        body = None
        for i in range(1, len(ch)):
            c = ch[i]
            if c.kind == T.N_params:
                args = self.params(c, False)
            elif c.kind == T.N_suite:
                body = self.suite(c)
            else:
                returns = self.expr(c)
        if args is None:
            args = ast.arguments([], [], None, [], [], None, [])
        assert body is not None
        return at(ast.FunctionDef(name, args, body, decorators, returns), pn)

    def classdef(self, pn, decorators):
        ch = pn.children
        bases = []
        keywords = []
        if len(ch) > 2:
            self.arglist(ch[1], bases, keywords, None)
        return at(ast.ClassDef(self.text(ch[0]), bases, keywords, self.suite(ch[-1]),
                               decorators), pn)

    # ------------------------------------------------------------ parameters
    def params(self, pn, is_lambda):
        posonly = []
        args = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        defaults = []
        seen_star = False
        seen_default = False
        for c in pn.children:
            k = c.kind
            if kwarg is not None:
                self.error_pn('arguments cannot follow var-keyword argument', c)
            if k == T.N_slash:
                if seen_star or len(posonly) > 0:
                    self.error_pn("/ must be ahead of *" if seen_star
                                  else "/ may appear only once", c)
                if len(args) == 0:
                    # CPython's rule is '/' ','; a lone '/' is plain invalid syntax
                    p = self.skip_blanks(c.end)
                    if p < len(self.source) and self.source[p] == ',':
                        self.error_pn('at least one argument must precede /', c)
                    self.error_pn('invalid syntax', c)
                posonly = args
                args = []
            elif k == T.N_param or k == T.N_lparam:
                a = self.arg(c)
                if seen_star:
                    kwonly.append(a)
                    kw_defaults.append(None)
                else:
                    if seen_default:
                        self.error_pn('non-default argument follows default argument', c)
                    args.append(a)
            elif k == T.N_default_param or k == T.N_default_lparam:
                a = self.arg(c.children[0])
                d = self.expr(c.children[1])
                if seen_star:
                    kwonly.append(a)
                    kw_defaults.append(d)
                else:
                    seen_default = True
                    args.append(a)
                    defaults.append(d)
            elif k == T.N_star_param or k == T.N_star_lparam:
                if seen_star:
                    # CPython's rule: '*' (param | ',') after the first one
                    p = self.skip_blanks(c.end)
                    if len(c.children) == 0 and not (p < len(self.source) and
                                                     self.source[p] == ','):
                        self.error_pn('invalid syntax', c)
                    self.error('* argument may appear only once', c.lineno, c.col,
                               c.lineno, c.col + 1)
                seen_star = True
                if len(c.children) > 0:
                    vararg = self.arg(c.children[0])
            elif k == T.N_dstar_param or k == T.N_dstar_lparam:
                kwarg = self.arg(c.children[0])
        if seen_star and vararg is None and len(kwonly) == 0:
            for c in pn.children:
                if c.kind == T.N_star_param:
                    self.error_pn('named arguments must follow bare *', c)
                if c.kind == T.N_star_lparam:
                    # lambda: CPython reports the token after `*` [`,`]: ':' or '**'
                    p = self.skip_blanks(c.end)
                    if p < len(self.source) and self.source[p] == ',':
                        p = self.skip_blanks(p + 1)
                    size = 1
                    if p + 1 < len(self.source) and self.source[p] == '*':
                        size = 2
                    col = c.end_col + (p - c.end)
                    self.error('named arguments must follow bare *', c.end_lineno, col,
                               c.end_lineno, col + size)
        return ast.arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    def arg(self, pn):
        ch = pn.children
        annotation = None
        if len(ch) > 1:
            annotation = self.expr(ch[1])
        return at(ast.arg(self.text(ch[0]), annotation), pn)

    # ------------------------------------------------------------ targets
    def store(self, e, assign_stmt):
        """Check an assignment target and give it (and its parts) the Store context."""
        self.check_target(e, assign_stmt)
        self.set_ctx(e, ast.STORE)
        return e

    def check_here(self, e):
        """CPython's "cannot assign to X here. Maybe you meant '==' instead of '='?",
        given to a bad target right before the only '=' of a statement."""
        if isinstance(e, ast.Name) or isinstance(e, ast.Attribute) or \
                isinstance(e, ast.Subscript) or isinstance(e, ast.Starred) or \
                isinstance(e, ast.Tuple) or isinstance(e, ast.List) or \
                isinstance(e, ast.GeneratorExp) or isinstance(e, ast.Lambda) or \
                isinstance(e, ast.IfExp) or isinstance(e, ast.Compare) or \
                isinstance(e, ast.BoolOp) or isinstance(e, ast.NamedExpr) or \
                isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom) or \
                (isinstance(e, ast.UnaryOp) and e.op == ast.NOT):
            return
        if isinstance(e, ast.Constant) and (e.kind == ast.CONST_NONE or
                                            e.kind == ast.CONST_TRUE or
                                            e.kind == ast.CONST_FALSE):
            return
        self.error_at("cannot assign to %s here. Maybe you meant '==' instead of '='?"
                      % expr_name(e), e)

    def check_target(self, e, top):
        if isinstance(e, ast.Name) or isinstance(e, ast.Attribute) or \
                isinstance(e, ast.Subscript):
            return
        if isinstance(e, ast.Starred):
            self.check_target(e.value, False)
            return
        if isinstance(e, ast.Tuple):
            for x in e.elts:
                self.check_target(x, False)
            return
        if isinstance(e, ast.List):
            for x in e.elts:
                self.check_target(x, False)
            return
        if isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom):
            self.error_at('assignment to yield expression not possible', e)
        self.error_at('cannot assign to %s' % expr_name(e), e)

    def check_del(self, e):
        if isinstance(e, ast.Name) or isinstance(e, ast.Attribute) or \
                isinstance(e, ast.Subscript):
            self.set_ctx(e, ast.DEL)
            return
        if isinstance(e, ast.Tuple):
            for x in e.elts:
                self.check_del(x)
            e.ctx = ast.DEL
            return
        if isinstance(e, ast.List):
            for x in e.elts:
                self.check_del(x)
            e.ctx = ast.DEL
            return
        self.error_at('cannot delete %s' % expr_name(e), e)

    def set_ctx(self, e, ctx):
        if isinstance(e, ast.Name):
            e.ctx = ctx
        elif isinstance(e, ast.Attribute):
            e.ctx = ctx
        elif isinstance(e, ast.Subscript):
            e.ctx = ctx
        elif isinstance(e, ast.Starred):
            e.ctx = ctx
            self.set_ctx(e.value, ctx)
        elif isinstance(e, ast.Tuple):
            e.ctx = ctx
            for x in e.elts:
                self.set_ctx(x, ctx)
        elif isinstance(e, ast.List):
            e.ctx = ctx
            for x in e.elts:
                self.set_ctx(x, ctx)

    # ------------------------------------------------------------ expressions
    def exprs(self, nodes):
        out = []
        for c in nodes:
            out.append(self.expr(c))
        return out

    def expr(self, pn):
        if pn.kind < 0:
            return self.token_expr(pn)
        k = pn.kind
        ch = pn.children
        if k == T.N_tuple:
            return at(ast.Tuple(self.exprs(ch), ast.LOAD), pn)
        if k == T.N_paren:
            inner = self.expr(ch[0])
            if isinstance(inner, ast.Starred):
                self.error_at('cannot use starred expression here', inner)
            return inner
        if k == T.N_list:
            return at(ast.List(self.exprs(ch), ast.LOAD), pn)
        if k == T.N_set:
            return at(ast.Set(self.exprs(ch)), pn)
        if k == T.N_dict:
            keys = []
            values = []
            for c in ch:
                if c.kind == T.N_dict_pair:
                    keys.append(self.expr(c.children[0]))
                    values.append(self.expr(c.children[1]))
                else:
                    keys.append(None)
                    values.append(self.expr(c.children[0]))
            return at(ast.Dict(keys, values), pn)
        if k == T.N_genexp:
            return at(ast.GeneratorExp(self.expr(ch[0]), self.comps(ch[1])), pn)
        if k == T.N_listcomp:
            return at(ast.ListComp(self.expr(ch[0]), self.comps(ch[1])), pn)
        if k == T.N_setcomp:
            return at(ast.SetComp(self.expr(ch[0]), self.comps(ch[1])), pn)
        if k == T.N_dictcomp:
            return at(ast.DictComp(self.expr(ch[0]), self.expr(ch[1]), self.comps(ch[2])), pn)
        if k == T.N_strings:
            return self.strings(pn)
        if k == T.N_const_none:
            return at(ast.Constant(ast.CONST_NONE, ''), pn)
        if k == T.N_const_true:
            return at(ast.Constant(ast.CONST_TRUE, ''), pn)
        if k == T.N_const_false:
            return at(ast.Constant(ast.CONST_FALSE, ''), pn)
        if k == T.N_ellipsis:
            return at(ast.Constant(ast.CONST_ELLIPSIS, ''), pn)
        if k == T.N_call:
            return self.call(pn)
        if k == T.N_subscript:
            return at(ast.Subscript(self.expr(ch[0]), self.subscripts(ch[1]), ast.LOAD), pn)
        if k == T.N_attribute:
            return at(ast.Attribute(self.expr(ch[0]), self.text(ch[1]), ast.LOAD), pn)
        if k == T.N_power:
            return at(ast.BinOp(self.expr(ch[0]), ast.POW, self.expr(ch[1])), pn)
        if k == T.N_unary:
            t = self.text(ch[0])
            op = ast.UADD if t == '+' else ast.USUB if t == '-' else ast.INVERT
            return at(ast.UnaryOp(op, self.expr(ch[1])), pn)
        if k == T.N_term or k == T.N_arith_expr or k == T.N_shift_expr:
            left = self.expr(ch[0])
            i = 1
            while i < len(ch):
                op = BIN_OPS[self.text(ch[i])]
                right = self.expr(ch[i + 1])
                left = ast.BinOp(left, op, right).set_position(
                    pn.lineno, pn.col, ch[i + 1].end_lineno, ch[i + 1].end_col)
                i += 2
            return left
        if k == T.N_expr or k == T.N_xor_expr or k == T.N_and_expr:
            op = ast.BITOR if k == T.N_expr else ast.BITXOR if k == T.N_xor_expr else ast.BITAND
            left = self.expr(ch[0])
            for i in range(1, len(ch)):
                right = self.expr(ch[i])
                left = ast.BinOp(left, op, right).set_position(
                    pn.lineno, pn.col, ch[i].end_lineno, ch[i].end_col)
            return left
        if k == T.N_comparison:
            left = self.expr(ch[0])
            ops = []
            comparators = []
            i = 1
            while i < len(ch):
                t = self.text(ch[i])
                if t == 'not':
                    ops.append(ast.NOTIN)
                    i += 2
                elif t == 'is' and ch[i + 1].kind < 0 and ch[i + 1].term == T.T_NOT:
                    ops.append(ast.ISNOT)
                    i += 2
                else:
                    ops.append(CMP_OPS[t])
                    i += 1
                comparators.append(self.expr(ch[i]))
                i += 1
            return at(ast.Compare(left, ops, comparators), pn)
        if k == T.N_not_test:
            return at(ast.UnaryOp(ast.NOT, self.expr(ch[0])), pn)
        if k == T.N_and_test:
            return at(ast.BoolOp(ast.AND, self.exprs(ch)), pn)
        if k == T.N_or_test:
            return at(ast.BoolOp(ast.OR, self.exprs(ch)), pn)
        if k == T.N_ifexp:
            return at(ast.IfExp(self.expr(ch[1]), self.expr(ch[0]), self.expr(ch[2])), pn)
        if k == T.N_lambdef:
            if len(ch) > 1:
                args = self.params(ch[0], True)
            else:
                args = ast.arguments([], [], None, [], [], None, [])
            return at(ast.Lambda(args, self.expr(ch[-1])), pn)
        if k == T.N_walrus:
            target = self.expr(ch[0])
            if not isinstance(target, ast.Name):
                self.error_at('cannot use assignment expressions with %s'
                              % expr_name(target), target)
            target.ctx = ast.STORE
            return at(ast.NamedExpr(target, self.expr(ch[1])), pn)
        if k == T.N_star_expr or k == T.N_star_subscript:
            return at(ast.Starred(self.expr(ch[0]), ast.LOAD), pn)
        if k == T.N_yield_expr:
            value = None
            if len(ch) > 0:
                value = self.expr(ch[0])
            return at(ast.Yield(value), pn)
        if k == T.N_yield_from:
            return at(ast.YieldFrom(self.expr(ch[0])), pn)
        if k == T.N_slice:
            return self.slice(pn)
        self.error_pn('invalid syntax', pn)
        assert False

    def token_expr(self, pn):
        t = pn.term
        text = self.text(pn)
        if t == T.T_NAME:
            return at(ast.Name(text, ast.LOAD), pn)
        if t == T.T_STRING:
            return self.strings_of([pn], pn)
        if t == T.T_DEC_NUMBER:
            digits = drop_underscores(text)
            i = 0
            while i < len(digits) - 1 and digits[i] == '0':
                i += 1
            return at(ast.Constant(ast.CONST_INT, substr(digits, i, len(digits))), pn)
        if t == T.T_HEX_NUMBER or t == T.T_OCT_NUMBER or t == T.T_BIN_NUMBER:
            base = 16 if t == T.T_HEX_NUMBER else 8 if t == T.T_OCT_NUMBER else 2
            digits = drop_underscores(text[2:])
            return at(ast.Constant(ast.CONST_INT, rbigint.fromstr(digits, base).str()), pn)
        if t == T.T_FLOAT_NUMBER:
            return at(ast.Constant(ast.CONST_FLOAT, drop_underscores(text)), pn)
        if t == T.T_IMAG_NUMBER:
            body = substr(text, 0, len(text) - 1)
            return at(ast.Constant(ast.CONST_COMPLEX, drop_underscores(body)), pn)
        self.error_pn('invalid syntax', pn)
        assert False

    def comps(self, pn):
        out = []
        for c in pn.children:
            cc = c.children
            target = self.store(self.expr(cc[0]), False)
            ifs = []
            for i in range(2, len(cc)):
                ifs.append(self.expr(cc[i].children[0]))
            out.append(ast.comprehension(target, self.expr(cc[1]), ifs, 0))
        return out

    def subscripts(self, pn):
        ch = pn.children
        if len(ch) == 1 and pn.end == ch[0].end and ch[0].kind != T.N_star_subscript:
            return self.expr(ch[0])
        return at(ast.Tuple(self.exprs(ch), ast.LOAD), pn)

    def slice(self, pn):
        parts = [None, None, None]
        i = 0
        for c in pn.children:
            if c.kind < 0 and c.term == T.T_COLON:
                i += 1
            else:
                parts[i] = self.expr(c)
        return at(ast.Slice(parts[0], parts[1], parts[2]), pn)

    def call(self, pn):
        ch = pn.children
        func = self.expr(ch[0])
        args = []
        keywords = []
        if len(ch) > 1:
            self.arglist(ch[1], args, keywords, pn)
        return at(ast.Call(func, args, keywords), pn)

    def set_offset_start(self, node, ref, offset):
        """Set node's start to byte offset `offset`, which lies after parse node ref."""
        if offset < 0:
            return
        lineno = ref.end_lineno
        col = ref.end_col + (offset - ref.end)
        st = ref.end
        assert st >= 0
        p = self.source.find('\n', st, offset)
        while p >= 0:
            lineno += 1
            col = offset - p - 1
            p = self.source.find('\n', p + 1, offset)
        node.lineno = lineno
        node.col_offset = col

    def arglist(self, pn, args, keywords, call):
        ch = pn.children
        seen_kw = False
        seen_dstar = False
        for c in ch:
            k = c.kind
            if k == T.N_kwarg:
                tpn = c.children[0]
                if tpn.kind == T.N_const_true or tpn.kind == T.N_const_false or \
                        tpn.kind == T.N_const_none:
                    self.error_to_equal('cannot assign to %s' % self.text(tpn),
                                        tpn.lineno, tpn.col, tpn)
                target = self.expr(tpn)
                if not (tpn.kind < 0 and tpn.term == T.T_NAME):
                    # (a parenthesized name too, as CPython)
                    self.error_to_equal('expression cannot contain assignment, perhaps '
                                        'you meant "=="?', target.lineno,
                                        target.col_offset, tpn)
                keywords.append(at(ast.keyword(self.text(c.children[0]),
                                               self.expr(c.children[1])), c))
                seen_kw = True
            elif k == T.N_dstar_arg:
                keywords.append(at(ast.keyword(None, self.expr(c.children[0])), c))
                seen_dstar = True
            elif k == T.N_star_arg:
                if seen_dstar:
                    self.error_pn('iterable argument unpacking follows keyword argument '
                                  'unpacking', c)
                args.append(at(ast.Starred(self.expr(c.children[0]), ast.LOAD), c))
            elif k == T.N_genexp_arg:
                if len(ch) > 1 or pn.end != c.end:
                    self.error_pn('Generator expression must be parenthesized', c)
                g = ast.GeneratorExp(self.expr(c.children[0]), self.comps(c.children[1]))
                # the call's parentheses are the generator expression's
                if call is not None:
                    func = call.children[0]
                    self.set_offset_start(g, func, self.source.find('(', func.end))
                    g.end_lineno = call.end_lineno
                    g.end_col_offset = call.end_col
                else:
                    at(g, c)
                args.append(g)
            else:
                if seen_dstar:
                    self.error('positional argument follows keyword argument unpacking',
                               c.end_lineno, c.end_col, c.end_lineno, c.end_col + 1)
                if seen_kw:
                    self.error('positional argument follows keyword argument',
                               c.end_lineno, c.end_col, c.end_lineno, c.end_col + 1)
                args.append(self.expr(c))

    def skip_blanks(self, p):
        """The offset of the first character at or after p that is not a space or tab."""
        n = len(self.source)
        while p < n and (self.source[p] == ' ' or self.source[p] == '\t' or
                         self.source[p] == '\x0c'):
            p += 1
        return p

    def error_to_equal(self, msg, lineno, col, pn):
        """An error from (lineno, col) to the end of the '=' that follows parse node pn
        (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) with b the '=')."""
        p = pn.end
        n = len(self.source)
        end_lineno = pn.end_lineno
        end_col = pn.end_col
        while p < n and self.source[p] != '=':
            if self.source[p] == '\n':
                end_lineno += 1
                end_col = -1
            p += 1
            end_col += 1
        self.error(msg, lineno, col, end_lineno, end_col + 1)

    # ------------------------------------------------------------ strings
    def strings(self, pn):
        return self.strings_of(pn.children, pn)

    def strings_of(self, tokens, pn):
        is_bytes = False
        is_f = False
        for i in range(len(tokens)):
            tok = tokens[i]
            piece = split_literal(self.text(tok))
            if i == 0:
                is_bytes = piece.is_bytes
            elif piece.is_bytes != is_bytes:
                self.error('cannot mix bytes and nonbytes literals', pn.end_lineno,
                           pn.end_col, pn.end_lineno, pn.end_col)
            if piece.is_fstring:
                is_f = True
        if not is_f:
            parts = []
            for tok in tokens:
                parts.append(self.decode(tok).body)
            kind = ast.CONST_BYTES if is_bytes else ast.CONST_STR
            return at(ast.Constant(kind, ''.join(parts)), pn)
        values = []
        buf = []
        for tok in tokens:
            text = self.text(tok)
            piece = split_literal(text)
            if not piece.is_fstring:
                buf.append(self.decode(tok).body)
                continue
            self.fstring(piece, tok, values, buf, pn, False)
        self.flush(values, buf, pn)
        return at(ast.JoinedStr(values), pn)

    def decode(self, tok):
        try:
            return decode_literal(self.text(tok))
        except LiteralError as e:
            self.error_pn(e.msg, tok)
            assert False

    def flush(self, values, buf, pn):
        if len(buf) > 0:
            s = ''.join(buf)
            del buf[:]
            if len(s) > 0:
                values.append(at(ast.Constant(ast.CONST_STR, s), pn))

    def fstring(self, piece, tok, values, buf, pn, in_spec):
        body = piece.body
        self.fstring_body(body, 0, len(body), piece, tok, values, buf, pn, 0)

    def fstring_body(self, body, i, n, piece, tok, values, buf, pn, depth):
        """Split body[i:n] into literal text (into buf) and fields (into values)."""
        lit_start = i
        while i < n:
            c = body[i]
            if c == '\\' and not piece.is_raw and i + 2 < n and body[i + 1] == 'N' and \
                    body[i + 2] == '{':
                close = body.find('}', i)
                if close > 0:
                    i = close + 1      # \N{NAME} is text, not a field
                    continue
            if c == '{':
                if i + 1 < n and body[i + 1] == '{' and depth == 0:
                    buf.append(self.fdecode(substr(body, lit_start, i + 1), piece, tok))
                    i += 2
                    lit_start = i
                    continue
                buf.append(self.fdecode(substr(body, lit_start, i), piece, tok))
                i = self.field(body, i + 1, n, piece, tok, values, buf, pn, depth)
                lit_start = i
                continue
            if c == '}':
                if i + 1 < n and body[i + 1] == '}' and depth == 0:
                    buf.append(self.fdecode(substr(body, lit_start, i + 1), piece, tok))
                    i += 2
                    lit_start = i
                    continue
                self.error("f-string: single '}' is not allowed", tok.end_lineno, tok.end_col,
                           tok.end_lineno, tok.end_col)
            i += 1
        buf.append(self.fdecode(substr(body, lit_start, n), piece, tok))

    def fdecode(self, s, piece, tok):
        if piece.is_raw:
            return s
        try:
            return decode_escapes(s, False, 0)
        except LiteralError as e:
            self.error_pn(e.msg, tok)
            assert False

    def field(self, body, i, n, piece, tok, values, buf, pn, depth):
        """Parse one {...} field starting after '{'; returns the index after '}'."""
        if depth >= 2:
            self.fstring_error('f-string: expressions nested too deeply', tok)
        start = i
        i = self.scan_field_expr(body, i, n, tok)
        if i >= n:
            self.fstring_error("f-string: expecting '}'", tok)
        expr_text = substr(body, start, i)
        if is_blank(expr_text):
            c = body[i]
            if c == '!' or c == ':' or c == '=':
                self.fstring_error("f-string: expression required before '%s'" % c, tok)
            self.fstring_error('f-string: empty expression not allowed', tok)
        value = self.sub_expr(expr_text, tok, piece.body_offset + start)
        conversion = -1
        debug = False
        if body[i] == '=':
            debug = True
            buf.append(substr(body, start, i + 1))
            i += 1
            while i < n and body[i] == ' ':
                buf.append(' ')
                i += 1
        if i < n and body[i] == '!':
            if i + 1 >= n:
                self.error("f-string: expecting '}'", tok.end_lineno, tok.end_col, tok.end_lineno, tok.end_col)
            conv = body[i + 1]
            if conv != 's' and conv != 'r' and conv != 'a':
                self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'",
                           tok.end_lineno, tok.end_col, tok.end_lineno, tok.end_col)
            conversion = ord(conv)
            i += 2
        spec = None
        if i < n and body[i] == ':':
            i += 1
            spec_start = i
            nest = 0
            while i < n:
                c = body[i]
                if c == '{':
                    nest += 1
                elif c == '}':
                    if nest == 0:
                        break
                    nest -= 1
                i += 1
            spec_values = []
            spec_buf = []
            self.fstring_body(body, spec_start, i, piece, tok, spec_values, spec_buf, pn,
                              depth + 1)
            # CPython 3.11: the spec's trailing text and the spec itself get the
            # position of this one f-string token, everything else the whole literal's
            self.flush(spec_values, spec_buf, tok)
            spec = at(ast.JoinedStr(spec_values), tok)
        if i >= n or body[i] != '}':
            self.error("f-string: expecting '}'", tok.end_lineno, tok.end_col, tok.end_lineno, tok.end_col)
        if debug and conversion == -1 and spec is None:
            conversion = ord('r')
        self.flush(values, buf, pn)
        values.append(at(ast.FormattedValue(value, conversion, spec), pn))
        return i + 1

    def fstring_error(self, msg, tok):
        """An error of the f-string's syntax, at the end of its token, as CPython's."""
        self.error(msg, tok.end_lineno, tok.end_col, tok.end_lineno, tok.end_col)

    def scan_field_expr(self, body, i, n, tok):
        """The end of a field's expression that starts at body[i]: the index of the
        '!', ':', '=' or '}' that ends it (n if none), with the errors of CPython
        3.11's scan (fstring_find_expr): no backslash or '#' anywhere in it, brackets
        matched, strings closed."""
        stack = []
        quote = '\x00'
        triple = False
        while i < n:
            c = body[i]
            if c == '\\':
                self.fstring_error('f-string expression part cannot include a backslash', tok)
            if quote != '\x00':
                if c == quote:
                    if not triple:
                        quote = '\x00'
                    elif i + 2 < n and body[i + 1] == c and body[i + 2] == c:
                        i += 2
                        quote = '\x00'
            elif c == "'" or c == '"':
                quote = c
                triple = i + 2 < n and body[i + 1] == c and body[i + 2] == c
                if triple:
                    i += 2
            elif c == '(' or c == '[' or c == '{':
                stack.append(c)
            elif c == '#':
                self.fstring_error("f-string expression part cannot include '#'", tok)
            elif len(stack) == 0 and (c == '!' or c == ':' or c == '}' or c == '=' or
                                      c == '<' or c == '>'):
                if i + 1 < n and body[i + 1] == '=' and c != ':' and c != '}':
                    i += 2              # !=, ==, <=, >=
                    continue
                if c != '<' and c != '>':
                    break
            elif c == ')' or c == ']' or c == '}':
                if len(stack) == 0:
                    self.fstring_error("f-string: unmatched '%s'" % c, tok)
                opening = stack.pop()
                if not ((opening == '(' and c == ')') or (opening == '[' and c == ']') or
                        (opening == '{' and c == '}')):
                    self.fstring_error("f-string: closing parenthesis '%s' does not match "
                                       "opening parenthesis '%s'" % (c, opening), tok)
            i += 1
        if quote != '\x00':
            self.fstring_error('f-string: unterminated string', tok)
        if len(stack) > 0:
            self.fstring_error("f-string: unmatched '%s'" % stack[-1], tok)
        return i

    def fstring_expr_error(self, ptext, lineno):
        """Raise the error of a field's expression as CPython 3.11 reports it: the
        parser's message after "f-string: " (the tokenizer's alone), its columns those
        of the parenthesized text, which is the error's text."""
        try:
            Parser(ptext, self.filename, lineno, 0, 0).parse(T.START_EVAL)
        except CompileError as e:
            if not e.from_lexer:
                e.msg = 'f-string: ' + e.msg
            raise e

    def sub_expr(self, text, tok, offset):
        """Parse an f-string field's expression, with positions in the file."""
        # where does the expression start? (the token may span lines)
        full = self.source
        assert offset >= 0
        abs_start = tok.start + offset
        lineno = tok.lineno
        line_begin = tok.start - tok.col
        p = full.find('\n', tok.start, abs_start)
        while p >= 0:
            lineno += 1
            line_begin = p + 1
            p = full.find('\n', p + 1, abs_start)
        col = abs_start - line_begin
        # CPython parses the field as "(" + text + ")" (so `x for x in y` is a generator
        # and a bare tuple spans the braces); the "(" stands where the "{" is
        ptext = '(' + text + ')'
        parser = Parser(ptext, self.filename, lineno, col - 1, 0)
        try:
            root = parser.parse(T.START_EVAL)
        except CompileError:
            self.fstring_expr_error(ptext, lineno)
            assert False
        sub = Builder(ptext, self.filename, lineno, col - 1)
        value = sub.expr(root.children[0])
        return value
