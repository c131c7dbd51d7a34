"""Translation target that calls every public function of minipy.support,
so that the annotator/rtyper check them all (test_translation.py) and a
by-hand `rpython -O2` build proves they are RPython:

  PYTHONPATH=/work/main:/work/main/.venv/py2 python2.7 -m rpython --batch \\
      -O2 --output=/tmp/x/support tests/unit/support/target_support.py
  /tmp/x/support 1.5 '>10.3f' 'h\\xc3\\xa9llo'
"""

import os

from rpython.rlib.rbigint import rbigint
from minipy.support.errors import SupportError
from minipy.support import (floatfmt, formatspec, strformat, percentfmt,
                            utf8, numparse, strrepr, strsearch, strsplit,
                            strcase, strpad, strencode, mt19937, numhash,
                            floatops)
from minipy.support.strsearch import END


def _out(s):
    os.write(1, s + '\n')


def exercise(a, spec, text):
    """a: a number as text, spec: a format spec, text: any UTF-8 text."""
    n = utf8.codepoint_count(text)
    x = float(len(a)) / 3.0
    _out(floatfmt.float_repr(x))
    _out(floatfmt.float_to_string(x, 'e', 3, True, False))
    _out(formatspec.format_float(x, spec))
    _out(formatspec.format_int(rbigint.fromint(len(a) * 1000), spec))
    _out(formatspec.format_smallint(len(a), spec))
    _out(formatspec.format_str(text, n, spec))
    _out(formatspec.format_str_named(text, n, spec, 'X'))
    _out(formatspec.pad_text(text, n, 20, '^', '*'))
    _out(formatspec.group_digits(a, ',', 3, 0))
    # str.format pieces
    it = strformat.FormatIterator(text)
    auto = strformat.AutoNumber()
    strformat.check_recursion(2)
    while True:
        p = it.next()
        if p is None:
            break
        _out(p.literal)
        if p.has_field:
            ref = strformat.split_field_name(p.field_name, auto)
            _out(ref.key + strformat.index_error_message(ref.index))
            pos = ref.rest_start
            while True:
                part = strformat.next_field_part(p.field_name, pos)
                if part is None:
                    break
                pos = part.next_pos
                _out(part.name)
            if p.conversion and p.conversion != ord('r'):
                raise strformat.conversion_error(p.conversion)
            _out(p.spec)
    # %-formatting pieces
    pit = percentfmt.PercentIterator(text, False)
    while True:
        pp = pit.next()
        if pp is None:
            break
        _out(pp.literal)
        if pp.has_spec:
            if pp.width == percentfmt.STAR:
                pp.set_star_width(-3)
            if pp.prec == percentfmt.STAR:
                pp.set_star_prec(2)
            pp.check_conv()
            c = pp.conv
            if c == ord('f') or c == ord('e') or c == ord('g'):
                _out(percentfmt.render_float(pp, x))
            elif c == ord('s') or c == ord('r'):
                _out(percentfmt.render_str(pp, text, n))
            elif c == ord('c'):
                _out(percentfmt.render_char(pp, 233))
            else:
                _out(percentfmt.render_int(pp, rbigint.fromint(-42)))
    exercise_text(text, n, a)
    exercise_numbers(a, text)
    return 0


def _outlist(l):
    for x in l:
        _out(x)


