"""The re module against CPython's, in bulk: generated programs that run thousands of
patterns (random ones of groups, lookarounds, backreferences, atomic groups and every
quantifier; repeats of items that can match empty, with tails that refer to their groups;
case-insensitive sets and literals over Latin, Greek and compatibility characters;
malformed patterns and templates) through search, match, fullmatch, findall, finditer,
subn and split, printed by bin/minipy and by python3 and compared line by line."""
import os
import random
import re
import shutil
import subprocess

import pytest

CPYTHON = os.environ.get("MINIPY_CPYTHON") or shutil.which("python3")

DRIVER = r'''
import re

def show(m):
    if m is None:
        return 'None'
    return '%r %r %r %r %r %r' % (m.span(), m.group(), m.groups(), m.lastindex, m.lastgroup,
                                  [m.span(i) for i in range(1, len(m.groups()) + 1)])

def run(pat, s, flags=0):
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        return 'error: %s' % e
    out = []
    for f in [lambda: show(p.search(s)), lambda: show(p.match(s)),
              lambda: show(p.fullmatch(s)), lambda: p.findall(s),
              lambda: [m.span() for m in p.finditer(s)], lambda: p.subn('<>', s),
              lambda: p.split(s), lambda: show(p.search(s, 1)),
              lambda: show(p.search(s, 0, len(s) - 1))]:
        try:
            r = f()
        except Exception as e:
            r = 'EXC %s %s' % (type(e).__name__, e)
        out.append(repr(r))
    return ' | '.join(out)

for i, case in enumerate(CASES):
    print(i, repr(case[0]), repr(case[1]), run(*case))
'''

ATOMS = ['a', 'b', 'c', '.', '\\w', '\\W', '\\d', '\\s', '[ab]', '[^a]', '[a-c]', '\\b', '\\B',
         '^', '$', 'A', '\u00e9', '[^\\W]', 'x?']


def random_pattern(rnd, depth, ngroups):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        r = rnd.random()
        if depth > 0 and r < 0.25:
            inner, ngroups = random_pattern(rnd, depth - 1, ngroups)
            kind = rnd.choice(['(', '(', '(?:', '(?=', '(?!', '(?>', '(?P<g%d>' % ngroups,
                               '(?i:'])
            if kind == '(' or kind.startswith('(?P<'):
                ngroups += 1
            parts.append(kind + inner + ')')
        elif depth > 0 and r < 0.35:
            a, ngroups = random_pattern(rnd, depth - 1, ngroups)
            b, ngroups = random_pattern(rnd, depth - 1, ngroups)
            parts.append('(?:' + a + '|' + b + ')')
        elif r < 0.4 and ngroups > 0:
            parts.append('\\%d' % rnd.randint(1, ngroups))
        elif r < 0.41:
            parts.append('(?<=%s)' % rnd.choice(['a', 'b', '\\w', 'ab', '[ab]c']))
        elif r < 0.42:
            parts.append('(?<!%s)' % rnd.choice(['a', 'b', '\\w', 'ab']))
        else:
            parts.append(rnd.choice(ATOMS))
        last = parts[-1]
        if (rnd.random() < 0.35 and last not in ('^', '$', '\\b', '\\B') and
                not last.startswith('(?<') and not last.endswith('?')):
            parts[-1] += rnd.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}'])
            parts[-1] += rnd.choice(['', '', '?', '+'])
    return ''.join(parts), ngroups


def random_cases(seed, n):
    rnd = random.Random(seed)
    cases = []
    while len(cases) < n:
        p, _ = random_pattern(rnd, rnd.choice([1, 2, 2, 3]), 0)
        try:
            re.compile(p)
        except re.error:
            if rnd.random() < 0.9:
                continue
        s = ''.join(rnd.choice('aaabbbcA \u00e9\n') for _ in range(rnd.randint(0, 10)))
        flags = rnd.choice([0, 0, 0, re.I, re.M, re.S, re.A, re.I | re.A])
        cases.append((p, s, int(flags)))
    return cases


def empty_repeat_cases():
    items = ['(?:b|^)', '(?:|b)', '(?:b|$)', '(?:\\b|b)', '(a?)', '(|a)(b?)', '(^|a)',
             '(?:(a)|b?)', '((?=a)|b)']
    quants = ['*', '+', '{2,}', '{2,3}', '{0,2}', '{3}', '?']
    tails = ['x', 'c', '', '$', '\\b', '\\1x', '(?(1)x|y)', 'x\\1']
    cases = []
    for it in items:
        for q in quants:
            for lazy in ['', '?']:
                for t in tails:
                    for s in ['bb', 'abc', 'x', 'ax', 'ba']:
                        cases.append((it + q + lazy + t, s, 0))
    return cases


