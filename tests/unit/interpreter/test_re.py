# -*- coding: utf-8 -*-
"""The re module: the native engine glue of minipy/builtins/modsre.py directly (subjects,
code point positions in UTF-8 text, the empty-match rule of iterations, group marks,
templates), then small programs run by minipy (untranslated) and by python3, compared
(minipy/lib/re.py, _re_parser.py and _re_compiler.py included)."""
import pytest
from rpython.rlib.rsre.rpy import get_code
from runner import compare

from minipy.builtins import modsre
from minipy.objects.root import OperationError
from minipy.objects.strobject import wrap_str, W_StrObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.intobject import wrap_int
from minipy.objects.dictobject import W_DictObject
from minipy.objects.noneobject import w_None
import minipy.builtins.functions  # registers the built-in methods


def make_pattern(regexp, groups=0, is_bytes=False, hidden=0):
    """A W_Pattern whose code is what Python 2.7's sre_compile makes of regexp (the
    engine's opcode set); `hidden` groups at the end are the compiler's own."""
    code = get_code(regexp)
    flags = 0 if is_bytes else modsre.FLAG_UNICODE
    w_pat = W_BytesObject(regexp) if is_bytes else wrap_str(regexp)
    return modsre.W_Pattern(w_pat, flags, code, groups - hidden, W_DictObject(),
                            [w_None] * (groups - hidden + 1), is_bytes)


def subject(w_p, s):
    if isinstance(s, unicode):
        w_s = wrap_str(s.encode('utf-8'))
    else:
        w_s = W_BytesObject(s)
    return modsre.subject_of(w_p, w_s)


def span(ctx):
    return (ctx.match_start, ctx.match_end)


def test_decode_utf8_and_its_index():
    from minipy.support import utf8
    text = u'aé€😀b' * 20
    s = text.encode('utf-8')
    ustr, index = modsre.decode_utf8(s, 100)
    assert ustr == text
    assert index == utf8.build_index(s)
    subj = modsre.Subject(None, modsre.KIND_UNI, s, ustr, index, 100)
    for i in range(101):
        for j in [i, min(i + 7, 100), 100]:
            assert subj.slice_text(i, j) == text[i:j].encode('utf-8')


def test_the_last_decoded_str_is_reused():
    w_p = make_pattern('x')
    w_s = wrap_str(u'héllo'.encode('utf-8'))
    a = modsre.subject_of(w_p, w_s)
    b = modsre.subject_of(w_p, w_s)
    assert a.ustr is b.ustr and a.index is b.index
    c = modsre.subject_of(w_p, wrap_str(u'héllo'.encode('utf-8')))
    assert c.ustr is not a.ustr and c.ustr == a.ustr


def test_subject_kinds_and_slices():
    w_p = make_pattern('x')
    subj = subject(w_p, u'abc')
    assert subj.kind == modsre.KIND_ASCII and subj.length == 3
    subj = subject(w_p, u'hé😀!')
    assert subj.kind == modsre.KIND_UNI and subj.length == 4
    w_s = subj.wrap_slice(1, 3)
    assert isinstance(w_s, W_StrObject)
    assert w_s.utf8 == u'é😀'.encode('utf-8') and w_s.length == 2
    assert subj.wrap_slice(3, 4).utf8 == '!' and subj.wrap_slice(-1, -1).utf8 == ''
    w_b = make_pattern('x', is_bytes=True)
    subj = subject(w_b, '\xffab')
    assert subj.kind == modsre.KIND_BYTES and subj.wrap_slice(0, 2).value == '\xffa'


def test_subject_type_errors():
    w_p = make_pattern('x')
    w_b = make_pattern('x', is_bytes=True)
    for w_pat, w_s in [(w_p, W_BytesObject('x')), (w_b, wrap_str('x')), (w_p, wrap_int(3))]:
        with pytest.raises(OperationError):
            modsre.subject_of(w_pat, w_s)


def test_positions_are_code_points():
    w_p = make_pattern('b+')
    subj = subject(w_p, u'ééébbx')
    ctx = modsre.run_once(w_p, subj, 0, subj.length, modsre.MODE_SEARCH)
    assert span(ctx) == (3, 5)
    assert subj.wrap_slice(0, 3).utf8 == u'ééé'.encode('utf-8')
    assert modsre.run_once(w_p, subj, 0, subj.length, modsre.MODE_MATCH) is None
    assert span(modsre.run_once(w_p, subj, 3, subj.length, modsre.MODE_MATCH)) == (3, 5)
    assert modsre.run_once(w_p, subj, 3, 4, modsre.MODE_FULLMATCH) is not None
    assert modsre.run_once(w_p, subj, 3, 6, modsre.MODE_FULLMATCH) is None
    assert modsre.run_once(w_p, subj, 4, 3, modsre.MODE_SEARCH) is None


