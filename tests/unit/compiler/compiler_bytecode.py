"""Test helpers for the compiler: canonical instruction lists of minipy code objects
(the form compiler_cpy39_dis.py prints for CPython 3.9), their normalisation, and
the structural invariants every code object must satisfy."""
import glob
import json
import subprocess
import os

from minipy.compiler import opcodes as op
from minipy.compiler import code as codemod
from minipy.compiler.assemble import stack_effect, is_exit

HERE = os.path.dirname(os.path.abspath(__file__))


def find_python39():
    """CPython 3.9 (the bytecode oracle): $MINIPY_PY39, python3.9 on PATH, or pyenv's."""
    candidates = [os.environ.get('MINIPY_PY39', '')]
    for d in os.environ.get('PATH', '').split(os.pathsep):
        candidates.append(os.path.join(d, 'python3.9'))
    candidates += sorted(glob.glob(os.path.expanduser('~/.pyenv/versions/3.9*/bin/python3.9')))
    candidates += sorted(glob.glob('/root/.pyenv/versions/3.9*/bin/python3.9'))
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            try:
                out = subprocess.check_output([c, '-c', 'import sys; print(sys.version_info[:2])'],
                                              stderr=subprocess.STDOUT)
            except (OSError, subprocess.CalledProcessError):
                continue
            if out.strip() == '(3, 9)':
                return c
    return None


PYTHON39 = find_python39()

JUMPS = set(op.JUMP_RELATIVE) | set(op.JUMP_ABSOLUTE_OPS)
NAME_OPS = set([op.STORE_NAME, op.DELETE_NAME, op.STORE_ATTR, op.DELETE_ATTR,
                op.STORE_GLOBAL, op.DELETE_GLOBAL, op.LOAD_NAME, op.LOAD_ATTR,
                op.IMPORT_NAME, op.IMPORT_FROM, op.LOAD_GLOBAL, op.LOAD_METHOD])
LOCAL_OPS = set([op.LOAD_FAST, op.STORE_FAST, op.DELETE_FAST])
FREE_OPS = set([op.LOAD_CLOSURE, op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF,
                op.LOAD_CLASSDEREF])
UNCOND = set(['JUMP_ABSOLUTE', 'JUMP_FORWARD'])
EXITS = set(['RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE', 'JUMP_ABSOLUTE', 'JUMP_FORWARD'])
JUMP_NAMES = set(op.OPNAMES[o] for o in JUMPS)


def canon_const(c):
    k = c.kind
    if k in ('None', 'True', 'False', 'Ellipsis'):
        return k
    if k == 'int':
        return 'int:%d' % int(c.value)
    if k == 'float':
        return 'float:%r' % float(c.value)
    if k == 'complex':
        return 'complex:%r' % float(c.value)
    if k == 'str':
        return 'str:' + c.value.decode('utf-8')
    if k == 'bytes':
        return 'bytes:' + c.value.decode('latin-1')
    if k == codemod.CONST_TUPLE:
        return 'tuple:(' + ','.join(canon_const(x) for x in c.items) + ')'
    if k == codemod.CONST_FROZENSET:
        return 'frozenset:(' + ','.join(sorted(canon_const(x) for x in c.items)) + ')'
    if k == codemod.CONST_CODE:
        return 'code:' + c.code.co_name
    raise ValueError(k)


def canon(co):
    """Same structure as compiler_cpy39_dis.dump()."""
    out = []
    code = co.co_code
    for pc in range(0, len(code), 2):
        opcode, arg = code[pc], code[pc + 1]
        name = op.OPNAMES[opcode]
        if opcode in JUMPS:
            a = op.jump_target(opcode, arg, pc) // 2
        elif opcode in NAME_OPS:
            a = co.co_names[arg].decode('utf-8')
        elif opcode in LOCAL_OPS:
            a = co.co_varnames[arg].decode('utf-8')
        elif opcode in FREE_OPS:
            a = (co.co_cellvars + co.co_freevars)[arg].decode('utf-8')
        elif opcode == op.LOAD_CONST:
            a = canon_const(co.co_consts[arg])
        elif opcode >= op.HAVE_ARGUMENT:
            a = arg
        else:
            a = None
        out.append([name, a])
    codes = [canon(c.code) for c in co.co_consts if c.kind == codemod.CONST_CODE]
    return {'name': co.co_name.decode('utf-8'), 'qualname': co.co_qualname.decode('utf-8'),
            'instrs': out, 'codes': codes,
            'varnames': [v.decode('utf-8') for v in co.co_varnames],
            'cellvars': [v.decode('utf-8') for v in co.co_cellvars],
            'freevars': [v.decode('utf-8') for v in co.co_freevars],
            'argcount': co.co_argcount, 'kwonlyargcount': co.co_kwonlyargcount,
            'flags': co.co_flags, 'firstlineno': co.co_firstlineno}


