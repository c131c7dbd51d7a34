# -*- coding: utf-8 -*-
"""str methods on UTF-8 text (strsearch, strsplit, strcase, strpad,
strrepr, strencode) against CPython 3."""

import random
from minipy.support import (strsearch, strsplit, strcase, strpad, strrepr,
                            strencode, utf8)
from minipy.support.strsearch import END
from .cpython import compare, run_ours, py3_eval

TEXTS = ['', 'a', 'abc', 'hello world', '  spaced  out  ', 'a,b,,c,',
         'ÉtÉ été', 'straße', 'ΣΑΣ ΌΔΟΣ', 'ﬁx ǅemo', 'İstanbul',
         'tab\there\tx', 'line1\nline2\r\nline3\rl4\x0bl5\x1cl6\u2028l7'
         .replace('\\u2028', '\xe2\x80\xa8'),
         '😀 smile 😀', 'mixed É😀a', '\xc2\xa0nbsp\xe2\x80\x83', 'αβγ_1',
         '1234', '١٢٣', '½', 'Hello World', 'hello World', 'HELLO',
         'a\x00b\x7f', "it's", 'say "hi"', '\'"both"\'', 'back\\slash',
         '\xc2\x85x\xc2\xad', 'Titlecase ǅ', 'x' * 5, '\r\n', '\n\n',
         '_ident9', '9x', 'ab\xe2\x80\xa8']


def _check(cases, ours):
    bad = compare(cases, ours)
    assert bad == []


def _ok(v):
    # our results as py3_eval's 'ok' text: str -> itself, list -> repr
    if isinstance(v, bool):
        return ('ok', 'True' if v else 'False')
    if isinstance(v, (int, long)):
        return ('ok', str(v))
    return ('ok', v)


def _lst(v):
    return ('ok', '[' + ', '.join([strrepr.str_repr(x) for x in v]) + ']')


def _tup(v):
    return ('ok', '(' + ', '.join([strrepr.str_repr(x) for x in v]) + ')')


def _n(s):
    return utf8.codepoint_count(s)


def test_search():
    subs = ['', 'a', 'l', 'o w', 'É', '😀', 'été', 'x' * 2, 'zz', ',']
    ranges = [(0, END), (1, END), (-3, END), (0, 2), (2, -1), (5, 3),
              (-100, 100), (3, 3), (40, END)]
    cases, ours = [], []
    for s in TEXTS:
        for sub in subs:
            for st, en in ranges:
                args = [s, sub, st, en if en != END else None]
                for name in ('find', 'rfind', 'count', 'startswith',
                             'endswith', 'index'):
                    cases.append(('a[0].%s(a[1], a[2], a[3])' % name, args))
                    fn = getattr(strsearch, name)
                    r = run_ours(fn, s, _n(s), sub, st, en)
                    ours.append(r if r[0] == 'err' else _ok(r[1]))
    _check(cases, ours)


def test_replace():
    cases, ours = [], []
    for s in TEXTS:
        for old, new in (('', '-'), ('a', 'AA'), ('é', 'e'), ('😀', ''),
                         (' ', '  '), (' ', '_'), (' ', ''), ('l', 'é'), ('x', '')):
            for cnt in (-1, 0, 1, 2):
                cases.append(('a[0].replace(a[1], a[2], a[3])',
                              [s, old, new, cnt]))
                ours.append(_ok(strsearch.replace(s, _n(s), old, new, cnt)))
    _check(cases, ours)


