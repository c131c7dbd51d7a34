"""Oracle 2: minipy's AST, dumped by minipy.compiler.astdump, equals CPython's
ast.dump(ast.parse(src), include_attributes=True) -- node for node, field for field,
position for position -- for every corpus program and a set of snippets."""
import ast

import pytest

from oracle_frontend import corpus_files, run_minipy, ROOT

FILES = corpus_files()
TEXTS = dict((f, f.read_text(encoding='utf-8')) for f in FILES)

SNIPPETS = [
    "x = 1, 2,\ny = (1,)\nz = ()\n",
    "a[1:2, ::3, ...] = b[:]\n",
    "f(*a, *b, k=1, **c, **d)\nf(x for x in y)\n",
    "def f(a, /, b=1, *c, d, e=2, **g) -> None: pass\n",
    "lambda: 0\nlambda *a, **k: a\nlambda a, /, b=2, *, c: 1\n",
    "s = 'a\\n\\t\\x41\\u00e9\\U0001F600\\101'\nb = b'\\xff\\n' rb'\\d'\nc = r'\\d' '\\N{BULLET}'\n",
    "s = f'{a!r} {b:>{w}.{p}f} {c=} {{x}} {d!s:^10}'\n",
    "x = 0xFF + 0o17 + 0b101 + 1_000_000 + 10**100 + 0x_ff\n",
    "x = 1.5 + 1e10 + 1.e-3 + .5e+2 + 1_0.0_1 + 3j + 1.5J + 1e100j + 0.1 + 1e400\n",
    "x = 'it''s' \"q\\\"\" '\\'' + \"'\" + '\"'\n",
    "del a, b[0], c.d\ndel (a, b)\ndel [a]\n",
    "from ... import a\nfrom .x.y import (b as c, d,)\nimport a.b.c as d, e\nfrom m import *\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
    "(x) : int = 1\nx.y: str\nz[0]: int = 2\n",
    "x = [i for i in range(3) if i if not i for j in i]\ny = {k: v for k, v in z}\nw = {a for a in b}\n",
    "print(not a == b != c < d <= e > f >= g is h is not i in j not in k)\n",
    "x = a or b and c or not d\ny = -a ** -b * +c @ ~d // e % f / g - h << i >> j & k ^ l | m\n",
    "async_ = 1\nx = yield_ if 1 else 2\n",
    "x = 'é' + '\\u20ac' + '€'\n",
    "with (a, b): pass\nwith (a,): pass\nwith (a as b, c): pass\nwith (a) as b: pass\n",
    "with (a as b, c as d,): pass\nwith (a, b) as c: pass\n",
    # parenthesized with-items with an "as" after plain items (3.9+), trailing commas
    "with (a, b as c): pass\nwith (a, b as c,): pass\nwith (a, b, c as d, e): pass\n",
    "with (\n  a,\n  b as (c, d),\n  e as [f, *g],\n): pass\n",
    "with ((a := 1), b as c): pass\nwith (a, lambda: 1, b if c else d, e as f): pass\n",
    "def f():\n    with (a, (yield x), not b, (y for y in z), c as d): pass\n",
    "with (a, b as c, (d := 1)): pass\n",
    # ... while these stay one tuple-valued context manager, as CPython decides
    "with (*a, b): pass\nwith (a, *b): pass\nwith (*a,): pass\nwith (): pass\n",
    "with (a := 1, b): pass\nwith (a := 1,): pass\nwith ((a), (b)): pass\n",
    # starred subscripts (3.11): always a tuple, any expression after the star
    "a[*b]\na[1, *b]\na[*b, 1]\na[*b,]\na[ *b, *c ]\na[1:2, *b, ::3]\n",
    "a[*b] = 1\ndel a[*b]\na[*b] += 1\na[*b]: int\nx = a[*b][*c]\nf(a[*(b)])\n",
    "a[*b or c]\na[*lambda: 1]\na[*b if c else d]\na[*not b]\na[*-b]\na[(*b,)]\n",
    "a[\n  *b,\n  c\n]\n",
    # except* (3.11): ast.TryStar
    "try:\n  a\nexcept* E:\n  b\nexcept *(F, G) as e:\n  c\nelse:\n  d\nfinally:\n  e\n",
    "try: a\nexcept* E: pass\nexcept* lambda: 1: pass\nexcept* (x := E): pass\n",
    "x = f'{a,b!r:>3}' f'{c:{d}x}' 'e'\ny = (f'{a}'\n     f'{b:>{w}}')\n",
    "f(x for x in y)\nf (\n  x for x in y)\nf(*a)(x for x in (1, 2))\n",
    "x = (a + (b * c)) - (-d)\ny = [(1), ((2,))]\nz = not (a)\n",
    # match (3.10): patterns and soft keywords
    "match a, *b:\n    case [1, -2, *r] | (3+4j, _) as z if z:\n        pass\n"
    "    case {'k': (v), **rest}:\n        pass\n    case Point(1, y=C.D) | None:\n        pass\n"
    "    case (x):\n        pass\n",
    "match = 3\nmatch(x)\nmatch.group()\ncase = 1\nprint(match, case)\nmatch[x]: int = 1\n",
    "match x:\n    case 1:\n        case = 2\n        match = case\n"
    "    case 'a' 'b' | b'x' | 1.5 | -3j | 0x10:\n        pass\n",
    "match x:\n    case {}: pass\n    case []: pass\n    case (): pass\n"
    "    case {1: _, -1: a, 'x': [b], None: c, a.b.c: d}: pass\n",
    "match (x):\n    case C(): pass\n    case a.b(c, d, e=f, g=[h, *_],): pass\n",
    "match x,:\n    case a, : pass\n    case *a, b: pass\n    case (*_, 1,): pass\n",
    "match -x:\n    case 1 - 2j: pass\n    case -1.5 + 0j: pass\n",
    "match x:  # c\n    # c\n    case 1:  # c\n        pass\n\n    case 2: pass\n",
    "match \\\n  x:\n    case [\n      1,\n      2]: pass\n",
    "match x := f():\n    case y if (z := y): pass\n",
    "match lambda: 1:\n    case _: pass\nmatch not x:\n    case _: pass\n",
]


@pytest.fixture(scope='module')
def minipy_dumps():
    srcs = [TEXTS[f] for f in FILES] + SNIPPETS
    jobs = [{'src': s, 'want': ['positions']} for s in srcs]
    return dict(zip(srcs, run_minipy(jobs)))


@pytest.mark.parametrize('path', FILES, ids=[str(f.relative_to(ROOT)) for f in FILES])
def test_corpus_dump(path, minipy_dumps):
    src = TEXTS[path]
    got = minipy_dumps[src]
    assert 'error' not in got, got.get('error')
    assert got['positions'] == ast.dump(ast.parse(src), include_attributes=True)


@pytest.mark.parametrize('src', SNIPPETS)
def test_snippet_dump(src, minipy_dumps):
    got = minipy_dumps[src]
    assert 'error' not in got, got.get('error')
    assert got['positions'] == ast.dump(ast.parse(src), include_attributes=True)
