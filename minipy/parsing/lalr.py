"""The LALR(1) driver (RPython): runs the generated action/goto table over the lexer's
tokens and builds the parse tree, shaped as lark shapes it (the oracle tests compare
the two): anonymous tokens dropped, `_rule` children spliced into their parent, `?rule`
with a single child replaced by that child, aliases as node names.

Parse tree nodes (PNode) are either tokens (kind == -1, term = terminal id) or trees
(kind = tables.TREE_NAMES index). Every node carries its source span: byte offsets
start/end and (lineno, col, end_lineno, end_col) with 0-based byte columns; a tree's
span runs from the first to the last token it was reduced from (NEWLINE, INDENT and
DEDENT tokens excluded), dropped tokens included.
"""
from minipy.parsing import tables as T
from minipy.parsing.lexer import Lexer, is_name_char
from minipy.parsing.errors import raise_error, substr
from minipy.compiler.errors import INDENTATION_ERROR, CompileError
from minipy.parsing.hints import ErrorHints, EXPR_STARTS, INLINE_KIND, is_token

ACT_BASE = T.ACT_BASE
ACT_CHECK = T.ACT_CHECK
ACT_VALUE = T.ACT_VALUE
RULE_LEN = T.RULE_LEN
RULE_LHS = T.RULE_LHS
RULE_TREE = T.RULE_TREE
RULE_EXPAND1 = T.RULE_EXPAND1
RULE_KEEP_START = T.RULE_KEEP_START
RULE_KEEP = T.RULE_KEEP
NUM_ACT = len(ACT_CHECK)

ERROR = -(1 << 30)

TRIAL_ENDS = [T.T_COLON, T.T_RPAR, T.T_RSQB, T.T_RBRACE, T.T_COMMA, T.T_NEWLINE]
LAST_CHILD_KINDS = [T.N_dict_pair, T.N_kwarg, T.N_star_arg, T.N_dstar_arg, T.N_star_expr,
                    T.N_dict_unpack, T.N_ifexp, T.N_walrus, T.N_lambdef, T.N_not_test,
                    T.N_or_test, T.N_and_test, T.N_comparison]

BLOCK_KEYWORDS = [T.T_IF, T.T_ELIF, T.T_ELSE, T.T_WHILE, T.T_FOR, T.T_TRY, T.T_EXCEPT,
                  T.T_FINALLY, T.T_WITH, T.T_DEF, T.T_CLASS, T.T_MATCH, T.T_CASE]


class PNode(object):
    _immutable_fields_ = ['kind', 'term', 'children', 'start', 'end', 'lineno', 'col',
                          'end_lineno', 'end_col']

    def __init__(self, kind, term, children, start, end, lineno, col, end_lineno, end_col):
        self.kind = kind
        self.term = term
        self.children = children
        self.start = start
        self.end = end
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col

    def is_token(self):
        return self.kind < 0

    def has_span(self):
        return self.lineno > 0


EXPRESSION_KIND = [1 if _n in ('tuple', 'paren', 'list', 'set', 'dict', 'genexp', 'listcomp',
                               'setcomp', 'dictcomp', 'strings', 'const_none', 'const_true',
                               'const_false', 'ellipsis', 'call', 'subscript', 'attribute',
                               'power', 'unary', 'term', 'arith_expr', 'shift_expr', 'expr',
                               'xor_expr', 'and_expr', 'comparison', 'not_test', 'and_test',
                               'or_test', 'ifexp', 'lambdef', 'walrus', 'star_expr')
                   else 0 for _n in T.TREE_NAMES]
EXPRESSION_TERMS = [T.T_NAME, T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER, T.T_BIN_NUMBER,
                    T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER, T.T_STRING]


def is_expression(pn):
    if pn.kind < 0:
        return pn.term in EXPRESSION_TERMS
    return EXPRESSION_KIND[pn.kind] == 1


def assign_target_name(pn):
    """For `X = ...` inside an expression: CPython's name of X when X is an expression
    that cannot be assigned to, '' when the generic message applies."""
    k = pn.kind
    if k < 0:
        t = pn.term
        if t == T.T_NAME:
            return ''
        if t == T.T_STRING or t in (T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER,
                                    T.T_BIN_NUMBER, T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER):
            return 'literal'
        return ''
    if k == T.N_attribute:
        return 'attribute'
    if k == T.N_subscript:
        return 'subscript'
    if k == T.N_call:
        return 'function call'
    if k == T.N_strings:
        return 'literal'
    if k in (T.N_arith_expr, T.N_term, T.N_shift_expr, T.N_expr, T.N_xor_expr,
             T.N_and_expr, T.N_unary, T.N_power):
        return 'expression'
    return ''


