"""The STM build's command line: `minipy-stm [--gil] [--stm-stats] [--stm-length N] ...`,
then the same options and arguments as `minipy` (minipy/main.py).

It sets up the parallel runtime (thread registration, heap size), the STM runtime in
transaction mode or, with `--gil`, in single-lock mode (same binary, same GC, one lock
instead of transactions: the fair base for the STM penalty), runs the program inside
transactions (minipy/concurrency/stmcontrol.py), and with `--stm-stats` prints the
statistics to stderr at exit: commits, aborts by cause, time lost and waited, and the
most frequent conflict sites (file:line where the losing transaction began, and the
type of the object it lost on)."""
import os
import time
from minipy import main
from minipy.build import parallel_runtime, prebuilt_dicts
from minipy.concurrency import stmcontrol
from minipy.concurrency.stm import shared as stm_shared
from minipy.concurrency.stm import threadstate
from minipy.concurrency import stmsites
from minipy.concurrency.stm.stats import now_ticks
from minipy.interpreter.executioncontext import get_ec

HEAP_BYTES = 256 * 1024 * 1024
STM_USAGE = """STM build options (before the other options):
--gil          : one global lock instead of transactions (same binary; no parallelism)
--stm-stats    : print transaction statistics to stderr at exit
--stm-length N : cut transactions every N ticks (backward jumps and calls; default %d)
--stm-orecs B  : 2**B ownership records (conflict-detection slots; %d to %d, default %d)
""" % (stmcontrol.DEFAULT_LENGTH, stm_shared.DEFAULT_OREC_BITS, stm_shared.MAX_OREC_BITS,
       stm_shared.DEFAULT_OREC_BITS)


class StmOptions(object):
    def __init__(self):
        self.mode = stm_shared.MODE_STM
        self.stats = False
        self.length = stmcontrol.DEFAULT_LENGTH
        self.orec_bits = stm_shared.DEFAULT_OREC_BITS


def parse_stm_options(argv, opts):
    """Consume the leading STM options; returns the remaining argv (argv[0] kept), or
    None after printing an error (exit status 2)."""
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '--gil':
            opts.mode = stm_shared.MODE_LOCK
        elif arg == '--stm':
            pass
        elif arg == '--stm-stats':
            opts.stats = True
        elif arg == '--stm-length':
            if i + 1 >= len(argv):
                main.write_fd(2, 'Argument expected for the --stm-length option\n')
                return None
            n = parse_positive(argv[i + 1])
            if n <= 0:
                main.write_fd(2, '--stm-length: expected a positive integer, got %s\n'
                              % argv[i + 1])
                return None
            opts.length = n
            i += 1
        elif arg == '--stm-orecs':
            # (prebuilt objects got their orecs at translation time, below the default
            # table's size: a table is never smaller than that)
            n = -1
            if i + 1 < len(argv):
                n = parse_positive(argv[i + 1])
            if n < stm_shared.DEFAULT_OREC_BITS or n > stm_shared.MAX_OREC_BITS:
                main.write_fd(2, '--stm-orecs: expected a number of bits from %d to %d\n'
                              % (stm_shared.DEFAULT_OREC_BITS, stm_shared.MAX_OREC_BITS))
                return None
            opts.orec_bits = n
            i += 1
        else:
            break
        i += 1
    return [argv[0]] + argv[i:]


def parse_positive(s):
    if len(s) == 0 or len(s) > 12:
        return -1
    n = 0
    for c in s:
        if c < '0' or c > '9':
            return -1
        n = n * 10 + (ord(c) - ord('0'))
    return n


def entry_point(argv):
    parallel_runtime.register_thread()
    parallel_runtime.size_heap(HEAP_BYTES)
    opts = StmOptions()
    rest = parse_stm_options(argv, opts)
    if rest is None:
        return 2
    if len(rest) > 1 and (rest[1] == '-h' or rest[1] == '--help'):
        main.write_fd(1, STM_USAGE)
    stm_shared.init(opts.mode, opts.orec_bits, stm_shared.DEFAULT_MAX_ABORTS)
    stmcontrol.settings.length = opts.length
    stmcontrol.settings.stats = opts.stats
    ec = get_ec()
    stmcontrol.thread_begin(ec)
    prebuilt_dicts.warm_up()
    t0 = time.time()
    k0 = now_ticks()
    status = main.entry_point(rest)
    stmcontrol.thread_end(ec)
    if opts.stats:
        t1 = time.time()
        k1 = now_ticks()
        ticks_per_sec = 0.0
        if t1 > t0:
            ticks_per_sec = (k1 - k0) / (t1 - t0)
        mode = 'stm'
        if opts.mode == stm_shared.MODE_LOCK:
            mode = 'gil (single lock)'
        main.write_fd(2, '--- minipy-stm statistics (mode: %s, transaction length %d, '
                      '2**%d orecs) ---\n' % (mode, opts.length, opts.orec_bits) +
                      threadstate.format_report(ticks_per_sec, stmsites.resolver()))
    return status
