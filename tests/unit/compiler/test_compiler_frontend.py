"""Through the real front end: minipy.frontend.compile_source (minipy's own parser
+ compile_ast) gives the same code objects as compiling CPython's AST of the same
source (tests/tools/cpy_ast_export.py), for the corpus and our snippets."""
import glob
import os

import pytest

from compiler_astbridge import export_sources
from compiler_bytecode import canon, all_codes
from compiler_snippets import SNIPPETS
from minipy.compiler.codegen import compile_ast
from minipy.compiler.errors import CompileError
from minipy.frontend import compile_source

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))

# columns are UTF-8 byte offsets in both trees (CPython's unit); these make it matter
NON_ASCII = [
    "s = '\xc3\xa9t\xc3\xa9' + f(x)\nt = ('\xe2\x82\xac', g(y)[0].z)\n\xc3\xa9 = h('\xf0\x9f\x98\x80') / k\n",
    "def f(\xc3\xa0):\n    return {'\xc3\xa7': \xc3\xa0.b(c)}['\xc3\xa7'] + d[e]\n",
]

_cache = {}


def pairs():
    if 'pairs' not in _cache:
        items = []
        for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'programs', '*.py'))):
            with open(path) as f:
                items.append((os.path.relpath(path, ROOT), f.read()))
        for i, s in enumerate(SNIPPETS + NON_ASCII):
            items.append(('snippet %d' % i, s))
        trees = export_sources([(s, 'exec') for (_, s) in items])
        result = []
        for (name, source), tree in zip(items, trees):
            if isinstance(tree, str):
                continue
            ref = compile_ast(tree, source, name, 'exec')
            try:
                ours = compile_source(source, name, 'exec')
            except CompileError as e:
                ours = e
            result.append((name, ref, ours))
        _cache['pairs'] = result
    return _cache['pairs']


def test_same_code_objects():
    problems = []
    for name, ref, ours in pairs():
        if isinstance(ours, CompileError):
            problems.append('%s: minipy parser rejects it: %s' % (name, ours))
        elif canon(ours) != canon(ref):
            problems.append('%s: code differs' % name)
    assert not problems, '\n'.join(problems)


def test_same_line_numbers():
    problems = []
    for name, ref, ours in pairs():
        if isinstance(ours, CompileError):
            continue
        for a, b in zip(all_codes(ref), all_codes(ours)):
            la = [a.co_positions[i:i + 2] for i in range(0, len(a.co_positions), 4)]
            lb = [b.co_positions[i:i + 2] for i in range(0, len(b.co_positions), 4)]
            if la != lb or a.co_firstlineno != b.co_firstlineno:
                problems.append('%s: %s: line numbers differ' % (name, a.co_qualname))
    assert not problems, '\n'.join(problems)


def test_same_columns():
    # one unit everywhere: UTF-8 byte columns, as CPython's AST and co_positions
    problems = []
    for name, ref, ours in pairs():
        if isinstance(ours, CompileError):
            continue
        for a, b in zip(all_codes(ref), all_codes(ours)):
            if a.co_positions != b.co_positions:
                problems.append('%s: %s: columns differ' % (name, a.co_qualname))
    assert not problems, '\n'.join(problems)
