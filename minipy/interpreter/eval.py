"""The eval loop: PyFrame.run() executes bytecode (CPython 3.9 opcode semantics, see
minipy/compiler/opcodes.py) with one handler method per opcode, named after it. A
handler gets (arg, next_pc) and returns the pc to continue at; RETURN_VALUE and
YIELD_VALUE return the negative markers PC_RETURN / PC_YIELD."""
from rpython.rlib import jit
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.rstackovf import StackOverflow
from rpython.rlib.objectmodel import we_are_translated, always_inline, specialize
from rpython.tool.sourcetools import func_with_new_name
from minipy.compiler import opcodes
from minipy.objects.root import W_Root, OperationError
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.maps import W_Instance
from minipy.objects import strbuilding
from minipy.objects.noneobject import w_None, W_NoneObject
from minipy.objects.intobject import W_IntObject, wrap_int, wrap_bool, w_True, w_False
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject, name_lookup
from minipy.objects.setobject import W_SetObject
from minipy.objects.rangeobject import W_SliceObject
from minipy.objects.descriptors import W_Super
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import (W_Function, W_Method, W_BuiltinFunction,
                                           W_Cell, W_Code, Args)
from minipy.objects import iterators as it
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt, W_ExceptionObject, W_Traceback
from minipy.interpreter.frame import FrameState, SETUP_FINALLY_BLOCK, EXCEPT_HANDLER_BLOCK
from minipy.interpreter import ops, arith, attrcache, calls, globalcache, superinstructions
from minipy.interpreter import matching
from minipy.interpreter.executioncontext import get_ec
from minipy import jitoptions
from minipy.concurrency import gil, stmcontrol
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.transaction import TransactionAbort

PC_RETURN = -1
PC_YIELD = -2


def get_location(pc, code):
    return '%s #%d' % (code.co_name, pc)


jitdriver = jit.JitDriver(greens=['pc', 'code'], reds=['frame'], is_recursive=True,
                          virtualizables=['frame'], get_printable_location=get_location)

# (opcode, handler name) of every opcode; the loop compares op with each, which RPython
# merges into one C switch
_ORDER = []
for _i in range(256):
    _n = opcodes.OPNAMES[_i]
    if _n is not None:
        _ORDER.append((_i, _n))
HANDLERS = unrolling_iterable(_ORDER)

BINOP_OF = {}
for _name, _op in [('ADD', arith.ADD), ('SUBTRACT', arith.SUB), ('MULTIPLY', arith.MUL),
                   ('TRUE_DIVIDE', arith.TRUEDIV), ('FLOOR_DIVIDE', arith.FLOORDIV),
                   ('MODULO', arith.MOD), ('POWER', arith.POW), ('LSHIFT', arith.LSHIFT),
                   ('RSHIFT', arith.RSHIFT), ('AND', arith.AND), ('OR', arith.OR),
                   ('XOR', arith.XOR), ('MATRIX_MULTIPLY', arith.MATMUL)]:
    BINOP_OF[_name] = _op


@jit.elidable
def _keyword_name(w_names, k):
    """Keyword k of a call's constant tuple of keyword names: elidable, so that in a JIT
    trace the names are constants and calls._bind_fast finds their parameters at trace
    time (a tuple's items are not immutable fields the optimizer could read)."""
    w_name = w_names.items_w[k]
    assert isinstance(w_name, W_StrObject)
    return w_name.utf8


def _pc_unread(op):
    """Whether the instruction runs no code that could read its frame's pc (a traceback
    through the frame, f_lineno, a thread switch): in a trace, such an instruction skips
    the write of `frame.pc` (an inlined call's frame is an object whose every field write
    the tracer records; a sixth of an inlined call's recorded operations were pc and sp
    writes). If it raises, run() writes the pc before handling the exception. `op` is a
    constant in a trace, so this folds away."""
    return (op == opcodes.LOAD_FAST or op == opcodes.STORE_FAST or
            op == opcodes.LOAD_FAST_ACCUM or op == opcodes.LOAD_FAST_SETTLE or
            op == opcodes.LOAD_CONST or op == opcodes.POP_TOP or op == opcodes.ROT_TWO or
            op == opcodes.ROT_THREE or op == opcodes.DUP_TOP or op == opcodes.NOP)


class Return(Exception):
    pass


