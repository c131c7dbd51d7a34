"""Translated proof of the STM runtime with real threads (see README.md here).

Usage: stm_bank MODE THREADS TXS [WORK [INEV_EVERY [--gil]]]
  MODE bank     transfers between 16 shared accounts; total conserved, none negative; every
                10th transaction is a read-only audit of all accounts: each committed audit
                must see the exact total
       counter  every transaction reads ONE shared counter, works, writes it + 1 (all
                threads conflict all the time: progress comes from K aborts -> inevitable)
       private  every thread increments its own counter (no sharing: scaling)
  THREADS threads each run TXS transactions; WORK: iterations of private arithmetic per
  transaction (simulates interpreter work); INEV_EVERY: every Nth transaction of a thread
  turns inevitable first (as print would); --gil: single-lock mode.
Prints one line `MODE threads=T time_us=U ok=0|1 commits=C aborts=A ww=.. rw=.. inev=..` and the
per-cause statistics; exit status 1 if an invariant failed.

Build: PYTHONPATH=<repo>:<repo>/.venv/py2 python2.7 -m rpython --batch -O2 --gc=boehm --thread
       --output=stm_bank benchmarks/stm_runtime/target_stm_bank.py
"""
import os
import time
from rpython.rlib import rthread
from minipy.build import parallel_runtime
from minipy.concurrency.stm import shared as stm_shared
from minipy.concurrency.stm import threadstate, barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.concurrency.stm.transaction import TransactionAbort
from minipy.concurrency.stm.stats import now_ticks, SiteNames

N_ACCOUNTS = 16
START_BALANCE = 1000


class CellUndo(UndoEntry):
    def __init__(self, cell):
        self.cell = cell
        self.value = cell.value

    def restore(self):
        self.cell.value = self.value


class Cell(TObject):
    """One int of shared state (an account balance or a counter)."""
    def __init__(self, value):
        TObject.__init__(self)
        self.value = value

    def _stm_save(self):
        return CellUndo(self)

    def _stm_typename(self):
        return "Cell"


class Config(object):
    def __init__(self):
        self.mode = 'bank'
        self.threads = 1
        self.txs = 0
        self.work = 0
        self.inev_every = 0
        self.accounts = []
        self.counter = None
        self.private = []
        self.done = 0
        self.bad_audits = 0
        self.next_worker = 0
        self.lock = None

config = Config()


def busy(n, seed):
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7fffffff
    return s


def one_transaction(tx, worker, rng, n):
    """The body of one transaction; re-run from the top after an abort."""
    if config.inev_every > 0 and n % config.inev_every == 0:
        tx.become_inevitable()
    if config.mode == 'counter':
        # read, work, write: the whole transaction is a conflict window
        c = config.counter
        tx.read(c)
        v = c.value
        r = busy(config.work, rng)
        tx.write(c)
        c.value = v + 1
        return r
    r = busy(config.work, rng)
    if config.mode == 'bank' and n % 10 == 5:
        # an audit: read-only, over every account; its sum is checked once it commits
        total = 0
        for a in config.accounts:
            tx.read(a)
            total += a.value
        return total
    if config.mode == 'bank':
        accounts = config.accounts
        i = r % N_ACCOUNTS
        j = (r >> 8) % N_ACCOUNTS
        amount = (r >> 16) % 50
        a = accounts[i]
        b = accounts[j]
        barriers.read(a)               # the accessor form: one call, thread-local lookup
        va = a.value
        if i != j and va >= amount:
            barriers.read(b)
            vb = b.value
            barriers.write(a)
            a.value = va - amount
            barriers.write(b)
            b.value = vb + amount
    else:
        c = config.private[worker]
        tx.read(c)
        v = c.value
        tx.write(c)
        c.value = v + 1
    return r


