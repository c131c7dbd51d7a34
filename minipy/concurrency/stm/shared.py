"""The STM runtime's process-wide state: one raw array of words and a few start-up settings.

Layout of the word array (each hot word on its own 64-byte line):
  CLOCK       the global version clock (commits and aborts of writers advance it)
  INEV        the inevitable token: 0 = free, else the owner's thread index + 1
  NEXT_THREAD counter that hands out thread indexes (then, on the same line, counters for
              objects made before thread registration and for the single-lock mode)
  DOOMED + 8*i  set to 1 by the inevitable transaction when it needs a lock that thread i's
              transaction holds; thread i aborts at its next barrier slow path or check point
  OREC_BASE + j  ownership records (orecs): version*4 (unlocked, last committed at that clock
              value), version*4 + 2 (read-locked by the inevitable transaction: still
              readable), owner_index*4 + 1 (write-locked by that thread's transaction)
Objects map to orecs by an index fixed at allocation (see tobject.py), as TinySTM maps
addresses to its lock array; two objects sharing an orec can only cause a false conflict.

Everything here is written once at start-up (init()) before threads start, then only
through atomics.*; the Python-level fields are read-only afterwards.
"""
from rpython.rlib import rthread
from minipy.concurrency.stm import atomics

MODE_STM = 0    # transactions with barriers (the STM build's default)
MODE_LOCK = 1   # `--gil`: every transaction holds one global lock, barriers do nothing

CLOCK = 0
INEV = 8
NEXT_THREAD = 16
PREBUILT_COUNT = NEXT_THREAD + 1   # objects made before any thread registered
LOCK_WAITERS = NEXT_THREAD + 2     # single-lock mode: threads waiting for the lock
LOCK_TURNS = NEXT_THREAD + 3       # single-lock mode: how many times it was taken
DOOMED = 24
MAX_THREADS = 256            # thread indexes 0..MAX_THREADS-1
OREC_BASE = DOOMED + 8 * MAX_THREADS

DEFAULT_OREC_BITS = 20       # 2**20 orecs = 8 MiB
MAX_OREC_BITS = 26           # 2**26 orecs = 512 MiB of address space (`--stm-orecs`)
DEFAULT_MAX_ABORTS = 10      # K: after K aborts in a row a transaction starts inevitable


class Shared(object):
    def __init__(self):
        self.words = atomics.lltype.nullptr(atomics.WORDS)
        self.orec_mask = 0
        self.orec_shift = 64
        self.mode = MODE_STM
        self.max_aborts = DEFAULT_MAX_ABORTS
        self.biglock = None
        self.registry = [None] * MAX_THREADS    # Transaction per thread index (keeps them alive)
        self.registry_lock = None
        self.free_tx = []                       # Transactions of finished threads
        self.retired_stats = []                 # statistics of reused slots' past threads
        self.initialized = False

shared = Shared()


def init(mode=MODE_STM, orec_bits=DEFAULT_OREC_BITS, max_aborts=DEFAULT_MAX_ABORTS):
    """Call once at start-up, before any thread starts (tests may call it again to reset)."""
    shared.words = atomics.alloc_words(OREC_BASE + (1 << orec_bits))
    shared.orec_mask = (1 << orec_bits) - 1
    shared.orec_shift = 64 - orec_bits
    shared.mode = mode
    shared.max_aborts = max_aborts
    shared.biglock = rthread.allocate_lock()
    shared.registry_lock = rthread.allocate_lock()
    for i in range(MAX_THREADS):
        shared.registry[i] = None
    shared.free_tx = []
    shared.retired_stats = []
    shared.initialized = True


def clock_now():
    return atomics.load(shared.words, CLOCK)


def orec_value(j):
    """Current word of orec j (for tests and diagnostics)."""
    return atomics.load(shared.words, OREC_BASE + j)
