"""The assembler: basic blocks of symbolic instructions -> co_code, co_positions and
co_stacksize.

Code generation appends Instrs to Blocks; a Block's `next` is the block that follows
it in the final layout (fall-through). assemble() drops instructions after an
unconditional exit and blocks that cannot be reached, lays the blocks out, resolves
jump targets (opcodes.py: absolute or relative) and computes the maximal stack depth
by walking every path with CPython 3.9's stack effects (stack_effect below).
"""
from minipy.compiler import opcodes as op


class Instr(object):
    def __init__(self, opcode, arg, target, lineno, end_lineno, col, end_col):
        self.opcode = opcode
        self.arg = arg
        self.target = target        # Block for jumps, else None
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col = col
        self.end_col = end_col


class Block(object):
    def __init__(self):
        self.instrs = []
        self.next = None
        self.offset = -1
        self.reachable = False
        self.startdepth = -1

    def last_is_exit(self):
        n = len(self.instrs)
        return n > 0 and is_exit(self.instrs[n - 1].opcode)


class AssemblerError(Exception):
    """An internal inconsistency (a compiler bug), never a user error."""

    def __init__(self, msg):
        self.msg = msg


def is_exit(opcode):
    """True for instructions after which control never falls through."""
    return (opcode == op.RETURN_VALUE or opcode == op.RAISE_VARARGS or
            opcode == op.RERAISE or opcode == op.JUMP_ABSOLUTE or
            opcode == op.JUMP_FORWARD)


def popcount4(x):
    n = 0
    for i in range(4):
        if x & (1 << i):
            n += 1
    return n


