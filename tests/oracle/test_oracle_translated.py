"""The translated front end (tools/targetfrontend.py, built with rpython -O2) gives the
same AST dumps as CPython, and on garbage only ever prints a tree or a SyntaxError
(exit status 0 or 1, never a crash). Runs when MINIPY_FRONTEND_BIN names the binary:
    cd /tmp/x && PYTHONPATH=<repo>:<repo>/.venv/py2 python2.7 -m rpython --batch -O2 \\
        <repo>/tools/targetfrontend.py
    MINIPY_FRONTEND_BIN=/tmp/x/targetfrontend-c .venv/py3/bin/python -m pytest tests/oracle
"""
import ast
import os
import random
import subprocess

import pytest

from oracle_frontend import corpus_files, ROOT

BIN = os.environ.get('MINIPY_FRONTEND_BIN')
pytestmark = pytest.mark.skipif(not BIN, reason='MINIPY_FRONTEND_BIN not set')
FILES = corpus_files()


@pytest.mark.parametrize('path', FILES, ids=[str(f.relative_to(ROOT)) for f in FILES])
def test_translated_dump(path):
    out = subprocess.run([BIN, '--dump', str(path)], stdout=subprocess.PIPE, timeout=60)
    assert out.returncode == 0
    assert out.stdout.decode('utf-8').strip() == ast.dump(ast.parse(path.read_text('utf-8')))


def test_translated_fuzz(tmp_path):
    rng = random.Random(7)
    texts = [f.read_bytes() for f in FILES]
    for n in range(300):
        src = bytearray(rng.choice(texts))
        for _ in range(rng.randrange(1, 4)):
            p = rng.randrange(len(src) + 1)
            if rng.random() < 0.5:
                del src[p:p + rng.randrange(1, 8)]
            else:
                src[p:p] = bytes([rng.randrange(256)])
        f = tmp_path / ('f%d.py' % n)
        f.write_bytes(bytes(src))
        out = subprocess.run([BIN, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             timeout=60)
        assert out.returncode in (0, 1), (bytes(src), out.stderr)
