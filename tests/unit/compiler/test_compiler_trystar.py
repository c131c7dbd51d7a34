"""`try: ... except* E:` (3.11): the compiler's CHECK_EG_MATCH/PREP_RERAISE_STAR code,
and runs of the untranslated interpreter compared with CPython (python3): stdout, exit
code and the whole stderr (an uncaught exception group's framed traceback)."""
import os
import subprocess
import sys
import tempfile

from minipy.compiler.dis import dis_code
from minipy.frontend import compile_source

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))

PROGRAM = (
    "def f(x):\n"
    "    try:\n"
    "        print('body', x)\n"
    "        if x:\n"
    "            raise ValueError(x)\n"
    "    except* ValueError as eg:\n"
    "        print('handled', eg)\n"
    "        for i in range(3):\n"
    "            if i:\n"
    "                break\n"
    "    except* (TypeError, KeyError):\n"
    "        pass\n"
    "    else:\n"
    "        print('else')\n"
    "    finally:\n"
    "        print('finally')\n"
    "    return 'done'\n"
    "\n"
    "print(f(0))\n"
    "print(f(1))\n"
    "def g():\n"
    "    try:\n"
    "        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])\n"
    "    except* ValueError:\n"
    "        raise KeyError('new')\n"
    "    except* TypeError as e:\n"
    "        print('typeerrors', repr(e))\n"
    "g()\n"
)


def test_code_matches_and_reraises():
    text = dis_code(compile_source(PROGRAM, 'm.py', 'exec'))
    assert 'CHECK_EG_MATCH' in text
    assert 'PREP_RERAISE_STAR' in text
    assert "'handled'" in text


def run_both(source):
    """(exit code, stdout, stderr) of minipy and of CPython on the same file."""
    fd, path = tempfile.mkstemp(suffix='.py')
    os.write(fd, source)
    os.close(fd)
    try:
        env = dict(os.environ, PYTHONPATH='%s:%s' % (ROOT, os.path.join(ROOT, '.venv', 'py2')))
        res = []
        for argv in [[sys.executable, '-m', 'minipy'], ['python3']]:
            p = subprocess.Popen(argv + [path], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env, cwd=ROOT)
            out, err = p.communicate()
            res.append((p.returncode, out, err))
        return res
    finally:
        os.unlink(path)


def test_runs_as_cpython():
    mini, cpy = run_both(PROGRAM)
    assert cpy[0] == 1
    assert 'ExceptionGroup:  (2 sub-exceptions)' in cpy[2]
    assert mini == cpy
