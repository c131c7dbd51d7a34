"""Compile-time SyntaxErrors found by the scope analysis and the code generator:
message, lineno, offset, end_lineno and end_offset as CPython 3.11 (the system
python3) reports them."""
import json
import subprocess

from compiler_astbridge import export_sources
from minipy.compiler.codegen import compile_ast
from minipy.compiler.errors import CompileError

CASES = [
    "def f(a, b, a): pass\n",
    "lambda a, a: 1\n",
    "def f(*, a, a): pass\n",
    "def f(a, **a): pass\n",
    "def f(a, *a): pass\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(a):\n    nonlocal a\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "x = 1\ndef f():\n    x = 2\n    nonlocal y\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(x):\n    def g():\n        nonlocal x\n        global x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    from m import *\n",
    "class C:\n    from m import *\n",
    "return 1\n",
    "class C:\n    return\n",
    "x = 1\nfor x in y:\n    pass\nbreak\n",
    "continue\n",
    "def f():\n    while a:\n        def g():\n            break\n",
    "class C:\n    for x in y:\n        pass\n    else:\n        continue\n",
    "yield 1\n",
    "class C:\n    yield 1\n",
    "x = (yield)\n",
    "[(yield x) for x in y]\n",
    "def f():\n    return {(yield x) for x in y}\n",
    "def f():\n    return ((yield x) for x in y)\n",
    "f(a=1, a=2)\n",
    "f(x, b=1, c=2, b=3)\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "*a = b\n",
    "a, *b, *c = d\n",
    "[*a, *b] = d\n",
    "x = *a\n",
    "print(*a if b else c)\n",
    "f(**a, *b)\n" if False else "x = [*a]\n",
    "[i := 0 for i in range(5)]\n",
    "class C:\n    [y := 0 for i in range(5)]\n",
    "[x for x in (y := [1])]\n",
    "def f():\n    x = 1\n    return x\nreturn 2\n",
    "if 0:\n    break\n",
    "while 0:\n    pass\nelse:\n    continue\n",
    "def f():\n    try:\n        pass\n    finally:\n        continue\n",
    "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
    "def f():\n    class C:\n        def g(self):\n            nonlocal C\n",
    "def f():\n    class C:\n        x = 1\n        def g(self):\n            nonlocal x\n",
    ''.join('    ' * i + 'for x%d in y:\n' % i for i in range(21)) + '    ' * 21 + 'pass\n',
    ''.join('    ' * i + 'while x:\n' for i in range(20)) + '    ' * 20 + 'pass\n',
    "def f():\n    x: int\n    global x\n",
    "global x\nx: int = 1\n",
    "def f():\n    (x): int = 1\n    global x\n",
    # except* (3.11): no break/continue/return leaving its handlers
    "def f():\n try:\n  a\n except* E:\n  return f(x)\n",
    "def f():\n try:\n  a\n except* E:\n  return\n",
    "def f():\n try:\n  a\n except* E:\n  return 1\n",
    "def f():\n try:\n  a\n except* E:\n  return (1,\n   2)\n",
    "def f():\n try:\n  a\n except* E:\n  x = 1\n  return x\n",
    "while 1:\n try:\n  a\n except* E:\n  continue\n",
    "while 1:\n try:\n  a\n except* E:\n  try:\n   pass\n  finally:\n   break\n",
    "try:\n  a\nexcept* E:\n  break\n",
    "while 1:\n try:\n  a\n except* E:\n  pass\n else:\n  break\n",
    "while 1:\n try:\n  a\n except* E:\n  pass\n finally:\n  break\n",
    "while 1:\n try:\n  break\n except* E:\n  pass\n",
    "for x in y:\n try:\n  a\n except* E:\n  for z in w:\n   continue\n  def g():\n   return 1\n",
    "try:\n  a\nexcept* E as e:\n  nonlocal e\n",
    "try:\n  a\nexcept* E as e:\n  f(x=1, x=2)\n",
    "x = 1\nnonlocal x\n", "nonlocal x\ndef f(a, a): pass\n",
    # match statements (3.10)
    "match x:\n    case y: pass\n    case 1: pass\n",
    "match x:\n    case _: pass\n    case 1: pass\n",
    "match x:\n    case y | 1: pass\n",
    "match x:\n    case _ | 1: pass\n",
    "match x:\n    case (y): pass\n    case 2: pass\n",
    "match x:\n    case y as z: pass\n    case 2: pass\n",
    "match x:\n    case 1 if True: pass\n    case z:\n        pass\n    case 2: pass\n",
    "match x:\n    case [a, (b | c as d)] | e:\n        pass\n    case 1: pass\n",
    "match x:\n    case (a, a): pass\n",
    "match x:\n    case [a, *a]: pass\n",
    "match x:\n    case {'k': a, **a}: pass\n",
    "match x:\n    case C(a, b=[a]): pass\n",
    "match x:\n    case (a | b) as a: pass\n",
    "match x:\n    case [a, b] | [a]: pass\n",
    "match x:\n    case [a, b] | [a, c]: pass\n",
    "match x:\n    case [a] | [b]: pass\n",
    "match x:\n    case [a] | []: pass\n",
    "match x:\n    case [*a, *b]: pass\n",
    "match x:\n    case [*_, 1, *_]: pass\n",
    "match x:\n    case {'a': 1, 'a': 2}: pass\n",
    "match x:\n    case {1: a, True: b}: pass\n",
    "match x:\n    case {1: a, 1.0: b}: pass\n",
    "match x:\n    case {-0: a, 0: b}: pass\n",
    "match x:\n    case {1: a, -1: b, b'1': c, '1': d, None: e, 1.5: f, 1j: g}: pass\n",
    "match x:\n    case {0.5: a, 1+2j: b, 1-2j: c, -1.5: d, 1+2j: e}: pass\n",
    "match x:\n    case C(a=1, a=2): pass\n",
    "match x:\n    case C(x, a=1, b=2, a=3): pass\n",
    "match x:\n    case f'x': pass\n",
    "match x:\n    case {f'x': 1}: pass\n",
    "match x:\n    case __debug__: pass\n",
    "match x:\n    case [1, __debug__]: pass\n",
    "match x:\n    case C(__debug__=1): pass\n",
    "match x:\n    case {**__debug__}: pass\n",
    "def f():\n    match x:\n        case [a, (1 | 2) as b, {'k': c}] if a:\n            return 1\n"
    "        case a.b | C(d) | [*d]:\n            nonlocal q\n",
    "match x:\n    case 1:\n        break\n",
    "for i in x:\n    match i:\n        case 1:\n            continue\n        case _:\n"
    "            break\nelse:\n    return 1\n",
]