def test_split_family():
    cases, ours = [], []
    for s in TEXTS:
        for ms in (-1, 0, 1, 2):
            cases.append(('repr(a[0].split(None, a[1]))', [s, ms]))
            ours.append(_lst(strsplit.split_whitespace(s, ms)))
            cases.append(('repr(a[0].rsplit(None, a[1]))', [s, ms]))
            ours.append(_lst(strsplit.rsplit_whitespace(s, ms)))
            for sep in (',', ' ', 'É', 'l'):
                cases.append(('repr(a[0].split(a[2], a[1]))', [s, ms, sep]))
                ours.append(_lst(strsplit.split(s, sep, ms)))
                cases.append(('repr(a[0].rsplit(a[2], a[1]))', [s, ms, sep]))
                ours.append(_lst(strsplit.rsplit(s, sep, ms)))
        for ke in (False, True):
            cases.append(('repr(a[0].splitlines(a[1]))', [s, ke]))
            ours.append(_lst(strsplit.splitlines(s, ke)))
        for sep in ('l', 'É', 'zz', ' '):
            cases.append(('repr(a[0].partition(a[1]))', [s, sep]))
            ours.append(_tup(strsplit.partition(s, sep)))
            cases.append(('repr(a[0].rpartition(a[1]))', [s, sep]))
            ours.append(_tup(strsplit.rpartition(s, sep)))
        for chars in (None, 'a', ' x', 'ÉtÉ', '😀 ', 'l1\n'):
            for name in ('strip', 'lstrip', 'rstrip'):
                cases.append(('a[0].%s(a[1])' % name, [s, chars]))
                ours.append(_ok(getattr(strsplit, name)(s, chars)))
    cases.append(('a[0].split(a[1])', ['abc', '']))
    ours.append(run_ours(strsplit.split, 'abc', '', -1))
    _check(cases, ours)


def test_case_and_predicates():
    extra = ['ß', 'ŉ', 'ΐ', 'ǰ', 'ﬀ', 'Σ', 'ΑΣ', 'ΑΣ.', 'Α.Σ', 'aΣb', 'ΣΣ',
             "aΣ'", 'ǈ', 'ǉ', 'ǅ', 'ĳ', 'ᾈ', 'ﬃx', 'hello_world 3rd',
             "they're bill's", '١x', '²', 'Ⅻ', '\t\n', ' ', '\xe2\x80\x8b',
             'a b', 'A1', '_', 'é', 'π3', '\xcc\x81a']
    names = ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize',
             'isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum',
             'isspace', 'isupper', 'islower', 'istitle', 'isidentifier',
             'isprintable', 'isascii']
    cases, ours = [], []
    for s in TEXTS + extra:
        for name in names:
            cases.append(('a[0].%s()' % name, [s]))
            ours.append(_ok(getattr(strcase, name)(s)))
    _check(cases, ours)


def test_pad():
    cases, ours = [], []
    for s in TEXTS[:20]:
        for w in (0, 5, 10, 11, 16):
            for fill in (' ', '*', 'é', '😀'):
                for name in ('center', 'ljust', 'rjust'):
                    cases.append(('a[0].%s(a[1], a[2])' % name, [s, w, fill]))
                    ours.append(_ok(getattr(strpad, name)(s, _n(s), w, fill)))
            cases.append(('a[0].zfill(a[1])', [s, w]))
            ours.append(_ok(strpad.zfill(s, _n(s), w)))
        for ts in (0, 1, 4, 8):
            cases.append(('a[0].expandtabs(a[1])', [s, ts]))
            ours.append(_ok(strpad.expandtabs(s, ts)))
    for s in ('-42', '+7', '42', '', '-', 'é1'):
        cases.append(('a[0].zfill(5)', [s]))
        ours.append(_ok(strpad.zfill(s, _n(s), 5)))
    _check(cases, ours)


def test_slices():
    r = random.Random(3)
    cases, ours = [], []
    for s in TEXTS:
        n = _n(s)
        for k in range(12):
            a = r.choice([None, -50, -3, -1, 0, 1, 2, 5, 50])
            b = r.choice([None, -50, -3, -1, 0, 1, 2, 5, 50])
            st = r.choice([None, 1, 2, 3, -1, -2])
            start, stop, step = slice(a, b, st).indices(n)
            cases.append(('a[0][a[1]:a[2]:a[3]]', [s, a, b, st]))
            ours.append(_ok(strpad.getslice(s, n, start, stop, step)))
        for i in range(n):
            cases.append(('a[0][a[1]]', [s, i]))
            ours.append(_ok(strpad.char_at(s, n, i)))
        cases.append(('a[0] * 3', [s]))
        ours.append(_ok(strpad.repeat(s, 3)))
    _check(cases, ours)


def test_repr_ascii():
    extra = ['\xed\xa0\x80', '\xf4\x8f\xbf\xbf', '\xe2\x80\x8b', '\xc2\xa0',
             '\xe3\x80\x80', '\x1b[0m', 'ü\u0300'.replace('\\u0300', '\xcc\x80')]
    cases, ours = [], []
    for s in TEXTS + extra:
        cases.append(('repr(a[0])', [s]))
        ours.append(_ok(strrepr.str_repr(s)))
        cases.append(('ascii(a[0])', [s]))
        ours.append(_ok(strrepr.str_ascii(s)))
    _check(cases, ours)


