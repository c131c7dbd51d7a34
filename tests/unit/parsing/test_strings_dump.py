"""String literal decoding, f-string splitting and the Python 3 reprs of astdump
(expected values checked with python3: ast.parse / repr)."""
from minipy.compiler.astdump import dump, repr_str, repr_float
from minipy.parsing import parse
from minipy.parsing.strings import decode_literal


def value(lit):
    return decode_literal(lit).body


def test_escapes():
    assert value("'a\\tb\\n'") == 'a\tb\n'
    assert value("'\\x41\\101\\u00e9'") == 'AA\xc3\xa9'
    assert value("'\\U0001F600'") == '\xf0\x9f\x98\x80'
    assert value("'\\N{BULLET}'") == '\xe2\x80\xa2'
    assert value("'a\\\nb'") == 'ab'
    assert value("'\\q'") == '\\q'            # unknown escapes are kept
    assert value("r'\\n'") == '\\n'
    assert value("b'\\xff\\u0041'") == '\xff\\u0041'
    assert value("'''it's'''") == "it's"


def test_literal_flags():
    p = decode_literal("Rb'x'")
    assert p.is_bytes and p.is_raw and not p.is_fstring
    assert decode_literal("f'{x}'").is_fstring


def test_repr_str():
    # python3: repr("it's"), repr('a"b\'c'), repr('\x00\x7f\xe9\u2028'), repr(b'\xff"')
    assert repr_str("it's", False) == '"it\'s"'
    assert repr_str('a"b\'c', False) == "'a\"b\\'c'"
    assert repr_str('\x00\x7f\xc3\xa9\xe2\x80\xa8', False) == "'\\x00\\x7f\xc3\xa9\\u2028'"
    assert repr_str('\xff"', True) == "b'\\xff\"'"


def test_repr_float():
    # python3: repr(1e3), repr(1.5e-7), repr(0.1), repr(1e16), repr(1e400)
    assert [repr_float(s) for s in ['1e3', '1.5e-7', '0.1', '1e16', '1e400']] == \
        ['1000.0', '1.5e-07', '0.1', '1e+16', 'inf']


def test_fstring_dump():
    # python3: ast.dump(ast.parse("f'a{b!r:>{w}}c{d=}'"))
    assert dump(parse("f'a{b!r:>{w}}c{d=}'", 'f', 'exec')) == (
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue("
        "value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=["
        "Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)"
        "])), Constant(value='cd='), FormattedValue(value=Name(id='d', ctx=Load()), "
        "conversion=114)]))], type_ignores=[])")


def test_dump_with_positions():
    # python3: ast.dump(ast.parse('x = 1'), include_attributes=True)
    assert dump(parse('x = 1', 'f', 'exec'), True) == (
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, "
        "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=5)], type_ignores=[])")
