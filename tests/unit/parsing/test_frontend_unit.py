"""Unit tests of the front end (Python 2.7, untranslated): lexer tokens and positions,
driver trees, builder output and error reporting. Expected values were checked with
CPython 3.11 (python3: tokenize / ast / compile)."""
import pytest

from minipy.compiler import ast
from minipy.compiler.errors import CompileError
from minipy.compiler.astdump import dump
from minipy.parsing import parse, tables as T
from minipy.parsing.lexer import Lexer
from minipy.parsing.lalr import parse_tree
from minipy.parsing.treedump import dump_tree


def tokens(src):
    lx = Lexer(src, 'f.py')
    out = []
    while True:
        lx.next_token()
        out.append((T.TERM_NAMES[lx.tok_type], src[lx.tok_start:lx.tok_end]))
        if lx.tok_type == T.T_END:
            return out


def error(src, mode='exec'):
    with pytest.raises(CompileError) as e:
        parse(src, 'f.py', mode)
    return (e.value.kind, e.value.msg, e.value.lineno, e.value.offset)


def test_lexer_indent_dedent():
    toks = tokens("if x:\n    y\n\n  # c\nz\n")
    names = [t[0] for t in toks]
    assert names == ['IF', 'NAME', 'COLON', '_NEWLINE', '_INDENT', 'NAME', '_NEWLINE',
                     '_DEDENT', 'NAME', '_NEWLINE', '$END']


def test_lexer_brackets_join_lines_and_keywords():
    toks = tokens("x = (1,\n  2) \\\n + 0xff\n")
    assert [t[1] for t in toks if t[0] not in ('_NEWLINE', '$END')] == \
        ['x', '=', '(', '1', ',', '2', ')', '+', '0xff']
    assert tokens('lambda')[0][0] == 'LAMBDA'
    assert tokens('lambdas')[0][0] == 'NAME'


def test_lexer_missing_final_newline_and_eof_dedents():
    names = [t[0] for t in tokens("if x:\n  y")]
    assert names[-4:] == ['NAME', '_NEWLINE', '_DEDENT', '$END']


def test_lexer_strings_longest_match():
    toks = tokens("rb'x' f\"{a}\" '''a\n'b'''\n")
    assert [t[0] for t in toks[:3]] == ['STRING', 'STRING', 'STRING']


def test_driver_tree_shape():
    src = "x = a + b * c\n"
    assert dump_tree(parse_tree(src, 'f.py', T.START_EXEC), src) == \
        '(file_input (assign_stmt NAME:x (arith_expr NAME:a PLUS:+ (term NAME:b STAR:* NAME:c))))'


def test_builder_positions():
    # python3: ast.parse('x = (1, 2)\nf(a)[0]\n')
    m = parse("x = (1, 2)\nf(a)[0]\n", 'f.py', 'exec')
    t = m.body[0].value
    assert isinstance(t, ast.Tuple)
    assert (t.lineno, t.col_offset, t.end_lineno, t.end_col_offset) == (1, 4, 1, 10)
    s = m.body[1].value
    assert (s.lineno, s.col_offset, s.end_lineno, s.end_col_offset) == (2, 0, 2, 7)
    assert (s.value.col_offset, s.value.end_col_offset) == (0, 4)


def test_builder_constants():
    m = parse("0x10\n1_000\n2.5e3\n3j\n'a\\u00e9'\nb'\\xff'\n", 'f.py', 'exec')
    got = [(e.value.kind, e.value.value) for e in m.body]
    assert got == [('int', '16'), ('int', '1000'), ('float', '2.5e3'), ('complex', '3'),
                   ('str', 'a\xc3\xa9'), ('bytes', '\xff')]


def test_modes():
    # python3: ast.dump(ast.parse('1+2', mode='eval'))
    assert dump(parse('1+2', 'f', 'eval')) == \
        'Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))'
    assert dump(parse('x = 1\n', 'f', 'single')) == \
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"


def test_errors():
    assert error("x = (1,\n") == ('SyntaxError', "'(' was never closed", 1, 5)
    assert error("if x:\npass\n") == (
        'IndentationError', "expected an indented block after 'if' statement on line 1", 2, 1)
    assert error(" x = 1\n") == ('IndentationError', 'unexpected indent', 1, 1)
    assert error("if x:\n\ty\n        z\n") == (
        'TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1)
    assert error("f() = 1\n") == (
        'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead "
        "of '='?", 1, 1)
    assert error("f(a=1, b)\n")[1] == 'positional argument follows keyword argument'
    assert error("x = 'abc\n")[1] == 'unterminated string literal (detected at line 1)'


def first_token(src):
    lx = Lexer(src, 'f.py')
    lx.next_token()
    return T.TERM_NAMES[lx.tok_type]


@pytest.mark.parametrize('src, kind', [
    # the soft keyword `match` (lexer.SOFT_KEYWORDS): a keyword only where a line is a match
    # statement's header
    ("match x:\n", 'MATCH'),
    ("match (x):\n", 'MATCH'),
    ("match [x]:  # comment\n", 'MATCH'),
    ("match -x, *y:\n", 'MATCH'),
    ("match {a: b}['k'].c(\n  1,\n  2):\n", 'MATCH'),
    ("match lambda: x:\n", 'MATCH'),
    ("match not x:\n", 'MATCH'),
    ("match \\\n  x:\n", 'MATCH'),
    ("match x y:\n", 'MATCH'),       # a bad header, reported by the parser
    ("match = 3\n", 'NAME'),
    ("match(x)\n", 'NAME'),
    ("match.group()\n", 'NAME'),
    ("match[x]: int = 1\n", 'NAME'),
    ("match[x]: int\n", 'NAME'),
    ("match(x): int\n", 'NAME'),
    ("match:\n", 'NAME'),
    ("match = lambda: x\n", 'NAME'),
    ("match x: pass\n", 'NAME'),
    ("match x\n", 'NAME'),
    ("match\n", 'NAME'),
    ("match x: 'unterminated\n", 'NAME'),
    ("matches x:\n", 'NAME'),
    # `case` is given tentatively at a line's start; the parser decides
    ("case 1:\n", 'CASE'),
    ("case = 1\n", 'CASE'),
    ("cases = 1\n", 'NAME'),
])
def test_lexer_soft_keywords(src, kind):
    assert first_token(src) == kind


def test_lexer_soft_keywords_in_the_line():
    toks = tokens("x = 1; match y:\nif a: match b:\nprint(match, case)\n  match x:\n")
    names = [t[0] for t in toks if t[1] in ('match', 'case')]
    assert names == ['NAME', 'NAME', 'NAME', 'NAME', 'MATCH']


@pytest.mark.parametrize('src', [
    "match = case = 1\nmatch, case = case, match\n",
    "def match(case): return case\nclass case: match = 1\n",
    "match x:\n    case 1:\n        case = 2\n        match = case\n    case _:\n        pass\n",
    "match x:\n    case case.match: pass\n    case match if case: pass\n",
    "if x:\n    match y:\n        case 1: case = 1\ncase = 2\n",
])
def test_soft_keywords_parse_as_cpython(src):
    import subprocess
    tree = parse(src, 'f.py', 'exec')
    p = subprocess.Popen(['python3', '-c', 'import ast, sys; '
                          'sys.stdout.write(ast.dump(ast.parse(sys.stdin.read())))'],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    want, _ = p.communicate(src)
    assert dump(tree) == want
