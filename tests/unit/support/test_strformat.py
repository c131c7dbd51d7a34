"""strformat: str.format parsing, driven by a small vformat like the
interpreter's, against CPython 3."""

from rpython.rlib.rbigint import rbigint
from minipy.support import strformat
from minipy.support.errors import SupportError
from minipy.support.formatspec import format_int, format_str
from minipy.support.utf8 import codepoint_count
from .cpython import compare, run_ours


def _format(obj, spec):
    if isinstance(obj, int):
        return format_int(rbigint.fromint(obj), spec)
    return format_str(obj, codepoint_count(obj), spec)


def vformat(s, args, kwargs, depth, auto):
    strformat.check_recursion(depth)
    it = strformat.FormatIterator(s)
    out = []
    while True:
        p = it.next()
        if p is None:
            break
        out.append(p.literal)
        if not p.has_field:
            continue
        ref = strformat.split_field_name(p.field_name, auto)
        if ref.is_index:
            if ref.index >= len(args):
                raise SupportError('IndexError',
                                   strformat.index_error_message(ref.index))
            obj = args[ref.index]
        else:
            if ref.key not in kwargs:
                raise SupportError('KeyError', repr(ref.key))
            obj = kwargs[ref.key]
        pos = ref.rest_start
        while True:
            part = strformat.next_field_part(p.field_name, pos)
            if part is None:
                break
            pos = part.next_pos
            if part.is_attr:
                raise SupportError('AttributeError', part.name)
            elif part.index >= 0:
                obj = obj[part.index]
            else:
                obj = obj[part.name]
        if p.conversion:
            if p.conversion == ord('s'):
                obj = str(obj)
            elif p.conversion != ord('r') and p.conversion != ord('a'):
                raise strformat.conversion_error(p.conversion)
            else:
                obj = str(obj) if isinstance(obj, int) else "'%s'" % obj
        spec = p.spec
        if p.spec_needs_expanding:
            spec = vformat(spec, args, kwargs, depth - 1, auto)
        out.append(_format(obj, spec))
    return ''.join(out)


CASES = [
    ('{}', [1]), ('{0}{1}', [1, 2]), ('{}{}', [1, 2]), ('{0}{}', [1, 2]),
    ('{}{0}', [1, 2]), ('{{}}', []), ('a{{b}}c', []), ('}', []), ('{', []),
    ('a}b', []), ('a{b', []), ('{0', [1]), ('{0!}', [1]), ('{0!', [1]),
    ('{0!r', [1]), ('{0!x}', [1]), ('{0!rx}', [1]), ('{0!r:>5}', [1]),
    ('{0!s:^7}', ['ab']), ('{:{}}', [5, 4]), ('{:{}{}}', [5, '>', 4]),
    ('{0:{1}}', [5, 4]), ('{:{1}}', [5, 4]), ('{:{{}}}', [5]),
    ('{:{:{}}}', [5, 4, 3]), ('{0[0]}', [['x', 'y']]), ('{0[1]}', [['x', 'y']]),
    ('{0[}', [['x']]), ('{0[0]x}', [['x']]), ('{0[]}', [['x']]),
    ('{0.}', [1]), ('{0[0]:>4}', [['x']]), ('{a}', []), ('{5}', [1]),
    ('{99999999999999999999}', [1]), ('{:', [1]), ('{:>', [1]),
    ('{0:}', [3]), ('{a{}', [1]), ('x{}y{}z', ['A', 'B']),
    ('\xc3\xa9{}\xe2\x82\xac{}', ['\xc3\xa9', 7]),
    ('{0!\xc3\xa9}', [1]), ('{!r}', ['q']), ('{0:{1}}{2}', [5, 3, 'z']),
    ('{[}', [1]), ('{0]}', [1]), ('{}}', [1]), ('{{{}}}', [1]),
    ('{:x}{:#b}', [255, 5]), ('{0:d}', ['s']), ('{ }', []),
    ('{\xd9\xa1}', ['a', 'b']), ('{0[\xd9\xa1]}', [['x', 'y']]),
    ('{0[1]!s}', [['x', 'y']]),
]


def test_format_cases():
    cases, ours = [], []
    for fmt, args in CASES:
        cases.append(('a[0].format(*a[1])', [fmt, args]))
        ours.append(run_ours(vformat, fmt, tuple(args), {}, 2,
                             strformat.AutoNumber()))
    bad = compare(cases, ours)
    # KeyError / AttributeError texts are built by the test's own vformat
    bad = [b for b in bad if b[1][1] not in ('KeyError', 'AttributeError')
           or b[1][0] != b[2][1]]
    assert bad == []


def test_kwargs():
    kw = {'name': 'Bob', 'n': 3, 'd': {'k': 'v'}}
    fmts = ['{name}', '{name:>{n}}', '{d[k]}', '{n}{0}', '{name}{}']
    cases, ours = [], []
    for fmt in fmts:
        cases.append(('a[0].format(7, **a[1])', [fmt, kw]))
        ours.append(run_ours(vformat, fmt, (7,), kw, 2,
                             strformat.AutoNumber()))
    assert compare(cases, ours) == []


def test_pieces():
    it = strformat.FormatIterator('ab{x.y[0]!r:>{w}}c')
    p = it.next()
    assert (p.literal, p.has_field, p.field_name, p.conversion, p.spec,
            p.spec_needs_expanding) == ('ab', True, 'x.y[0]', ord('r'),
                                        '>{w}', True)
    ref = strformat.split_field_name(p.field_name, strformat.AutoNumber())
    assert (ref.is_index, ref.key, ref.rest_start) == (False, 'x', 1)
    part = strformat.next_field_part(p.field_name, 1)
    assert (part.is_attr, part.name) == (True, 'y')
    part = strformat.next_field_part(p.field_name, part.next_pos)
    assert (part.is_attr, part.name, part.index) == (False, '0', 0)
    assert strformat.next_field_part(p.field_name, part.next_pos) is None
    p = it.next()
    assert (p.literal, p.has_field) == ('c', False)
    assert it.next() is None
