"""Scope analysis against CPython 3.11's own (the `symtable` module): for every scope
of every snippet and corpus program, in the same order, the same names with the same
resolved scope (local, global explicit/implicit, free, cell)."""
import glob
import json
import os
import subprocess

from compiler_astbridge import export_sources
from compiler_snippets import SNIPPETS
from minipy.compiler import symtable as st

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))

PROBE = r'''
import json, sys, symtable
def walk(t, out):
    names = {}
    for s in t.get_symbols():
        names[s.get_name()] = s._Symbol__scope
    out.append([t.get_name(), t.get_type(), names])
    for c in t.get_children():
        walk(c, out)
result = []
for src in json.load(sys.stdin):
    out = []
    walk(symtable.symtable(src, '<s>', 'exec'), out)
    result.append(out)
json.dump(result, sys.stdout)
'''

KINDS = {st.MODULE_BLOCK: 'module', st.FUNCTION_BLOCK: 'function', st.CLASS_BLOCK: 'class'}


def cpython_tables(sources):
    p = subprocess.Popen(['python3', '-c', PROBE], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    out, _ = p.communicate(json.dumps([s.decode('utf-8') for s in sources]))
    assert p.returncode == 0
    return json.loads(out)


def ours(scope, out):
    names = {}
    for name in scope.order:
        names[name.decode('utf-8')] = scope.get_scope(name)
    out.append([scope.name, KINDS[scope.kind], names])
    for child in scope.children:
        ours(child, out)


def test_scopes_match_cpython311():
    sources = list(SNIPPETS)
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', 'programs', '*.py'))):
        with open(path) as f:
            sources.append(f.read())
    trees = export_sources([(s, 'exec') for s in sources])
    keep = [(s, t) for (s, t) in zip(sources, trees) if not isinstance(t, str)]
    expected = cpython_tables([s for (s, _) in keep])
    problems = []
    for (source, tree), exp in zip(keep, expected):
        got = []
        ours(st.build_symtable(tree, '<s>', source).top, got)
        if len(got) != len(exp):
            problems.append('%r: %d scopes, CPython %d' % (source[:60], len(got), len(exp)))
            continue
        for g, e in zip(got, exp):
            if g[1] != e[1] or g[2] != e[2]:
                problems.append('%r: scope %s: %r, CPython %r' % (source[:60], e[0], g, e))
    assert not problems, '\n'.join(problems[:20])