def action(state, sym):
    i = ACT_BASE[state] + sym
    if 0 <= i < NUM_ACT and ACT_CHECK[i] == state:
        return ACT_VALUE[i]
    return ERROR


def expects(state, term):
    return action(state, term) != ERROR


class Parser(ErrorHints):
    """One parse: parse(start) returns the root PNode or raises CompileError."""

    def __init__(self, source, filename, start_lineno=1, start_col=0, bracket_depth=0):
        self.source = source
        self.filename = filename
        self.lexer = Lexer(source, filename, start_lineno, start_col, bracket_depth)

    def parse(self, start):
        lexer = self.lexer
        states = [T.START_STATES[start]]
        values = []
        end_state = T.END_STATES[start]
        lexer.next_token()
        prev = None
        while True:
            state = states[-1]
            term = lexer.tok_type
            if term == T.T_CASE and self.trial(states, values, T.T_CASE) is None:
                # the soft keyword `case` only where a case block can start
                # (lexer.SOFT_KEYWORDS)
                term = T.T_NAME
                lexer.tok_type = term
                lexer.last_type = term
            act = action(state, term)
            if act == ERROR:
                self.syntax_error(states, values, prev)
            if act >= 0:
                if term == T.T_NEWLINE or term == T.T_INDENT or term == T.T_DEDENT:
                    tok = PNode(-1, term, None, lexer.tok_start, lexer.tok_end, 0,
                                lexer.tok_col, lexer.tok_lineno, lexer.tok_end_col)
                else:
                    tok = PNode(-1, term, None, lexer.tok_start, lexer.tok_end,
                                lexer.tok_lineno, lexer.tok_col, lexer.tok_end_lineno,
                                lexer.tok_end_col)
                if term != T.T_INDENT and term != T.T_DEDENT:
                    prev = tok
                states.append(act)
                values.append(tok)
                lexer.next_token()
                continue
            rule = -act - 1
            node = self.reduce(rule, values)
            size = RULE_LEN[rule]
            if size:
                cut = len(states) - size
                assert cut >= 0
                del states[cut:]
            goto = action(states[-1], RULE_LHS[rule])
            assert goto >= 0
            states.append(goto)
            values.append(node)
            if term == T.T_END and goto == end_state:
                return node

    def reduce(self, rule, values):
        size = RULE_LEN[rule]
        first = len(values) - size
        assert first >= 0
        # span over every child that has one
        found = False
        start = 0
        lineno = 0
        col = 0
        end = 0
        end_lineno = 0
        end_col = 0
        for i in range(first, len(values)):
            v = values[i]
            if v.lineno > 0:
                if not found:
                    found = True
                    start = v.start
                    lineno = v.lineno
                    col = v.col
                end = v.end
                end_lineno = v.end_lineno
                end_col = v.end_col
        kept = []
        k = RULE_KEEP_START[rule]
        for i in range(size):
            v = values[first + i]
            flag = RULE_KEEP[k + i]
            if flag == 1:
                kept.append(v)
            elif flag == 2:
                kept.extend(v.children)
        del values[first:]
        if RULE_EXPAND1[rule] and len(kept) == 1:
            return kept[0]
        return PNode(RULE_TREE[rule], -1, kept, start, end, lineno, col, end_lineno, end_col)

    # ------------------------------------------------------------ errors
    def trial(self, states, values, term):
        """Run the reductions the parser would make with lookahead `term` on copies of the
        stacks; returns the value stack if `term` could then be shifted, else None."""
        st = list(states)
        vals = list(values)
        while True:
            act = action(st[-1], term)
            if act == ERROR:
                return None
            if act >= 0:
                return vals
            rule = -act - 1
            size = RULE_LEN[rule]
            node = self.reduce(rule, vals)
            if size:
                cut = len(st) - size
                assert cut >= 0
                del st[cut:]
            goto = action(st[-1], RULE_LHS[rule])
            if goto < 0:
                return None
            st.append(goto)
            vals.append(node)

    def last_operand(self, node):
        """The innermost last expression of node (CPython's `disjunction` before an error)."""
        while node.kind >= 0 and (node.kind in LAST_CHILD_KINDS or INLINE_KIND[node.kind]) \
                and len(node.children) > 0:
            node = node.children[-1]
        return node

    def syntax_error(self, states, values, prev):
        lexer = self.lexer
        state = states[-1]
        term = lexer.tok_type
        lineno = lexer.tok_lineno
        col = lexer.tok_col
        end_col = lexer.tok_end_col
        if prev is not None and prev.kind < 0 and prev.term == T.T_NAME and \
                prev.start == lexer.soft_match_start:
            self.match_header_error(prev)
        self.earlier_match_error(term, prev, lineno, col, end_col)
        if term == T.T_INDENT:
            self.error('unexpected indent', lineno, col - 1, -1, INDENTATION_ERROR)
        if expects(state, T.T_INDENT):
            kw = None
            for i in range(len(values) - 1, -1, -1):
                v = values[i]
                if v.kind < 0 and v.term in BLOCK_KEYWORDS:
                    kw = v
                    break
            what = 'statement'
            if kw is not None:
                word = substr(self.source, kw.start, kw.end)
                if kw.term == T.T_EXCEPT and i + 1 < len(values) and \
                        values[i + 1].kind < 0 and values[i + 1].term == T.T_STAR:
                    word = 'except*'
                if kw.term == T.T_DEF:
                    what = 'function definition on line %d' % kw.lineno
                elif kw.term == T.T_CLASS:
                    what = 'class definition on line %d' % kw.lineno
                else:
                    what = "'%s' statement on line %d" % (word, kw.lineno)
            msg = 'expected an indented block after ' + what
            if term == T.T_END or term == T.T_DEDENT and lexer.pos >= len(self.source):
                if prev is not None:
                    self.error(msg, prev.end_lineno, prev.col, -1, INDENTATION_ERROR)
            self.error(msg, lineno, col, end_col, INDENTATION_ERROR)
        depth = len(lexer.paren_types) + lexer.base_depth
        self.except_errors(states, values, term, lineno, col, end_col)
        if term == T.T_LPAR and expects(state, T.T_SLASH):
            self.parenthesized_params(values, lineno, col)
        if term == T.T_FOR:
            self.comprehension_errors(states, values)
        self.dict_errors(states, values, term, lineno, col, end_col)
        if term == T.T_NEWLINE and len(values) >= 2 and is_token(values[-1], T.T_COMMA):
            i = len(values) - 2
            while i >= 0 and (values[i].kind == T.N_import_as_name or
                              is_token(values[i], T.T_COMMA) or
                              (values[i].kind >= 0 and INLINE_KIND[values[i].kind])):
                i -= 1
            if i >= 0 and is_token(values[i], T.T_IMPORT) and i + 1 < len(values) - 1:
                # from the end of the comma's blanks (a comment included) to the newline
                comma = values[-1]
                p = comma.end
                while p < len(self.source) and (self.source[p] == ' ' or
                                                self.source[p] == '\t'):
                    p += 1
                self.specific_error('trailing comma not allowed without surrounding '
                                    'parentheses', comma.end_lineno,
                                    comma.end_col + (p - comma.end), lineno, col)
        # try: without except/finally
        if expects(state, T.T_EXCEPT) and expects(state, T.T_FINALLY) and \
                len(values) > 0 and values[-1].kind == T.N_suite:
            if (term == T.T_END or term == T.T_DEDENT and lexer.pos >= len(self.source)) \
                    and prev is not None:
                self.error("expected 'except' or 'finally' block", prev.end_lineno,
                           prev.col, -1)
            self.error("expected 'except' or 'finally' block", lineno, col, end_col)
        # def NAME without parameters
        if len(values) >= 2 and values[-1].kind < 0 and values[-1].term == T.T_NAME and \
                values[-2].kind < 0 and values[-2].term == T.T_DEF and term != T.T_LPAR:
            self.error("expected '('", lineno, col, end_col)
        # `x if y` without else
        vals = self.trial(states, values, T.T_ELSE)
        if vals is not None and len(vals) >= 3 and vals[-2].kind < 0 and \
                vals[-2].term == T.T_IF:
            body = vals[-3]
            self.error("expected 'else' after 'if' expression", body.lineno, body.col,
                       vals[-1].end_col)
        # parameters: `*a=1`, `**a=1`, `a=)`
        n = len(values)
        if term == T.T_EQUAL and n >= 2 and (values[-1].kind == T.N_param or
                                             values[-1].kind == T.N_lparam):
            star = values[-2]
            if is_token(star, T.T_STAR):
                self.specific_error('var-positional argument cannot have default value',
                                    lineno, col, lineno, end_col)
            if star.kind < 0 and substr(self.source, star.start, star.end) == '**':
                if n >= 4 and is_token(values[-3], T.T_COMMA) and \
                        is_token(values[-4], T.T_STAR):
                    bare = values[-4]
                    self.specific_error('named arguments must follow bare *', bare.lineno,
                                        bare.col, bare.lineno, bare.end_col)
                self.specific_error('var-keyword argument cannot have default value',
                                    lineno, col, lineno, end_col)
        if (term == T.T_RPAR or term == T.T_COMMA) and n >= 2 and \
                is_token(values[-1], T.T_EQUAL) and (values[-2].kind == T.N_param or
                                                    values[-2].kind == T.N_lparam):
            eq = values[-1]
            self.specific_error('expected default value expression', eq.lineno, eq.col,
                                eq.lineno, eq.end_col)
        # '=' where an expression was expected
        if term == T.T_EQUAL:
            for la in TRIAL_ENDS:
                vals = self.trial(states, values, la)
                if vals is not None and len(vals) > 0 and vals[-1].lineno > 0:
                    a = self.last_operand(vals[-1])
                    if depth > 0:
                        self.check_rest()
                    if a.kind < 0 and a.term == T.T_NAME:
                        self.error("invalid syntax. Maybe you meant '==' or ':=' instead of "
                                   "'='?", a.lineno, a.col, a.end_col)
                    name = assign_target_name(a)
                    if name != '':
                        self.error("cannot assign to %s here. Maybe you meant '==' instead "
                                   "of '='?" % name, a.lineno, a.col, a.end_col)
                    break
        # two expressions in a row inside brackets
        if depth > 0 and term in EXPR_STARTS:
            vals = self.trial(states, values, T.T_COMMA)
            if vals is not None and len(vals) > 0 and vals[-1].lineno > 0:
                a = self.last_operand(vals[-1])
                word = substr(self.source, a.start, a.end)
                if is_expression(a) and a.end_lineno == lineno and \
                        not (a.kind < 0 and a.term == T.T_NAME and
                             (term == T.T_STRING or word == 'print' or word == 'exec')) and \
                        not self.starts_with_soft_keyword(a.start):
                    self.check_rest()
                    self.error('invalid syntax. Perhaps you forgot a comma?', a.lineno,
                               a.col, end_col)
        # print 'x' / exec 'x'
        if depth == 0 and prev is not None and prev.kind < 0 and prev.term == T.T_NAME and \
                term in EXPR_STARTS:
            word = substr(self.source, prev.start, prev.end)
            if (word == 'print' or word == 'exec') and prev.col == self.stmt_col(values):
                self.error("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                           % (word, word), prev.lineno, prev.col, end_col)
        if term == T.T_NEWLINE and prev is not None and depth == 0 and \
                self.trial(states, values, T.T_COLON) is not None and \
                self.in_block_header(values):
            self.error("expected ':'", lineno, col, col)
        # generic: CPython then tokenizes the rest of the file, whose errors win (an
        # unclosed bracket only when it was opened on an earlier line)
        at_eof = term == T.T_END or (term == T.T_DEDENT and lexer.pos >= len(self.source))
        if not at_eof:
            try:
                while lexer.tok_type != T.T_END:
                    lexer.next_token()
            except CompileError as e:
                # the tokenizer's indentation errors are not reported this way
                if e.kind == 'SyntaxError' and (not e.msg.endswith('was never closed') or
                                                lineno > e.lineno):
                    raise
        if at_eof and prev is not None:
            self.error('invalid syntax', prev.end_lineno, prev.col, prev.end_col)
        if term == T.T_DEDENT or term == T.T_END:
            self.error('invalid syntax', lineno, col, col)
        self.error('invalid syntax', lineno, col, end_col)

    def match_header_error(self, match):
        """The parse failed right after a `match` that begins a line and that the lexer
        kept a name: CPython's errors when the rest of the line is a subject, as it
        reads `match SUBJECT NEWLINE` ("expected ':'") and `match SUBJECT : X` where X
        is not a NEWLINE (plain invalid syntax at X)."""
        sub = self.lexer.copy_at(match.end)
        colon_start = -1
        after_lineno = 0
        after_col = 0
        after_end_col = 0
        try:
            while True:
                sub.next_token()
                t = sub.tok_type
                if t == T.T_NEWLINE or t == T.T_END:
                    break
                if colon_start >= 0 and after_lineno == 0:
                    after_lineno = sub.tok_lineno
                    after_col = sub.tok_col
                    after_end_col = sub.tok_end_col
                if t == T.T_COLON and colon_start < 0 and len(sub.paren_types) == 0:
                    colon_start = sub.tok_start
        except CompileError:
            return
        if colon_start < 0:
            if self.is_subject(match.end, sub.tok_start):
                self.error("expected ':'", sub.tok_lineno, sub.tok_col, sub.tok_col)
        elif after_lineno > 0 and self.is_subject(match.end, colon_start):
            self.error('invalid syntax', after_lineno, after_col, after_end_col)

    def starts_with_soft_keyword(self, start):
        """Whether source[start:] begins with the name `match`, `case` or `_` (CPython
        makes no "forgot a comma" guess about an operand that starts with one)."""
        src = self.source
        end = start
        while end < len(src) and is_name_char(src[end]):
            end += 1
        word = substr(src, start, end)
        return word == 'match' or word == 'case' or word == '_'

    def earlier_match_error(self, term, prev, lineno, col, end_col):
        """CPython's second pass, looking for a specific message, reads the statements
        from the start again, and one that is `match SUBJECT` alone on its line (say the
        call `match(x)`) raises its "expected ':'", located at the furthest token the
        first pass read: where it failed, or that line's end, where it had looked for the
        `:` of a match statement."""
        lexer = self.lexer
        if term == T.T_INDENT:
            col -= 1
        elif (term == T.T_END or term == T.T_DEDENT and lexer.pos >= len(self.source)) \
                and prev is not None:
            lineno = prev.end_lineno
            col = prev.col
            end_col = prev.end_col
        for pos in lexer.soft_match_starts:
            if pos >= lexer.tok_start:
                break
            sub = lexer.copy_at(pos + 5)
            try:
                while True:
                    sub.next_token()
                    t = sub.tok_type
                    if t == T.T_NEWLINE or t == T.T_END:
                        break
                    if t == T.T_COLON and len(sub.paren_types) == 0:
                        break
            except CompileError:
                continue
            if sub.tok_type == T.T_NEWLINE and self.is_subject(pos + 5, sub.tok_start):
                if sub.tok_start >= lexer.tok_start:
                    # the first pass failed on this very line
                    lineno = sub.tok_lineno
                    col = sub.tok_col
                    end_col = col
                self.error("expected ':'", lineno, col, end_col)

    def is_subject(self, start, end):
        """Whether source[start:end] parses as an expression (a match subject)."""
        while start < end and (self.source[start] == ' ' or self.source[start] == '\t'):
            start += 1
        if start >= end:
            return False
        return self.sub_parse(substr(self.source, start, end), T.START_EVAL) is None

    def sub_parse(self, text, start):
        """Parse text on its own (from start symbol start): its syntax error, or None."""
        try:
            Parser(text, self.filename).parse(start)
        except CompileError as e:
            return e
        return None

    def check_rest(self):
        """Tokenize the rest of the source: CPython's parser, looking ahead for a specific
        error message, meets the tokenizer's errors (an unclosed bracket at EOF) first."""
        lexer = self.lexer
        try:
            while lexer.tok_type != T.T_END:
                lexer.next_token()
        except CompileError as e:
            if e.kind == 'SyntaxError':
                raise

    def stmt_col(self, values):
        """Column where the current simple statement starts (-1 if unknown)."""
        for i in range(len(values) - 1, -1, -1):
            v = values[i]
            if v.kind < 0 and (v.term == T.T_NEWLINE or v.term == T.T_INDENT or
                               v.term == T.T_DEDENT or v.term == T.T_SEMICOLON):
                if i + 1 < len(values):
                    return values[i + 1].col
                return -1
        if len(values) > 0:
            return values[0].col
        return -1

    def in_block_header(self, values):
        for i in range(len(values) - 1, -1, -1):
            v = values[i]
            if v.kind < 0:
                if v.term in BLOCK_KEYWORDS:
                    return True
                if v.term == T.T_NEWLINE or v.term == T.T_INDENT or v.term == T.T_DEDENT:
                    return False
        return False

    def error(self, msg, lineno, col, end_col, kind='SyntaxError'):
        raise_error(self.source, self.filename, msg, lineno, col, lineno,
                    end_col, kind, self.lexer.line_offset_of(lineno))


def parse_tree(source, filename, start):
    """Parse source (UTF-8) from start symbol index (tables.START_*) to a PNode tree."""
    return Parser(source, filename).parse(start)
