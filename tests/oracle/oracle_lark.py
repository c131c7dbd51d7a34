"""lark's own LALR parser on grammar/minipy.lark (with an indentation post-lexer): the
reference parse trees for the oracle test, in minipy.parsing.treedump's text form."""
from pathlib import Path

from lark import Lark, Token
from lark.indenter import Indenter
import lark.lexer

ROOT = Path(__file__).resolve().parents[2]


class PythonIndenter(Indenter):
    NL_type = '_NEWLINE'
    OPEN_PAREN_types = ['LPAR', 'LSQB', 'LBRACE']
    CLOSE_PAREN_types = ['RPAR', 'RSQB', 'RBRACE']
    INDENT_type = '_INDENT'
    DEDENT_type = '_DEDENT'
    tab_len = 8


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
