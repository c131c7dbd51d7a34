"""`try: ... except* E:` (3.11). minipy has no exception groups: the compiler keeps the
body, else and finally as CPython runs them when no exception occurs, and an exception
that reaches the handlers raises NotImplementedError with a clear message (the
original exception as its context). Checked on the code and by running the untranslated
interpreter; CPython (python3) gives the expected output of the exception-free run."""
import os
import subprocess
import sys
import tempfile

from minipy.compiler.codegen import EXCEPT_STAR_UNSUPPORTED
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
)


def test_code_raises_not_implemented():
    text = dis_code(compile_source(PROGRAM, 'm.py', 'exec'))
    assert 'NotImplementedError' in text
    assert EXCEPT_STAR_UNSUPPORTED[9:] in text      # (printed with its quotes escaped)
    # the handler bodies are compiled (for their errors) but not emitted
    assert "'handled'" not in text


def run(argv, source):
    fd, path = tempfile.mkstemp(suffix='.py')
    os.write(fd, source)
    os.close(fd)
    try:
        env = dict(os.environ, PYTHONPATH='%s:%s' % (ROOT, os.path.join(ROOT, '.venv', 'py2')))
        p = subprocess.Popen(argv + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, cwd=ROOT)
        out, err = p.communicate()
        return p.returncode, out, err
    finally:
        os.unlink(path)


def test_runs_until_an_exception_reaches_the_handlers():
    rc, out, err = run([sys.executable, '-m', 'minipy'], PROGRAM)
    # CPython prints the same for the call without an exception
    crc, cout, cerr = run(['python3'], PROGRAM.replace("print(f(1))\n", ''))
    assert crc == 0
    assert out == cout + 'body 1\nfinally\n'
    assert rc == 1
    lines = err.strip().split('\n')
    assert lines[-1] == 'NotImplementedError: ' + EXCEPT_STAR_UNSUPPORTED
    assert 'ValueError: 1' in err
    assert 'During handling of the above exception, another exception occurred:' in err
