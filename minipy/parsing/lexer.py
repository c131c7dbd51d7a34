"""The tokenizer (RPython): runs the grammar's scanner DFA over UTF-8 source bytes.

Longest match over the generated DFA (tables.DFA_*), keywords looked up after a NAME
match (the soft keywords `match` and `case` apart: see SOFT_KEYWORDS); by hand:
INDENT/DEDENT with CPython's rules (tabs to multiples of 8, TabError when the tabs-as-1
reading disagrees), NEWLINE only at the end of a logical line outside brackets, bracket
matching, and CPython's tokenizer error messages.

The lexer is pulled one token at a time by the LALR driver: next_token() stores the
token in the fields tok_type, tok_start, tok_end (byte offsets), tok_lineno, tok_col,
tok_end_lineno, tok_end_col (0-based byte columns), without allocating.
"""
from minipy.parsing import tables as T
from minipy.parsing.errors import raise_error, make_error, line_start_of, substr
from minipy.compiler.errors import INDENTATION_ERROR, TAB_ERROR, CompileError
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

_KEYWORDS = {}
for _i in range(len(T.KEYWORD_NAMES)):
    _KEYWORDS[T.KEYWORD_NAMES[_i]] = T.KEYWORD_IDS[_i]

# The soft keywords of the match statement (PEP 634) are names unless:
#
# * `match` begins a logical line (it comes first in the file, or right after a NEWLINE,
#   INDENT or DEDENT: not after `;` or a one-line block's `:`, where CPython allows no
#   compound statement either), the next token can start an expression (SUBJECT_STARTS),
#   and the logical line's last token is a `:` (then at bracket depth 0). This scanner
#   then gives T_MATCH, after tokenizing the rest of the line on its own (a copy of the
#   lexer: _is_match_header). The rule is exact on valid programs: a logical line that ends
#   in `:` outside brackets is a compound statement's header, and none but a match
#   statement's starts with the name `match`; a match statement's header always ends in
#   `:` (its block must be indented). So `match = 3`, `match(x)`, `match.group()`,
#   `match[x]: int = 1` and `print(match)` keep the name, and so does a bad
#   `match x: pass` (CPython rejects it too, pointing at `pass`).
# * `case` is the keyword exactly where the LALR parser can shift a case block, which it
#   checks on a copy of its stacks (lalr.Parser.parse); this scanner gives T_CASE for a
#   `case` that begins a logical line and the parser turns it back into a NAME when no
#   case block can start there. Inside a match statement's block only case blocks may
#   stand, and nowhere else can one, so `case = 1` in a case's body stays a name.
SOFT_KEYWORDS = {'match': T.T_MATCH, 'case': T.T_CASE}
for _k in SOFT_KEYWORDS:
    del _KEYWORDS[_k]
# tokens that may start a match statement's subject (`*` too: `match *a, b:`)
SUBJECT_STARTS = [T.T_NAME, T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER, T.T_BIN_NUMBER,
                  T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER, T.T_STRING, T.T_NONE, T.T_TRUE,
                  T.T_FALSE, T.T_LPAR, T.T_LSQB, T.T_LBRACE, T.T_MINUS, T.T_PLUS, T.T_TILDE,
                  T.T_STAR, T.T_NOT, T.T_LAMBDA]

DFA_BYTE_CLASS = T.DFA_BYTE_CLASS
DFA_TRANS = T.DFA_TRANS
DFA_ACCEPT = T.DFA_ACCEPT
NCLASSES = T.DFA_NCLASSES
TERM_IGNORED = T.TERM_IGNORED

NUMBER_TERMS = [T.T_DEC_NUMBER, T.T_HEX_NUMBER, T.T_OCT_NUMBER, T.T_BIN_NUMBER,
                T.T_FLOAT_NUMBER, T.T_IMAG_NUMBER]


