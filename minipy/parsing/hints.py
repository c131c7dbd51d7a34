"""CPython 3.11's specific syntax error messages that need a look around the point
where the LALR(1) parse failed (RPython): `except*:`, `except E, F:`, parenthesized
parameters, unpacking in comprehensions, dict displays, a trailing comma in
`from m import a,`. CPython finds them with its grammar's `invalid_*` rules; here they
are a mixin of lalr.Parser, run from Parser.syntax_error with the parse stacks, and
they may read ahead with the lexer (then the rest of the source is tokenized, whose
errors win, as CPython does after a parser error).
"""
from minipy.parsing import tables as T
from minipy.parsing.errors import raise_error
from minipy.compiler.errors import CompileError

EXPR_STARTS = [T.T_NAME, T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER, T.T_BIN_NUMBER,
               T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER, T.T_STRING, T.T_NONE, T.T_TRUE, T.T_FALSE,
               T.T_LBRACE]
INLINE_KIND = [1 if _n.startswith('_') else 0 for _n in T.TREE_NAMES]

# tokens that end an operand, and that start one (two in a row: a missing operator)
OPERAND_ENDS = [T.T_NAME, T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER, T.T_BIN_NUMBER,
                T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER, T.T_STRING, T.T_NONE, T.T_TRUE,
                T.T_FALSE, T.T_RPAR, T.T_RSQB, T.T_RBRACE]
OPERAND_STARTS = [T.T_NAME, T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER, T.T_BIN_NUMBER,
                  T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER, T.T_NONE, T.T_TRUE, T.T_FALSE,
                  T.T_LAMBDA, T.T_NOT]

# keywords (and tokens) no expression contains
STATEMENT_ONLY = [T.T_DEL, T.T_PASS, T.T_BREAK, T.T_CONTINUE, T.T_RETURN, T.T_RAISE,
                  T.T_GLOBAL, T.T_NONLOCAL, T.T_ASSERT, T.T_IMPORT, T.T_AS, T.T_ELIF,
                  T.T_WHILE, T.T_TRY, T.T_EXCEPT, T.T_FINALLY, T.T_WITH, T.T_DEF, T.T_CLASS,
                  T.T_SEMICOLON, T.T_EQUAL, T.T_FROM]
OPERAND_STARTS_ALL = OPERAND_STARTS + [T.T_STRING, T.T_LPAR, T.T_LSQB, T.T_LBRACE, T.T_MINUS,
                                       T.T_PLUS, T.T_TILDE]


def is_token(node, term):
    return node.kind < 0 and node.term == term


def plain_params(node):
    """Whether a parse stack value holds only parameters without defaults (and, inside
    lark's helper nodes for repetitions, only those)."""
    if node.kind == T.N_param or node.kind == T.N_lparam:
        return True
    if node.kind < 0 or not INLINE_KIND[node.kind]:
        return False
    for c in node.children:
        if not plain_params(c):
            return False
    return True


def dict_items_before(values, i, need_item):
    """Whether values[i] is a '{' or a ',' after dict items back to an open '{'."""
    seen = False
    if i >= 0 and is_token(values[i], T.T_LBRACE):
        return not need_item
    if i < 0 or not is_token(values[i], T.T_COMMA):
        return False
    i -= 1
    while i >= 0:
        v = values[i]
        if is_token(v, T.T_LBRACE):
            return seen or not need_item
        if is_token(v, T.T_COMMA):
            pass
        elif v.kind == T.N_dict_pair or v.kind == T.N_dict_unpack:
            seen = True
        elif v.kind >= 0 and INLINE_KIND[v.kind]:
            for c in v.children:
                if c.kind != T.N_dict_pair and c.kind != T.N_dict_unpack:
                    return False
            seen = True
        else:
            return False
        i -= 1
    return False


