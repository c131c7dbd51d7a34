"""STM build: index the interpreter's prebuilt RPython dicts before any thread starts.

Translation freezes a prebuilt dict without its hash index; RPython rebuilds the index at
the dict's first lookup (rordereddict.ll_ensure_indexes) -- a write hidden in a read. Two
threads doing that first lookup at once can see a half-built index. warm_up() runs in
the main thread at start-up (minipy/stmmain.py): it looks something up in each module-level
dict the interpreter uses at run time, and compiles a snippet that uses every kind of
statement and expression, which does the same for the parser's and compiler's tables.
Dicts inside prebuilt objects (type dicts, maps, ordered tables) have their own `indexed`
flags (minipy/objects). A new module-level dict used at run time belongs in this list.
"""
from minipy.objects import exceptions
from minipy.parsing import lexer, builder
from minipy.builtins import importing
from minipy.interpreter import eval as evalmod

SNIPPET = '''
import sys
from os import path as p
@dec
class C(B, metaclass=M):
    x: int = 1
    def f(self, a, b=2, *args, c, d=4, **kw):
        global g
        nonlocal_ = lambda y: y
        for i in range(10):
            if i % 2 == 0 and not i or i is None:
                continue
            elif i in [1, 2] or i not in {3: 4}:
                break
            else:
                pass
        while a < b <= c != d > 1 >= 0 == 0:
            a += 1; a -= 1; a *= 2; a /= 2; a //= 1; a %= 7; a **= 1
            a <<= 1; a >>= 1; a &= 7; a |= 1; a ^= 1; a @= m
        try:
            raise ValueError('x') from None
        except (TypeError, ValueError) as e:
            del e
        finally:
            assert True, 'msg'
        with open(p) as f1, g() as f2:
            yield from f1
        return [x * y for x in a if x for y in b], {k: v for k, v in d}, {s for s in t}, (
            z for z in w), a[1:2:3], a[...], f'{a!r:>10}', b'x', 1.5j, -a, +a, ~a, a ** b
'''


def warm_up():
    exceptions.all_exception_types.get('ValueError', None)
    lexer._KEYWORDS.get('if', -1)
    builder.AUG_OPS.get('+=', -1)
    builder.BIN_OPS.get('+', -1)
    builder.CMP_OPS.get('<', -1)
    importing.FROZEN.get('threading', None)
    evalmod.BINOP_OF.get('ADD', -1)
    from minipy.frontend import compile_source
    from minipy.compiler.errors import CompileError
    try:
        compile_source(SNIPPET, '<warm-up>', 'exec')
    except CompileError:
        pass
