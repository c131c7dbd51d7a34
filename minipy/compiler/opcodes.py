"""The bytecode: opcode numbers, names and the few facts about them the compiler,
the disassembler and the eval loop share. This list is the one place opcodes are defined.

Semantics. Every opcode means what the opcode of the same name means in CPython 3.9
(`dis` documentation of 3.9: stack effects, argument meaning, block stack handling
with SETUP_FINALLY/POP_BLOCK/POP_EXCEPT/RERAISE, finally bodies duplicated inline by
the compiler). Numbers happen to be 3.9's too. The differences:

* Encoding: `code.co_code` is a list of ints, two slots per instruction, [op, arg, op,
  arg, ...]; `arg` is 0 for opcodes without argument and may be any non-negative int,
  so there is no EXTENDED_ARG. A "pc" is a slot index (always even), which equals the
  byte offset CPython 3.9 would use.
* Jumps: absolute jumps (JUMP_ABSOLUTE, POP_JUMP_IF_*, JUMP_IF_*_OR_POP,
  JUMP_IF_NOT_EXC_MATCH) take the target pc; relative ones (FOR_ITER, JUMP_FORWARD,
  SETUP_FINALLY, SETUP_WITH) take target = pc of the next instruction + arg.
* No async opcodes.
* `except*` (3.11) has two opcodes of 3.11's names and meanings, adapted to 3.9's
  blocks: CHECK_EG_MATCH (an absolute jump when the clause does not match) and
  PREP_RERAISE_STAR (raises the result itself, as a re-raise, instead of pushing it).
* The match statement's opcodes are CPython 3.10's (numbers too: 3.9 has no match):
  GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS, ROT_N,
  MATCH_CLASS; as in 3.10, MATCH_KEYS and MATCH_CLASS push a success flag on top of
  their result (None when they fail). minipy/interpreter/matching.py has their runtime.
"""


POP_TOP = 1
ROT_TWO = 2
ROT_THREE = 3
DUP_TOP = 4
DUP_TOP_TWO = 5
ROT_FOUR = 6
NOP = 9
UNARY_POSITIVE = 10
UNARY_NEGATIVE = 11
UNARY_NOT = 12
UNARY_INVERT = 15
BINARY_MATRIX_MULTIPLY = 16
INPLACE_MATRIX_MULTIPLY = 17
BINARY_POWER = 19
BINARY_MULTIPLY = 20
BINARY_MODULO = 22
BINARY_ADD = 23
BINARY_SUBTRACT = 24
BINARY_SUBSCR = 25
BINARY_FLOOR_DIVIDE = 26
BINARY_TRUE_DIVIDE = 27
INPLACE_FLOOR_DIVIDE = 28
INPLACE_TRUE_DIVIDE = 29
GET_LEN = 30                 # push len(TOS)
MATCH_MAPPING = 31           # push whether TOS is a mapping (for mapping patterns)
MATCH_SEQUENCE = 32          # push whether TOS is a sequence (not str/bytes/bytearray)
MATCH_KEYS = 33              # TOS keys, TOS1 subject: push values (or None), success
COPY_DICT_WITHOUT_KEYS = 34  # TOS keys, TOS1 subject: TOS = dict(TOS1) minus the keys
RERAISE = 48
WITH_EXCEPT_START = 49
INPLACE_ADD = 55
INPLACE_ADD_ACCUM = 58          # see LOAD_FAST_ACCUM
INPLACE_SUBTRACT = 56
INPLACE_MULTIPLY = 57
INPLACE_MODULO = 59
STORE_SUBSCR = 60
DELETE_SUBSCR = 61
BINARY_LSHIFT = 62
BINARY_RSHIFT = 63
BINARY_AND = 64
BINARY_XOR = 65
BINARY_OR = 66
INPLACE_POWER = 67
GET_ITER = 68
GET_YIELD_FROM_ITER = 69
PRINT_EXPR = 70
LOAD_BUILD_CLASS = 71
YIELD_FROM = 72
LOAD_ASSERTION_ERROR = 74
INPLACE_LSHIFT = 75
INPLACE_RSHIFT = 76
INPLACE_AND = 77
INPLACE_XOR = 78
INPLACE_OR = 79
LIST_TO_TUPLE = 82
RETURN_VALUE = 83
IMPORT_STAR = 84
SETUP_ANNOTATIONS = 85
YIELD_VALUE = 86
POP_BLOCK = 87
PREP_RERAISE_STAR = 88        # TOS list, TOS1 original exception: raise what the except*
                              # clauses leave (exceptstar.prep_reraise), if anything
