"""percentfmt: str % args, driven by a small loop like the interpreter's,
against CPython 3."""

from rpython.rlib.rbigint import rbigint
from minipy.support import percentfmt
from minipy.support.percentfmt import PercentIterator, STAR
from minipy.support.errors import SupportError
from minipy.support.floatfmt import float_repr
from minipy.support.utf8 import codepoint_count
from .cpython import compare, run_ours


def _str(v):
    if isinstance(v, float):
        return float_repr(v)
    return str(v)


def _repr(v):
    if isinstance(v, str):
        return "'%s'" % v
    return _str(v)


def fmt_percent(fmt, args):
    mapping = isinstance(args, dict)
    if not isinstance(args, (tuple, dict)):
        args = (args,)
    it = PercentIterator(fmt, mapping)
    out = []
    pos = [0]

    def nextarg(src):
        if src is not None:
            return src
        if pos[0] >= len(args):
            raise SupportError('TypeError', percentfmt.MSG_NOT_ENOUGH)
        pos[0] += 1
        return args[pos[0] - 1]
    while True:
        p = it.next()
        if p is None:
            break
        out.append(p.literal)
        if not p.has_spec:
            continue
        src = None
        if p.has_key:
            if p.key not in args:
                raise SupportError('KeyError', repr(p.key))
            src = args[p.key]
        if p.width == STAR:
            w = nextarg(src)
            if not isinstance(w, int):
                raise SupportError('TypeError', percentfmt.MSG_STAR_WANTS_INT)
            p.set_star_width(w)
        if p.prec == STAR:
            n = nextarg(src)
            if not isinstance(n, int):
                raise SupportError('TypeError', percentfmt.MSG_STAR_WANTS_INT)
            p.set_star_prec(n)
        v = nextarg(src)
        p.check_conv()
        c = chr(p.conv)
        if c in 'diuoxX':
            out.append(percentfmt.render_int(p, rbigint.fromint(int(v))))
        elif c in 'eEfFgG':
            out.append(percentfmt.render_float(p, float(v)))
        elif c in 'sra':
            t = _str(v) if c == 's' else _repr(v)
            out.append(percentfmt.render_str(p, t, codepoint_count(t)))
        elif c == 'c':
            if isinstance(v, int):
                if not 0 <= v < 0x110000:
                    raise SupportError('OverflowError', percentfmt.MSG_C_RANGE)
                out.append(percentfmt.render_char(p, v))
            else:
                if codepoint_count(v) != 1:
                    raise SupportError('TypeError', percentfmt.MSG_C_TYPE)
                out.append(percentfmt.render_char(p, ord(v.decode('utf-8'))))
    if not mapping and pos[0] < len(args):
        raise SupportError('TypeError', percentfmt.MSG_NOT_ALL_CONVERTED)
    return ''.join(out)


CASES = [
    ('%05c', 65), ('%-05d', 5), ('%5%', ()), ('%5%', 1), ('%(a)%', {'a': 1}),
    ('%y', ()), ('%y', 1), ('%\xc3\xa9', 1), ('%ld', 5), ('%hi', 5),
    ('%Lf', 1.5), ('%-#08x', 255), ('% 08.3d', -5), ('%+.3o', 8),
    ('%#.5X', 255), ('%5.1c', 'x'), ('%3s', '\xc3\xa9'), ('%.1r', 'abc'),
    ('%*d', (5, 3)), ('%-*d', (-5, 3)), ('%*d', (-5, 3)), ('%.*f', (2, 1.5)),
    ('%.*f', (-2, 1.5)), ('%.*s', (-1, 'abc')), ('%(x)s %(y)d', {'x': 1}),
    ('%(x)s %(y)d', {'x': 1, 'y': 2}), ('%(a', {}), ('%', ()), ('%5', 1),
    ('%.', 1), ('abc%', 1), ('%*d', ('a', 3)), ('%d %d', 1), ('%d', (1, 2)),
    ('%c', 'ab'), ('%c', -1), ('%i', 3), ('%x', -255), ('%#o', -8), ('%u', 7),
    ('%E', 1e100), ('%.0f', 0.5), ('%.0f', 1.5), ('%20.10f', -3.14159),
    ('%-+10.2e', 0.000123), ('% g', 1e20), ('%%%d', 5), ('%(a)s', (1,)),
    ('%s%s', 'ab'), ('%010f', float('inf')), ('%-+8.2f', 1.5),
    ('% .3e', 2.0), ('%#.0f', 2.0), ('%#x', 255), ('%#o', 8), ('%.3d', 5),
    ('%+05d', 5), ('%#08x', -255), ('%.0e', 12345.0), ('%g', 1e-5),
    ('%#g', 1.0), ('%5.1s', 'abc'), ('%05s', 'ab'), ('%c', 65),
    ('%010.3g', -1.0), ('\xc3\xa9%s\xe2\x82\xac%d', ('x', 3)),
    ('%(a(b))s', {'a(b)': 7}), ('%s %r', ('x', 'y')), ('%-6r|', 'q'),
    ('%#X', 0), ('%#.3o', 0), ('%+d', 0), ('% d', -3), ('%#5x', 10),
    ('%0#8X', 3054), ('%-#8o', 9), ('%.2%', ()), ('%#5.3d', 7),
    ('\xc3\xa9\xc3\xa9%z', 1), ('%.15g', 0.1), ('%.17g', 0.1),
    ('%F', float('nan')), ('%+F', float('-inf')), ('%c', 233),
    ('%5c|', 8364), ('%s', 1.5), ('%r', 1e16), ('%d', 10 ** 5),
]


def test_cases():
    cases, ours = [], []
    for fmt, args in CASES:
        cases.append(('a[0] % (tuple(a[1]) if type(a[1]) is list else a[1])',
                      [fmt, list(args) if isinstance(args, tuple) else args]))
        ours.append(run_ours(fmt_percent, fmt, args))
    assert compare(cases, ours) == []


def test_pieces():
    it = PercentIterator('ab%(k)-+ #07.3fc%%', True)
    p = it.next()
    assert (p.literal, p.has_spec, p.has_key, p.key, p.minus, p.plus,
            p.space, p.alt, p.zero, p.width, p.prec, chr(p.conv)) == (
        'ab', True, True, 'k', True, True, True, True, True, 7, 3, 'f')
    p = it.next()
    assert (p.literal, p.has_spec) == ('c%', False)
    assert it.next() is None
