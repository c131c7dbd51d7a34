"""Per-thread interpreter state: call depth and recursion limit, the exception being
handled (for implicit chaining and bare `raise`), the builtins and module tables.
One per thread: the main thread's is prebuilt, others are set by _thread."""
from rpython.rlib import rthread, jit


class ExecutionContext(object):
    def __init__(self):
        self.depth = 0
        self.recursion_limit = 1000
        self.w_handled = None        # W_ExceptionObject being handled, or None
        # the running frame, as a JIT virtual reference (see calls.execute_frame): read
        # it with gettopframe(), which makes a frame the JIT kept virtual real
        self.topframeref = jit.vref_None
        self.gil_ticks = 0           # GIL mode: see minipy/concurrency/gil.py
        self.gil_budget = 100        # (gil.MIN_TICKS)
        self.gil_last_check = 0.0
        self.gil_last_yield = 0.0
        self.atomic_depth = 0        # nesting of `with transaction.atomic:`
        self.w_gen_return = None     # a finished generator's return value (generators.py)
        self.repr_active = None      # containers whose repr is being made (reprs.py)
        # STM build only (minipy/concurrency/stmcontrol.py): this thread's Transaction, the
        # frame its transaction began in (None: unprotected) and that frame's snapshot,
        # whether the next bytecode boundary must call stmcontrol.boundary(), and the
        # length (ticks) this thread's transactions have now (adaptive: stmcontrol),
        # whether a cut fell due inside transaction.atomic (made when the block ends), and
        # whether the transaction was inevitable when the outermost block began
        self.tx = None
        self.stm_frame = None
        self.stm_snap = None
        self.stm_boundary = False
        self.stm_length = 0
        self.stm_cut_deferred = False
        self.stm_inevitable_at_entry = False


    def gettopframe(self):
        return self.topframeref()


_ec = ExecutionContext()             # the main thread's
# threads started by _thread (minipy/builtins/modthread.py) set their own here, once, before
# running any Python code; loop_invariant: a compiled loop reads it once, not at every
# inlined call's entry and exit (two thread-local loads and guards per call before)
_ec_ref = rthread.ThreadLocalReference(ExecutionContext, loop_invariant=True)


def get_ec():
    ec = _ec_ref.get()
    if ec is None:          # untranslated, or code that runs before enter_main_thread()
        return _ec
    return ec


def enter_main_thread():
    """At start-up: the main thread's context goes into the thread-local too. Every
    thread then finds its context the same way, and a compiled loop does not depend on
    the thread that traced it: before, a loop traced in the main thread (thread-local
    empty) failed that guard in every other thread and grew a bridge for it."""
    _ec_ref.set(_ec)


class InterpState(object):
    """Process-wide interpreter tables, filled at start-up: the builtins dict,
    sys.modules, the frozen library sources, argv."""
    def __init__(self):
        self.w_builtins = None
        self.w_modules = None
        self.w_sys = None
        self.script_dir = ''
        self.stdout = None
        self.stderr = None
        self.stdin = None


state = InterpState()