def worker_loop(worker):
    tx = threadstate.thread_start()
    # allocated by its own thread (as thread-local data is), so that two threads' counters
    # do not share a cache line
    config.private[worker] = Cell(0)
    rng = worker * 7919 + 1
    bad = 0
    for n in range(config.txs):
        tx.site = n & 3
        while True:
            tx.start()
            try:
                r = one_transaction(tx, worker, rng, n)
                tx.commit()
                break
            except TransactionAbort:
                pass
        if config.mode == 'bank' and n % 10 == 5 and r != N_ACCOUNTS * START_BALANCE:
            bad += 1
        rng = (rng * 69069 + 1 + (r & 1)) & 0x7fffffff
    threadstate.thread_stop()
    return bad


def bootstrap():
    parallel_runtime.register_thread()
    rthread.gc_thread_start()
    config.lock.acquire(True)
    worker = config.next_worker
    config.next_worker += 1
    config.lock.release()
    # start together, so that the threads really overlap even on a loaded machine
    while True:
        config.lock.acquire(True)
        n = config.next_worker
        config.lock.release()
        if n == config.threads:
            break
        time.sleep(0.0001)
    bad = worker_loop(worker)
    config.lock.acquire(True)
    config.bad_audits += bad
    config.done += 1
    config.lock.release()
    parallel_runtime.unregister_thread()
    rthread.gc_thread_die()


def check():
    if config.bad_audits != 0:
        return False
    if config.mode == 'bank':
        total = 0
        for a in config.accounts:
            if a.value < 0:
                return False
            total += a.value
        return total == N_ACCOUNTS * START_BALANCE
    if config.mode == 'counter':
        return config.counter.value == config.threads * config.txs
    for c in config.private:
        if c.value != config.txs:
            return False
    return True


def entry_point(argv):
    if len(argv) < 4:
        os.write(2, "usage: stm_bank bank|counter|private THREADS TXS [WORK [INEV_EVERY [--gil]]]\n")
        return 2
    parallel_runtime.register_thread()
    parallel_runtime.size_heap(256 * 1024 * 1024)
    mode = stm_shared.MODE_STM
    if argv[len(argv) - 1] == '--gil':
        mode = stm_shared.MODE_LOCK
        n = len(argv) - 1
        assert n >= 0
        argv = argv[:n]
    stm_shared.init(mode, stm_shared.DEFAULT_OREC_BITS, stm_shared.DEFAULT_MAX_ABORTS)
    config.mode = argv[1]
    config.threads = int(argv[2])
    config.txs = int(argv[3])
    if len(argv) > 4:
        config.work = int(argv[4])
    if len(argv) > 5:
        config.inev_every = int(argv[5])
    config.accounts = [Cell(START_BALANCE) for i in range(N_ACCOUNTS)]
    config.counter = Cell(0)
    config.private = [config.counter] * config.threads
    config.lock = rthread.allocate_lock()
    t0 = time.time()
    k0 = now_ticks()
    for i in range(config.threads):
        rthread.start_new_thread(bootstrap, ())
    while True:
        config.lock.acquire(True)
        d = config.done
        config.lock.release()
        if d == config.threads:
            break
        time.sleep(0.0005)
    t1 = time.time()
    k1 = now_ticks()
    ok = check()
    total = threadstate.total_stats()
    os.write(1, "%s threads=%d time_us=%d ok=%d commits=%d aborts=%d ww=%d rw=%d inev=%d "
             "inevcommits=%d badaudits=%d\n" % (
                 config.mode, config.threads, int((t1 - t0) * 1000000.0), int(ok), total.commits,
                 total.total_aborts(), total.aborts[0], total.aborts[1], total.aborts[2],
                 total.inevitable_commits, config.bad_audits))
    ticks_per_sec = 0.0
    if t1 > t0:
        ticks_per_sec = (k1 - k0) / (t1 - t0)
    os.write(1, threadstate.format_report(ticks_per_sec, SiteNames()))
    if not ok:
        return 1
    return 0


def target(driver, args):
    parallel_runtime.apply()
    barriers.enable()
    return entry_point, None