def exercise_text(s, n, sub):
    _out(strrepr.str_repr(s))
    _out(strrepr.str_ascii(s))
    _out(strrepr.bytes_repr(s))
    _out(strrepr.repr_truncated(s, 5))
    _out(str(strsearch.find(s, n, sub, 1, END)))
    _out(str(strsearch.rfind(s, n, sub, -3, END)))
    _out(str(strsearch.index(s, n, sub, 0, END)))
    _out(str(strsearch.rindex(s, n, sub, 0, END)))
    _out(str(strsearch.count(s, n, sub, 0, -1)))
    _out('1' if strsearch.startswith(s, n, sub, 0, END) else '0')
    _out('1' if strsearch.endswith(s, n, sub, 0, END) else '0')
    _out('1' if strsearch.contains(s, sub) else '0')
    _out(strsearch.replace(s, n, sub, 'xy', -1))
    _outlist(strsplit.split(s, sub, -1))
    _outlist(strsplit.rsplit(s, sub, 2))
    _outlist(strsplit.split_whitespace(s, -1))
    _outlist(strsplit.rsplit_whitespace(s, 1))
    _outlist(strsplit.splitlines(s, True))
    a, b, c = strsplit.partition(s, sub)
    _out(a + b + c)
    a, b, c = strsplit.rpartition(s, sub)
    _out(a + b + c)
    _out(strsplit.strip(s, None) + strsplit.lstrip(s, sub) +
         strsplit.rstrip(s, None))
    for t in [strcase.upper(s), strcase.lower(s), strcase.casefold(s),
              strcase.swapcase(s), strcase.title(s), strcase.capitalize(s)]:
        _out(t)
    flags = [strcase.isdigit(s), strcase.isdecimal(s), strcase.isnumeric(s),
             strcase.isalpha(s), strcase.isalnum(s), strcase.isspace(s),
             strcase.isupper(s), strcase.islower(s), strcase.istitle(s),
             strcase.isidentifier(s), strcase.isprintable(s),
             strcase.isascii(s), strcase.cp_isspace(n),
             strcase.cp_isalnum(n), strcase.cp_isalpha(n),
             strcase.cp_isdigit(n), strcase.cp_isdecimal(n)]
    for f in flags:
        _out('1' if f else '0')
    _out(str(strcase.decimal_value(n)))
    _out(strpad.center(s, n, 20, '*') + strpad.ljust(s, n, 9, ' ') +
         strpad.rjust(s, n, 9, sub))
    _out(strpad.zfill(s, n, 12) + strpad.expandtabs(s, 4))
    _out(strpad.getslice(s, n, n - 1, -1, -2))
    if n > 0:
        _out(strpad.char_at(s, n, n - 1))
    _out(strpad.repeat(s, 3))
    _out(strencode.normalize_encoding('UTF8'))
    _out(strencode.encode(s, 'latin-1', 'replace'))
    _out(strencode.decode(s, 'utf-8', 'strict'))
    _out(utf8.from_codepoints(utf8.codepoints(s)))
    _out(str(utf8.cp_index(s, n, len(s))) + utf8.encode_cp(n + 200))
    if len(s) > 0:
        _out(str(utf8.next_pos(s, 0)) + str(utf8.prev_pos(s, len(s))))
    table = utf8.build_index(s)
    _out(str(utf8.byte_offset_indexed(s, table, n)) +
         str(utf8.byte_offset(s, n, n // 2)))


def exercise_numbers(a, text):
    v = numparse.parse_int(a, 0)
    _out(numparse.int_to_str(v))
    _out(numparse.int_to_base(v, 16) + numparse.int_to_base(v, 2) +
         numparse.int_to_base(v, 8))
    x = numparse.parse_float(text)
    _out(floatfmt.float_repr(numparse.round_float(x, 2)))
    _out(numparse.round_float_to_int(x).str())
    _out(numparse.round_int(v, -2).str())
    g = mt19937.MT19937()
    g.seed_bigint(v)
    _out(floatfmt.float_repr(g.random()))
    _out(str(g.genrand_uint32()) + str(g.getrandbits_int(40)) +
         str(g.randbelow(1000)))
    _out(g.getrandbits(100).str())
    st = g.get_state()
    g.set_state(st)
    g.init_genrand(5)
    g.init_by_array([1, 2, 3])
    _out(floatfmt.float_repr(g.random()))
    _out(str(numhash.hash_int(v)) + str(numhash.hash_smallint(len(a))) +
         str(numhash.hash_float(x)) +
         str(numhash.hash_tuple([1, numhash.hash_float(x)])))
    q, r = floatops.float_divmod(x, 3.5)
    _out(floatfmt.float_repr(q) + floatfmt.float_repr(r) +
         floatfmt.float_repr(floatops.float_floordiv(x, 2.0)) +
         floatfmt.float_repr(floatops.float_mod(x, -2.0)) +
         floatfmt.float_repr(floatops.float_truediv(x, 3.0)))
    _out(floatops.float_to_bigint(x).str())
    _out('1' if floatops.float_is_integer(x) else '0')


def entry_point(argv):
    if len(argv) < 4:
        _out('usage: target_support NUMBER SPEC TEXT')
        return 2
    try:
        return exercise(argv[1], argv[2], argv[3])
    except SupportError as e:
        _out(e.exc_name + ': ' + e.msg)
        return 1


def target(driver, args):
    return entry_point, None
