"""Seeded fuzz test: mutated corpus programs, random bytes and random token streams go
through the parser, which must only ever return a tree or raise CompileError.
MINIPY_FUZZ_CASES sets the number of cases (default 1500)."""
import os
import random

from minipy.compiler.errors import CompileError
from minipy.parsing import parse
from minipy.parsing.lexer import Lexer
from minipy.parsing import tables as T

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
CASES = int(os.environ.get('MINIPY_FUZZ_CASES', '1500'))


def corpus():
    out = []
    for d in ('tests/syntax', 'tests/programs'):
        full = os.path.join(ROOT, d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith('.py'):
                with open(os.path.join(full, name)) as f:
                    out.append(f.read())
    return out


def token_texts(src):
    lx = Lexer(src, 'f')
    out = []
    try:
        while True:
            lx.next_token()
            if lx.tok_type == T.T_END:
                break
            out.append(src[lx.tok_start:lx.tok_end] or ' ')
    except CompileError:
        pass
    return out


def check(src, mode='exec'):
    try:
        parse(src, 'fuzz.py', mode)
    except CompileError:
        pass


def mutate(rng, src, pieces):
    toks = token_texts(src[:2000])
    if not toks:
        return src
    kind = rng.randrange(6)
    i = rng.randrange(len(toks))
    if kind == 0:
        del toks[i]
    elif kind == 1:
        toks.insert(i, toks[i])
    elif kind == 2:
        j = rng.randrange(len(toks))
        toks[i], toks[j] = toks[j], toks[i]
    elif kind == 3:
        toks[i] = rng.choice(pieces)
    elif kind == 4:
        p = rng.randrange(len(src) + 1)
        return src[:p] + chr(rng.randrange(256)) + src[p:]
    else:
        p = rng.randrange(len(src) + 1)
        return src[:p] + src[p + rng.randrange(1, 20):]
    return ' '.join(toks).replace(' \n ', '\n')


def test_fuzz():
    rng = random.Random(20261125)
    progs = corpus()
    assert progs
    pieces = ['(', ')', '[', ']', '{', '}', ':', '\n', '    ', '\t', 'if', 'else', 'lambda',
              '=', '**', '*', ',', '.', 'f"{x', "'", '"""', '\\', '@', 'yield', 'def',
              'x', '1', '0x', '1e', 'not', 'in', 'is', ';', '->', ':=', '#', 'f"{', '}"',
              'rb"', '\\N{', 'class', 'with', 'as', 'try', 'except', 'from', 'import', '...',
              'del', 'global', '\xc3\xa9', '\xe2\x82\xac', '\xff']
    for n in range(CASES):
        k = n % 10
        if k < 7:
            src = mutate(rng, rng.choice(progs), pieces)
        elif k < 9:
            src = ' '.join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        else:
            src = ''.join(chr(rng.randrange(256)) for _ in range(rng.randrange(1, 60)))
        check(src, rng.choice(['exec', 'exec', 'eval', 'single']))
