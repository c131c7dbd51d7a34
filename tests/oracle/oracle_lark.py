"""lark's own LALR parser on grammar/minipy.lark (with an indentation post-lexer): the
reference parse trees for the oracle test, in minipy.parsing.treedump's text form."""
from pathlib import Path

from lark import Lark, Token
from lark.indenter import Indenter
import lark.lexer

ROOT = Path(__file__).resolve().parents[2]


SUBJECT_STARTS = {'NAME', 'DEC_NUMBER', 'HEX_NUMBER', 'OCT_NUMBER', 'BIN_NUMBER',
                  'FLOAT_NUMBER', 'IMAG_NUMBER', 'STRING', 'NONE', 'TRUE', 'FALSE', 'LPAR',
                  'LSQB', 'LBRACE', 'MINUS', 'PLUS', 'TILDE', 'STAR', 'NOT', 'LAMBDA',
                  'MATCH', 'CASE'}
LINE_STARTS = {'_NEWLINE', '_INDENT', '_DEDENT'}


class PythonIndenter(Indenter):
    """lark's indentation post-lexer, plus the soft keywords `match` and `case`, which
    lark's lexer always gives as keywords: a second implementation of minipy's rule
    (minipy/parsing/lexer.py), by lines and indentation instead of parser states.
    `match` is the keyword when it begins a logical line, the next token can start an
    expression and the line ends in `:`; `case` when it begins a logical line one
    indentation level inside a match statement's header."""
    NL_type = '_NEWLINE'
    OPEN_PAREN_types = ['LPAR', 'LSQB', 'LBRACE']
    CLOSE_PAREN_types = ['RPAR', 'RSQB', 'RBRACE']
    INDENT_type = '_INDENT'
    DEDENT_type = '_DEDENT'
    tab_len = 8

    def process(self, stream):
        tokens = list(super().process(stream))
        depth = 0               # indentation levels
        case_levels = []        # the levels of match statements' blocks
        header = False          # in a match statement's header
        pending = False         # a match header just ended: its block comes next
        at_start = True
        for i, tok in enumerate(tokens):
            if tok.type == '_INDENT':
                depth += 1
                if pending:
                    case_levels.append(depth)
            elif tok.type == '_DEDENT':
                depth -= 1
                while case_levels and case_levels[-1] > depth:
                    case_levels.pop()
            if tok.type == '_NEWLINE':
                pending = header
                header = False
            else:
                pending = False
            if tok.type == 'MATCH':
                keyword = False
                if at_start and i + 1 < len(tokens) and tokens[i + 1].type in SUBJECT_STARTS:
                    j = i + 1
                    while j < len(tokens) and tokens[j].type != '_NEWLINE':
                        j += 1
                    keyword = tokens[j - 1].type == 'COLON'
                if keyword:
                    header = True
                else:
                    tok = Token.new_borrow_pos('NAME', tok.value, tok)
            elif tok.type == 'CASE':
                if not (at_start and case_levels and case_levels[-1] == depth):
                    tok = Token.new_borrow_pos('NAME', tok.value, tok)
            at_start = tok.type in LINE_STARTS
            yield tok


_parser = None


def parser():
    global _parser
    if _parser is None:
        lark.lexer.has_interegular = False   # skip lark's slow collision report
        _parser = Lark((ROOT / 'grammar' / 'minipy.lark').read_text(), parser='lalr',
                       lexer='basic', postlex=PythonIndenter(),
                       start=['file_input', 'eval_input', 'single_input'])
    return _parser


def escape(b):
    out = []
    for o in b:
        c = chr(o)
        if o <= 32 or o >= 127 or c in '\\()':
            out.append('\\x%02x' % o)
        else:
            out.append(c)
    return ''.join(out)


def dump(t):
    if isinstance(t, Token):
        return '%s:%s' % (t.type, escape(t.value.encode('utf-8')))
    return '(' + ' '.join([t.data] + [dump(c) for c in t.children]) + ')'


def lark_tree(src, start='file_input'):
    if not src.endswith('\n'):
        src += '\n'
    return dump(parser().parse(src, start=start))
