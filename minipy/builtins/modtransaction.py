"""The `transaction` module: `transaction.atomic`, used as `with transaction.atomic:`,
makes its block run with no other thread in between. In the STM build the block is part of
one transaction: cut points inside it only validate (minipy/concurrency/stmcontrol.py),
except a wait (stmcontrol.begin_waiting), which ends it as GIL mode releases the GIL there.

In GIL mode it raises the running thread's ExecutionContext.atomic_depth for the duration
of the block (nestable: a counter), and the GIL's periodic check (minipy/concurrency/gil.py)
never hands the GIL over while it is > 0.  Caveat, as documented for the user: a call that
blocks or does I/O inside the block (time.sleep, lock waits, print to a pipe or file)
still releases the GIL in RPython's external-call wrappers, so another thread may run
there; keep atomic blocks free of blocking calls.  `is_atomic()` tells whether the calling
thread is inside such a block."""
from minipy.objects.root import W_Root
from minipy.objects.noneobject import w_None
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.strobject import wrap_str
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.typeobject import make_builtin_type
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.builtins.registry import method, check_args
from minipy.interpreter.executioncontext import get_ec
from minipy.concurrency.stm import barriers
from minipy.concurrency import stmcontrol


class W_Atomic(W_Root):
    """The single `transaction.atomic` object (stateless: the depth is per thread)."""
    _attrs_ = []

    def native_repr(self):
        return '<transaction.atomic>'


W_Atomic.typedef = make_builtin_type('transaction.Atomic')
w_atomictype = W_Atomic.typedef
w_atomic = W_Atomic()


def atomic_enter(args):
    ec = get_ec()
    if ec.atomic_depth == 0 and barriers.ENABLED:
        stmcontrol.atomic_block_started(ec)
    ec.atomic_depth += 1
    return w_None


def atomic_exit(args):
    ec = get_ec()
    if ec.atomic_depth <= 0:
        raise oefmt(ex.w_RuntimeError, 'transaction.atomic: exit without enter')
    ec.atomic_depth -= 1
    if ec.atomic_depth == 0 and barriers.ENABLED:
        stmcontrol.atomic_block_ended(ec)
    return wrap_bool(False)


def atomic_repr(args):
    return wrap_str(w_atomic.native_repr())


method(w_atomictype, '__enter__', atomic_enter)
method(w_atomictype, '__exit__', atomic_exit)
method(w_atomictype, '__repr__', atomic_repr)


def t_is_atomic(args):
    check_args(args, 'is_atomic', 0, 0)
    return wrap_int(get_ec().atomic_depth)


def make_transaction():
    w_d = W_DictObject()
    w_mod = W_Module('transaction', w_d)
    w_d.setstr('__name__', wrap_str('transaction'))
    w_d.setstr('atomic', w_atomic)
    w_d.setstr('is_atomic', W_BuiltinFunction('is_atomic', t_is_atomic, False))
    return w_mod
