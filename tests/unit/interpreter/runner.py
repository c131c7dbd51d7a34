"""Test helper: run a Python program with minipy untranslated, in this process (fds 0-2
redirected to files), and with the machine's python3, to compare the results."""
import os
import subprocess
import tempfile

import rpython.tool.version as _v
_v.maywarn = lambda *a, **k: None

from minipy.main import entry_point


def _import_all():
    """Import every minipy module now: the interpreter imports some lazily, and the
    runner changes the working directory while a program runs."""
    import importlib
    import minipy
    base = os.path.dirname(os.path.abspath(minipy.__file__))
    for sub in ('objects', 'interpreter', 'builtins', 'compiler', 'parsing', 'support'):
        d = os.path.join(base, sub)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith('.py') and fn != '__init__.py':
                try:
                    importlib.import_module('minipy.%s.%s' % (sub, fn[:-3]))
                except Exception:
                    pass


_import_all()
import sys as _sys
import minipy.frontend
_sys.path[:] = [os.path.abspath(p) for p in _sys.path]
for _name, _mod in list(_sys.modules.items()):
    if _name.startswith('minipy') and _mod is not None and hasattr(_mod, '__path__'):
        _mod.__path__ = [os.path.abspath(p) for p in _mod.__path__]


class Result(object):
    def __init__(self, out, err, rc):
        self.out = out
        self.err = err
        self.rc = rc

    def last_err_line(self):
        lines = self.err.strip().split('\n')
        return lines[-1] if lines else ''

    def __repr__(self):
        return 'Result(rc=%r, out=%r, err=%r)' % (self.rc, self.out, self.err)


def _write_prog(source, name='prog.py', directory=None):
    d = directory or tempfile.mkdtemp(prefix='minipy_t')
    path = os.path.join(d, name)
    with open(path, 'w') as f:
        f.write(source)
    return path


def run_file_minipy(path, args=(), stdin=''):
    """Untranslated, each Python-level call takes many host frames: run in a thread
    with a big stack and recursion limit so that minipy's own limit is what counts."""
    import sys
    import threading
    result = []
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400000)
    threading.stack_size(1024 * 1024 * 1024)
    try:
        t = threading.Thread(target=lambda: result.append(_run_file_minipy(path, args, stdin)))
        t.start()
        t.join()
    finally:
        threading.stack_size(0)
        sys.setrecursionlimit(old)
    return result[0]


def _run_file_minipy(path, args=(), stdin=''):
    d = tempfile.mkdtemp(prefix='minipy_io')
    names = [os.path.join(d, n) for n in ('in', 'out', 'err')]
    with open(names[0], 'w') as f:
        f.write(stdin)
    saved = [os.dup(i) for i in range(3)]
    fds = [os.open(names[0], os.O_RDONLY),
           os.open(names[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
           os.open(names[2], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)]
    cwd = os.getcwd()
    try:
        for i in range(3):
            os.dup2(fds[i], i)
        os.chdir(os.path.dirname(path))
        rc = entry_point(['minipy', path] + list(args))
    finally:
        os.chdir(cwd)
        for i in range(3):
            os.dup2(saved[i], i)
            os.close(saved[i])
            os.close(fds[i])
    with open(names[1]) as f:
        out = f.read()
    with open(names[2]) as f:
        err = f.read()
    return Result(out, err, rc)


def run_file_cpython(path, args=(), stdin=''):
    p = subprocess.Popen(['python3', path] + list(args), stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=os.path.dirname(path))
    out, err = p.communicate(stdin.encode('utf-8') if isinstance(stdin, unicode) else stdin)
    return Result(out, err, p.returncode)


def compare(source, stdin='', whole_stderr=False):
    """Run `source` with both; assert same stdout, exit code and last stderr line."""
    path = _write_prog(source)
    a = run_file_minipy(path, stdin=stdin)
    b = run_file_cpython(path, stdin=stdin)
    assert a.out == b.out, 'stdout differs:\nminipy:\n%s\ncpython:\n%s\nminipy stderr:\n%s' % (
        a.out, b.out, a.err)
    assert a.rc == b.rc, 'exit code %r != %r; stderr:\n%s' % (a.rc, b.rc, a.err)
    if whole_stderr:
        assert a.err == b.err, 'stderr differs:\n%s\n---\n%s' % (a.err, b.err)
    else:
        assert a.last_err_line() == b.last_err_line(), 'stderr differs:\n%s\n---\n%s' % (
            a.err, b.err)
    return a
