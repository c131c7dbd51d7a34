"""STM build: where the interpreter's transactions begin, end and roll back.

The runtime (minipy/concurrency/stm) knows objects and orecs; this module knows frames. Every
thread always runs inside a transaction of its Transaction `ec.tx`, in one of two states:

* protected: `ec.stm_frame` is the frame the transaction began in, and `ec.stm_snap` holds
  that frame's state at that bytecode boundary (pc, value stack, locals, block stack) plus
  the thread's own interpreter state (call depth, top frame, exception being handled,
  atomic depth). A TransactionAbort raised anywhere below unwinds the RPython stack up to
  that frame's loop (PyFrame.run_stm), which calls restart(): restore, start again, go on.
  Frames created inside the transaction are simply dropped.
* unprotected (`ec.stm_frame` is None): between a cut made inside a builtin (a blocking
  call, the start frame returning) and the next bytecode boundary of whichever frame runs
  next. There is nothing to roll back to, so `tx.unprotected` makes the runtime turn the
  transaction inevitable at its first barrier slow path (it cannot abort before that:
  it has read and written nothing shared). At the next boundary protect() takes a snapshot.

The invariant that makes a snapshot of ONE frame enough: while protected, every frame the
transaction modified is either the start frame or was created inside the transaction.
So the transaction commits (and the thread goes unprotected) whenever control would
leave that set: when the start frame returns, yields or raises out (leave_frame), and
before a frame created by an earlier transaction is resumed (a generator: enter_resumed).

Cut points: every `ec.stm_length` ticks (backward jumps and calls, counted by gil.tick) the
next boundary commits and starts a new transaction (inside `transaction.atomic` it only
validates, and the cut is made where the outermost block ends); blocking calls commit
before blocking and start again after (outside(); a wait does so inside transaction.atomic
too, see begin_waiting); I/O makes the transaction inevitable
(inevitable()). The length adapts to conflicts, `--stm-length` at most: after each abort
a quarter of it, or half of the ticks that ran before the conflict if that is less, but
not so short that copying the big containers it writes dominates (a short transaction
throws little away and holds its write locks briefly, so threads that fight over one
object take turns instead of aborting each other's long runs); twice as long after each
transaction that ran its whole length. In the single-lock mode (`--gil`) start/commit
take and release one global lock; there are no barriers, aborts or snapshots.
"""
from minipy.concurrency.stm import barriers, threadstate
from minipy.concurrency import stmsites
from minipy.concurrency.stm.shared import shared, MODE_LOCK
from minipy.interpreter.executioncontext import get_ec

# ticks (backward jumps and calls) per transaction, `--stm-length`: long enough that the
# per-transaction costs (snapshot, commit-time validation, first-write copies) stay small
# next to the work, short enough that a conflict throws little away
DEFAULT_LENGTH = 100000
# the shortest an abort can make a transaction (see the module docstring): one tick, so
# that threads that each do one small update per loop iteration (bank.py: two accounts of
# 1000 per iteration, one tick) can end up with a transaction per update; at 100 ticks each
# transaction held a hundred updates' locks, nearly every one met another thread's, and
# two threads spent most of their time aborting
MIN_LENGTH = 1
# ...but a transaction that copied N items at its first writes (a big shared list or dict,
# detached for undo: minipy/concurrency/stm/tobject.py) is not shortened below N/64 ticks,
# so that copying stays a small part of each re-run's work
COPY_PER_TICK_SHIFT = 6


class Settings(object):
    def __init__(self):
        self.length = DEFAULT_LENGTH
        self.stats = False

settings = Settings()


class Snapshot(object):
    """A frame's state at a bytecode boundary, and its thread's interpreter state."""
    def __init__(self, frame, ec):
        self.pc = frame.pc
        sp = frame.sp
        assert sp >= 0
        self.sp = sp
        self.values_w = frame.values_w[:sp]      # the fast locals and the value stack
        if frame.blocks is None:
            self.blocks = None
        else:
            self.blocks = frame.blocks[:]
        self.yielded = frame.yielded
        self.w_result = frame.w_result
        self.depth = ec.depth
        self.topframeref = ec.topframeref
        self.w_handled = ec.w_handled
        self.atomic_depth = ec.atomic_depth

    def restore(self, frame, ec):
        frame.pc = self.pc
        for i in range(self.sp, len(frame.values_w)):
            frame.values_w[i] = None
        for i in range(self.sp):
            frame.values_w[i] = self.values_w[i]
        frame.sp = self.sp
        if self.blocks is None:
            frame.blocks = None
        else:
            frame.blocks = self.blocks[:]
        frame.yielded = self.yielded
        frame.w_result = self.w_result
        ec.depth = self.depth
        ec.topframeref = self.topframeref
        ec.w_handled = self.w_handled
        ec.atomic_depth = self.atomic_depth


