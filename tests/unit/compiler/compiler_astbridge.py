"""Test-only bridge: CPython 3's parser -> minipy.compiler.ast nodes.

tests/tools/cpy_ast_export.py (run by the system python3) prints CPython's tree as
JSON; load_tree() rebuilds minipy AST nodes from it, so the compiler can be tested
before and independently of minipy's own parser.
"""
import json
import os
import subprocess

from minipy.compiler import ast

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
EXPORTER = os.path.join(ROOT, 'tests', 'tools', 'cpy_ast_export.py')
PYTHON3 = 'python3'


def _str(value, enc='utf8'):
    if isinstance(value, unicode):
        if enc == 'latin1':
            return value.encode('latin-1')
        return value.encode('utf-8')
    return value


def load_tree(data):
    """JSON data (decoded) -> minipy.compiler.ast node (or list, str, int, None)."""
    if data is None:
        return None
    if isinstance(data, list):
        return [load_tree(x) for x in data]
    if isinstance(data, unicode):
        return data.encode('utf-8')
    if not isinstance(data, dict):
        return data
    typ = str(data['_type'])
    pos = data['_pos']
    if typ == 'Constant':
        node = ast.Constant(str(data['kind']), _str(data['value'], data['_enc']))
    elif typ == 'MatchSingleton':
        # CPython's value is the constant itself; minipy's its kind
        node = ast.MatchSingleton({None: ast.CONST_NONE, True: ast.CONST_TRUE,
                                   False: ast.CONST_FALSE}[data['value']])
    else:
        cls = getattr(ast, typ)
        args = []
        for field in cls._fields:
            args.append(load_tree(data.get(field)))
        node = cls(*args)
    node.set_position(pos[0], pos[1], pos[2], pos[3])
    return node


def export_sources(items):
    """items: list of (source, mode) -> list of minipy trees (or an error string)."""
    payload = json.dumps([[s.decode('utf-8') if isinstance(s, str) else s, m]
                          for (s, m) in items])
    p = subprocess.Popen([PYTHON3, EXPORTER, '--batch'], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE)
    out, _ = p.communicate(payload)
    assert p.returncode == 0
    result = []
    for data in json.loads(out):
        if 'error' in data:
            result.append(_str(data['error']))
        else:
            result.append(load_tree(data))
    return result


def parse(source, mode='exec'):
    tree = export_sources([(source, mode)])[0]
    if isinstance(tree, str):
        raise SyntaxError(tree)
    return tree
