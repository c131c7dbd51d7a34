"""Test-only loader for the CPython 3.9 bridge (tests/tools/cpy39_export.py): compile a
source file with python3.9 and rebuild minipy CodeObjects from its JSON."""
import json
import os
import subprocess
import tempfile

from minipy.compiler.code import CodeObject, ConstValue

PY39 = '/root/.pyenv/versions/3.9.18/bin/python3.9'
EXPORT = os.path.join(os.path.dirname(__file__), '..', '..', 'tools', 'cpy39_export.py')


def _s(x):
    if isinstance(x, unicode):
        return x.encode('utf-8')
    return x


def _const(d):
    kind = _s(d['kind'])
    value = d.get('value', u'')
    if kind == 'bytes':
        value = value.encode('latin-1')
    else:
        value = _s(value)
    items = None
    if 'items' in d:
        items = [_const(x) for x in d['items']]
    code = None
    if 'code' in d:
        code = from_json(d['code'])
    return ConstValue(kind, value, items, code)


def from_json(d):
    return CodeObject(_s(d['co_name']), _s(d['co_qualname']), _s(d['co_filename']),
                      d['co_firstlineno'], d['co_argcount'], d['co_posonlyargcount'],
                      d['co_kwonlyargcount'], d['co_flags'], list(d['co_code']),
                      [_const(c) for c in d['co_consts']],
                      [_s(n) for n in d['co_names']], [_s(n) for n in d['co_varnames']],
                      [_s(n) for n in d['co_cellvars']], [_s(n) for n in d['co_freevars']],
                      d['co_stacksize'], list(d['co_positions']))


def compile_with_cpython39(source, filename, mode='exec'):
    """CodeObject for `source` as CPython 3.9 compiles it."""
    fd, path = tempfile.mkstemp(suffix='.py')
    os.write(fd, source)
    os.close(fd)
    try:
        out = subprocess.check_output([PY39, EXPORT, path, '-', filename])
    finally:
        os.unlink(path)
    return from_json(json.loads(out))