POP_EXCEPT = 89
STORE_NAME = 90
DELETE_NAME = 91
UNPACK_SEQUENCE = 92
FOR_ITER = 93
UNPACK_EX = 94
STORE_ATTR = 95
DELETE_ATTR = 96
STORE_GLOBAL = 97
DELETE_GLOBAL = 98
ROT_N = 99                   # move TOS down to position arg (the others move up one)
LOAD_CONST = 100
LOAD_NAME = 101
BUILD_TUPLE = 102
BUILD_LIST = 103
BUILD_SET = 104
BUILD_MAP = 105
LOAD_ATTR = 106
COMPARE_OP = 107
IMPORT_NAME = 108
IMPORT_FROM = 109
JUMP_FORWARD = 110
JUMP_IF_FALSE_OR_POP = 111
JUMP_IF_TRUE_OR_POP = 112
JUMP_ABSOLUTE = 113
POP_JUMP_IF_FALSE = 114
POP_JUMP_IF_TRUE = 115
LOAD_GLOBAL = 116
IS_OP = 117
CONTAINS_OP = 118
JUMP_IF_NOT_EXC_MATCH = 121
SETUP_FINALLY = 122
CHECK_EG_MATCH = 123          # TOS type, TOS1 exception: (rest, match) when `except* TOS`
                              # matches, else jump to arg (exception kept)
LOAD_FAST = 124
STORE_FAST = 125
DELETE_FAST = 126
# `name += value` on a fast local (minipy/objects/strbuilding.py): LOAD_FAST_ACCUM may push
# a str still being built, which only INPLACE_ADD_ACCUM (then STORE_FAST) takes
LOAD_FAST_ACCUM = 127
RAISE_VARARGS = 130
CALL_FUNCTION = 131
MAKE_FUNCTION = 132
BUILD_SLICE = 133
LOAD_CLOSURE = 135
LOAD_DEREF = 136
STORE_DEREF = 137
DELETE_DEREF = 138
CALL_FUNCTION_KW = 141
CALL_FUNCTION_EX = 142
SETUP_WITH = 143
LIST_APPEND = 145
SET_ADD = 146
MAP_ADD = 147
LOAD_CLASSDEREF = 148
MATCH_CLASS = 152            # arg positional sub-patterns; TOS attribute names, TOS1
                             # class, TOS2 subject -> attributes (or None), success
FORMAT_VALUE = 155
BUILD_CONST_KEY_MAP = 156
BUILD_STRING = 157
LOAD_METHOD = 160
CALL_METHOD = 161
LIST_EXTEND = 162
SET_UPDATE = 163
DICT_MERGE = 164
DICT_UPDATE = 165

# Superinstructions: never in a code object's co_code (the compiler, the disassembler and
# the tests see none); only in the eval loop's copy of it, where
# minipy/interpreter/superinstructions.py fuses these frequent pairs. The argument holds
# both instructions' arguments.
LOAD_FAST__LOAD_FAST = 200
LOAD_FAST__LOAD_CONST = 201
LOAD_FAST__LOAD_ATTR = 202
LOAD_FAST__LOAD_METHOD = 203
LOAD_FAST__STORE_ATTR = 204
STORE_FAST__LOAD_FAST = 205
COMPARE_OP__POP_JUMP_IF_FALSE = 206
POP_JUMP_IF_FALSE__LOAD_FAST = 207
FOR_ITER__STORE_FAST = 208
LOAD_CONST__RETURN_VALUE = 209
IS_OP__POP_JUMP_IF_FALSE = 210
STORE_ATTR__LOAD_FAST = 211
# not a pair: LOAD_FAST of a local that some LOAD_FAST_ACCUM also loads, in the eval
# loop's copy (it may hold a str being built: minipy/objects/strbuilding.py)
LOAD_FAST_SETTLE = 212

HAVE_ARGUMENT = 90

# name of each opcode number, None where unused
OPNAMES = [None] * 256
for _name, _value in list(globals().items()):
    if _name.isupper() and isinstance(_value, int) and _name != "HAVE_ARGUMENT":
        OPNAMES[_value] = _name

JUMP_RELATIVE = [FOR_ITER, JUMP_FORWARD, SETUP_FINALLY, SETUP_WITH]
JUMP_ABSOLUTE_OPS = [JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, JUMP_ABSOLUTE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_NOT_EXC_MATCH, CHECK_EG_MATCH]


def has_arg(op):
    return op >= HAVE_ARGUMENT


def jump_target(op, arg, pc):
    """Target pc of the jump instruction `op arg` at `pc`, or -1 if it is no jump."""
    if op in JUMP_RELATIVE:
        return pc + 2 + arg
    if op in JUMP_ABSOLUTE_OPS:
        return arg
    return -1

# COMPARE_OP arguments, as in CPython 3.9 (is, in and exception matching have opcodes)
CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE = range(6)
CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>=']

# MAKE_FUNCTION argument flags
MAKE_DEFAULTS = 0x01
MAKE_KWDEFAULTS = 0x02
MAKE_ANNOTATIONS = 0x04
MAKE_CLOSURE = 0x08

# FORMAT_VALUE argument
FVC_MASK, FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII = 0x3, 0x0, 0x1, 0x2, 0x3
FVS_HAVE_SPEC = 0x4