def case_folding_cases():
    chars = ('aAbBkKsS\u017f\u0131iI\u0130\u03c3\u03c2\u03a3\u00b5\u03bc\u039c\u00e9\u00c9'
             '\u00df\u1e9e\u01c5\u01c4\u01c6\ufb05\ufb06\u212a\u0345\u03b9\u0399\u1fbe'
             '\u03b8\u03d1\u0398')
    sets = ['[a-z]', '[A-Z]', '[k-s]', '[^a-z]', '[\u017f]', '[\u03c3]', '[\u00e0-\u00ff]',
            '[\u00c0-\u00de]', '[\u0370-\u03ff]', '\u017f', '\u03a3', 'k', 'S', 'i', '\u00b5',
            '\u00df', '\u01c5', '\u212a', '[^k]', '[\\w]', '[^\\W\\d]', '\u00e9', '[^\u00e9]',
            '(.)\\1', '(\\w)\\1']
    cases = []
    for st in sets:
        for flags in [re.I, re.I | re.A, 0]:
            cases.append((st + '+', chars, int(flags)))
            cases.append(('(?:%s)' % st, chars[::-1], int(flags)))
    return cases


def error_cases():
    pats = ['(', ')', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)', '(?P<a b>c)', '(?P<a>x)(?P<a>y)',
            '(?P=a)', '(?P=1)', '(?P<a>(?P=a))', '(?Px)', '(?<x)', '(?z)', '(?i', '(?i-',
            '(?i-:a)', '(?-i)', '(?i-i:a)', '(?au:a)', '(?L)', '(?-a:b)', 'a(?i)', '(?#abc',
            '[', '[a-', '[]', '[^]', '[z-a]', '[\\d-z]', '[a-\\d]', '\\', '\\x1', '\\u12',
            '\\U00110000', '\\N', '\\N{', '\\N{}', '\\N{BOGUS NAME}', '\\q', '\\1',
            '(a)\\2', '(a\\1)', '\\777', '[\\8]', '*', '+a', 'a**', 'a*?*', 'a++?', '^*',
            '\\b*', 'a{2,1}', '(?(', '(?(1)a|b|c)', '(?(a)b)', '(?(0)a)', '(a)(?(2)b)',
            '(?<=a*)b', '(?<=a|bc)d', '(?<=(a)\\1)b', 'x\ny(', 'a\nb\nc[d', '(?>', 'a|*b']
    return [(p, 'abc', 0) for p in pats]


def run_both(tmp_path, cmd, cases):
    prog = tmp_path / 're_cases.py'
    prog.write_text('CASES = %r\n' % (cases,) + DRIVER, encoding='utf-8')
    outs = []
    for argv in ([CPYTHON], cmd):
        p = subprocess.run(argv + [str(prog)], capture_output=True, timeout=600,
                           cwd=str(tmp_path), env=dict(os.environ, PYTHONIOENCODING='utf-8'))
        assert p.returncode == 0, p.stderr.decode('utf-8', 'replace')[-3000:]
        outs.append(p.stdout.decode('utf-8').splitlines())
    expected, got = outs
    assert len(got) == len(expected) == len(cases)
    diffs = ['cpython: %s\nminipy:  %s' % (e, g) for e, g in zip(expected, got) if e != g]
    assert not diffs, '%d cases differ:\n%s' % (len(diffs), '\n'.join(diffs[:10]))


TABLES = {
    'random1': lambda: random_cases(1, 1500),
    'random2': lambda: random_cases(2, 1500),
    'empty_repeats': empty_repeat_cases,
    'case_folding': case_folding_cases,
    'errors': error_cases,
}


@pytest.mark.parametrize('table', sorted(TABLES))
def test_re_cases_as_cpython(minipy_bin, tmp_path, table):
    run_both(tmp_path, [minipy_bin], TABLES[table]())


def test_re_cases_as_cpython_jit_off(minipy_bin, tmp_path):
    run_both(tmp_path, [minipy_bin, '--jit', 'off'], random_cases(3, 800))


def test_re_cases_as_cpython_stm(stm_bin, tmp_path):
    run_both(tmp_path, [stm_bin], random_cases(4, 800) + case_folding_cases())
