"""Structural invariants of every code object the compiler makes, for the corpus
(tests/programs), the parser's syntax cases (tests/syntax) and our snippets: jump
targets are instructions, the stack depth along every path is never negative, agrees
where paths merge and its maximum is co_stacksize, indices are in range, positions
have 4 ints per instruction with lines inside the source."""
import glob
import os

from compiler_astbridge import export_sources
from compiler_bytecode import all_codes, check_invariants
from compiler_snippets import SNIPPETS
from minipy.compiler.codegen import compile_ast
from minipy.compiler.errors import CompileError
from minipy.compiler import code as codemod

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))

EXTRA = [
    # deep nesting of blocks with break/continue/return through finally and with
    "def f():\n"
    "    for i in x:\n"
    "        with a as b, c:\n"
    "            try:\n"
    "                try:\n"
    "                    if i: break\n"
    "                    elif b: continue\n"
    "                    else: return g(i)\n"
    "                except E as e:\n"
    "                    return e\n"
    "                finally:\n"
    "                    while y:\n"
    "                        if z: break\n"
    "                        return h()\n"
    "            except:\n"
    "                raise\n"
    "    else:\n"
    "        return 0\n",
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "x = [[y for y in z if y] for z in w if z]\n",
    "def f(a, b=[], *args, c, d=1, **kw):\n    return f(*args, **kw)(a)(b)\n",
    "class A:\n    def __init__(self):\n        super().__init__()\n        self.__p = lambda: __class__\n",
]


def sources():
    items = []
    for pattern in ('tests/programs/*.py', 'tests/programs/*/*.py', 'tests/syntax/*.py',
                    'tests/syntax/*/*.py'):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(path) as f:
                items.append((os.path.relpath(path, ROOT), f.read()))
    for i, s in enumerate(SNIPPETS + EXTRA):
        items.append(('snippet %d' % i, s))
    return items


def test_invariants_everywhere():
    items = sources()
    trees = export_sources([(s, 'exec') for (_, s) in items])
    checked = 0
    for (name, source), tree in zip(items, trees):
        if isinstance(tree, str):
            continue        # not valid Python: the parser's business
        try:
            co = compile_ast(tree, source, name, 'exec')
        except CompileError:
            continue        # compile-time errors are checked elsewhere
        nlines = source.count('\n') + 1
        for c in all_codes(co):
            try:
                check_invariants(c, nlines)
            except AssertionError as e:
                raise AssertionError('%s: %s: %s' % (name, c.co_qualname, e))
            checked += 1
    assert checked > len(SNIPPETS)


def test_eval_and_single_modes():
    trees = export_sources([('a + b * 2', 'eval'), ('if x:\n    x\n    y = x\n    y\n', 'single'),
                            ('f(x for x in y)', 'eval')])
    from minipy.compiler import opcodes as op
    co = compile_ast(trees[0], 'a + b * 2', '<e>', 'eval')
    check_invariants(co, 1)
    assert co.co_code[-2] == op.RETURN_VALUE
    assert op.BINARY_MULTIPLY in co.co_code[::2]
    co = compile_ast(trees[1], 'if x:\n    x\n    y = x\n    y\n', '<i>', 'single')
    check_invariants(co, 4)
    assert list(co.co_code[::2]).count(op.PRINT_EXPR) == 2
    co = compile_ast(trees[2], 'f(x for x in y)', '<e>', 'eval')
    for c in all_codes(co):
        check_invariants(c, 1)
    gen = [c.code for c in co.co_consts if c.kind == codemod.CONST_CODE][0]
    assert gen.co_flags & codemod.CO_GENERATOR


def test_module_and_class_annotations_are_recorded():
    from minipy.compiler import opcodes as op
    source = "x: int\ny: List[int] = 5\nclass C:\n    a: int\n    b: str = 'b'\n"
    co = compile_ast(export_sources([(source, 'exec')])[0], source, '<a>', 'exec')
    ops = co.co_code[::2]
    assert ops[0] == op.SETUP_ANNOTATIONS
    names = [co.co_names[co.co_code[pc + 1]] for pc in range(0, len(co.co_code), 2)
             if co.co_code[pc] == op.STORE_NAME]
    assert names == ['y', 'C']
    assert 'int' in co.co_names and 'List' in co.co_names
    assert list(ops).count(op.STORE_SUBSCR) == 2
    body = [c.code for c in co.co_consts if c.kind == codemod.CONST_CODE][0]
    assert op.SETUP_ANNOTATIONS in body.co_code[::2]
    stored = [body.co_names[body.co_code[pc + 1]] for pc in range(0, len(body.co_code), 2)
              if body.co_code[pc] == op.STORE_NAME]
    assert stored == ['__module__', '__qualname__', 'b']
    keys = [c.value for c in body.co_consts if c.kind == 'str']
    assert 'a' in keys and 'b' in keys


def test_future_annotations_are_strings():
    from minipy.compiler import opcodes as op
    source = ("from __future__ import annotations\nx: Dict[str,  int]\n"
              "def f(a: 'C', b: int|None) -> list[int]:\n    pass\n")
    co = compile_ast(export_sources([(source, 'exec')])[0], source, '<a>', 'exec')
    strs = [c.value for c in co.co_consts if c.kind == 'str']
    assert 'Dict[str, int]' in strs
    assert "'C'" in strs and 'int | None' in strs and 'list[int]' in strs
    assert 'Dict' not in co.co_names and 'int' not in co.co_names