PROBE = r'''
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "<s>", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
json.dump(out, sys.stdout)
'''


def cpython_errors(sources):
    p = subprocess.Popen(['python3', '-c', PROBE], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    out, _ = p.communicate(json.dumps(sources))
    assert p.returncode == 0
    return json.loads(out)


_cache = {}


def data():
    if 'd' not in _cache:
        _cache['d'] = (export_sources([(s, 'exec') for s in CASES]), cpython_errors(CASES))
    return _cache['d']


def pytest_generate_tests(metafunc):
    if 'index' in metafunc.fixturenames:
        metafunc.parametrize('index', range(len(CASES)))


def test_error_matches_cpython311(index):
    trees, expected = data()
    source = CASES[index]
    tree = trees[index]
    if isinstance(tree, str):
        # the parser itself rejects it (a parser-level error): not ours
        return
    try:
        compile_ast(tree, source, '<s>', 'exec')
        got = None
    except CompileError as e:
        got = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        assert e.filename == '<s>'
        assert e.text == source.split('\n')[e.lineno - 1]
    exp = expected[index]
    if exp is not None:
        exp = [exp[0].encode('utf-8')] + exp[1:]
    assert got == exp, source


def test_cases_are_errors():
    # the table must not silently lose its point: most cases are errors in CPython
    trees, expected = data()
    assert sum(1 for e in expected if e is not None) >= len(CASES) - 12


def test_errors_through_frontend():
    """The same errors, with minipy's own parser in front (minipy.frontend)."""
    from minipy.frontend import compile_source
    trees, expected = data()
    problems = []
    for source, exp in zip(CASES, expected):
        try:
            compile_source(source, '<s>', 'exec')
            got = None
        except CompileError as e:
            got = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        if exp is not None:
            exp = [exp[0].encode('utf-8')] + exp[1:]
        if got != exp:
            problems.append('%r: %r, CPython %r' % (source, got, exp))
    assert not problems, '\n'.join(problems)