def test_adjust_clamps_like_cpython():
    assert modsre.adjust(-5, 100, 10) == (0, 10)
    assert modsre.adjust(12, -1, 10) == (10, 0)


def iterate(w_p, s):
    """The spans an iteration (findall, finditer, sub, split) visits."""
    subj = subject(w_p, s)
    spans = []
    start = 0
    must_advance = False
    while True:
        ctx = modsre.run_next(w_p, subj, start, subj.length, must_advance, True)
        if ctx is None:
            return spans
        spans.append(span(ctx))
        must_advance = ctx.match_end == ctx.match_start
        start = ctx.match_end


def test_iteration_after_an_empty_match():
    # CPython 3.7+: an empty match may follow a non-empty one, not another empty one at
    # the same place
    assert iterate(make_pattern('x*'), u'abxd') == [(0, 0), (1, 1), (2, 3), (3, 3), (4, 4)]
    assert iterate(make_pattern(''), u'ab') == [(0, 0), (1, 1), (2, 2)]
    # at a position where the first match is empty, a longer one is taken instead
    assert iterate(make_pattern('|ab'), u'abab') == [(0, 0), (0, 2), (2, 2), (2, 4), (4, 4)]
    assert iterate(make_pattern('a??'), u'aa') == [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)]
    assert iterate(make_pattern('\\b'), u'ab cd') == [(0, 0), (2, 2), (3, 3), (5, 5)]


def test_lazy_repeat_zero_width_rule_is_cpythons():
    # rsre's lazy repeat could add empty repetitions without end here (modsre patches it)
    w_p = make_pattern('(?:b|^){2,}?x')
    subj = subject(w_p, u'bb')
    assert modsre.run_once(w_p, subj, 0, 2, modsre.MODE_SEARCH) is None
    w_p = make_pattern('(?:b|^){2,}?c')
    assert span(modsre.run_once(w_p, subject(w_p, u'bbc'), 0, 3, modsre.MODE_SEARCH)) == (0, 3)
    # and, as CPython, it takes an empty repetition past the minimum when the tail needs it
    w_p = make_pattern('(?:(a?))*?\\1x', groups=1)
    ctx = modsre.run_once(w_p, subject(w_p, u'x'), 0, 1, modsre.MODE_MATCH)
    assert modsre.flat_marks(w_p, ctx) == ([0, 1, 0, 0], 1)


def test_greedy_repeat_zero_width_rule_is_cpythons():
    # after an empty repetition that only reaches the minimum, CPython tries one more
    assert iterate(make_pattern('(?:\\b|b){2,3}'), u'bb') == [(0, 0), (0, 1), (1, 2), (2, 2)]
    assert iterate(make_pattern('(?:\\b|b){2,3}'), u'bbc') == [(0, 0), (0, 1), (3, 3)]


def test_scanner_match_after_an_empty_match():
    w_p = make_pattern('a*')
    subj = subject(w_p, u'aab')
    w_s = modsre.W_Scanner(w_p, subj, 0, subj.length)
    m1 = w_s.next_match(False)
    assert (m1.marks[0], m1.marks[1]) == (0, 2)
    m2 = w_s.next_match(False)
    assert (m2.marks[0], m2.marks[1]) == (2, 2)
    assert w_s.next_match(False) is None       # must advance, and cannot at 2
    assert w_s.next_match(True) is None


def test_marks_lastindex_and_unmatched_groups():
    w_p = make_pattern('(a)|(b)(c)?', groups=3)
    subj = subject(w_p, u'xb')
    ctx = modsre.run_once(w_p, subj, 0, 2, modsre.MODE_SEARCH)
    marks, lastindex = modsre.flat_marks(w_p, ctx)
    assert marks == [1, 2, -1, -1, 1, 2, -1, -1]
    assert lastindex == 2
    w_p = make_pattern('((a)b)', groups=2)
    ctx = modsre.run_once(w_p, subject(w_p, u'ab'), 0, 2, modsre.MODE_MATCH)
    assert modsre.flat_marks(w_p, ctx) == ([0, 2, 0, 2, 0, 1], 1)


def test_hidden_groups_are_not_reported():
    # the compiler's atomic groups capture into groups numbered after the real ones
    w_p = make_pattern('(a)(?=(b+))\\2', groups=2, hidden=1)
    ctx = modsre.run_once(w_p, subject(w_p, u'abbc'), 0, 4, modsre.MODE_MATCH)
    marks, lastindex = modsre.flat_marks(w_p, ctx)
    assert marks == [0, 3, 0, 1]
    assert lastindex == 1


