"""The strongest check that our bytecode matches the 3.9 eval loop's expectations:
for every snippet, the normalised instruction sequence (opcodes and resolved
arguments: names, constants, counts, jump targets) of every code object equals
CPython 3.9's, as do varnames, cellvars, freevars, argcount and flags."""
import py

from compiler_astbridge import export_sources
from compiler_bytecode import canon, normalise, cpython39, PYTHON39
from compiler_snippets import SNIPPETS
from minipy.compiler.codegen import compile_ast

_cache = {}


def compiled_pairs():
    if 'pairs' not in _cache:
        trees = export_sources([(s, 'exec') for s in SNIPPETS])
        refs = cpython39(SNIPPETS)
        _cache['pairs'] = (trees, refs)
    return _cache['pairs']


def compare(mine, ref, path, problems):
    a, b = normalise(mine['instrs']), normalise(ref['instrs'])
    if a != b:
        lines = ['%s: instructions differ' % path]
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else None
            y = b[i] if i < len(b) else None
            lines.append('%3d %s %-50s %s' % (i, '  ' if x == y else '!!', x, y))
        problems.append('\n'.join(lines))
    for key in ('name', 'varnames', 'cellvars', 'freevars', 'argcount',
                'kwonlyargcount', 'flags', 'firstlineno'):
        if key == 'firstlineno' and mine['name'] == '<module>':
            continue    # 3.9 takes the first instruction's line, 3.11 (and we) 1
        if mine[key] != ref[key]:
            problems.append('%s: %s %r != %r' % (path, key, mine[key], ref[key]))
    if len(mine['codes']) != len(ref['codes']):
        problems.append('%s: %d nested codes, CPython %d' % (
            path, len(mine['codes']), len(ref['codes'])))
        return
    for x, y in zip(mine['codes'], ref['codes']):
        compare(x, y, path + '/' + x['name'], problems)


def pytest_generate_tests(metafunc):
    if 'index' in metafunc.fixturenames:
        metafunc.parametrize('index', range(len(SNIPPETS)))


def test_same_bytecode_as_cpython39(index):
    if PYTHON39 is None:
        py.test.skip('CPython 3.9 (the bytecode oracle) not found; set MINIPY_PY39')
    trees, refs = compiled_pairs()
    source = SNIPPETS[index]
    co = compile_ast(trees[index], source, '<snippet>', 'exec')
    problems = []
    compare(canon(co), refs[index], '<module>', problems)
    assert not problems, source + '\n' + '\n'.join(problems)