class PyFrame(FrameState):
    _virtualizable_ = ['pc', 'sp', 'values_w[*]']

    # ------------------------------------------------------------ the loop
    def run(self):
        """Run from self.pc until a return or yield; returns the value."""
        if barriers.ENABLED:
            return self.run_stm()
        pc = self.pc
        code = self.w_code
        while True:
            jitdriver.jit_merge_point(pc=pc, code=code, frame=self)
            op = code.instrs[pc]
            arg = code.instrs[pc + 1]
            if not (jit.we_are_jitted() and _pc_unread(op)):
                self.pc = pc
            backward = False
            try:
                if jitoptions.HAVE_JIT:
                    # the JIT's code writer takes at most 256 constants into a function's
                    # jitcode: the switch of every handler must stay out of the portal
                    newpc = self.dispatch(op, arg, pc + 2)
                else:
                    # builds without the JIT: the switch is written out in the loop (as in
                    # run_stm), and no call per instruction is left
                    for num, name in HANDLERS:
                        if op == num:
                            newpc = getattr(self, name)(arg, pc + 2)
                            break
                    else:
                        newpc = self.unknown_opcode(op)
                # a backward jump (`while True: pass` jumps to itself; loops also close
                # with POP_JUMP_IF_*): a loop for the JIT, a chance for the GIL to change
                # hands, and Ctrl-C raises KeyboardInterrupt here, at this instruction
                if 0 <= newpc <= pc:
                    backward = True
                    gil.tick(get_ec())
            except OperationError as e:
                backward = False
                self._pc_if_unwritten(op, pc)
                newpc = self.handle_operation_error(e)
            except StackOverflow:
                self._pc_if_unwritten(op, pc)
                e = oefmt(ex.w_RecursionError, 'maximum recursion depth exceeded')
                newpc = self.handle_operation_error(e)
            except MemoryError:
                self._pc_if_unwritten(op, pc)
                e = ex.operr_noargs(ex.w_MemoryError)
                newpc = self.handle_operation_error(e)
            if newpc < 0:
                return self.w_result
            pc = newpc
            if backward:
                jitdriver.can_enter_jit(pc=pc, code=code, frame=self)

    @always_inline
    def _pc_if_unwritten(self, op, pc):
        """The pc of an instruction that raised, where the loop skipped its write (see
        _pc_unread). Elsewhere the handler's own pc stands: a superinstruction's second
        half sets the pc of that half."""
        if jit.we_are_jitted() and _pc_unread(op):
            self.pc = pc

    def run_stm(self):
        """The STM build's loop (no JIT): run() plus transaction control -- cuts at
        boundaries, commit when this frame is left while it is the transaction's start
        frame, and roll-back when a TransactionAbort reaches the start frame (see
        minipy/concurrency/stmcontrol.py)."""
        ec = get_ec()
        instrs = self.w_code.instrs      # loaded once, not per instruction
        while True:
            try:
                if ec.stm_boundary:
                    stmcontrol.boundary(self, ec)
                pc = self.pc
                op = instrs[pc]
                arg = instrs[pc + 1]
                try:
                    for num, name in HANDLERS:      # the dispatch (see run)
                        if op == num:
                            newpc = getattr(self, name)(arg, pc + 2)
                            break
                    else:
                        newpc = self.unknown_opcode(op)
                    if 0 <= newpc <= pc:
                        gil.tick(ec)
                except OperationError as e:
                    newpc = self.handle_operation_error(e)
                except StackOverflow:
                    e = oefmt(ex.w_RecursionError, 'maximum recursion depth exceeded')
                    newpc = self.handle_operation_error(e)
                except MemoryError:
                    e = ex.operr_noargs(ex.w_MemoryError)
                    newpc = self.handle_operation_error(e)
                if newpc < 0:
                    stmcontrol.leave_frame(self, ec)
                    return self.w_result
                self.pc = newpc
            except TransactionAbort:
                if ec.stm_frame is not self:
                    raise
                stmcontrol.restart(self, ec)
            except OperationError as e:
                # leaving the frame with an exception
                if ec.stm_frame is self and not self._stm_leave_raising(ec):
                    continue
                raise e

    def _stm_leave_raising(self, ec):
        """The start frame raises out: commit first. False when the commit lost: the
        frame was rolled back and its loop goes on from the snapshot."""
        try:
            stmcontrol.leave_frame(self, ec)
        except TransactionAbort:
            stmcontrol.restart(self, ec)
            return False
        return True

    def dispatch(self, op, arg, next_pc):
        """One instruction, for the JIT build's run()."""
        for num, name in HANDLERS:
            if op == num:
                return getattr(self, name)(arg, next_pc)
        return self.unknown_opcode(op)

    def unknown_opcode(self, op):
        raise oefmt(ex.w_SystemError, 'unknown opcode %d' % op)

    def handle_operation_error(self, e):
        """Record the traceback entry, chain the context, find a handler in this
        frame (its pc), or re-raise out of the frame."""
        w_exc = e.w_value
        assert isinstance(w_exc, W_ExceptionObject)
        ec = get_ec()
        if not e.reraise:
            barriers.write(w_exc)
            w_handled = ec.w_handled
            if (w_handled is not None and w_exc.w_context is None and
                    w_handled is not w_exc):
                w_exc.w_context = w_handled
            w_exc.w_traceback = W_Traceback(self.w_code, self.lineno(), w_exc.w_traceback,
                                             self.pc)
        e.reraise = False
        while self.has_blocks():
            block = self.pop_block()
            if block.kind == EXCEPT_HANDLER_BLOCK:
                self.drop_to(block.level + 3)
                self.restore_exc_state()
                continue
            # SETUP_FINALLY: enter the handler
            self.drop_to(block.level)
            self.push_block(EXCEPT_HANDLER_BLOCK, -1, self.sp)
            w_old = ec.w_handled
            if w_old is None:
                self.push(w_None)
                self.push(w_None)
                self.push(w_None)
            else:
                self.push(tb_of(w_old))
                self.push(w_old)
                self.push(w_old.getclass())
            ec.w_handled = w_exc
            self.push(tb_of(w_exc))
            self.push(w_exc)
            self.push(w_exc.getclass())
            return block.handler
        raise e

    def restore_exc_state(self):
        self.pop()   # type
        w_value = self.pop()
        self.pop()   # traceback
        ec = get_ec()
        if w_value is w_None or w_value is None:
            ec.w_handled = None
        else:
            assert isinstance(w_value, W_ExceptionObject)
            ec.w_handled = w_value

    # ------------------------------------------------------------ helpers
    def getcode(self):
        """The frame's code: promoted, a constant in a trace (names, consts fold)."""
        return jit.promote(self.w_code)

    def const(self, i):
        return self.getcode().consts_w[i]

    def name(self, i):
        return self.getcode().code.co_names[i]

    # ------------------------------------------------------------ stack ops
    def NOP(self, arg, pc):
        return pc

    def POP_TOP(self, arg, pc):
        self.pop()
        return pc

    def ROT_TWO(self, arg, pc):
        w1 = self.pop()
        w2 = self.pop()
        self.push(w1)
        self.push(w2)
        return pc

    def ROT_THREE(self, arg, pc):
        w1 = self.pop()
        w2 = self.pop()
        w3 = self.pop()
        self.push(w1)
        self.push(w3)
        self.push(w2)
        return pc

    def ROT_FOUR(self, arg, pc):
        w1 = self.pop()
        w2 = self.pop()
        w3 = self.pop()
        w4 = self.pop()
        self.push(w1)
        self.push(w4)
        self.push(w3)
        self.push(w2)
        return pc

    def DUP_TOP(self, arg, pc):
        self.push(self.top())
        return pc

    def DUP_TOP_TWO(self, arg, pc):
        w1 = self.peek(1)
        w2 = self.peek(2)
        self.push(w2)
        self.push(w1)
        return pc

    # ------------------------------------------------------------ loads/stores
    def LOAD_CONST(self, arg, pc):
        self.push(self.getcode().consts_w[arg])
        return pc

    def LOAD_FAST(self, arg, pc):
        self.push(self._fast_local(arg))
        return pc

    def LOAD_FAST_ACCUM(self, arg, pc):
        """LOAD_FAST of the target of `name += value`: a str being built stays so."""
        self.push(self._fast_local(arg))
        return pc

    def LOAD_FAST_SETTLE(self, arg, pc):
        """LOAD_FAST of a local that LOAD_FAST_ACCUM also loads (superinstructions.py): a
        str being built is made a str."""
        self.push(strbuilding.settled(self._fast_local(arg)))
        return pc

    @always_inline
    def _fast_local(self, arg):
        assert arg >= 0      # the JIT: values_w is a virtualizable array
        w = self.values_w[arg]
        if w is None:
            raise oefmt(ex.w_UnboundLocalError,
                        "cannot access local variable '%s' where it is not associated with a value"
                        % self.w_code.code.co_varnames[arg])
        return w

    def STORE_FAST(self, arg, pc):
        assert arg >= 0
        self.values_w[arg] = self.pop()
        return pc

    def DELETE_FAST(self, arg, pc):
        assert arg >= 0
        if self.values_w[arg] is None:
            raise oefmt(ex.w_UnboundLocalError,
                        "cannot access local variable '%s' where it is not associated with a value"
                        % self.w_code.code.co_varnames[arg])
        self.values_w[arg] = None
        return pc

    def load_global(self, i):
        w_key = self.getcode().names_w[i]
        if not jit.we_are_jitted():
            w = globalcache.load_global(self.w_code, i, self.w_globals, self.w_builtins,
                                        w_key.utf8)
        else:
            w = name_lookup(jit.promote(self.w_globals), w_key.utf8)
            if w is None:
                w = name_lookup(jit.promote(self.w_builtins), w_key.utf8)
        if w is None:
            raise self.lookup_error(i)
        return w

    def lookup_error(self, i):
        """The error of a name found neither in the globals nor in the builtins: a
        NameError, or the TypeError of exec()'s `__builtins__` set to a non-dict (None)."""
        from minipy.builtins.evalexec import W_BuiltinsStandIn
        w_b = self.w_builtins
        if isinstance(w_b, W_BuiltinsStandIn):
            return oefmt(ex.w_TypeError, "'%s' object is not subscriptable" % w_b.typename)
        return self.name_error(i)

    def name_error(self, i):
        """NameError for names_w[i], with its name and where it was looked for (the
        "Did you mean" of its traceback, interpreter/suggestions.py)."""
        from minipy.interpreter.suggestions import NameScope
        w_exc = ex.W_ExceptionObject(ex.w_NameError, [wrap_str(
            "name '%s' is not defined" % self.name(i))])
        w_exc.setdictvalue('name', self.w_code.names_w[i])
        w_exc.name_scope = NameScope(self.w_code.code.co_varnames, self.w_globals,
                                     self.w_builtins)
        return OperationError(w_exc)

    def LOAD_GLOBAL(self, arg, pc):
        self.push(self.load_global(arg))
        return pc

    def STORE_GLOBAL(self, arg, pc):
        self.w_globals.setitem(self.w_code.names_w[arg], self.pop())
        return pc

    def DELETE_GLOBAL(self, arg, pc):
        if self.w_globals.delitem(self.w_code.names_w[arg]) is None:
            raise self.name_error(arg)
        return pc

    def LOAD_NAME(self, arg, pc):
        w_key = self.w_code.names_w[arg]
        w = None
        if self.w_locals is not None and self.w_locals is not self.w_globals:
            w = ops.getitem_or_null(self.w_locals, w_key)
        if w is None:
            w = name_lookup(jit.promote(self.w_globals), w_key.utf8)
            if w is None:
                w = name_lookup(jit.promote(self.w_builtins), w_key.utf8)
                if w is None:
                    raise self.lookup_error(arg)
        self.push(w)
        return pc

    def STORE_NAME(self, arg, pc):
        w_key = self.w_code.names_w[arg]
        w_v = self.pop()
        if self.w_locals is None:
            self.w_globals.setitem(w_key, w_v)
        else:
            ops.setitem(self.w_locals, w_key, w_v)
        return pc

    def DELETE_NAME(self, arg, pc):
        w_key = self.w_code.names_w[arg]
        w_ns = self.w_locals
        if w_ns is None:
            w_ns = self.w_globals
        try:
            ops.delitem(w_ns, w_key)
        except OperationError as e:
            raise self.name_error(arg)
        return pc

    def cell_name(self, i):
        code = self.w_code.code
        if i < len(code.co_cellvars):
            return code.co_cellvars[i]
        return code.co_freevars[i - len(code.co_cellvars)]

    def LOAD_DEREF(self, arg, pc):
        w = self.cells[arg].get()
        if w is None:
            if arg < len(self.w_code.code.co_cellvars):
                raise oefmt(ex.w_UnboundLocalError,
                            "cannot access local variable '%s' where it is not associated with a value"
                            % self.cell_name(arg))
            raise oefmt(ex.w_NameError,
                        "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
                        % self.cell_name(arg))
        self.push(w)
        return pc

    def LOAD_CLASSDEREF(self, arg, pc):
        name = self.cell_name(arg)
        if self.w_locals is not None:
            w = ops.getitem_or_null(self.w_locals, wrap_str(name))
            if w is not None:
                self.push(w)
                return pc
        return self.LOAD_DEREF(arg, pc)

    def STORE_DEREF(self, arg, pc):
        self.cells[arg].set(self.pop())
        return pc

    def DELETE_DEREF(self, arg, pc):
        self.cells[arg].set(None)
        return pc

    def LOAD_CLOSURE(self, arg, pc):
        self.push(self.cells[arg])
        return pc

    def LOAD_ATTR(self, arg, pc):
        w_obj = self.top()
        if jit.we_are_jitted():
            self.settop(ops.getattr_w(w_obj, self.name(arg)))
        else:
            self.settop(attrcache.load_attr(self.w_code, self.pc >> 1, w_obj, self.name(arg)))
        return pc

    def STORE_ATTR(self, arg, pc):
        w_obj = self.pop()
        w_value = self.pop()
        if jit.we_are_jitted():
            ops.setattr_w(w_obj, self.name(arg), w_value)
        else:
            attrcache.store_attr(self.w_code, self.pc >> 1, w_obj, self.name(arg), w_value)
        return pc

    def DELETE_ATTR(self, arg, pc):
        w_obj = self.pop()
        ops.delattr_w(w_obj, self.name(arg))
        return pc

    def LOAD_METHOD(self, arg, pc):
        w_obj = self.pop()
        name = self.name(arg)
        if not jit.we_are_jitted():
            if attrcache.load_method(self, self.pc >> 1, w_obj, name):
                return pc
        self._load_method(w_obj, name)
        return pc

    def _load_method(self, w_obj, name):
        """LOAD_METHOD's generic path."""
        if isinstance(w_obj, W_Instance) or not (isinstance(w_obj, W_TypeObject) or
                                                 isinstance(w_obj, W_Super) or
                                                 isinstance(w_obj, W_Module)):
            w_type = w_obj.getclass()
            w_descr = None
            if not w_type.has_custom_getattribute():
                w_descr = w_type.lookup(name)
            if w_descr is not None and (isinstance(w_descr, W_Function) or
                                        (isinstance(w_descr, W_BuiltinFunction) and w_descr.binds)):
                if not isinstance(w_obj, W_Instance) or w_obj.getdictvalue(name) is None:
                    self.push(w_descr)
                    self.push(w_obj)
                    return
        self.push(None)
        self.push(ops.getattr_w(w_obj, name))

    def CALL_METHOD(self, arg, pc):
        # the stack: method or None, self or the callable, the arg arguments
        w_meth = self.peek(arg + 2)
        if w_meth is None:
            if self.call_simple(self.peek(arg + 1), arg, arg + 2):
                return pc
        elif self.call_simple(w_meth, arg + 1, arg + 2):
            return pc
        if w_meth is None:
            args_w = self.popn(arg)
            w_callable = self.pop()
            self.pop()
            self.push(ops.call_function(w_callable, args_w))
        else:
            args_w = self.popn(arg + 1)     # self and the arguments
            self.pop()
            self.push(ops.call_function(w_meth, args_w))
        return pc

    def call_simple(self, w_callable, nargs, ndrop):
        """The most common call: a Python function, or a method bound to one, with nargs
        positional arguments (the top of the stack) that fill its parameters, defaults
        included. The arguments go from this stack straight into the new frame's locals,
        without an argument list, an `Args` or, for a method, a second list with self in
        front (in a trace each of those was an allocation and a copy for the tracer to
        record and the optimizer to remove); then ndrop values are popped and the result
        pushed. False, with nothing done, for any other call."""
        w_self = None
        if isinstance(w_callable, W_Method):
            w_self = w_callable.w_self
            w_callable = w_callable.w_func
        elif isinstance(w_callable, W_TypeObject):
            return self.instantiate_simple(w_callable, nargs, ndrop)
        if not isinstance(w_callable, W_Function):
            return False
        w_func = w_callable
        w_code = jit.promote(w_func.w_code)      # as calls.call_function_obj
        first = 0
        if w_self is not None:
            first = 1
        if not calls.takes_positionally(w_func, w_code, nargs + first):
            return False
        self.push(self._run_simple(w_func, w_code, w_self, nargs, ndrop))
        return True

    @always_inline      # into both callers: a Python call takes no C frame more for it
    @jit.unroll_safe    # nargs and ndrop are the instruction's argument: constants in a trace
    def _run_simple(self, w_func, w_code, w_self, nargs, ndrop):
        """Run w_func (whose code is w_code) with w_self, when not None, and the top nargs
        values of this stack as its first parameters and its defaults for the rest
        (takes_positionally said they fit), after popping ndrop values; its result."""
        first = 0
        if w_self is not None:
            first = 1
        frame = calls.new_frame(w_func, w_code)
        if w_self is not None:
            frame.values_w[0] = w_self
        base = self.sp - nargs
        assert base >= 0
        for k in range(nargs):
            i = first + k
            assert i >= 0
            frame.values_w[i] = self.values_w[base + k]
        calls.fill_defaults(w_func, w_code, nargs + first, frame)
        for k in range(ndrop):
            self.pop()
        return calls.start_frame(frame, w_func)

    def instantiate_simple(self, w_t, nargs, ndrop):
        """call_simple for a class whose call is object.__new__ then a Python __init__
        taking the nargs arguments positionally (typecall.simple_init): the instance is
        made here and the arguments go from this stack into __init__'s frame, after the
        instance, as for a method (in a trace, type_call's `Args`, argument list and copy
        with the instance in front were a fifth of what an instantiation recorded).
        False, with nothing done, for any other class or call."""
        from minipy.builtins import typecall
        w_t = jit.promote(w_t)
        w_init = typecall.simple_init(w_t)
        if w_init is None:
            return False
        w_code = jit.promote(w_init.w_code)
        if not calls.takes_positionally(w_init, w_code, nargs + 1):
            return False
        w_inst = typecall.new_instance(w_t)
        w_res = self._run_simple(w_init, w_code, w_inst, nargs, ndrop)
        if w_res is not w_None:
            raise oefmt(ex.w_TypeError, "__init__() should return None, not '%s'"
                        % ops.typename(w_res))
        self.push(w_inst)
        return True

    def LOAD_BUILD_CLASS(self, arg, pc):
        w = self.w_builtins.getitem(wrap_str('__build_class__'))
        self.push(w)
        return pc

    def LOAD_ASSERTION_ERROR(self, arg, pc):
        self.push(ex.w_AssertionError)
        return pc

    # ------------------------------------------------------------ operators
    # _binop and _inplace are inlined into each handler, where `op` is a constant: two
    # ints or two floats are then computed by the one operation the handler stands for
    # (arith.float_binop_inline is inlined too). They are tested here, before the call to
    # ops.binop: that function can reach Python code (__add__), so it is on a cycle of
    # the call graph and RPython puts a stack check at its start: 7.7% of the STM build's
    # time on primes.py (perf) when ints went through it.
    @always_inline
    def _arith_fast(self, op, w_a, w_b):
        """w_a op w_b for two ints or two floats, or None."""
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            if arith.is_bool_op(op, w_a, w_b):     # (folded away but for &, |, ^)
                return arith.bool_binop(op, w_a, w_b)
            return arith.int_binop(op, w_a.intval, w_b.intval)
        if type(w_a) is W_FloatObject and type(w_b) is W_FloatObject:
            return arith.float_binop_inline(op, w_a.floatval, w_b.floatval)
        return None

    @always_inline
    def _binop(self, op):
        w_b = self.pop()
        w_a = self.top()
        w_res = self._arith_fast(op, w_a, w_b)
        if w_res is None:
            w_res = ops.binop(op, w_a, w_b)
        self.settop(w_res)

    @always_inline
    def _inplace(self, op):
        w_b = self.pop()
        w_a = self.top()
        w_res = self._arith_fast(op, w_a, w_b)
        if w_res is None:
            w_res = ops.inplace_binop(op, w_a, w_b)
        self.settop(w_res)

    def BINARY_ADD(self, arg, pc):
        self._binop(arith.ADD)
        return pc

    def BINARY_SUBTRACT(self, arg, pc):
        self._binop(arith.SUB)
        return pc

    def BINARY_MULTIPLY(self, arg, pc):
        self._binop(arith.MUL)
        return pc

    def BINARY_TRUE_DIVIDE(self, arg, pc):
        self._binop(arith.TRUEDIV)
        return pc

    def BINARY_FLOOR_DIVIDE(self, arg, pc):
        self._binop(arith.FLOORDIV)
        return pc

    def BINARY_MODULO(self, arg, pc):
        self._binop(arith.MOD)
        return pc

    def BINARY_POWER(self, arg, pc):
        self._binop(arith.POW)
        return pc

    def BINARY_LSHIFT(self, arg, pc):
        self._binop(arith.LSHIFT)
        return pc

    def BINARY_RSHIFT(self, arg, pc):
        self._binop(arith.RSHIFT)
        return pc

    def BINARY_AND(self, arg, pc):
        self._binop(arith.AND)
        return pc

    def BINARY_OR(self, arg, pc):
        self._binop(arith.OR)
        return pc

    def BINARY_XOR(self, arg, pc):
        self._binop(arith.XOR)
        return pc

    def BINARY_MATRIX_MULTIPLY(self, arg, pc):
        self._binop(arith.MATMUL)
        return pc

    def INPLACE_ADD(self, arg, pc):
        self._inplace(arith.ADD)
        return pc

    def INPLACE_ADD_ACCUM(self, arg, pc):
        """INPLACE_ADD into a fast local (see LOAD_FAST_ACCUM): a str grows in a builder."""
        w_b = self.pop()
        w_a = self.top()
        w_res = self._arith_fast(arith.ADD, w_a, w_b)
        if w_res is None:
            w_res = strbuilding.accumulate(w_a, w_b)
            if w_res is None:
                w_res = ops.inplace_binop(arith.ADD, strbuilding.settled(w_a), w_b)
        self.settop(w_res)
        return pc

    def INPLACE_SUBTRACT(self, arg, pc):
        self._inplace(arith.SUB)
        return pc

    def INPLACE_MULTIPLY(self, arg, pc):
        self._inplace(arith.MUL)
        return pc

    def INPLACE_TRUE_DIVIDE(self, arg, pc):
        self._inplace(arith.TRUEDIV)
        return pc

    def INPLACE_FLOOR_DIVIDE(self, arg, pc):
        self._inplace(arith.FLOORDIV)
        return pc

    def INPLACE_MODULO(self, arg, pc):
        self._inplace(arith.MOD)
        return pc

    def INPLACE_POWER(self, arg, pc):
        self._inplace(arith.POW)
        return pc

    def INPLACE_LSHIFT(self, arg, pc):
        self._inplace(arith.LSHIFT)
        return pc

    def INPLACE_RSHIFT(self, arg, pc):
        self._inplace(arith.RSHIFT)
        return pc

    def INPLACE_AND(self, arg, pc):
        self._inplace(arith.AND)
        return pc

    def INPLACE_OR(self, arg, pc):
        self._inplace(arith.OR)
        return pc

    def INPLACE_XOR(self, arg, pc):
        self._inplace(arith.XOR)
        return pc

    def INPLACE_MATRIX_MULTIPLY(self, arg, pc):
        self._inplace(arith.MATMUL)
        return pc

    def UNARY_POSITIVE(self, arg, pc):
        self.settop(ops.unary_pos(self.top()))
        return pc

    def UNARY_NEGATIVE(self, arg, pc):
        self.settop(ops.unary_neg(self.top()))
        return pc

    def UNARY_NOT(self, arg, pc):
        self.settop(wrap_bool(not ops.is_true(self.top())))
        return pc

    def UNARY_INVERT(self, arg, pc):
        self.settop(ops.unary_invert(self.top()))
        return pc

    def COMPARE_OP(self, arg, pc):
        w_b = self.pop()
        w_a = self.top()
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
            # before the call, as in _binop: ops.compare has a stack check
            self.settop(wrap_bool(ops.int_cmp(w_a.intval, w_b.intval, arg)))
        else:
            self.settop(ops.compare(w_a, w_b, arg))
        return pc

    def IS_OP(self, arg, pc):
        w_b = self.pop()
        w_a = self.top()
        res = ops.is_w(w_a, w_b)
        if arg:
            res = not res
        self.settop(wrap_bool(res))
        return pc

    def CONTAINS_OP(self, arg, pc):
        w_b = self.pop()
        w_a = self.top()
        res = ops.contains(w_b, w_a)
        if arg:
            res = not res
        self.settop(wrap_bool(res))
        return pc

    def BINARY_SUBSCR(self, arg, pc):
        w_key = self.pop()
        w_obj = self.top()
        self.settop(ops.getitem(w_obj, w_key))
        return pc

    def STORE_SUBSCR(self, arg, pc):
        w_key = self.pop()
        w_obj = self.pop()
        w_value = self.pop()
        ops.setitem(w_obj, w_key, w_value)
        return pc

    def DELETE_SUBSCR(self, arg, pc):
        w_key = self.pop()
        w_obj = self.pop()
        ops.delitem(w_obj, w_key)
        return pc

    # ------------------------------------------------------------ building
    def BUILD_TUPLE(self, arg, pc):
        self.push(wrap_tuple(self.popn(arg)))
        return pc

    def BUILD_LIST(self, arg, pc):
        self.push(W_ListObject(self.popn(arg)))
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def BUILD_SET(self, arg, pc):
        items_w = self.popn(arg)
        w_set = W_SetObject()
        for w_x in items_w:
            w_set.add(w_x)
        self.push(w_set)
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def BUILD_MAP(self, arg, pc):
        items_w = self.popn(2 * arg)
        w_d = W_DictObject()
        for i in range(arg):
            w_d.setitem(items_w[2 * i], items_w[2 * i + 1])
        self.push(w_d)
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def BUILD_CONST_KEY_MAP(self, arg, pc):
        w_keys = self.pop()
        assert isinstance(w_keys, W_TupleObject)
        values_w = self.popn(arg)
        w_d = W_DictObject()
        for i in range(arg):
            w_d.setitem(w_keys.items_w[i], values_w[i])
        self.push(w_d)
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def BUILD_STRING(self, arg, pc):
        items_w = self.popn(arg)
        parts = []
        length = 0
        for w_s in items_w:
            assert isinstance(w_s, W_StrObject)
            parts.append(w_s.utf8)
            length += w_s.length
        self.push(W_StrObject(''.join(parts), length))
        return pc

    def BUILD_SLICE(self, arg, pc):
        if arg == 3:
            w_step = self.pop()
        else:
            w_step = w_None
        w_stop = self.pop()
        w_start = self.pop()
        self.push(W_SliceObject(w_start, w_stop, w_step))
        return pc

    def LIST_APPEND(self, arg, pc):
        w_v = self.pop()
        w_list = self.peek(arg)
        assert isinstance(w_list, W_ListObject)
        w_list.append(w_v)
        return pc

    def SET_ADD(self, arg, pc):
        w_v = self.pop()
        w_set = self.peek(arg)
        assert isinstance(w_set, W_SetObject)
        w_set.add(w_v)
        return pc

    def MAP_ADD(self, arg, pc):
        w_value = self.pop()
        w_key = self.pop()
        w_d = self.peek(arg)
        assert isinstance(w_d, W_DictObject)
        w_d.setitem(w_key, w_value)
        return pc

    def LIST_EXTEND(self, arg, pc):
        w_iterable = self.pop()
        w_list = self.peek(arg)
        assert isinstance(w_list, W_ListObject)
        try:
            items = ops.unpack_iterable(w_iterable)
        except OperationError as e:
            if ops.isinstance_w(e.w_value, ex.w_TypeError) and \
                    not ops.has_iter(w_iterable):
                raise oefmt(ex.w_TypeError, "Value after * must be an iterable, not %s"
                            % ops.typename(w_iterable))
            raise
        for w_x in items:
            w_list.append(w_x)
        return pc

    def LIST_TO_TUPLE(self, arg, pc):
        w_list = self.pop()
        assert isinstance(w_list, W_ListObject)
        self.push(wrap_tuple(w_list.getitems_fixed()))
        return pc

    def SET_UPDATE(self, arg, pc):
        w_iterable = self.pop()
        w_set = self.peek(arg)
        assert isinstance(w_set, W_SetObject)
        from minipy.builtins import setmethods
        setmethods.update_internal(w_set, w_iterable)
        return pc

    def DICT_UPDATE(self, arg, pc):
        w_other = self.pop()
        w_d = self.peek(arg)
        assert isinstance(w_d, W_DictObject)
        from minipy.builtins import dictmethods
        if not ops.is_mapping(w_other):
            raise oefmt(ex.w_TypeError, "'%s' object is not a mapping" % ops.typename(w_other))
        dictmethods.update_from(w_d, w_other)
        return pc

    def DICT_MERGE(self, arg, pc):
        w_other = self.pop()
        w_d = self.peek(arg)
        assert isinstance(w_d, W_DictObject)
        if not ops.is_mapping(w_other):
            w_func = self.peek(arg + 2)
            raise oefmt(ex.w_TypeError, "%s argument after ** must be a mapping, not %s"
                        % (ops.func_display_name(w_func), ops.typename(w_other)))
        w_keys = ops.call_method(w_other, 'keys', [])
        for w_k in ops.unpack_iterable(w_keys):
            if w_d.getitem(w_k) is not None:
                w_func = self.peek(arg + 2)
                raise oefmt(ex.w_TypeError, "%s got multiple values for keyword argument '%s'"
                            % (ops.func_display_name(w_func), ops.str_utf8(w_k)))
            w_d.setitem(w_k, ops.getitem(w_other, w_k))
        return pc

    def UNPACK_SEQUENCE(self, arg, pc):
        w_seq = self.pop()
        if isinstance(w_seq, W_TupleObject):
            self._push_unpacked(w_seq.items_w, arg)
        elif isinstance(w_seq, W_ListObject):
            self._push_unpacked(w_seq.getitems_copy(), arg)
        else:
            self._push_unpacked(ops.unpack_for_assign(w_seq, arg), arg)
        return pc

    @specialize.call_location()     # a tuple's items and a list's are lists of two kinds
    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def _push_unpacked(self, items_w, arg):
        if len(items_w) != arg:
            if len(items_w) < arg:
                raise oefmt(ex.w_ValueError, "not enough values to unpack (expected %d, got %d)"
                            % (arg, len(items_w)))
            raise oefmt(ex.w_ValueError, "too many values to unpack (expected %d)" % arg)
        i = arg - 1
        while i >= 0:
            self.push(items_w[i])
            i -= 1

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def UNPACK_EX(self, arg, pc):
        before = arg & 0xFF
        after = arg >> 8
        w_seq = self.pop()
        items_w = ops.unpack_iterable_star(w_seq)
        if len(items_w) < before + after:
            raise oefmt(ex.w_ValueError,
                        "not enough values to unpack (expected at least %d, got %d)"
                        % (before + after, len(items_w)))
        n = len(items_w)
        i = n - 1
        while i >= n - after:
            self.push(items_w[i])
            i -= 1
        mid = n - after
        assert mid >= before
        assert mid >= 0
        self.push(W_ListObject(items_w[before:mid]))
        i = before - 1
        while i >= 0:
            self.push(items_w[i])
            i -= 1
        return pc

    # ------------------------------------------------------------ match statement
    # (their runtime is in matching.py; the compiler's use of them in codegen.py)
    def GET_LEN(self, arg, pc):
        self.push(wrap_int(ops.len_w(self.top())))
        return pc

    def MATCH_MAPPING(self, arg, pc):
        self.push(wrap_bool(matching.is_mapping(self.top())))
        return pc

    def MATCH_SEQUENCE(self, arg, pc):
        self.push(wrap_bool(matching.is_sequence(self.top())))
        return pc

    def MATCH_KEYS(self, arg, pc):
        w_values = matching.match_keys(self.peek(2), self.top())
        if w_values is None:
            self.push(w_None)
            self.push(w_False)
        else:
            self.push(w_values)
            self.push(w_True)
        return pc

    def COPY_DICT_WITHOUT_KEYS(self, arg, pc):
        self.settop(matching.copy_without_keys(self.peek(2), self.top()))
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def ROT_N(self, arg, pc):
        w_top = self.pop()
        items_w = self.popn(arg - 1)
        self.push(w_top)
        for w_item in items_w:
            self.push(w_item)
        return pc

    def MATCH_CLASS(self, arg, pc):
        w_names = self.pop()
        w_type = self.pop()
        w_subject = self.pop()
        w_attrs = matching.match_class(w_subject, w_type, arg, w_names)
        if w_attrs is None:
            self.push(w_None)
            self.push(w_False)
        else:
            self.push(w_attrs)
            self.push(w_True)
        return pc

    # ------------------------------------------------------------ control flow
    def JUMP_FORWARD(self, arg, pc):
        return pc + arg

    def JUMP_ABSOLUTE(self, arg, pc):
        return arg

    def POP_JUMP_IF_FALSE(self, arg, pc):
        w = self.pop()
        if w is w_True:
            return pc
        if w is w_False:
            return arg
        if ops.is_true(w):
            return pc
        return arg

    def POP_JUMP_IF_TRUE(self, arg, pc):
        w = self.pop()
        if w is w_True:
            return arg
        if w is w_False:
            return pc
        if ops.is_true(w):
            return arg
        return pc

    def JUMP_IF_FALSE_OR_POP(self, arg, pc):
        if not ops.is_true(self.top()):
            return arg
        self.pop()
        return pc

    def JUMP_IF_TRUE_OR_POP(self, arg, pc):
        if ops.is_true(self.top()):
            return arg
        self.pop()
        return pc

    def GET_ITER(self, arg, pc):
        self.settop(ops.iter_w(self.top()))
        return pc

    def GET_YIELD_FROM_ITER(self, arg, pc):
        from minipy.objects.generator import W_Generator
        w = self.top()
        if not isinstance(w, W_Generator):
            self.settop(ops.iter_w(w))
        return pc

    def FOR_ITER(self, arg, pc):
        w_iter = self.top()
        w_x = ops.next_w(w_iter)
        if w_x is None:
            self.pop()
            return pc + arg
        self.push(w_x)
        return pc

    def SETUP_FINALLY(self, arg, pc):
        self.push_block(SETUP_FINALLY_BLOCK, pc + arg, self.sp)
        return pc

    def POP_BLOCK(self, arg, pc):
        self.pop_block()
        return pc

    def POP_EXCEPT(self, arg, pc):
        block = self.pop_block()
        if block.kind != EXCEPT_HANDLER_BLOCK:
            raise oefmt(ex.w_SystemError, 'popped block is not an except handler')
        self.restore_exc_state()
        return pc

    def RERAISE(self, arg, pc):
        self.pop()
        w_value = self.pop()
        self.pop()
        e = OperationError(w_value)
        e.reraise = True
        raise e

    def JUMP_IF_NOT_EXC_MATCH(self, arg, pc):
        w_right = self.pop()
        w_left = self.pop()
        if not ops.exception_match(w_left, w_right):
            return arg
        return pc

    def CHECK_EG_MATCH(self, arg, pc):
        from minipy.interpreter import exceptstar
        w_type = self.pop()
        exceptstar.check_star_type(w_type)
        res = exceptstar.eg_match(self.top(), w_type)
        w_match = res.w_match
        if w_match is None:
            return arg
        if not isinstance(w_match, W_ExceptionObject):      # a split() of a subclass
            raise oefmt(ex.w_TypeError, 'exceptions must derive from BaseException')
        self.settop(res.w_rest)
        self.push(w_match)
        get_ec().w_handled = w_match     # what a bare `raise` in the clause raises
        return pc

    def PREP_RERAISE_STAR(self, arg, pc):
        from minipy.interpreter import exceptstar
        w_list = self.pop()
        w_orig = self.pop()
        assert isinstance(w_list, W_ListObject)
        w_res = exceptstar.prep_reraise(w_orig, w_list.getitems_copy())
        if w_res is None:
            return pc
        if not isinstance(w_res, W_ExceptionObject):        # a split() of a subclass
            raise oefmt(ex.w_TypeError, 'exceptions must derive from BaseException')
        e = OperationError(w_res)
        e.reraise = True
        raise e

    def RAISE_VARARGS(self, arg, pc):
        from minipy.interpreter import raising
        if arg == 0:
            w_exc = get_ec().w_handled
            if w_exc is None:
                raise oefmt(ex.w_RuntimeError, 'No active exception to reraise')
            e = OperationError(w_exc)
            e.reraise = True
            raise e
        w_cause = None
        if arg == 2:
            w_cause = self.pop()
        w_exc = self.pop()
        raise raising.make_raise(w_exc, w_cause, arg == 2)

    def SETUP_WITH(self, arg, pc):
        w_mgr = self.pop()
        w_enter = ops.lookup_special(w_mgr, '__enter__')
        w_exit = ops.lookup_special(w_mgr, '__exit__')
        if w_enter is None:
            raise oefmt(ex.w_TypeError, "'%s' object does not support the context manager "
                        "protocol" % ops.typename(w_mgr))
        if w_exit is None:
            raise oefmt(ex.w_TypeError, "'%s' object does not support the context manager "
                        "protocol (missed __exit__ method)" % ops.typename(w_mgr))
        self.push(ops.bind(w_exit, w_mgr, w_mgr.getclass()))
        w_res = ops.call_function(ops.bind(w_enter, w_mgr, w_mgr.getclass()), [])
        self.push_block(SETUP_FINALLY_BLOCK, pc + arg, self.sp)
        self.push(w_res)
        return pc

    def WITH_EXCEPT_START(self, arg, pc):
        w_type = self.peek(1)
        w_val = self.peek(2)
        w_tb = self.peek(3)
        w_exit = self.peek(7)
        self.push(ops.call_function(w_exit, [w_type, w_val, w_tb]))
        return pc

    def RETURN_VALUE(self, arg, pc):
        self.w_result = self.pop()
        self.yielded = False
        return PC_RETURN

    def YIELD_VALUE(self, arg, pc):
        self.w_result = self.pop()
        self.pc = pc
        self.yielded = True
        return PC_YIELD

    def YIELD_FROM(self, arg, pc):
        from minipy.interpreter import generators
        w_value = self.pop()
        w_receiver = self.top()
        w_res = generators.yield_from_step(w_receiver, w_value)
        if w_res is None:
            # the sub-iterator finished: its return value replaces it
            self.settop(generators.take_return_value())
            return pc
        self.w_result = w_res
        self.pc = pc - 2      # re-run YIELD_FROM on resume
        self.yielded = True
        return PC_YIELD

    # ------------------------------------------------------------ calls
    def CALL_FUNCTION(self, arg, pc):
        if self.call_simple(self.peek(arg + 1), arg, arg + 1):
            return pc
        args_w = self.popn(arg)
        w_func = self.pop()
        self.push(ops.call_function(w_func, args_w))
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def CALL_FUNCTION_KW(self, arg, pc):
        w_names = self.pop()
        assert isinstance(w_names, W_TupleObject)
        nkw = len(w_names.items_w)
        all_w = self.popn(arg)
        w_func = self.pop()
        npos = arg - nkw
        kwnames = [_keyword_name(w_names, k) for k in range(nkw)]
        assert npos >= 0
        self.push(ops.call_args(w_func, Args(all_w[:npos], kwnames, all_w[npos:])))
        return pc

    def CALL_FUNCTION_EX(self, arg, pc):
        w_kwargs = None
        if arg & 1:
            w_kwargs = self.pop()
        w_args = self.pop()
        w_func = self.pop()
        if isinstance(w_args, W_TupleObject):
            args_w = w_args.items_w[:]      # (Args' lists may be resized)
        else:
            if not ops.has_iter(w_args):
                raise oefmt(ex.w_TypeError, "%s argument after * must be an iterable, not %s"
                            % (ops.func_display_name(w_func), ops.typename(w_args)))
            args_w = ops.unpack_iterable(w_args)
        kwnames = None
        kwvalues_w = None
        if w_kwargs is not None:
            assert isinstance(w_kwargs, W_DictObject)
            kwnames = []
            kwvalues_w = []
            for i in range(w_kwargs.entry_count()):
                w_k = w_kwargs.key_at(i)
                if w_k is not None:
                    if not isinstance(w_k.base_value(), W_StrObject):
                        raise oefmt(ex.w_TypeError, 'keywords must be strings')
                    kwnames.append(ops.str_w(w_k))
                    kwvalues_w.append(w_kwargs.value_at(i))
        self.push(ops.call_args(w_func, Args(args_w, kwnames, kwvalues_w)))
        return pc

    @jit.unroll_safe     # a loop over the stack: a residual call would force the frame
    def MAKE_FUNCTION(self, arg, pc):
        w_qualname = self.pop()
        w_code = self.pop()
        assert isinstance(w_code, W_Code)
        closure = None
        if arg & opcodes.MAKE_CLOSURE:
            w_cl = self.pop()
            assert isinstance(w_cl, W_TupleObject)
            closure = []
            for w_c in w_cl.items_w:
                assert isinstance(w_c, W_Cell)
                closure.append(w_c)
        w_annotations = None
        if arg & opcodes.MAKE_ANNOTATIONS:
            w_annotations = self.pop()
        w_kwdefaults = None
        if arg & opcodes.MAKE_KWDEFAULTS:
            w_kwdefaults = self.pop()
            assert isinstance(w_kwdefaults, W_DictObject)
        defaults_w = None
        if arg & opcodes.MAKE_DEFAULTS:
            w_def = self.pop()
            assert isinstance(w_def, W_TupleObject)
            defaults_w = w_def.items_w
        qualname = ops.str_w(w_qualname)
        w_func = W_Function(w_code, self.w_globals, w_code.co_name, qualname,
                            defaults_w, w_kwdefaults, closure, self.w_builtins)
        w_func.w_module = self.w_globals.getitem(wrap_str('__name__'))
        if w_annotations is not None:
            assert isinstance(w_annotations, W_DictObject)
            w_func.w_annotations = w_annotations
        if len(w_code.consts_w) > 0 and w_code.co_name != '<lambda>':
            w_first = w_code.consts_w[0]
            if isinstance(w_first, W_StrObject):
                w_func.w_doc = w_first
        self.push(w_func)
        return pc

    # ------------------------------------------------------------ misc
    def FORMAT_VALUE(self, arg, pc):
        from minipy.builtins import formatting
        w_spec = None
        if arg & opcodes.FVS_HAVE_SPEC:
            w_spec = self.pop()
        w_value = self.pop()
        conv = arg & opcodes.FVC_MASK
        if conv == opcodes.FVC_STR:
            w_value = ops.str_w_obj(w_value)
        elif conv == opcodes.FVC_REPR:
            w_value = ops.repr_w(w_value)
        elif conv == opcodes.FVC_ASCII:
            w_value = ops.ascii_w(w_value)
        if w_spec is None and isinstance(w_value, W_StrObject):
            self.push(w_value)
        else:
            self.push(formatting.format_w(w_value, w_spec))
        return pc

    def PRINT_EXPR(self, arg, pc):
        from minipy.builtins import modsys
        w_v = self.pop()
        modsys.displayhook(w_v)
        return pc

    def SETUP_ANNOTATIONS(self, arg, pc):
        w_key = wrap_str('__annotations__')
        if self.w_locals is not None:
            if ops.getitem_or_null(self.w_locals, w_key) is None:
                ops.setitem(self.w_locals, w_key, W_DictObject())
        elif self.w_globals.getitem(w_key) is None:
            self.w_globals.setitem(w_key, W_DictObject())
        return pc

    def IMPORT_NAME(self, arg, pc):
        from minipy.builtins import importing
        w_fromlist = self.pop()
        w_level = self.pop()
        self.push(importing.import_name(self.name(arg), w_fromlist, w_level, self.w_globals))
        return pc

    def IMPORT_FROM(self, arg, pc):
        from minipy.builtins import importing
        self.push(importing.import_from(self.top(), self.name(arg)))
        return pc

    def IMPORT_STAR(self, arg, pc):
        from minipy.builtins import importing
        w_mod = self.pop()
        w_ns = self.w_locals
        if w_ns is None:
            w_ns = self.w_globals
        importing.import_star(w_mod, w_ns)
        return pc