def is_name_char(c):
    return (('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or c == '_'
            or ord(c) >= 128)


def utf8_at(s, i, end):
    """(length, code point) of the UTF-8 sequence at s[i] (lenient with bad bytes)."""
    o = ord(s[i])
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
        return 1, o
    if i + size > end:
        return 1, o
    for k in range(1, size):
        cp = (cp << 6) | (ord(s[i + k]) & 0x3F)
    return size, cp


def hex_upper(cp):
    digits = '0123456789ABCDEF'
    out = ''
    while cp > 0 or len(out) < 4:
        out = digits[cp & 15] + out
        cp >>= 4
    return out


def is_string_prefix_or_empty(s):
    return len(s) == 0 or is_string_prefix(s)


def is_string_prefix(s):
    if len(s) > 2:
        return False
    for c in s:
        if c not in 'rRbBuUfF':
            return False
    low = s.lower()
    return low in ('r', 'b', 'u', 'f', 'rb', 'br', 'rf', 'fr')


class Lexer(object):
    def __init__(self, source, filename, start_lineno=1, start_col=0, bracket_depth=0):
        self.source = source
        self.filename = filename
        self.pos = 0
        self.lineno = start_lineno
        # byte offset of the current line's start; a negative base makes the first
        # line's columns start at start_col (used for f-string expressions)
        self.line_start = -start_col
        self.first_lineno = start_lineno
        self.indents = [0]
        self.alt_indents = [0]
        self.pending = 0            # >0: INDENTs to emit (only ever 1); <0: DEDENTs
        self.bol = bracket_depth == 0
        self.last_type = T.T_NEWLINE  # nothing emitted yet counts as after a NEWLINE
        self.paren_types = []         # open brackets: the terminal's char
        self.paren_lines = []
        self.paren_cols = []
        self.base_depth = bracket_depth
        self.eof_done = False
        self.soft_match_start = -1    # offset of the last line-start `match` kept a NAME
        self.soft_match_starts = []   # the offsets of all of them (for error messages)
        self.tok_type = -1
        self.tok_start = 0
        self.tok_end = 0
        self.tok_lineno = 0
        self.tok_col = 0
        self.tok_end_lineno = 0
        self.tok_end_col = 0

    # ---------------------------------------------------------------- helpers
    def _set(self, ttype, start, end, lineno, col, end_lineno, end_col):
        self.tok_type = ttype
        self.tok_start = start
        self.tok_end = end
        self.tok_lineno = lineno
        self.tok_col = col
        self.tok_end_lineno = end_lineno
        self.tok_end_col = end_col
        self.last_type = ttype

    def error(self, msg, lineno, col, end_col=-1, kind='SyntaxError', end_lineno=-1):
        e = make_error(self.source, self.filename, msg, lineno, col,
                       end_lineno if end_lineno >= 0 else lineno,
                       end_col if end_col >= 0 else col, kind, self.line_offset_of(lineno))
        e.from_lexer = True     # (an f-string field's error says "f-string: " if not)
        raise e

    def line_offset_of(self, lineno):
        """Byte offset where line `lineno` starts (only used for error messages)."""
        if lineno == self.lineno:
            return self.line_start
        return line_start_of(self.source, self.first_lineno, lineno)

    def _advance_lines(self, start, end):
        src = self.source
        assert start >= 0
        p = src.find('\n', start, end)
        while p >= 0:
            self.lineno += 1
            self.line_start = p + 1
            p = src.find('\n', p + 1, end)

    def scan(self, pos):
        """Longest match of the DFA at pos: returns the terminal id (or -1) and sets
        self.match_end."""
        src = self.source
        n = len(src)
        state = 0
        last = -1
        last_end = pos
        i = pos
        while i < n:
            state = DFA_TRANS[state * NCLASSES + DFA_BYTE_CLASS[ord(src[i])]]
            if state < 0:
                break
            i += 1
            acc = DFA_ACCEPT[state]
            if acc >= 0:
                last = acc
                last_end = i
        self.match_end = last_end
        return last

    # ---------------------------------------------------------------- main entry
    def next_token(self):
        if self.pending > 0:
            self.pending -= 1
            self._set(T.T_INDENT, self.pos, self.pos, self.lineno, self.pos - self.line_start,
                      self.lineno, self.pos - self.line_start)
            return
        if self.pending < 0:
            self.pending += 1
            self._set(T.T_DEDENT, self.pos, self.pos, self.lineno, self.pos - self.line_start,
                      self.lineno, self.pos - self.line_start)
            return
        src = self.source
        n = len(src)
        while True:
            if self.bol and len(self.paren_types) == 0 and self.base_depth == 0:
                if self._indentation():
                    return
                continue
            pos = self.pos
            if pos >= n:
                self._eof()
                return
            ttype = self.scan(pos)
            end = self.match_end
            if ttype < 0:
                self._no_match(pos)
            if ttype == T.T_NAME:
                self._check_identifier(pos, end)
                word = substr(src, pos, end)
                kw = _KEYWORDS.get(word, -1)
                if kw >= 0:
                    ttype = kw
                elif (word == 'match' or word == 'case') and self.at_line_start():
                    if word == 'case':
                        ttype = T.T_CASE
                    elif self._is_match_header(end):
                        ttype = T.T_MATCH
                    else:
                        self.soft_match_start = pos
                        self.soft_match_starts.append(pos)
                elif end < n and (src[end] == "'" or src[end] == '"') and \
                        is_string_prefix(substr(src, pos, end)):
                    self._unterminated_string(pos, end)
            if TERM_IGNORED[ttype]:
                if ttype != T.T_COMMENT and ttype != T.T_NEWLINE:
                    if end >= n and src[end - 1] == '\n' and src[pos] == '\\':
                        self.pos = end
                        self.error('unexpected EOF while parsing', self.lineno,
                                   end - self.line_start - 1)
                    self._advance_lines(pos, end)
                self.pos = end
                continue
            if ttype == T.T_NEWLINE:
                nl = src.find('\n', pos, end)
                if len(self.paren_types) > 0 or self.base_depth > 0:
                    self._advance_lines(pos, end)
                    self.pos = end
                    continue
                if nl < 0:          # a comment at the very end of the source
                    self.pos = end
                    continue
                lineno = self.lineno
                col = nl - self.line_start
                # end of a logical line; blank lines were skipped at their start
                self.pos = nl + 1
                self.lineno += 1
                self.line_start = nl + 1
                self.bol = True
                if self.last_type == T.T_NEWLINE:
                    continue
                self._set(T.T_NEWLINE, nl, nl + 1, lineno, col, lineno, col + 1)
                return
            lineno = self.lineno
            col = pos - self.line_start
            if ttype == T.T_STRING:
                q = src[end - 1]
                e2 = end - 2
                if end < n and src[end] == q and e2 >= pos and src[e2] == q and \
                        is_string_prefix_or_empty(substr(src, pos, e2)):
                    # '' followed by a quote: an unterminated triple-quoted string
                    self._unterminated_string(pos, end - 2)
                self._advance_lines(pos, end)
            else:
                self._check_token(ttype, pos, end, col)
            self.pos = end
            self._set(ttype, pos, end, lineno, col, self.lineno, end - self.line_start)
            return

    def at_line_start(self):
        """Whether the next token begins a logical line (outside brackets)."""
        t = self.last_type
        return (len(self.paren_types) == 0 and self.base_depth == 0 and
                (t == T.T_NEWLINE or t == T.T_INDENT or t == T.T_DEDENT))

    def line_copy(self, pos):
        """A lexer that goes on from byte `pos` of the current logical line (after a
        token), leaving this one as it is."""
        sub = Lexer(self.source, self.filename)
        sub.pos = pos
        sub.lineno = self.lineno
        sub.line_start = self.line_start
        sub.first_lineno = self.first_lineno
        sub.bol = False
        sub.last_type = T.T_NAME
        return sub

    def copy_at(self, pos):
        """A lexer that goes on from byte `pos` of an earlier logical line (after a token);
        its positions are only right within that line (for looking at tokens)."""
        sub = self.line_copy(pos)
        sub.line_start = self.source.rfind('\n', 0, pos) + 1
        lineno = self.first_lineno
        p = self.source.find('\n', 0, pos)
        while p >= 0:
            lineno += 1
            p = self.source.find('\n', p + 1, pos)
        sub.lineno = lineno
        return sub

    def _is_match_header(self, end):
        """Whether the logical line whose first token `match` ends at byte `end` is a
        match statement's header (the rule above SOFT_KEYWORDS): the rest of the line is
        tokenized by a copy of this lexer; a tokenizer error there says no (the same
        error comes again when this lexer gets there)."""
        sub = self.line_copy(end)
        try:
            sub.next_token()
            if sub.tok_type not in SUBJECT_STARTS:
                return False
            last = sub.tok_type
            while True:
                sub.next_token()
                t = sub.tok_type
                if t == T.T_NEWLINE or t == T.T_END:
                    return last == T.T_COLON
                last = t
        except CompileError:
            return False

    def _check_identifier(self, pos, end):
        """Non-ASCII names: every code point must be XID_Start/XID_Continue."""
        src = self.source
        i = pos
        while i < end:
            o = ord(src[i])
            if o < 128:
                i += 1
                continue
            size, cp = utf8_at(src, i, end)
            if cp > 0x10FFFF:
                ok = False
            elif i > pos:
                ok = unicodedb.isxidcontinue(cp)
            else:
                ok = unicodedb.isxidstart(cp)
            if not ok:
                col = i - self.line_start
                if cp <= 0x10FFFF and unicodedb.isprintable(cp):
                    self.error("invalid character '%s' (U+%s)" % (substr(src, i, i + size),
                                                                  hex_upper(cp)),
                               self.lineno, col)
                self.error('invalid non-printable character U+%s' % hex_upper(cp),
                           self.lineno, col)
            i += size

    def _indentation(self):
        """At the start of a line: skip it if blank, else compare its indentation with
        the stack. Returns True when a token (INDENT/DEDENT) was produced."""
        src = self.source
        n = len(src)
        p = self.pos
        col = 0
        altcol = 0
        while p < n:
            c = src[p]
            if c == ' ':
                col += 1
                altcol += 1
            elif c == '\t':
                col = (col // 8 + 1) * 8
                altcol += 1
            elif c == '\x0c':
                col = 0
                altcol = 0
            else:
                break
            p += 1
        if p >= n:
            self.pos = p
            self.bol = False
            return False
        c = src[p]
        if c == '#' or c == '\n' or c == '\r':
            # blank or comment-only line: no indentation change, no NEWLINE
            nl = src.find('\n', p)
            if nl < 0:
                self.pos = n
                self.bol = False
                return False
            self.pos = nl + 1
            self.lineno += 1
            self.line_start = nl + 1
            return False
        if c == '\\' and p + 1 < n and (src[p + 1] == '\n' or src[p + 1] == '\r'):
            self.pos = p
            self.bol = False
            return False
        self.pos = p
        self.bol = False
        top = self.indents[-1]
        alt_top = self.alt_indents[-1]
        if col == top:
            if altcol != alt_top:
                self._tab_error(p)
            return False
        if col > top:
            if altcol <= alt_top:
                self._tab_error(p)
            if self.last_type != T.T_NEWLINE:
                return False
            self.indents.append(col)
            self.alt_indents.append(altcol)
            self._set(T.T_INDENT, p, p, self.lineno, p - self.line_start,
                      self.lineno, p - self.line_start)
            return True
        dedents = 0
        while len(self.indents) > 1 and col < self.indents[-1]:
            self.indents.pop()
            self.alt_indents.pop()
            dedents += 1
        if col != self.indents[-1]:
            eol = src.find('\n', p)
            if eol < 0:
                eol = n
            self.error('unindent does not match any outer indentation level',
                       self.lineno, eol - self.line_start, -1, INDENTATION_ERROR)
        if altcol != self.alt_indents[-1]:
            self._tab_error(p)
        self.pending = -(dedents - 1)
        self._set(T.T_DEDENT, p, p, self.lineno, p - self.line_start,
                  self.lineno, p - self.line_start)
        return True

    def _tab_error(self, p):
        self.error('inconsistent use of tabs and spaces in indentation', self.lineno, 0, -1,
                   TAB_ERROR)

    def _eof(self):
        n = len(self.source)
        col = n - self.line_start
        if len(self.paren_types) > 0:
            self.error("'%s' was never closed" % self.paren_types[-1], self.paren_lines[-1],
                       self.paren_cols[-1], self.paren_cols[-1] + 1)
        if self.last_type != T.T_NEWLINE and self.last_type != T.T_INDENT and \
                self.last_type != T.T_DEDENT:
            self._set(T.T_NEWLINE, n, n, self.lineno, col, self.lineno, col)
            return
        if len(self.indents) > 1:
            self.indents.pop()
            self.alt_indents.pop()
            self._set(T.T_DEDENT, n, n, self.lineno, col, self.lineno, col)
            return
        self._set(T.T_END, n, n, self.lineno, col, self.lineno, col)

    def _check_token(self, ttype, pos, end, col):
        src = self.source
        n = len(src)
        if ttype == T.T_LPAR or ttype == T.T_LSQB or ttype == T.T_LBRACE:
            self.paren_types.append(src[pos])
            self.paren_lines.append(self.lineno)
            self.paren_cols.append(col)
        elif ttype == T.T_RPAR or ttype == T.T_RSQB or ttype == T.T_RBRACE:
            close = src[pos]
            if len(self.paren_types) == 0:
                if self.base_depth > 0:
                    return
                self.error("unmatched '%s'" % close, self.lineno, col, col + 1)
            opening = self.paren_types.pop()
            oline = self.paren_lines.pop()
            self.paren_cols.pop()
            if not ((opening == '(' and close == ')') or (opening == '[' and close == ']') or
                    (opening == '{' and close == '}')):
                if oline != self.lineno:
                    msg = ("closing parenthesis '%s' does not match opening parenthesis "
                           "'%s' on line %d" % (close, opening, oline))
                else:
                    msg = ("closing parenthesis '%s' does not match opening parenthesis "
                           "'%s'" % (close, opening))
                self.error(msg, self.lineno, col, col + 1)
        elif ttype in NUMBER_TERMS:
            self._check_number(ttype, pos, end, col)

    def _check_number(self, ttype, pos, end, col):
        src = self.source
        n = len(src)
        if ttype == T.T_DEC_NUMBER and end == pos + 1 and src[pos] == '0' and end < n and \
                src[end] in 'xXoObB':
            self._no_match(pos)
        if ttype == T.T_DEC_NUMBER and end - pos > 1 and src[pos] == '0':
            for i in range(pos, end):
                if src[i] != '0' and src[i] != '_':
                    break
            else:
                i = end
            if end < n and '0' <= src[end] <= '9':
                self.error('leading zeros in decimal integer literals are not permitted; '
                           'use an 0o prefix for octal integers', self.lineno, col, col + 1)
        if ttype == T.T_DEC_NUMBER and src[pos] == '0' and end < n and '1' <= src[end] <= '9':
            self.error('leading zeros in decimal integer literals are not permitted; '
                       'use an 0o prefix for octal integers', self.lineno, col, col + 1)
        if end < n and is_name_char(src[end]):
            c = src[end]
            ecol = end - self.line_start
            # CPython 3.11 still accepts a keyword glued to a number (1if x else y)
            w = end
            while w < n and is_name_char(src[w]):
                w += 1
            if substr(src, end, w) in ('and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'):
                return
            if ttype == T.T_HEX_NUMBER:
                self.error('invalid hexadecimal literal', self.lineno, ecol - 1)
            if ttype == T.T_OCT_NUMBER:
                if '0' <= c <= '9':
                    self.error("invalid digit '%s' in octal literal" % c, self.lineno, ecol)
                self.error('invalid octal literal', self.lineno, ecol - 1)
            if ttype == T.T_BIN_NUMBER:
                if '0' <= c <= '9':
                    self.error("invalid digit '%s' in binary literal" % c, self.lineno, ecol)
                self.error('invalid binary literal', self.lineno, ecol - 1)
            if c == '_':
                self.error('invalid decimal literal', self.lineno, ecol)
            self.error('invalid decimal literal', self.lineno, ecol - 1)
        if end < n and src[end] == '_':
            self.error('invalid decimal literal', self.lineno, end - self.line_start)

    def _no_match(self, pos):
        src = self.source
        c = src[pos]
        col = pos - self.line_start
        if c == "'" or c == '"':
            self._unterminated_string(pos, pos)
        if c == '0' and pos + 1 < len(src):
            d = src[pos + 1]
            if d in 'xX':
                self.error('invalid hexadecimal literal', self.lineno, col + 1)
            if d in 'oO':
                if pos + 2 < len(src) and '0' <= src[pos + 2] <= '9':
                    self.error("invalid digit '%s' in octal literal" % src[pos + 2],
                               self.lineno, col + 2)
                self.error('invalid octal literal', self.lineno, col + 1)
            if d in 'bB':
                if pos + 2 < len(src) and '0' <= src[pos + 2] <= '9':
                    self.error("invalid digit '%s' in binary literal" % src[pos + 2],
                               self.lineno, col + 2)
                self.error('invalid binary literal', self.lineno, col + 1)
        if c == '\\':
            self.error('unexpected character after line continuation character',
                       self.lineno, col + 1)
        self.error('invalid syntax', self.lineno, col, col + 1)

    def _unterminated_string(self, start, quote_pos):
        src = self.source
        assert quote_pos >= 0
        q = src[quote_pos]
        col = start - self.line_start
        if substr(src, quote_pos, quote_pos + 3) == q * 3:
            last_line = self.lineno
            p = src.find('\n', quote_pos)
            while p >= 0:
                if p + 1 < len(src):
                    last_line += 1
                p = src.find('\n', p + 1)
            self.error('unterminated triple-quoted string literal (detected at line %d)'
                       % last_line, self.lineno, col)
        self.error('unterminated string literal (detected at line %d)' % self.lineno,
                   self.lineno, col)