def test_template_expansion():
    w_p = make_pattern('(a)(b)?', groups=2)
    subj = subject(w_p, u'ac')
    ctx = modsre.run_once(w_p, subj, 0, 2, modsre.MODE_MATCH)
    marks, _ = modsre.flat_marks(w_p, ctx)
    t = modsre.Template([wrap_str('<'), None, wrap_str('>')], [1, 2])
    pieces_w = []
    modsre.expand_into(pieces_w, t, subj, marks)
    w_res = modsre.join_pieces(pieces_w, False)
    assert w_res.utf8 == '<a>'


def test_join_pieces_checks_types():
    w_res = modsre.join_pieces([wrap_str('a'), wrap_str(u'é'.encode('utf-8'))], False)
    assert w_res.utf8 == u'aé'.encode('utf-8') and w_res.length == 2
    with pytest.raises(OperationError):
        modsre.join_pieces([wrap_str('a'), wrap_int(1)], False)
    with pytest.raises(OperationError):
        modsre.join_pieces([W_BytesObject('a'), wrap_str('b')], True)
    assert modsre.join_pieces([W_BytesObject('a'), W_BytesObject('b')], True).value == 'ab'


def test_literal_templates():
    assert modsre.template_is_literal(wrap_str('abc'))
    assert not modsre.template_is_literal(wrap_str('a\\1'))
    assert not modsre.template_is_literal(wrap_int(1))


# ---------------------------------------------------------------- whole programs

PROGRAMS = {
    'basics': r'''
import re
m = re.search(r'(\d+)-(\d+)', 'tel 555-1234 x')
print(m, m.group(1, 2), m.span(2), m.lastindex, m.groups())
print(re.findall(r'\w+', 'héllo big wörld'), re.split(r'[,;]\s*', 'a, b;c'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home'), re.subn('x*', '-', 'abxd'))
print(re.fullmatch(r'\w+', 'abc!'), re.match('(?i)ÉTÉ', 'été'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
''',
    'errors': r'''
import re
for p in ['(', 'a**', '[a', '(?P<1>x)', '\\', '(?<=a+)b', 'x\n(']:
    try:
        re.compile(p)
    except re.error as e:
        print(e, e.pos, e.lineno)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e)
re.compile('a)')
''',
    'atomic_and_possessive': r'''
import re
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a*+a', 'aaa'), re.match(r'(?:(?:cb)+){2}+', 'cbcb'), re.match(r'(ab)++c', 'ababc'))
print(re.match(r'(?>(a)|(ab))c', 'abc').groups(), re.search(r'(?>x)', 'x').lastindex)
''',
    'flags_and_reprs': r'''
import re
print(re.I | re.M, re.compile('a', re.I | re.X), re.compile(b'\xff'), re.compile('x', re.A).flags)
print(re.findall(r'^\w', 'a\nb', re.M), re.search('a.b', 'a\nb', re.S).span())
print(re.findall('s', 'Sſs', re.I), re.findall(r'\d', '1٣', re.A))
print(re.compile('[a-z]+') == re.compile('[a-z]+'), re.escape('a.b*c'))
''',
    'bytes': r'''
import re
print(re.findall(rb'\w+', b'ab \xe9cd'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.match(b'a', bytearray(b'ab')), re.split(b',', b'a,b'))
''',
}


@pytest.mark.parametrize('name', sorted(PROGRAMS))
def test_program(name):
    compare(PROGRAMS[name])


def test_engine_glue_annotates_and_rtypes():
    """The engine glue is RPython (the whole module is checked by the translation)."""
    from rpython.translator.interactive import Translation
    code = get_code('(a)|b+|(?:ab)*?c|(?:a|b)+d')     # BRANCH, REPEAT_ONE, MIN/MAX_UNTIL

    def entry(s, n):
        fixed = [0] * len(code)
        for i in range(len(code)):
            fixed[i] = code[i]
        w_p = modsre.W_Pattern(None, modsre.FLAG_UNICODE, fixed, 1, None, [None, None], False)
        if n == len(s):
            subj = modsre.Subject(None, modsre.KIND_ASCII, s, None, None, n)
        else:
            ustr, offsets = modsre.decode_utf8(s, n)
            subj = modsre.Subject(None, modsre.KIND_UNI, s, ustr, offsets, n)
        total = 0
        ctx = modsre.run_once(w_p, subj, n - 4, subj.length, modsre.MODE_SEARCH)
        if ctx is not None:
            marks, lastindex = modsre.flat_marks(w_p, ctx)
            total += marks[1] + lastindex + len(subj.slice_text(marks[0], marks[1]))
        ctx = modsre.run_next(w_p, subj, n - 3, subj.length, True, n > 3)
        if ctx is not None:
            total += ctx.match_end
        return total

    assert entry('xbba', 4) == 3 + -1 + 2 + 3
    assert entry('ababc', 5) == 2 + -1 + 1 + 3
    t = Translation(entry, [str, int])
    t.annotate()
    t.rtype()