# The C stack check of a Python-level call is made when PyFrame.run starts (in the -Ojit
# build: the portal, which the portal runner calls). RPython puts a check on every cycle
# of the call graph and lets a heuristic over the whole graph choose where
# (translator/transform.py, insert_ll_stackcheck); every recursion through Python code
# runs through here. Left to the heuristic, the check moved with unrelated code: the re
# module (rsre and its JIT drivers) moved the -Ojit build's from the portal runner into
# every opcode handler, so that each call kept one C frame more and a thread's recursion
# no longer reached 4,000 levels (tests/programs/fn_deep_recursion.py).
PyFrame.run.im_func.insert_stack_check_here = True


def tb_of(w_exc):
    if isinstance(w_exc, W_ExceptionObject) and w_exc.w_traceback is not None:
        return w_exc.w_traceback
    return w_None


def _fused_handler(first, second):
    """The handler of the superinstruction for the pair of handlers (first, second)
    (superinstructions.py). `pc` is the pc of the pair's second instruction, which is
    still in place: self.pc moves there before the second half runs, so that an error
    there is reported at the second instruction's line; when the first half jumps,
    the second does not run. The halves are the handlers' copies named *_half (see
    inline_fused_halves)."""
    first_half = first + '_half'
    second_half = second + '_half'

    def handler(self, arg, pc):
        newpc = getattr(self, first_half)(superinstructions.first_arg(arg), pc)
        if newpc != pc:          # the first half jumped: the second does not run
            return newpc
        self.pc = pc
        return getattr(self, second_half)(superinstructions.second_arg(arg), pc + 2)
    handler.__name__ = '%s__%s' % (first, second)
    return handler