# ---- thread life cycle ------------------------------------------------------------

def thread_begin(ec):
    """In a new OS thread (and the main one), after its ExecutionContext exists."""
    tx = threadstate.thread_start()
    ec.tx = tx
    ec.stm_length = settings.length
    ec.gil_ticks = settings.length
    _start_unprotected(ec)


def thread_end(ec):
    """The thread's last transaction commits (it is unprotected here: no frame runs)."""
    tx = ec.tx
    if tx is None:
        return
    _commit_unprotected(ec)
    ec.tx = None
    threadstate.thread_stop()


def _start_unprotected(ec):
    tx = ec.tx
    tx.unprotected = True
    tx.start()
    ec.stm_frame = None
    ec.stm_snap = None
    ec.stm_boundary = True
    ec.stm_cut_deferred = False


def _commit_unprotected(ec):
    """Commit while no snapshot exists: the transaction is inevitable or has touched
    nothing shared, so it cannot abort."""
    tx = ec.tx
    if tx.active:
        tx.commit()
    tx.unprotected = False


def _begin_protected(frame, ec):
    """Start a transaction at this bytecode boundary of `frame`."""
    tx = ec.tx
    tx.unprotected = False
    tx.site = stmsites.site_of(frame)
    tx.start()
    if shared.mode != MODE_LOCK:
        ec.stm_snap = Snapshot(frame, ec)
    ec.stm_frame = frame
    ec.stm_boundary = False
    ec.stm_cut_deferred = False


# ---- the eval loop's calls --------------------------------------------------------

def boundary(frame, ec):
    """At a bytecode boundary of `frame` when ec.stm_boundary is set: unprotected ->
    take a snapshot here; a cut is due -> commit and begin again here (inside
    transaction.atomic only validate). May raise TransactionAbort (from the commit of
    a protected transaction: it belongs to the start frame's loop)."""
    tx = ec.tx
    if ec.stm_frame is None:
        if ec.atomic_depth > 0 and tx.inevitable:
            # an atomic block that had to become inevitable: it ends with the block
            ec.stm_boundary = False
            return
        # Always a new transaction (cheap: this one touched nothing shared, or is
        # inevitable): objects it allocated are reachable from the snapshot about to be
        # taken, so they must not count as private to the transaction that may roll back.
        _commit_unprotected(ec)
        if shared.mode == MODE_LOCK:
            tx.handoff()
        _begin_protected(frame, ec)
        return
    if ec.atomic_depth > 0:
        tx.check()
        ec.stm_boundary = False
        ec.stm_cut_deferred = True   # cut when the outermost block ends (atomic_block_ended)
        return
    tx.commit()
    if shared.mode == MODE_LOCK:
        tx.handoff()
    _begin_protected(frame, ec)


def atomic_block_started(ec):
    ec.stm_inevitable_at_entry = ec.tx.inevitable


def atomic_block_ended(ec):
    """The outermost `transaction.atomic` block ended.
    * A cut that fell due inside the block is made at the next boundary. (Dropping such
      cuts, as this once did, let a thread whose ticks are nearly all inside blocks, one
      block per insertion into a shared tree, run transactions of thousands of blocks
      whatever length the aborts had set, and lose them whole: tree_shared.py took
      minutes at 2 threads.)
    * A block that had to become inevitable (I/O inside it) gives the token back there.
    * A transaction that was inevitable before the block (it had lost too often in a row)
      goes on: cut after one block, it only lost as often again before its next inevitable
      turn (shared_append.py took minutes at 2 threads so)."""
    if (ec.tx.inevitable and not ec.stm_inevitable_at_entry) or ec.stm_cut_deferred:
        ec.stm_cut_deferred = False
        ec.stm_boundary = True


def leave_frame(frame, ec):
    """`frame` returns, yields or raises out. If it is the start frame: commit (may raise
    TransactionAbort, caught by this same frame's loop) and go unprotected; inside
    transaction.atomic become inevitable instead of committing."""
    if ec.stm_frame is not frame or shared.mode == MODE_LOCK:
        return
    tx = ec.tx
    if ec.atomic_depth > 0:
        tx.become_inevitable()
        tx.unprotected = True
        ec.stm_frame = None
        ec.stm_snap = None
        ec.stm_boundary = True
        return
    tx.commit()
    _start_unprotected(ec)


