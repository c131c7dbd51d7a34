"""Superinstructions: the eval loop runs a copy of each code object's instructions in
which frequent pairs (LOAD_FAST then LOAD_ATTR, STORE_FAST then LOAD_FAST, ...) are
fused into one instruction, so that one dispatch does the work of two. Without the JIT
the dispatch is a good part of the time of every instruction.

The fused instruction replaces the first of the pair; the second stays where it was, so
no pc moves: a jump to the second instruction runs it alone, line numbers and inline
caches (keyed by pc) stay as they are. The fused argument packs both arguments:
first | second << ARG_BITS. Its handler runs the first half, sets frame.pc to the second
instruction and runs the second half (eval.py), so an error in the second half is
reported at the second instruction's line. A first half that jumps (POP_JUMP_IF_FALSE,
FOR_ITER at the end of its iterator) returns a pc other than the second instruction's:
the second half is then skipped. The pairs were chosen by counting the dynamic
instruction pairs of the single-thread benchmarks.
"""
from minipy.compiler import opcodes as op

ARG_BITS = 16
ARG_MASK = (1 << ARG_BITS) - 1
MAX_SECOND_ARG = 1 << 40


# (first, second, fused): the pairs, and the opcode of each superinstruction; eval.py
# makes the handler of each from its halves' handlers
PAIRS = [
    (op.LOAD_FAST, op.LOAD_FAST, op.LOAD_FAST__LOAD_FAST),
    (op.LOAD_FAST, op.LOAD_CONST, op.LOAD_FAST__LOAD_CONST),
    (op.LOAD_FAST, op.LOAD_ATTR, op.LOAD_FAST__LOAD_ATTR),
    (op.LOAD_FAST, op.LOAD_METHOD, op.LOAD_FAST__LOAD_METHOD),
    (op.LOAD_FAST, op.STORE_ATTR, op.LOAD_FAST__STORE_ATTR),
    (op.STORE_FAST, op.LOAD_FAST, op.STORE_FAST__LOAD_FAST),
    (op.COMPARE_OP, op.POP_JUMP_IF_FALSE, op.COMPARE_OP__POP_JUMP_IF_FALSE),
    (op.POP_JUMP_IF_FALSE, op.LOAD_FAST, op.POP_JUMP_IF_FALSE__LOAD_FAST),
    (op.FOR_ITER, op.STORE_FAST, op.FOR_ITER__STORE_FAST),
    (op.LOAD_CONST, op.RETURN_VALUE, op.LOAD_CONST__RETURN_VALUE),
    (op.IS_OP, op.POP_JUMP_IF_FALSE, op.IS_OP__POP_JUMP_IF_FALSE),
    (op.STORE_ATTR, op.LOAD_FAST, op.STORE_ATTR__LOAD_FAST),
]


def fused_opcode(first, second):
    """The superinstruction for the pair (first, second), or -1."""
    for a, b, fused in PAIRS:
        if a == first and b == second:
            return fused
    return -1


def fuse(co_code):
    """The eval loop's instructions for co_code ([op, arg, op, arg, ...]): a new list,
    pairs fused from left to right, a fused pair's second instruction left in place.
    Before that, the loads of a local that `+=` may grow as a str being built become
    LOAD_FAST_SETTLE (settle_accum_loads)."""
    co_code = settle_accum_loads(co_code)
    out = [0] * len(co_code)
    for i in range(len(co_code)):
        out[i] = co_code[i]
    pc = 0
    while pc + 3 < len(co_code):
        fused = fused_opcode(co_code[pc], co_code[pc + 2])
        first_arg = co_code[pc + 1]
        second_arg = co_code[pc + 3]
        if (fused >= 0 and 0 <= first_arg <= ARG_MASK and
                0 <= second_arg < MAX_SECOND_ARG):
            out[pc] = fused
            out[pc + 1] = first_arg | (second_arg << ARG_BITS)
            pc += 4
        else:
            pc += 2
    return out


def settle_accum_loads(co_code):
    """A copy of co_code whose LOAD_FASTs of each local that a LOAD_FAST_ACCUM loads are
    LOAD_FAST_SETTLE: only those loads pay for the check (minipy/objects/strbuilding.py)."""
    accum = {}
    for pc in range(0, len(co_code) - 1, 2):
        if co_code[pc] == op.LOAD_FAST_ACCUM:
            accum[co_code[pc + 1]] = None
    out = co_code[:]
    if accum:
        for pc in range(0, len(co_code) - 1, 2):
            if co_code[pc] == op.LOAD_FAST and co_code[pc + 1] in accum:
                out[pc] = op.LOAD_FAST_SETTLE
    return out


def first_arg(arg):
    return arg & ARG_MASK


def second_arg(arg):
    return arg >> ARG_BITS