def test_bytes_repr():
    datas = ['', 'abc', "it's", 'say "x"', '\'"', '\x00\xff\x7f\t\n\r\\',
             'caf\xc3\xa9']
    cases, ours = [], []
    for d in datas:
        cases.append(('repr(bytes(a[0]))', [[ord(c) for c in d]]))
        ours.append(_ok(strrepr.bytes_repr(d)))
    _check(cases, ours)


def test_encode():
    texts = ['abc', 'é', 'aéb', 'aé€b😀c', '€€x€', 'ÿ', 'Āx']
    cases, ours = [], []
    for s in texts:
        for enc in ('utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin1', 'foo'):
            for errors in ('strict', 'ignore', 'replace', 'backslashreplace',
                           'xmlcharrefreplace', 'bogus'):
                cases.append(('list(a[0].encode(a[1], a[2]))',
                              [s, enc, errors]))
                r = run_ours(strencode.encode, s, enc, errors)
                if r[0] == 'ok':
                    r = ('ok', repr([ord(c) for c in r[1]]))
                ours.append(r)
    _check(cases, ours)


def test_surrogate_encode_message():
    # surrogates cannot travel through JSON; expected texts from
    # python3 -c "'a\ud800\ud801b'.encode()" and "'\ud800'.encode()"
    r = run_ours(strencode.encode, 'a\xed\xa0\x80\xed\xa0\x81b', 'utf-8',
                 'strict')
    assert r == ('err', 'UnicodeEncodeError', "'utf-8' codec can't encode "
                 "characters in position 1-2: surrogates not allowed")
    r = run_ours(strencode.encode, '\xed\xa0\x80', 'utf-8', 'strict')
    assert r == ('err', 'UnicodeEncodeError', "'utf-8' codec can't encode "
                 "character '\\ud800' in position 0: surrogates not allowed")


def test_decode():
    datas = ['abc', 'caf\xc3\xa9', '\xff', 'a\xc3', 'a\xc3(', '\xe2\x82',
             '\xe2\x82(', '\xed\xa0\x80', '\xf0\x9f\x98', '\xf0\x9f\x98\x80',
             '\xc0\xaf', '\xf5\x80', '\xe0\x80\x80', '\xf4\x90\x80\x80',
             '\x80abc', 'é\xe9']
    cases, ours = [], []
    for d in datas:
        for enc in ('utf-8', 'ascii', 'latin-1'):
            for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
                cases.append(('bytes(a[0]).decode(a[1], a[2])',
                              [[ord(c) for c in d], enc, errors]))
                ours.append(run_ours(strencode.decode, d, enc, errors))
    _check(cases, ours)


def test_predicates_per_code_point():
    # every code point of the post-8.0 delta tables plus a sample of all
    from minipy.support import unicodedelta
    r = random.Random(11)
    cps = set(r.randrange(0x110000) for i in range(3000))
    cps.update(range(0, 0x3000, 3))
    for name in ('PRINTABLE', 'ALPHA', 'DECIMAL', 'NUMERIC', 'UPPER'):
        t = getattr(unicodedelta, name)
        for i in range(0, len(t), 2):
            cps.update(range(t[i], min(t[i + 1], t[i] + 40) + 1))
    cps = sorted(c for c in cps if not 0xd800 <= c <= 0xdfff)
    preds = ('isprintable', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric',
             'isupper', 'islower', 'isspace', 'isalnum', 'isidentifier')
    expr = ('"".join("".join("1" if getattr(chr(c), p)() else "0" for p in '
            '%r) + str(__import__("unicodedata").decimal(chr(c), -1) %% 10) '
            'for c in a[0])' % (preds,))
    ours = []
    for c in cps:
        s = utf8.encode_cp(c)
        bits = ''.join(['1' if getattr(strcase, p)(s) else '0'
                        for p in preds])
        ours.append(bits + str(strcase.decimal_value(c) % 10))
    exp = py3_eval([(expr, [cps])])[0]
    got = ''.join(ours)
    assert exp[0] == 'ok'
    bad = [(hex(c), exp[1][11 * i:11 * i + 11], got[11 * i:11 * i + 11])
           for i, c in enumerate(cps)
           if exp[1][11 * i:11 * i + 11] != got[11 * i:11 * i + 11]]
    assert bad == []