def _halves():
    names = []
    for first, second, _ in superinstructions.PAIRS:
        for num in (first, second):
            if opcodes.OPNAMES[num] not in names:
                names.append(opcodes.OPNAMES[num])
    return names


for _name in _halves():
    setattr(PyFrame, _name + '_half',
            func_with_new_name(getattr(PyFrame, _name).im_func, _name + '_half'))
for _first, _second, _fused in superinstructions.PAIRS:
    setattr(PyFrame, opcodes.OPNAMES[_fused],
            _fused_handler(opcodes.OPNAMES[_first], opcodes.OPNAMES[_second]))


def inline_fused_halves():
    """For the builds without the JIT, called by their targets before annotation: the
    halves of the superinstructions are inlined into the fused handlers, so that the
    commonest pairs (LOAD_FAST then LOAD_ATTR, ...) cost one call, not three. The
    halves are copies of the handlers: RPython cannot inline a handler into the loop's
    switch, which is inside a try/except ("can't handle exceptions"), and the flag is
    per function. (RPython's inliner alone left LOAD_FAST and LOAD_ATTR as calls once
    the attribute caches' fast path made LOAD_ATTR bigger.) The JIT build leaves them
    as they are: the JIT's traces do not depend on this."""
    for name in _halves():
        getattr(PyFrame, name + '_half').im_func._always_inline_ = True
