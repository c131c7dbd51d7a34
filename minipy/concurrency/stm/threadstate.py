"""Per-thread entry points: the current Transaction (a thread-local), thread registration,
and the one-call API the interpreter uses (start/commit/read/write/become_inevitable).

Each OS thread calls thread_start() first (the main thread included, after
shared.init()) and thread_stop() at its end; at most MAX_THREADS threads at a time (a
finished thread's slot is reused). Transactions stay referenced from
shared.registry: Boehm does not scan thread-local storage, and the statistics are
summed from there after the threads are done.
"""
from rpython.rlib import rthread
from minipy.concurrency.stm import atomics
from rpython.rlib.objectmodel import we_are_translated
from minipy.concurrency.stm.shared import (shared, NEXT_THREAD, PREBUILT_COUNT,
                                           MAX_THREADS)
from minipy.concurrency.stm.transaction import Transaction, orec_for
from minipy.concurrency.stm.stats import TxStats, SiteNames

_current = rthread.ThreadLocalReference(Transaction)


def current():
    """This thread's Transaction (None before thread_start())."""
    return _current.get()


def thread_start():
    """Register the calling thread; returns its Transaction. A finished thread's Transaction
    (and index) is reused: it keeps its serial number, so stamps stay unique."""
    shared.registry_lock.acquire(True)
    try:
        if shared.free_tx:
            tx = shared.free_tx.pop()
            shared.retired_stats.append(tx.stats)
            tx.stats = TxStats()
        else:
            index = atomics.fetch_add(shared.words, NEXT_THREAD, 1)
            if index >= MAX_THREADS:
                raise ThreadLimit
            tx = Transaction(index)
            shared.registry[index] = tx
    finally:
        shared.registry_lock.release()
    _current.set(tx)
    return tx


def thread_stop():
    """The calling thread is done (outside any transaction); its statistics are kept."""
    tx = _current.get()
    _current.set(None)
    if tx is not None:
        assert not tx.active
        shared.registry_lock.acquire(True)
        shared.free_tx.append(tx)
        shared.registry_lock.release()


class ThreadLimit(Exception):
    pass


class _PrebuiltCounter(object):
    n = 0

_prebuilt = _PrebuiltCounter()


def init_tobject(obj):
    """Header of a new TObject: its orec, and our stamp (private until we commit).
    Objects built before translation (prebuilt: builtin types, the builtins dict...) are
    spread over the orecs too, by a plain counter."""
    if not we_are_translated() and not shared.initialized:
        _prebuilt.n += 1
        obj._stm_orec = orec_for(MAX_THREADS + 1, _prebuilt.n)
        obj._stm_stamp = 0
        return
    tx = _current.get()
    if tx is None:
        n = atomics.fetch_add(shared.words, PREBUILT_COUNT, 1)
        obj._stm_orec = orec_for(MAX_THREADS, n)
        obj._stm_stamp = 0
    else:
        obj._stm_orec = tx.new_orec()
        obj._stm_stamp = tx.stamp


def total_stats():
    """Statistics of every thread registered so far, summed."""
    total = TxStats()
    for tx in shared.registry:
        if tx is not None:
            total.add(tx.stats)
    for st in shared.retired_stats:
        total.add(st)
    return total


def format_report(ticks_per_sec, names):
    """The `--stm-stats` text: one block per thread that ran transactions, then the total.
    Sites print as "site:type" with the interpreter's int site id."""
    total = TxStats()
    text = ""
    for st in shared.retired_stats:
        total.add(st)
    if shared.retired_stats:
        text += total.format("finished threads whose slot was reused", ticks_per_sec, names)
    for tx in shared.registry:
        if tx is not None and (tx.stats.commits > 0 or tx.stats.total_aborts() > 0):
            text += tx.stats.format("thread %d" % tx.index, ticks_per_sec, names)
            total.add(tx.stats)
    text += total.format("total", ticks_per_sec, names)
    return text