def enter_resumed(frame, ec):
    """Before a frame made by an earlier transaction is modified or run again (a
    generator being resumed): end the current transaction there."""
    if shared.mode == MODE_LOCK:
        return     # single-lock mode: nothing is ever rolled back
    if frame.stm_stamp == ec.tx.stamp and ec.stm_frame is not None:
        return     # created by this transaction: rolled back with it
    if ec.atomic_depth > 0:
        ec.tx.become_inevitable()
        return
    cut_here(ec)


def cut_here(ec):
    """Commit now, in the middle of an instruction, and continue unprotected."""
    tx = ec.tx
    if ec.stm_frame is None:
        _commit_unprotected(ec)
    else:
        tx.commit()
    _start_unprotected(ec)


def restart(frame, ec):
    """In the start frame's loop, after TransactionAbort: roll the frame back, begin again,
    with a shorter transaction."""
    snap = ec.stm_snap
    assert snap is not None
    snap.restore(frame, ec)
    n = ec.stm_length >> 2
    ran = (ec.stm_length - ec.gil_ticks) >> 1
    if 0 <= ran < n:
        n = ran      # half of what ran before the conflict (when the counter tells)
    floor = ec.tx.last_copied >> COPY_PER_TICK_SHIFT
    if n < floor:
        n = floor    # the next run copies the same containers again: amortise that
    if n < MIN_LENGTH:
        n = MIN_LENGTH
    if n > settings.length:
        n = settings.length
    ec.stm_length = n
    ec.gil_ticks = n
    _begin_protected(frame, ec)


def next_length(ec):
    """A transaction ran its whole length: the next one may be twice as long."""
    n = ec.stm_length * 2
    if n > settings.length or n <= 0:
        n = settings.length
    ec.stm_length = n
    return n


def new_frame_stamp():
    """The stamp a new frame records: frames with the current transaction's stamp were
    created inside it."""
    tx = threadstate._current.get()
    if tx is None:
        return 0
    return tx.stamp


# ---- builtins: blocking calls and I/O ---------------------------------------------

def outside(ec, even_in_atomic):
    """Before a call that may block (lock waits, sleep, join, thread start): commit
    (TransactionAbort here is an ordinary abort: nothing has happened yet). Between
    outside() and back_inside() the thread runs no transaction and must not touch
    interpreter objects. Inside transaction.atomic the block stays one transaction unless
    `even_in_atomic`: become inevitable and run the call inside it instead (returns
    False)."""
    tx = ec.tx
    if ec.atomic_depth > 0 and not even_in_atomic:
        tx.become_inevitable()
        return False
    if ec.stm_frame is None:
        _commit_unprotected(ec)
    else:
        tx.commit()
    ec.stm_frame = None
    ec.stm_snap = None
    return True


def back_inside(ec):
    _start_unprotected(ec)


def begin_blocking():
    """For builtins, around an irrevocable OS-level call that touches no interpreter
    object (lock release, taking a free lock, thread start):
        was_outside = stmcontrol.begin_blocking()
        ... the call ...
        stmcontrol.end_blocking(was_outside)
    Nothing in the GIL build (ENABLED is a translation-time constant)."""
    if not barriers.ENABLED:
        return False
    return outside(get_ec(), False)


def begin_waiting():
    """As begin_blocking(), around a call that waits for another thread or for the outside
    world (a lock that is taken, sleep, reading input): the transaction commits first even
    inside transaction.atomic, where GIL mode releases the GIL for the wait too, so the
    block's atomicity ends at the wait in both builds. (Waiting inside an inevitable
    transaction instead kept other threads from their own I/O, and deadlocked when the
    thread that held the lock needed the inevitable token, or in --gil mode the one lock,
    to release it.)"""
    if not barriers.ENABLED:
        return False
    return outside(get_ec(), True)


def in_atomic_block():
    """STM build, inside transaction.atomic (always False in the GIL build)."""
    return barriers.ENABLED and get_ec().atomic_depth > 0


def end_blocking(was_outside):
    if was_outside:
        back_inside(get_ec())


def before_io():
    """For builtins, before I/O on interpreter-level buffers (files, print)."""
    if barriers.ENABLED:
        inevitable(get_ec())


def inevitable(ec):
    """Before I/O: the transaction can no longer abort afterwards. A cut is requested at the
    next boundary, so that the inevitable token is not held longer than needed."""
    ec.tx.become_inevitable()
    ec.stm_boundary = True