def normalise(instrs):
    """Removes what legitimately differs between two correct compilations: jump
    threading, jumps to a RETURN_VALUE, unreachable code, NOPs and jumps to the next
    instruction. Returns a list of (opname, arg) with jump args as new indices."""
    instrs = [list(i) for i in instrs]
    n = len(instrs)

    def final_target(i):
        seen = set()
        while instrs[i][0] in UNCOND and i not in seen:
            seen.add(i)
            i = instrs[i][1]
        return i
    for ins in instrs:
        if ins[0] in JUMP_NAMES:
            ins[1] = final_target(ins[1])
        if ins[0] == 'JUMP_FORWARD':
            ins[0] = 'JUMP_ABSOLUTE'
    # a JUMP_IF_X_OR_POP landing on a conditional jump whose outcome it implies
    changed = True
    while changed:
        changed = False
        for ins in instrs:
            if ins[0] in ('JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP'):
                t = instrs[ins[1]]
                if t[0] in ('JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP'):
                    if t[0] == ins[0]:
                        ins[1] = t[1]
                    else:
                        ins[0] = 'POP_JUMP_IF_FALSE' if ins[0] == 'JUMP_IF_FALSE_OR_POP' \
                            else 'POP_JUMP_IF_TRUE'
                        ins[1] = ins[1] + 1
                    changed = True
    for ins in instrs:
        if ins[0] == 'JUMP_ABSOLUTE' and instrs[ins[1]][0] == 'RETURN_VALUE':
            ins[0], ins[1] = 'RETURN_VALUE', None
    while True:
        reach = [False] * n
        todo = [0]
        while todo:
            i = todo.pop()
            if i >= n or reach[i]:
                continue
            reach[i] = True
            name, arg = instrs[i]
            if name in JUMP_NAMES:
                todo.append(arg)
            if name not in EXITS:
                todo.append(i + 1)
        keep = [i for i in range(n) if reach[i] and instrs[i][0] != 'NOP']
        # drop unconditional jumps to the next kept instruction
        drop = set()
        for k in range(len(keep)):
            i = keep[k]
            if instrs[i][0] == 'JUMP_ABSOLUTE':
                nxt = keep[k + 1] if k + 1 < len(keep) else n
                if instrs[i][1] <= nxt and all(not reach[j] or instrs[j][0] == 'NOP'
                                               for j in range(i + 1, instrs[i][1])) \
                        and instrs[i][1] > i:
                    drop.add(i)
        keep = [i for i in keep if i not in drop]
        newindex = {}
        for k, i in enumerate(keep):
            newindex[i] = k
        out = []
        for i in keep:
            name, arg = instrs[i]
            if name in JUMP_NAMES:
                t = arg
                while t < n and t not in newindex:
                    t += 1
                arg = newindex.get(t, len(keep))
            out.append([name, arg])
        if len(out) == n:
            return out
        instrs, n = out, len(out)


def cpython39(sources):
    p = subprocess.Popen([PYTHON39, os.path.join(HERE, 'compiler_cpy39_dis.py')],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = p.communicate(json.dumps([s.decode('utf-8') for s in sources]))
    assert p.returncode == 0
    return json.loads(out)


def all_codes(co):
    yield co
    for c in co.co_consts:
        if c.kind == codemod.CONST_CODE:
            for sub in all_codes(c.code):
                yield sub


def check_invariants(co, nlines):
    """Structural checks of one code object (not its children); raises AssertionError."""
    code = co.co_code
    n = len(code)
    assert n % 2 == 0 and n > 0
    assert len(co.co_positions) == 2 * n, 'co_positions: 4 ints per instruction'
    starts = set(range(0, n, 2))
    ncells = len(co.co_cellvars) + len(co.co_freevars)
    for pc in range(0, n, 2):
        opcode, arg = code[pc], code[pc + 1]
        assert op.OPNAMES[opcode] is not None, 'unknown opcode %d' % opcode
        assert arg >= 0
        if not op.has_arg(opcode):
            assert arg == 0
        t = op.jump_target(opcode, arg, pc)
        if opcode in JUMPS:
            assert t in starts, 'jump target %d at %d' % (t, pc)
        if opcode in NAME_OPS:
            assert arg < len(co.co_names)
        if opcode in LOCAL_OPS:
            assert arg < len(co.co_varnames)
        if opcode in FREE_OPS:
            assert arg < ncells
        if opcode == op.LOAD_CONST:
            assert arg < len(co.co_consts)
        line, end_line = co.co_positions[2 * pc], co.co_positions[2 * pc + 1]
        assert 1 <= line <= nlines, 'line %d at pc %d' % (line, pc)
        assert 0 <= end_line <= nlines
    # the last instruction never falls off the end
    last = code[n - 2]
    assert is_exit(last), 'code falls off the end'
    # stack depth along every path
    depth_at = {0: 0}
    todo = [0]
    maxdepth = 0
    while todo:
        pc = todo.pop()
        depth = depth_at[pc]
        while True:
            opcode, arg = code[pc], code[pc + 1]
            t = op.jump_target(opcode, arg, pc)
            if opcode in JUMPS:
                td = depth + stack_effect(opcode, arg, True)
                assert td >= 0
                maxdepth = max(maxdepth, td)
                if t in depth_at:
                    assert depth_at[t] == td, 'depth mismatch at %d' % t
                else:
                    depth_at[t] = td
                    todo.append(t)
            depth += stack_effect(opcode, arg, False)
            assert depth >= 0, 'negative depth at %d' % pc
            maxdepth = max(maxdepth, depth)
            if opcode == op.RETURN_VALUE:
                assert depth == 0, 'return with %d values left at %d' % (depth, pc)
            if is_exit(opcode):
                break
            pc += 2
            assert pc < n
            if pc in depth_at:
                assert depth_at[pc] == depth, 'depth mismatch at %d' % pc
                break
            depth_at[pc] = depth
    assert maxdepth == co.co_stacksize, (maxdepth, co.co_stacksize)
    # every instruction is reachable
    assert set(depth_at) | set() >= set(), None
    nlocals = len(co.co_varnames)
    assert co.co_argcount + co.co_kwonlyargcount <= nlocals
