"""Bridge for tests: compile a Python file with CPython 3.9 and write its code object
tree as JSON (run with python3.9: `python3.9 cpy39_export.py file.py [out.json]`).

Each code object: its co_* fields, co_code as [op, arg] pairs with EXTENDED_ARG folded
into the next instruction's arg (the EXTENDED_ARG itself becomes NOP, so pcs do not
move), positions as [line, 0, 0, 0] per instruction from co_lnotab, and constants as
ConstValue-like {kind, value, items, code} records. tests/unit/interpreter/bridge.py
turns the JSON into minipy.compiler.code.CodeObject."""
import dis
import json
import sys
import types

NOP = dis.opmap['NOP']
EXTENDED_ARG = dis.opmap['EXTENDED_ARG']


def const(c):
    if c is None:
        return {'kind': 'None', 'value': ''}
    if c is True:
        return {'kind': 'True', 'value': ''}
    if c is False:
        return {'kind': 'False', 'value': ''}
    if c is Ellipsis:
        return {'kind': 'Ellipsis', 'value': ''}
    if isinstance(c, int):
        return {'kind': 'int', 'value': str(c)}
    if isinstance(c, float):
        return {'kind': 'float', 'value': repr(c)}
    if isinstance(c, complex):
        return {'kind': 'complex', 'value': repr(c.imag)}
    if isinstance(c, str):
        return {'kind': 'str', 'value': c}
    if isinstance(c, bytes):
        return {'kind': 'bytes', 'value': c.decode('latin-1')}
    if isinstance(c, tuple):
        return {'kind': 'tuple', 'value': '', 'items': [const(x) for x in c]}
    if isinstance(c, frozenset):
        return {'kind': 'frozenset', 'value': '', 'items': [const(x) for x in c]}
    if isinstance(c, types.CodeType):
        return {'kind': 'code', 'value': '', 'code': export(c)}
    raise TypeError(type(c))


def export(co):
    raw = co.co_code
    code = []
    ext = 0
    for i in range(0, len(raw), 2):
        op, arg = raw[i], raw[i + 1]
        if op == EXTENDED_ARG:
            ext = (ext | arg) << 8
            code += [NOP, 0]
            continue
        code += [op, ext | arg if op >= dis.HAVE_ARGUMENT else 0]
        ext = 0
    lines = [0] * (len(raw) // 2)
    starts = sorted(dis.findlinestarts(co))
    cur = co.co_firstlineno
    j = 0
    for idx in range(len(lines)):
        while j < len(starts) and starts[j][0] <= idx * 2:
            cur = starts[j][1]
            j += 1
        lines[idx] = cur
    positions = []
    for ln in lines:
        positions += [ln, ln, 0, 0]
    return {
        'co_name': co.co_name, 'co_qualname': co.co_name, 'co_filename': co.co_filename,
        'co_firstlineno': co.co_firstlineno, 'co_argcount': co.co_argcount,
        'co_posonlyargcount': co.co_posonlyargcount,
        'co_kwonlyargcount': co.co_kwonlyargcount, 'co_flags': co.co_flags,
        'co_code': code, 'co_consts': [const(c) for c in co.co_consts],
        'co_names': list(co.co_names), 'co_varnames': list(co.co_varnames),
        'co_cellvars': list(co.co_cellvars), 'co_freevars': list(co.co_freevars),
        'co_stacksize': co.co_stacksize, 'co_positions': positions,
    }


def main(argv):
    path = argv[1]
    with open(path, encoding='utf-8') as f:
        source = f.read()
    filename = argv[3] if len(argv) > 3 else path
    co = compile(source, filename, 'exec', dont_inherit=True)
    text = json.dumps(export(co))
    if len(argv) > 2 and argv[2] != '-':
        with open(argv[2], 'w') as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main(sys.argv)
