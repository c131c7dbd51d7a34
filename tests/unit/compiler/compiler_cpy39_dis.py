"""Run by python3.9 (test helper): compiles each source of a JSON list read from stdin
and prints, per source, its code objects as canonical instruction lists (see
compiler_bytecode.py, which builds the same form from minipy's code objects)."""
import dis
import json
import sys

JUMPS = set(dis.hasjrel) | set(dis.hasjabs)
NAMED = set(dis.hasname) | set(dis.haslocal) | set(dis.hasfree)


def canon_const(v):
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    if isinstance(v, int):
        return 'int:%d' % v
    if isinstance(v, float):
        return 'float:%r' % v
    if isinstance(v, complex):
        return 'complex:%r' % v.imag
    if isinstance(v, str):
        return 'str:' + v
    if isinstance(v, bytes):
        return 'bytes:' + v.decode('latin-1')
    if isinstance(v, tuple):
        return 'tuple:(' + ','.join(canon_const(x) for x in v) + ')'
    if isinstance(v, frozenset):
        return 'frozenset:(' + ','.join(sorted(canon_const(x) for x in v)) + ')'
    if hasattr(v, 'co_code'):
        return 'code:' + v.co_name
    return 'other:' + repr(v)


def dump(co):
    instrs = [i for i in dis.get_instructions(co) if i.opname != 'EXTENDED_ARG']
    index_of = {}
    for n, ins in enumerate(instrs):
        index_of[ins.offset] = n
    out = []
    for ins in instrs:
        if ins.opcode in JUMPS:
            arg = index_of[ins.argval]
        elif ins.opcode in NAMED:
            arg = ins.argval
        elif ins.opname == 'LOAD_CONST':
            arg = canon_const(ins.argval)
        elif ins.opcode >= dis.HAVE_ARGUMENT:
            arg = ins.arg
        else:
            arg = None
        out.append([ins.opname, arg])
    codes = [dump(c) for c in co.co_consts if hasattr(c, 'co_code')]
    return {'name': co.co_name, 'qualname': co.co_qualname if hasattr(co, 'co_qualname') else None,
            'instrs': out, 'codes': codes, 'varnames': list(co.co_varnames),
            'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
            'argcount': co.co_argcount, 'kwonlyargcount': co.co_kwonlyargcount,
            'flags': co.co_flags, 'firstlineno': co.co_firstlineno}


def main():
    result = []
    for source in json.load(sys.stdin):
        result.append(dump(compile(source, '<snippet>', 'exec')))
    json.dump(result, sys.stdout)


if __name__ == '__main__':
    main()
