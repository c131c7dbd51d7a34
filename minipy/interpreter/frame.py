"""Frame state: fast locals and value stack (one array), cells, block stack, pc,
globals/locals. The handlers of eval.py operate on this state.

values_w holds the fast locals in its first w_code.nlocals items and the value stack
after them; sp is an index into values_w (the stack is empty when sp == nlocals). One
array rather than two saves an allocation per call, which matters most in the STM
build, where Boehm's allocations are many times the cost of incminimark's."""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from minipy.objects.functionobject import W_Cell
from minipy.objects.exceptions import oefmt, w_SystemError
from minipy.concurrency.stm import barriers
from minipy.concurrency import stmcontrol

SETUP_FINALLY_BLOCK = 0
EXCEPT_HANDLER_BLOCK = 1


class Block(object):
    _immutable_fields_ = ['kind', 'handler', 'level']

    def __init__(self, kind, handler, level):
        self.kind = kind
        self.handler = handler
        self.level = level


class FrameState(object):
    # the JIT's virtualizable fields are declared on PyFrame (eval.py): the class that has them
    stm_stamp = 0      # STM build: stamp of the transaction that created the frame

    def __init__(self, w_code, w_globals, w_locals, w_builtins):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.w_code = w_code
        self.w_globals = w_globals
        self.w_locals = w_locals
        self.w_builtins = w_builtins
        if w_code.ncells:
            self.cells = [None] * (w_code.ncells + w_code.nfree)
        else:
            self.cells = None       # or the closure's list (calls.init_cells)
        self.values_w = [None] * (w_code.nlocals + w_code.stacksize + 2)
        self.sp = w_code.nlocals
        self.pc = 0
        self.blocks = None
        self.w_generator = None
        self.w_result = None
        self.f_backref = jit.vref_None     # the caller's frame (calls.execute_frame)
        self.yielded = False
        if barriers.ENABLED:
            self.stm_stamp = stmcontrol.new_frame_stamp()

    # the asserts tell the JIT the indexes are non-negative: required for the
    # virtualizable array (values_w) of PyFrame
    def push(self, w_obj):
        sp = self.sp
        assert sp >= 0
        self.values_w[sp] = w_obj
        self.sp = sp + 1

    def pop(self):
        sp = self.sp - 1
        assert sp >= 0
        w = self.values_w[sp]
        self.values_w[sp] = None
        self.sp = sp
        return w

    def top(self):
        sp = self.sp - 1
        assert sp >= 0
        return self.values_w[sp]

    def peek(self, n):
        """n=1 is the top."""
        i = self.sp - n
        assert i >= 0
        return self.values_w[i]

    def settop(self, w_obj):
        sp = self.sp - 1
        assert sp >= 0
        self.values_w[sp] = w_obj

    @specialize.call_location()     # a new list for each use: a tuple's is fixed-size
    @jit.unroll_safe
    def popn(self, n):
        """The top n values as a new list (bottom first), popped."""
        res = [None] * n
        base = self.sp - n
        assert base >= 0
        for i in range(n):
            res[i] = self.values_w[base + i]
            self.values_w[base + i] = None
        self.sp = base
        return res

    @jit.unroll_safe
    def drop_to(self, level):
        while self.sp > level:
            self.pop()

    def push_block(self, kind, handler, level):
        if self.blocks is None:
            self.blocks = []
        self.blocks.append(Block(kind, handler, level))

    def pop_block(self):
        if self.blocks is None or len(self.blocks) == 0:
            raise oefmt(w_SystemError, 'XXX block stack underflow')
        return self.blocks.pop()

    def has_blocks(self):
        return self.blocks is not None and len(self.blocks) > 0

    def lineno(self):
        pc = self.pc
        return self.w_code.code.lineno_at(pc)