def stack_effect(opcode, arg, jump):
    """Stack effect of an instruction, as CPython 3.9's stack_effect(); `jump` selects
    the effect when the jump is taken (for instructions that may jump)."""
    if opcode == op.NOP:
        return 0
    if opcode == op.POP_TOP:
        return -1
    if opcode in (op.ROT_TWO, op.ROT_THREE, op.ROT_FOUR):
        return 0
    if opcode == op.DUP_TOP:
        return 1
    if opcode == op.DUP_TOP_TWO:
        return 2
    if opcode in (op.UNARY_POSITIVE, op.UNARY_NEGATIVE, op.UNARY_NOT, op.UNARY_INVERT):
        return 0
    if opcode in (op.SET_ADD, op.LIST_APPEND):
        return -1
    if opcode == op.MAP_ADD:
        return -2
    if opcode in (op.BINARY_POWER, op.BINARY_MULTIPLY, op.BINARY_MATRIX_MULTIPLY,
                  op.BINARY_MODULO, op.BINARY_ADD, op.BINARY_SUBTRACT, op.BINARY_SUBSCR,
                  op.BINARY_FLOOR_DIVIDE, op.BINARY_TRUE_DIVIDE, op.INPLACE_FLOOR_DIVIDE,
                  op.INPLACE_TRUE_DIVIDE, op.INPLACE_ADD, op.INPLACE_ADD_ACCUM,
                  op.INPLACE_SUBTRACT, op.INPLACE_MULTIPLY, op.INPLACE_MATRIX_MULTIPLY,
                  op.INPLACE_MODULO,
                  op.BINARY_LSHIFT, op.BINARY_RSHIFT, op.BINARY_AND, op.BINARY_XOR,
                  op.BINARY_OR, op.INPLACE_POWER, op.INPLACE_LSHIFT, op.INPLACE_RSHIFT,
                  op.INPLACE_AND, op.INPLACE_XOR, op.INPLACE_OR):
        return -1
    if opcode == op.STORE_SUBSCR:
        return -3
    if opcode == op.DELETE_SUBSCR:
        return -2
    if opcode in (op.GET_ITER, op.GET_YIELD_FROM_ITER, op.LIST_TO_TUPLE,
                  op.YIELD_VALUE, op.POP_BLOCK, op.DELETE_NAME, op.DELETE_GLOBAL,
                  op.DELETE_FAST, op.DELETE_DEREF, op.LOAD_ATTR, op.JUMP_FORWARD,
                  op.JUMP_ABSOLUTE, op.SETUP_ANNOTATIONS):
        return 0
    if opcode == op.PRINT_EXPR:
        return -1
    if opcode in (op.LOAD_BUILD_CLASS, op.LOAD_ASSERTION_ERROR, op.LOAD_CONST,
                  op.LOAD_NAME, op.LOAD_GLOBAL, op.LOAD_FAST, op.LOAD_FAST_ACCUM,
                  op.LOAD_CLOSURE, op.LOAD_DEREF, op.LOAD_CLASSDEREF, op.LOAD_METHOD,
                  op.IMPORT_FROM, op.WITH_EXCEPT_START):
        return 1
    if opcode in (op.RETURN_VALUE, op.IMPORT_STAR, op.YIELD_FROM, op.STORE_NAME,
                  op.STORE_GLOBAL, op.STORE_FAST, op.STORE_DEREF, op.DELETE_ATTR,
                  op.COMPARE_OP, op.IS_OP, op.CONTAINS_OP, op.IMPORT_NAME,
                  op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.LIST_EXTEND,
                  op.SET_UPDATE, op.DICT_MERGE, op.DICT_UPDATE):
        return -1
    if opcode == op.POP_EXCEPT or opcode == op.RERAISE:
        return -3
    if opcode == op.UNPACK_SEQUENCE:
        return arg - 1
    if opcode == op.UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if opcode == op.FOR_ITER:
        if jump:
            return -1
        return 1
    if opcode == op.STORE_ATTR:
        return -2
    if opcode in (op.BUILD_TUPLE, op.BUILD_LIST, op.BUILD_SET, op.BUILD_STRING):
        return 1 - arg
    if opcode == op.BUILD_MAP:
        return 1 - 2 * arg
    if opcode == op.BUILD_CONST_KEY_MAP:
        return -arg
    if opcode == op.JUMP_IF_NOT_EXC_MATCH or opcode == op.PREP_RERAISE_STAR:
        return -2
    if opcode == op.CHECK_EG_MATCH:
        if jump:
            return -1
        return 0
    if opcode in (op.JUMP_IF_TRUE_OR_POP, op.JUMP_IF_FALSE_OR_POP):
        if jump:
            return 0
        return -1
    if opcode == op.SETUP_FINALLY:
        if jump:
            return 6
        return 0
    if opcode == op.SETUP_WITH:
        if jump:
            return 6
        return 1
    if opcode == op.RAISE_VARARGS:
        return -arg
    if opcode == op.CALL_FUNCTION:
        return -arg
    if opcode == op.CALL_METHOD:
        return -arg - 1
    if opcode == op.CALL_FUNCTION_KW:
        return -arg - 1
    if opcode == op.CALL_FUNCTION_EX:
        if arg & 1:
            return -2
        return -1
    if opcode == op.MAKE_FUNCTION:
        return -1 - popcount4(arg & 0x0f)
    if opcode == op.BUILD_SLICE:
        if arg == 3:
            return -2
        return -1
    if opcode == op.FORMAT_VALUE:
        if (arg & op.FVS_HAVE_SPEC) != 0:
            return -1
        return 0
    if opcode in (op.GET_LEN, op.MATCH_MAPPING, op.MATCH_SEQUENCE):
        return 1
    if opcode == op.MATCH_KEYS:
        return 2
    if opcode == op.COPY_DICT_WITHOUT_KEYS or opcode == op.ROT_N:
        return 0
    if opcode == op.MATCH_CLASS:
        return -1
    raise AssemblerError('no stack effect for opcode %d' % opcode)


def truncate_after_exit(block):
    i = 0
    n = len(block.instrs)
    while i < n:
        if is_exit(block.instrs[i].opcode):
            if i + 1 < n:
                cut = i + 1
                assert cut >= 0
                del block.instrs[cut:]
            return
        i += 1


def first_instr(block):
    """The first instruction executed when control reaches `block` (skipping empty
    blocks), or None."""
    while block is not None:
        if len(block.instrs) > 0:
            return block.instrs[0]
        block = block.next
    return None


def is_threadable(opcode):
    return (opcode == op.JUMP_ABSOLUTE or opcode == op.JUMP_FORWARD or
            opcode == op.POP_JUMP_IF_FALSE or opcode == op.POP_JUMP_IF_TRUE or
            opcode == op.JUMP_IF_FALSE_OR_POP or opcode == op.JUMP_IF_TRUE_OR_POP)


