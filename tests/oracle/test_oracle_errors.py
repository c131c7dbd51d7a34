"""Oracle 3: for a table of bad snippets, minipy's SyntaxError (kind, msg, lineno, offset)
is the one CPython 3.11 gives (`python3`'s compile(), run here)."""
import pytest

from oracle_frontend import run_minipy

BAD = [
    "x = (1,\n", "x = 1)\n", "x = (1]\n", "x = (1,\n2]\n", "x = [1, 2\n", "x = (\n",
    "from x import (a, b\n", "x = (y for y in z\n", "x = {1: 2\n", "f(a,\n  b\n",
    "if x:\npass\n", "if x:\n", "def f():\nreturn\n", "class A:\nx\n", "for x in y:\nz\n",
    "while x:\nz\n", "try:\nx\n", "try:\n  x\nexcept:\ny\n", "try:\n  x\nfinally:\ny\n",
    "with a:\nb\n", "if x:\n  y\nelse:\nz\n", "if x:\n  y\nelif z:\nw\n",
    "def f():\n    if x:\n    pass\n",
    " x = 1\n", "x = 1\n  y = 2\n", "x=1\n\tif y:\n", "if x:\n    y\n  z\n",
    "def f():\n    x = 1\n   y = 2\n", "for x in range(3):\n  pass\n else:\n  pass\n",
    "if x:\n\ty\n        z\n", "if x:\n\tif y:\n        z\n",
    "x = 'abc\n", "x = '''abc\n\n", "x = \"abc", "y = 1\nx = r'abc\n", "x = 'a' 'b\n",
    "x = \"\"\"abc\ny = 2\n", "s = b'abc\n",
    "x = 1abc\n", "x = 0x\n", "x = 1_\n", "x = 012\n", "x = 1__0\n", "0b2\n", "0o8\n",
    "1e\n", "x = 0xg\n", "x = 3.14abc\n",
    "1 = x\n", "f() = 1\n", "x + 1 = 2\n", "(a, 1) = 2\n", "[a, f()] = 2\n", "del f()\n",
    "del 1\n", "for 1 in x: pass\n", "f() += 1\n", "(a, b) += 1\n", "1 += 1\n",
    "(a, b): int\n", "[a]: int = 1\n", "None = 1\n", "True = 1\n", "f(x) = 1\n",
    "x = yield = 1\n", "del a + b\n", "with a as 1: pass\n", "[x for 1 in y]\n",
    "a, b + 1 = 1, 2\n", "x = a = f() = 3\n", "lambda: 1 = 2\n", "'s' = 1\n", "... = 1\n",
    "f(a=1, b)\n", "f(**k, *a)\n", "f(**k, a)\n", "f(x for x in y, 1)\n",
    "f(a, x for x in y)\n", "f(1=2)\n", "f(a.b=1)\n",
    "x = \n", "x = 1 +\n", "def f(:\n", "a b\n", "x = $\n", "a := 1\n", "x = 5 6\n",
    "a.1\n", "import a.b as\n", "from . import\n", "class A(:\n", "f(**)\n", "[x for x in]\n",
    "if x\n  y\n", "while x\n", "for x in y\n", "def f()\n", "class A\n",
    "def f(a=1, b): pass\n", "def f(*, **k): pass\n", "def f(*): pass\n",
    "lambda a=1, b: 0\n", "(a.b := 1)\n", "(*a)\n", "x = 1 \\\n", "\\\n",
    "def f:\n  pass\n", "def f x:\n", "try:\n  x\ny = 1\n", "try:\n  x\n",
    "x = [1 2]\n", "f(a b)\n", "f(a.b c.d)\n", "x = (a b c)\n", "print('a' 'b' c)\n",
    "{1: 2 3: 4}\n", "x = {'a' 1}\n", "f(**a, b c)\n", "if x = 1:\n  pass\n",
    "if a.b = 1:\n  pass\n", "while f() = 2: pass\n", "x = a if b\n", "x = (a if b)\n",
    "[a if b for c in d]\n", "print('a'\nx = 1\n", "x = [1,\ny = 2\n", "x = 1 +\ny = (\n",
    "if x:\n  pass\n  else:\n  pass\n", "for x in y\n  pass\n", "with a b:\n", "a = 1 2\n",
    "lambda x 1: x\n", "x = 1 if 2 else\n", "import a b\n", "from a import b c\n",
    "def f(a b): pass\n", "x = a.\n", "x = f(\n", "x = [a for a in b if]\n", "print 1\n",
    "exec 'x'\n", "x = a b\n", "if x:\npass\nelse:\n", "@dec\nx = 1\n", "x = }\n",
    "return x y\n", "class A x:\n",
    "x = €\n", "x = a\u00a0b\n", "y = 1\nx€ = 2\n",
    "with (*a, b as c): pass\n", "with (a, *b, c as d, e): pass\n",
    "with (a := 1, b as c): pass\n", "with (a, b := 1, c as d): pass\n",
    "with (a, b as c, *d): pass\n", "with (a, b as c, d := 1): pass\n",
    "with (a, b as c) as d: pass\n", "with (a, b as c), d: pass\n",
    "with (a, b as c) + 1: pass\n", "with (a, b as c)\n", "with (a, b as c:\n",
    "with (a, b as 1): pass\n", "with (a, b as c, d as f()): pass\n",
    "with (a, b as c,,): pass\n", "with (a, , b as c): pass\n", "with (a, yield x): pass\n",
    "with (a, x for x in y, b as c): pass\n",
    "a[*b:1]\n", "a[*b := 1]\n", "a[(*b)]\n", "a[**b]\n", "a[*]\n", "(*a[*b]) = 1\n",
    "try:\n  a\nexcept*:\n  b\n", "try:\n  a\nexcept E:\n  b\nexcept* F:\n  c\n",
    "try:\n  a\nexcept E:\n  b\nexcept * F:\n  c\n", "try:\n  a\nexcept* E:\n  b\nexcept F:\n  c\n",
    "try:\n  a\nexcept* E:\n  b\nexcept:\n  c\n", "try:\n  a\nexcept* E:\npass\n",
    "try:\n  a\nexcept* E:\n  pass\nexcept* F:\n", "try:\n  a\nexcept* E, F:\n  pass\n",
    "try:\n  a\nexcept* E as e.x:\n  pass\n", "try:\n  a\nexcept** E:\n  pass\n",
    "try:\n  a\nexcept* *E:\n  pass\n", "try:\n  a\nexcept* x := E:\n  pass\n",
    "try:\n  a\nexcept E, F:\n  pass\n", "try:\n  a\nexcept E, F as g:\n  pass\n",
    "try:\n  a\nexcept E, F: pass\n", "try:\n  a\nexcept E, (F,\n G):\n  pass\n",
    "try:\n  a\nexcept (E), F:\n  pass\n", "try:\n  a\nexcept E, F, G\n  pass\n",
    "try:\n  a\nexcept E, F G:\n  pass\n", "try:\n  a\nexcept E, :\n  pass\n",
    "try:\n  a\nexcept E, F as g.h:\n  pass\n", "try:\n  a\nexcept E, *F:\n  pass\n",
    "try:\n  a\nexcept E, F as g, h:\n  pass\n", "try:\n  a\nexcept E, F, G, :\n  pass\n",
    "def f((a)): pass\n", "def f(a, (b)): pass\n", "def f((a, b)): pass\n",
    "def f(a, (b, c), d): pass\n", "def f((a)=1): pass\n", "def f((a,)): pass\n",
    "def f((a): int): pass\n", "def f(a: int, (b: str, c: list[int]), d): pass\n",
    "def f((a: int = 1)): pass\n", "def f((*a)): pass\n", "def f((a b)): pass\n",
    "def f(a=1, (b)): pass\n", "def f(*, (a)): pass\n", "def f(()): pass\n",
    "def f((a, b) c): pass\n", "def f((a)\n", "def f(\n  (a,\n   b)): pass\n",
    "lambda (a): 0\n", "lambda a, (b): 0\n", "lambda (a, b): 0\n", "lambda *(a): 0\n",
    "lambda (a: int): 0\n", "lambda a=1, (b): 0\n", "def f(a, b=lambda (c): 0): pass\n",
    "def f(*a=1): pass\n", "def f(**a=1): pass\n", "lambda *a=1: 0\n", "lambda **a=1: 0\n",
    "def f(a=): pass\n", "def f(a=, b): pass\n", "lambda a=: 0\n", "lambda a=, b: 0\n",
    "def f(a: int=): pass\n", "def f(*, a=): pass\n", "lambda *, a=: 0\n",
    "def f(/): pass\n", "lambda /: 0\n", "def f(/,): pass\n", "lambda /,: 0\n",
    "lambda *,: 0\n", "lambda *, **k: 0\n", "lambda a, *,: 0\n", "lambda *: 0\n",
    "lambda *a, *b: 0\n", "def f(*, *b): pass\n",
    "f(True=1)\n", "f(None=1)\n", "f(False = 1)\n", "f((a)=1)\n", "f((a) = 1)\n",
    "f(a, x[0] = 2)\n", "f(a=1, (b)=2)\n", "class C(x.y=1): pass\n", "f(x + y = 1)\n",
    "[*a for a in b]\n", "[*a for]\n", "[*a for a in]\n", "[*a for a in b\n",
    "[*a for a in b if]\n", "{**a for a in b}\n", "{**a for a in b\n", "{*a for a in b}\n",
    "[a, b for a in c]\n", "[a, b, for a in c]\n", "[a, for a in c]\n", "(*a for a in b)\n",
    "{a, b for a in c}\n", "(a, b for a in c)\n", "[a, *b for a in c]\n", "[a, b for a in]\n",
    "f(*a for a in b)\n", "a[*b for b in c]\n", "[(*a) for a in b]\n", "a[x, y for y in z]\n",
    "[a := 1, b for a in c]\n", "g(f(*a for a in b))\n", "[a, b for (a) in -c]\n",
    "{a: 1, b}\n", "{a: }\n", "{a:1, b:}\n", "{a: 1, **}\n", "{1: 2, 3}\n", "{a: *b}\n",
    "{a: **b}\n", "{a: b, c for c in d}\n", "{a: 1, b, c: 2}\n", "{a: 1, **b, c}\n",
    "{a: 1, (b)}\n", "{a: 1, b + c}\n", "{a:1, b:2, c:}\n", "{a: *}\n", "{a: 1,\n b}\n",
    "x = {a: 1, b}\ny = 2\n", "{a: 1, b c}\n", "{a: 1, b = 2}\n", "{a: b: c}\n",
    "{a: ,}\n", "{: 1}\n", "f({a: 1, b})\n", "{a: 1, lambda: 2}\n", "{a: 1, not b}\n",
    "from a import b,\n", "from a import b, c,\n", "from a import b as c,\n", "import a,\n",
    "from a import *,\n", "from . import b, c as d,  # x\n", "if x:\n  from a import b,\n",
    "f'{'\n", "f'{}'\n", "f'{a!x}'\n", "f'}'\n", "x = b'a' 'b'\n", "x = b'\xe9'\n",
    # match statements: the soft keywords' misuses and the parser's pattern checks
    "match x:\n    print(1)\n", "match x\n    case 1: pass\n", "match x, y\n",
    "match x:\ncase 1: pass\n", "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1:\n    pass\n", "match x:\n", "match x:\n    case 1:\n",
    "match x: pass\n", "match (x): pass\n", "match x y:\n", "match 1 +:\n    case 1: pass\n",
    "match:\n    case 1: pass\n", "match = 3:\n", "match *x:\n    case 1: pass\n",
    "x = 1; match x:\n    case 1: pass\n", "if 1: match x:\n    case 1: pass\n",
    "match x:\n    case 1: pass\n    x = 1\n", "match x:\n    pass\n",
    "match x:\n    case *a: pass\n", "match x:\n    case (*a): pass\n",
    "match x:\n    case 1 as _: pass\n", "match x:\n    case 1 as y.z: pass\n",
    "match x:\n    case {**_}: pass\n", "match x:\n    case {**r, 'a': 1}: pass\n",
    "match x:\n    case {**r, -1: 1}: pass\n", "match x:\n    case {**r, **s}: pass\n",
    "match x:\n    case {y: 1}: pass\n", "match x:\n    case C(a=1, b): pass\n",
    "match x:\n    case C(a=1, b, c, d=1, e): pass\n", "match x:\n    case C(x, y=1, z): pass\n",
    "match x:\n    case 1 - 2: pass\n", "match x:\n    case 1j + 2j: pass\n",
    "match x:\n    case -1j + 2j: pass\n", "match x:\n    case -y: pass\n",
    "match x:\n    case 1 | : pass\n", "match x:\n    case [1, 2: pass\n",
    "match x:\n    case a.b.c.(): pass\n", "match x:\n    case (1 | 2) as x | 3: pass\n",
    "match x:\n    case 1 if: pass\n", "match x:\n    case f(): pass\n        case 2: pass\n",
    # ... a statement `match SUBJECT` before an error elsewhere, and soft keywords that
    # start an operand (no "forgot a comma" guess)
    "match(x)\ny = = 1\n", "def f():\n    match(x)\nz z\n", "match (x)\n    case 1: pass\n",
    "match(x)\nif y:\n", "match (yield)\n:\n", "match \\\n1\n  x:\n    case 1: pass\n",
    "y = = 1\nmatch(x)\n", "match.x\ny = = 1\n", "match(x), y\nz z\n",
    "f(_ 1)\n", "f(case.x 1)\n", "[match x]\n", "print(case 'a')\n", "f(x.case 1)\n",
    "f(matches 1)\n",
]


def cpython_error(src):
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset]
    return None


@pytest.fixture(scope='module')
def minipy_errors():
    return run_minipy([{'src': s, 'want': ['dump']} for s in BAD])


@pytest.mark.parametrize('index', range(len(BAD)), ids=[repr(s) for s in BAD])
def test_error_matches_cpython(index, minipy_errors):
    src = BAD[index]
    want = cpython_error(src)
    assert want is not None
    got = minipy_errors[index].get('error')
    assert got is not None, 'minipy accepted %r' % src
    assert got[:4] == want
