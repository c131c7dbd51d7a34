"""Code objects: what the compiler produces and the interpreter runs.

A CodeObject is pure data, independent of the object model: its constants are
ConstValue descriptions (the interpreter turns them into its own objects once, when it
first runs the code). Fields follow CPython's code objects; see opcodes.py for the
encoding of `co_code`. Code objects are immutable after the compiler built them.
"""

# co_flags, as CPython
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040

# ConstValue kinds: the ast.CONST_* kinds ('int', 'float', 'complex', 'str', 'bytes',
# 'None', 'True', 'False', 'Ellipsis') plus these containers
CONST_TUPLE = 'tuple'
CONST_FROZENSET = 'frozenset'
CONST_CODE = 'code'


class ConstValue(object):
    """One entry of co_consts. `value` is encoded as in ast.Constant; `items` holds the
    elements of a tuple/frozenset constant; `code` the CodeObject of a 'code' constant.
    The compiler folds unary minus on int and float literals, so an 'int' or 'float'
    value may start with '-' (e.g. '-5', '-0.0'; never '-0' for ints)."""
    _immutable_fields_ = ['kind', 'value', 'items[*]', 'code']

    def __init__(self, kind, value='', items=None, code=None):
        self.kind = kind
        self.value = value
        self.items = items
        self.code = code

    def same_as(self, other):
        """True when both describe the same constant (used to share co_consts slots;
        1, 1.0 and True stay distinct, as in CPython)."""
        if self.kind != other.kind or self.value != other.value:
            return False
        if self.kind == CONST_CODE:
            return self.code is other.code
        if self.items is None or other.items is None:
            return self.items is None and other.items is None
        if len(self.items) != len(other.items):
            return False
        for i in range(len(self.items)):
            if not self.items[i].same_as(other.items[i]):
                return False
        return True


class CodeObject(object):
    """A compiled function, class body, module or comprehension.

    co_positions holds four ints per instruction (lineno, end_lineno, col_offset,
    end_col_offset; 0 where unknown): instruction at pc has its position at
    co_positions[2*pc : 2*pc+4] (pc is even, see opcodes.py).
    """
    _immutable_fields_ = ['co_name', 'co_qualname', 'co_filename', 'co_firstlineno',
                          'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount',
                          'co_flags', 'co_code[*]', 'co_consts[*]', 'co_names[*]',
                          'co_varnames[*]', 'co_cellvars[*]', 'co_freevars[*]',
                          'co_nlocals', 'co_stacksize', 'co_positions[*]']

    def __init__(self, co_name, co_qualname, co_filename, co_firstlineno,
                 co_argcount, co_posonlyargcount, co_kwonlyargcount, co_flags,
                 co_code, co_consts, co_names, co_varnames, co_cellvars, co_freevars,
                 co_stacksize, co_positions):
        self.co_name = co_name
        self.co_qualname = co_qualname
        self.co_filename = co_filename
        self.co_firstlineno = co_firstlineno
        self.co_argcount = co_argcount
        self.co_posonlyargcount = co_posonlyargcount
        self.co_kwonlyargcount = co_kwonlyargcount
        self.co_flags = co_flags
        self.co_code = co_code
        self.co_consts = co_consts
        self.co_names = co_names
        self.co_varnames = co_varnames
        self.co_cellvars = co_cellvars
        self.co_freevars = co_freevars
        self.co_nlocals = len(co_varnames)
        self.co_stacksize = co_stacksize
        self.co_positions = co_positions

    def lineno_at(self, pc):
        """Source line of the instruction at pc (falls back to co_firstlineno)."""
        i = 2 * pc
        if 0 <= i < len(self.co_positions) and self.co_positions[i] > 0:
            return self.co_positions[i]
        return self.co_firstlineno