def thread_jumps(entry):
    """Jumps to an unconditional jump go straight to its target (as CPython's
    peephole optimizer); a JUMP_FORWARD that ends up backwards becomes
    JUMP_ABSOLUTE (the layout is final, so this is decided at emission)."""
    b = entry
    while b is not None:
        for ins in b.instrs:
            if ins.target is None or not is_threadable(ins.opcode):
                continue
            hops = 0
            while hops < 20:
                first = first_instr(ins.target)
                if first is None or first.target is None or first is ins:
                    break
                if first.opcode != op.JUMP_ABSOLUTE and first.opcode != op.JUMP_FORWARD:
                    break
                ins.target = first.target
                hops += 1
            if ins.opcode == op.JUMP_FORWARD:
                ins.opcode = op.JUMP_ABSOLUTE   # resolved again in assemble()
                ins.arg = 1                     # marks "was JUMP_FORWARD"
        b = b.next


def reachable_blocks(entry):
    """Marks and returns, in layout order, the blocks reachable from `entry`."""
    todo = [entry]
    entry.reachable = True
    while todo:
        b = todo.pop()
        for ins in b.instrs:
            t = ins.target
            if t is not None and not t.reachable:
                t.reachable = True
                todo.append(t)
        if not b.last_is_exit() and b.next is not None and not b.next.reachable:
            b.next.reachable = True
            todo.append(b.next)
    result = []
    b = entry
    while b is not None:
        if b.reachable:
            result.append(b)
        b = b.next
    return result


def compute_stacksize(entry):
    """Maximal stack depth over every path from `entry` (blocks already marked)."""
    maxdepth = 0
    entry.startdepth = 0
    todo = [entry]
    while todo:
        b = todo.pop()
        depth = b.startdepth
        falls = True
        for ins in b.instrs:
            if ins.target is not None:
                target_depth = depth + stack_effect(ins.opcode, ins.arg, True)
                if target_depth > maxdepth:
                    maxdepth = target_depth
                if ins.target.startdepth < 0:
                    ins.target.startdepth = target_depth
                    todo.append(ins.target)
            depth = depth + stack_effect(ins.opcode, ins.arg, False)
            if depth < 0:
                raise AssemblerError('negative stack depth')
            if depth > maxdepth:
                maxdepth = depth
            if is_exit(ins.opcode):
                falls = False
                break
        if falls and b.next is not None and b.next.startdepth < 0:
            b.next.startdepth = depth
            todo.append(b.next)
    return maxdepth


class Assembled(object):
    def __init__(self, code, positions, stacksize):
        self.code = code
        self.positions = positions
        self.stacksize = stacksize


def assemble(entry, firstlineno):
    """Lays out the blocks chained from `entry` into an Assembled."""
    b = entry
    while b is not None:
        truncate_after_exit(b)
        b = b.next
    thread_jumps(entry)
    blocks = reachable_blocks(entry)
    # re-chain the kept blocks so fall-through follows the final layout
    for i in range(len(blocks)):
        if i + 1 < len(blocks):
            blocks[i].next = blocks[i + 1]
        else:
            blocks[i].next = None
    offset = 0
    for blk in blocks:
        blk.offset = offset
        offset += 2 * len(blk.instrs)
    code = []
    positions = []
    for blk in blocks:
        for ins in blk.instrs:
            arg = ins.arg
            if ins.target is not None:
                pc = len(code)
                if ins.opcode == op.JUMP_ABSOLUTE and ins.arg == 1 and \
                        ins.target.offset > pc:
                    ins.opcode = op.JUMP_FORWARD      # forward: keep it relative
                if ins.opcode in op.JUMP_RELATIVE:
                    arg = ins.target.offset - (pc + 2)
                else:
                    arg = ins.target.offset
            code.append(ins.opcode)
            code.append(arg)
            lineno = ins.lineno
            if lineno <= 0:
                lineno = firstlineno
            positions.append(lineno)
            positions.append(ins.end_lineno)
            positions.append(ins.col)
            positions.append(ins.end_col)
    stacksize = compute_stacksize(entry)
    return Assembled(code, positions, stacksize)