class ErrorHints(object):
    """Mixed into lalr.Parser (uses its lexer, source, filename, trial, sub_parse)."""
    _mixin_ = True

    def except_errors(self, states, values, term, lineno, col, end_col):
        """CPython's messages for `except*:` and `except E, F:`."""
        n = len(values)
        if term == T.T_COLON and n >= 2 and is_token(values[-1], T.T_STAR) and \
                is_token(values[-2], T.T_EXCEPT):
            self.specific_error('expected one or more exception types', lineno, col,
                                lineno, end_col)
        if term != T.T_COMMA:
            return
        vals = self.trial(states, values, T.T_COLON)
        if vals is None or len(vals) < 2:
            return
        k = len(vals) - 2
        if is_token(vals[k], T.T_STAR):
            k -= 1
        if k < 0 or not is_token(vals[k], T.T_EXCEPT):
            return
        first = vals[-1]
        while first.kind == T.N_paren:      # CPython's node lies inside the parentheses
            first = first.children[0]
        # CPython's rule: 'except' '*'? expression ',' expressions ['as' NAME] ':'
        # (checked here on the tokens: expressions, then maybe `as NAME`, then ':')
        lexer = self.lexer
        depth = 0
        prev = T.T_COMMA
        count = 0
        while True:
            lexer.next_token()
            t = lexer.tok_type
            if t == T.T_END or t == T.T_NEWLINE or t == T.T_INDENT or t == T.T_DEDENT:
                return
            if depth == 0:
                if t == T.T_COLON:
                    break
                if t == T.T_AS:
                    if count == 0 or prev == T.T_COMMA:
                        return
                    lexer.next_token()
                    if lexer.tok_type != T.T_NAME:
                        return
                    lexer.next_token()
                    if lexer.tok_type != T.T_COLON:
                        return
                    break
                if (prev == T.T_COMMA and (t == T.T_STAR or t == T.T_COMMA)) or \
                        (prev in OPERAND_ENDS and t in OPERAND_STARTS):
                    return
            if t == T.T_LPAR or t == T.T_LSQB or t == T.T_LBRACE:
                depth += 1
            elif t == T.T_RPAR or t == T.T_RSQB or t == T.T_RBRACE:
                depth -= 1
                if depth < 0:
                    return
            prev = t
            count += 1
        if count == 0:
            return
        self.specific_error('multiple exception types must be parenthesized', first.lineno,
                            first.col, lexer.tok_lineno, lexer.tok_col)

    def parenthesized_params(self, values, lineno, col):
        """`def f((a, b)):` and `lambda (a): 0`: CPython's rule is (for lambda, without
        annotations) param_no_default* '(' param_no_default+ ','? ')'."""
        is_lambda = False
        for i in range(len(values) - 1, -1, -1):
            v = values[i]
            if v.kind < 0:
                if v.term == T.T_LAMBDA:
                    is_lambda = True
                    break
                if v.term == T.T_LPAR and i > 0 and is_token(values[i - 1], T.T_NAME):
                    break
                if v.term != T.T_COMMA:
                    return
            elif not plain_params(v):
                return
        # the tokens inside the parentheses: NAME [':' annotation] (',' NAME ...)* ','? ')'
        lexer = self.lexer
        inner_start = lexer.tok_end
        names = 0
        expect_name = True
        while True:
            lexer.next_token()
            t = lexer.tok_type
            if t == T.T_RPAR:
                break
            if expect_name:
                if t != T.T_NAME:
                    return
                names += 1
                expect_name = False
                continue
            if t == T.T_COMMA:
                expect_name = True
                continue
            if t != T.T_COLON or is_lambda:
                return
            # an annotation: any tokens up to ',' or ')' at this depth, but no '='
            depth = 0
            count = 0
            prev = -1
            while True:
                lexer.next_token()
                t = lexer.tok_type
                if t == T.T_END or t == T.T_NEWLINE or t in STATEMENT_ONLY or \
                        t == T.T_FOR or (count == 0 and t not in OPERAND_STARTS_ALL) or \
                        (t == T.T_COMMA and (prev == T.T_LPAR or prev == T.T_LSQB)) or \
                        (prev in OPERAND_ENDS and t in OPERAND_STARTS and t != T.T_NOT):
                    return
                count += 1
                prev = t
                if depth == 0 and (t == T.T_COMMA or t == T.T_RPAR or t == T.T_EQUAL):
                    break
                if t == T.T_LPAR or t == T.T_LSQB or t == T.T_LBRACE:
                    depth += 1
                elif t == T.T_RPAR or t == T.T_RSQB or t == T.T_RBRACE:
                    depth -= 1
            if t == T.T_EQUAL:
                return
            if t == T.T_RPAR:
                break
            expect_name = True
        if names == 0:
            return
        inner_end = lexer.tok_start
        assert inner_end >= inner_start >= 0
        inner = self.source[inner_start:inner_end]
        if is_lambda:
            text = 'lambda ' + inner + ': 0\n'
        else:
            text = 'def _(' + inner + '): pass\n'
        if self.sub_parse(text, T.START_EXEC) is not None:     # bad annotations
            return
        what = 'Lambda expression parameters' if is_lambda else 'Function parameters'
        self.specific_error(what + ' cannot be parenthesized', lineno, col,
                            lexer.tok_lineno, lexer.tok_end_col)

    def comprehension_errors(self, states, values):
        """At a `for` that cannot follow: CPython's invalid_comprehension and
        invalid_dict_comprehension rules (`[*a for a in b]`, `[a, b for a in c]`,
        `{**a for a in b}`), when a valid `for ... in ...` clause follows."""
        vals = self.trial(states, values, T.T_COMMA)
        if vals is None:
            if len(values) == 0 or not is_token(values[-1], T.T_COMMA):
                return
            vals = values
        items = []
        commas = 0
        trailing = len(vals) > 0 and is_token(vals[-1], T.T_COMMA)
        i = len(vals) - 1
        bracket = None
        while i >= 0:
            v = vals[i]
            if v.kind < 0 and (v.term == T.T_LSQB or v.term == T.T_LBRACE or
                               v.term == T.T_LPAR):
                bracket = v
                break
            if is_token(v, T.T_COMMA):
                commas += 1
            elif v.kind >= 0 and INLINE_KIND[v.kind]:
                for j in range(len(v.children) - 1, -1, -1):
                    items.append(v.children[j])
                    commas += 1
            elif v.kind < 0 and v.term not in OPERAND_ENDS:
                return          # an unfinished expression
            else:
                items.append(v)
            i -= 1
        if bracket is None or len(items) == 0:
            return
        items.reverse()
        trailer = i > 0 and (vals[i - 1].kind >= 0 or vals[i - 1].term in OPERAND_ENDS)
        first = items[0]
        msg = ''
        end_lineno = 0
        end_col = 0
        if len(items) == 1 and not trailing:
            k = first.kind
            if k == T.N_star_expr or k == T.N_star_arg or k == T.N_star_subscript:
                msg = 'iterable unpacking cannot be used in comprehension'
            elif k == T.N_dict_unpack and bracket.term == T.T_LBRACE and not trailer:
                msg = 'dict unpacking cannot be used in dict comprehension'
                end_lineno = first.lineno
                end_col = first.col + 2
            if msg != '':
                if end_lineno == 0:
                    end_lineno = first.end_lineno
                    end_col = first.end_col
        elif bracket.term != T.T_LPAR:
            for it in items:
                if it.kind == T.N_dict_pair or it.kind == T.N_dict_unpack:
                    return
            msg = 'did you forget parentheses around the comprehension target?'
            if len(items) == 1:
                end_lineno = vals[-1].end_lineno
                end_col = vals[-1].end_col
            else:
                end_lineno = items[-1].end_lineno
                end_col = items[-1].end_col
        if msg == '':
            return
        while first.kind == T.N_paren:
            first = first.children[0]
        # for_if_clauses must follow: `for` target `in` an operand (for the dict
        # comprehension rule, then `if` clauses and the closing brace)
        if not self.scan_for_clause(msg.startswith('dict')):
            return
        self.specific_error(msg, first.lineno, first.col, end_lineno, end_col)

    def dict_errors(self, states, values, term, lineno, col, end_col):
        """CPython's invalid_double_starred_kvpairs / invalid_kvpair messages."""
        n = len(values)
        if n >= 3 and is_token(values[-1], T.T_COLON) and \
                (values[-2].kind >= 0 or values[-2].term in OPERAND_ENDS) and \
                dict_items_before(values, n - 3, False):
            if term == T.T_RBRACE or term == T.T_COMMA:
                c = values[-1]
                self.specific_error("expression expected after dictionary key and ':'",
                                    c.lineno, c.col, c.lineno, c.end_col)
            if term == T.T_STAR:
                self.lexer.next_token()
                t = self.lexer.tok_type
                if t in EXPR_STARTS or t == T.T_LPAR or t == T.T_LSQB or \
                        t == T.T_MINUS or t == T.T_PLUS or t == T.T_TILDE:
                    self.lexer.next_token()     # CPython's lookahead (an EOF error wins)
                    self.specific_error('cannot use a starred expression in a dictionary '
                                        'value', lineno, col, lineno, -1)
                lexer = self.lexer
                if t != T.T_END and t != T.T_NEWLINE:
                    self.specific_error('invalid syntax', lexer.tok_lineno, lexer.tok_col,
                                        lexer.tok_lineno, lexer.tok_end_col)
        if term == T.T_COLON:
            return
        vals = self.trial(states, values, T.T_COLON)
        if vals is None or len(vals) < 3 or not is_token(vals[-2], T.T_COMMA) or \
                not dict_items_before(vals, len(vals) - 2, True):
            return
        a = vals[-1]
        if a.kind < 0 and a.term not in OPERAND_ENDS:
            return
        while a.kind == T.N_paren:
            a = a.children[0]
        if a.kind == T.N_star_expr:
            return
        self.specific_error("':' expected after dictionary key", a.end_lineno,
                            a.end_col - 1, a.end_lineno, -1)

    def scan_for_clause(self, to_brace):
        """Reads the tokens from the current `for` up to the closing bracket: whether they
        are a valid comprehension clause list (with to_brace, closed by '}'), checked by
        parsing them on their own."""
        lexer = self.lexer
        start = lexer.tok_start
        depth = 0
        after_in = -1       # where the first operand after the first `in` ends
        pending = False
        while True:
            lexer.next_token()
            t = lexer.tok_type
            if t == T.T_END or t == T.T_NEWLINE:
                return False
            if t == T.T_LPAR or t == T.T_LSQB or t == T.T_LBRACE:
                depth += 1
            elif t == T.T_RPAR or t == T.T_RSQB or t == T.T_RBRACE:
                depth -= 1
                if depth < 0:
                    break
            if pending and depth == 0 and not (t == T.T_MINUS or t == T.T_PLUS or
                                               t == T.T_TILDE or t == T.T_NOT):
                after_in = lexer.tok_end
                pending = False
            if t == T.T_IN and depth == 0 and after_in < 0:
                pending = True
        if to_brace and t != T.T_RBRACE:
            return False
        end = lexer.tok_start
        assert start >= 0 and end >= start
        text = '[_ ' + self.source[start:end] + ']'
        e = self.sub_parse(text, T.START_EVAL)
        if e is None:
            return True
        # CPython's invalid_comprehension rule needs no more than `for x in y`
        if to_brace or after_in < 0:
            return False
        if e.lineno > 1:
            return True
        return e.offset - 1 >= after_in - start + 3

    def specific_error(self, msg, lineno, col, end_lineno, end_col):
        """Raise one of CPython's specific messages. As CPython does after any parser
        error, tokenize the rest of the source first: its errors win (an unclosed bracket
        only when it was opened on an earlier line)."""
        lexer = self.lexer
        try:
            while lexer.tok_type != T.T_END:
                lexer.next_token()
        except CompileError as e:
            if e.kind == 'SyntaxError' and (not e.msg.endswith('was never closed') or
                                            lineno > e.lineno):
                raise
        raise_error(self.source, self.filename, msg, lineno, col, end_lineno, end_col,
                    'SyntaxError', lexer.line_offset_of(lineno))
