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
