"""A disassembler for humans, in the spirit of CPython's `dis`:

    dis_code(code) -> str

One line per instruction: source line (when it changes), '>>' on jump targets,
offset (pc), opcode name, argument and its meaning in parentheses; then the nested
code objects, each under a "Disassembly of ..." header. RPython (used by
`minipy --dis`).
"""
from minipy.compiler import opcodes as op
from minipy.compiler import code as codemod

NAME_OPS = [op.STORE_NAME, op.DELETE_NAME, op.STORE_ATTR, op.DELETE_ATTR,
            op.STORE_GLOBAL, op.DELETE_GLOBAL, op.LOAD_NAME, op.LOAD_ATTR,
            op.IMPORT_NAME, op.IMPORT_FROM, op.LOAD_GLOBAL, op.LOAD_METHOD]
LOCAL_OPS = [op.LOAD_FAST, op.STORE_FAST, op.DELETE_FAST]
FREE_OPS = [op.LOAD_CLOSURE, op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF,
            op.LOAD_CLASSDEREF]
FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii']
MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure']


def pad(s, width):
    if len(s) >= width:
        return s
    return s + ' ' * (width - len(s))


def rpad(s, width):
    if len(s) >= width:
        return s
    return ' ' * (width - len(s)) + s


HEX = '0123456789abcdef'


def quote(s, prefix):
    """A repr-like rendering of str/bytes contents (bytes given as raw bytes)."""
    out = [prefix, "'"]
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == "'":
            out.append("\\'")
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or o == 0x7f or (prefix == 'b' and o >= 0x80):
            out.append('\\x' + HEX[o >> 4] + HEX[o & 15])
        else:
            out.append(ch)
    out.append("'")
    return ''.join(out)


def const_repr(c):
    kind = c.kind
    if kind == 'int' or kind == 'float':
        return c.value
    if kind == 'complex':
        return c.value + 'j'
    if kind == 'str':
        return quote(c.value, '')
    if kind == 'bytes':
        return quote(c.value, 'b')
    if kind == codemod.CONST_TUPLE:
        parts = [const_repr(x) for x in c.items]
        if len(parts) == 1:
            return '(' + parts[0] + ',)'
        return '(' + ', '.join(parts) + ')'
    if kind == codemod.CONST_FROZENSET:
        return 'frozenset({' + ', '.join([const_repr(x) for x in c.items]) + '})'
    if kind == codemod.CONST_CODE:
        return code_repr(c.code)
    return kind      # None, True, False, Ellipsis


def code_repr(co):
    return '<code object %s, file "%s", line %d>' % (co.co_name, co.co_filename,
                                                     co.co_firstlineno)


def arg_meaning(co, pc, opcode, arg):
    if opcode == op.LOAD_CONST:
        if 0 <= arg < len(co.co_consts):
            return const_repr(co.co_consts[arg])
        return '?'
    if opcode in NAME_OPS:
        if 0 <= arg < len(co.co_names):
            return co.co_names[arg]
        return '?'
    if opcode in LOCAL_OPS:
        if 0 <= arg < len(co.co_varnames):
            return co.co_varnames[arg]
        return '?'
    if opcode in FREE_OPS:
        ncell = len(co.co_cellvars)
        if 0 <= arg < ncell:
            return co.co_cellvars[arg]
        if 0 <= arg - ncell < len(co.co_freevars):
            return co.co_freevars[arg - ncell]
        return '?'
    target = op.jump_target(opcode, arg, pc)
    if target >= 0:
        return 'to %d' % target
    if opcode == op.COMPARE_OP:
        if 0 <= arg < len(op.CMP_SYMBOLS):
            return op.CMP_SYMBOLS[arg]
        return '?'
    if opcode == op.IS_OP:
        if arg:
            return 'is not'
        return 'is'
    if opcode == op.CONTAINS_OP:
        if arg:
            return 'not in'
        return 'in'
    if opcode == op.FORMAT_VALUE:
        parts = []
        conv = FORMAT_CONVERSIONS[arg & op.FVC_MASK]
        if conv:
            parts.append(conv)
        if arg & op.FVS_HAVE_SPEC:
            parts.append('with format')
        return ', '.join(parts)
    if opcode == op.MAKE_FUNCTION:
        parts = []
        for i in range(4):
            if arg & (1 << i):
                parts.append(MAKE_FUNCTION_FLAGS[i])
        return ', '.join(parts)
    return ''


def jump_targets(co):
    targets = {}
    code = co.co_code
    for pc in range(0, len(code), 2):
        t = op.jump_target(code[pc], code[pc + 1], pc)
        if t >= 0:
            targets[t] = True
    return targets


def dis_one(co, out):
    targets = jump_targets(co)
    code = co.co_code
    last_line = -1
    for pc in range(0, len(code), 2):
        opcode = code[pc]
        arg = code[pc + 1]
        line = co.lineno_at(pc)
        if line != last_line:
            if pc > 0:
                out.append('\n')
            out.append(rpad(str(line), 4))
            last_line = line
        else:
            out.append('    ')
        out.append('      ')
        if pc in targets:
            out.append('>>')
        else:
            out.append('  ')
        out.append(rpad(str(pc), 5))
        out.append(' ')
        name = op.OPNAMES[opcode]
        if name is None:
            name = '<%d>' % opcode
        if op.has_arg(opcode):
            out.append(pad(name, 24))
            out.append(rpad(str(arg), 5))
            meaning = arg_meaning(co, pc, opcode, arg)
            if meaning:
                out.append(' (')
                out.append(meaning)
                out.append(')')
        else:
            out.append(name)
        out.append('\n')


def dis_code(co):
    """Disassembly of `co` and, recursively, of the code objects among its constants."""
    out = []
    dis_one(co, out)
    for c in co.co_consts:
        if c.kind == codemod.CONST_CODE:
            out.append('\nDisassembly of ')
            out.append(code_repr(c.code))
            out.append(':\n')
            out.append(dis_code(c.code))
    return ''.join(out)
