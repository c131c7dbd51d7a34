"""One thread's transaction: barriers, commit, abort with undo, inevitability.

Algorithm (encounter-time locking, in-place writes, undo log; TinySTM/LSA-like; the full
argument is in DESIGN.md next to this file):
* start: snapshot = global clock; a fresh stamp; after K aborts in a row, start inevitable.
* read(obj): private or already written by us (stamp match) -> nothing. Else look at the
  orec: locked by us -> nothing; locked by another -> wait a little for its owner to
  finish, then abort (read-write) if it still holds it; version newer than
  the snapshot -> extend the snapshot (validate the read set, snapshot = clock) or abort;
  then log (orec, version) in the read set (a small filter skips repeats). The caller reads
  AFTER the barrier; a value a racing writer put there meanwhile is caught by validation.
* write(obj): stamp match -> nothing. Else lock the orec (CAS version -> our lock word;
  locked by another -> wait a little as read() does, then abort (write-write); newer than
  the snapshot -> extend or abort), then log
  obj._stm_save() in the undo log (it detaches the payload: the object now holds copies of
  its containers) and stamp the object. The caller then writes in place, into the copies.
* read_check(obj), after the caller loaded the payload: abort if a writer locked obj since
  read(obj) -- so a container being mutated by a writer is never used.
* commit: validate the read set (always: reads are not post-checked), take a new clock value
  ts, release every orec we locked with version ts.
* abort: restore the undo log newest first, release our orecs with a NEW clock value (readers
  that saw our dirty values then fail validation), count it, raise TransactionAbort.
* inevitable: take the global token, read-lock every orec of the read set (others may still
  read it, nobody may write it until we commit); from then on reads read-lock too, writes
  write-lock, nothing is logged, and a write lock held by another transaction is taken by
  dooming its owner (it aborts at its next barrier slow path or check point) and waiting.
  At commit, read locks go back to their unchanged version (readers stay valid). At most
  one inevitable transaction exists.
Validation also runs at every check point (check()) and before becoming inevitable, so a
doomed transaction cannot run on inconsistent data for more than one cut interval.
"""
from rpython.rlib import jit
from rpython.rlib.rarithmetic import r_uint, intmask
from minipy.concurrency.stm import atomics
from minipy.concurrency.stm.shared import (shared, MODE_LOCK, CLOCK, INEV, DOOMED,
                                           OREC_BASE, MAX_THREADS, LOCK_WAITERS,
                                           LOCK_TURNS)
from minipy.concurrency.stm.stats import (TxStats, now_ticks, CAUSE_WRITE_WRITE,
                                          CAUSE_READ_WRITE, CAUSE_INEVITABLE, NO_OBJECT)

FILTER_SIZE = 4096  # read-set filter: direct-mapped, keyed by orec index

# An orec word is version*4 (unlocked), version*4 + RLOCK (unchanged since `version`, but
# read-locked by the inevitable transaction: readable, not writable), or owner*4 + WLOCK
# (write-locked by thread `owner`'s transaction).
WLOCK = 1
LOG_KEEP = 1024     # log entries kept allocated between transactions
RLOCK = 2
# how long a transaction that meets another's write lock waits for it (spin_pause rounds,
# each a sched_yield: some hundred microseconds in all) before aborting itself
OWNER_WAIT_SPINS = 300


class TransactionAbort(Exception):
    """Raised by a barrier, check() or commit() after the transaction was rolled back.
    The interpreter catches it where the transaction began, restores its frame snapshot
    and calls start() again."""


class SiteSource(object):
    """Where the running thread is now, as an int site for the conflict report: asked at
    every barrier slow path (so a conflict, and each read a validation may find stale, is
    reported where it happened). This default says where the transaction began; the
    interpreter installs one that names the running instruction (minipy/concurrency/
    stmsites.py)."""
    def current(self, tx):
        return tx.site


class _SiteSourceHolder(object):
    def __init__(self):
        self.source = SiteSource()

site_sources = _SiteSourceHolder()


class Transaction(object):
    def __init__(self, index):
        assert 0 <= index < MAX_THREADS
        self.index = index
        self.lockword = index * 4 + WLOCK
        self.serial = 0
        self.stamp = -1 - index         # never matches an object before the first start()
        self.active = False
        self.barriers = False           # True while an STM-mode transaction runs
        self.inevitable = False
        self.snapshot = 0
        # The logs are lists used up to a count and reused (no list resizing per
        # transaction); entries past the count are stale.
        self.n_reads = 0
        self.read_idx = []
        self.read_ver = []
        self.read_obj = []              # the object and site of each read, for the report
        self.read_site = []
        self.n_locked = 0
        self.filter_idx = [-1] * FILTER_SIZE
        self.filter_stamp = [0] * FILTER_SIZE
        self.locked = []                # orec positions (in the word array) we write-locked
        self.rlocked = []               # orec positions we read-locked (inevitable only)
        self.n_undo = 0
        self.undo = []                  # UndoEntry, oldest first
        self.copied = 0                 # items copied by this run's first writes (tobject.py)
        self.last_copied = 0            # the same, of the last run that copied anything
        self.aborts_in_a_row = 0
        self.next_object = 0
        self.site = 0                   # set by the interpreter: where this transaction began
        self.atomic_depth = 0           # transaction.atomic nesting (cut points skip commit)
        # True while the interpreter has no frame snapshot to roll back to (between a cut
        # made inside a builtin and the next bytecode boundary): the first barrier slow
        # path then makes the transaction inevitable instead of risking an abort.
        self.unprotected = False
        self.start_ticks = 0
        self.stats = TxStats()

    # ---- life cycle ---------------------------------------------------------------

    def start(self):
        assert not self.active
        self.active = True
        self.start_ticks = now_ticks()
        if shared.mode == MODE_LOCK:
            if not shared.biglock.acquire(False):
                atomics.fetch_add(shared.words, LOCK_WAITERS, 1)
                shared.biglock.acquire(True)
                atomics.fetch_add(shared.words, LOCK_WAITERS, -1)
            atomics.fetch_add(shared.words, LOCK_TURNS, 1)
            self.inevitable = True
            return
        self.serial += 1
        self.stamp = (self.serial * MAX_THREADS + self.index) * 2 + 1
        self.copied = 0
        atomics.store(shared.words, DOOMED + 8 * self.index, 0)
        self.snapshot = atomics.load(shared.words, CLOCK)
        self.barriers = True
        if self.aborts_in_a_row >= shared.max_aborts:
            self.become_inevitable()

    def commit(self):
        """End the transaction; raises TransactionAbort (already rolled back) if it lost."""
        assert self.active
        if shared.mode == MODE_LOCK:
            self.active = False
            self.inevitable = False
            self.stats.commits += 1
            shared.biglock.release()
            return
        words = shared.words
        if self.inevitable:
            ts = atomics.fetch_add(words, CLOCK, 1) + 1
            self._release_read_locks()
            self._release_locks(ts)
            atomics.store(words, INEV, 0)
            self.inevitable = False
            self.stats.inevitable_commits += 1
        else:
            if self._doomed():
                self._abort(CAUSE_INEVITABLE, None, self._site_now())
            if self.n_locked == 0:
                self._validate_or_abort()
            else:
                ts = atomics.fetch_add(words, CLOCK, 1) + 1
                self._validate_or_abort()
                self._release_locks(ts)
        self._reset_logs()
        if self.copied > 0:
            self.last_copied = self.copied
        self.stats.commits += 1
        self.aborts_in_a_row = 0
        self.active = False
        self.barriers = False

    def handoff(self):
        """Single-lock mode, between commit() and start() at a cut point: if another thread
        waits for the lock, let it take it before we take it again (an OS mutex would
        mostly give it straight back to us). The GIL's switch does the same."""
        if shared.mode != MODE_LOCK:
            return
        words = shared.words
        if atomics.load(words, LOCK_WAITERS) <= 0:
            return
        turns = atomics.load(words, LOCK_TURNS)
        for i in range(10000):
            if atomics.load(words, LOCK_TURNS) != turns:
                break
            atomics.spin_pause()

    def check(self):
        """A cut point that does not commit (inside transaction.atomic, or periodically in a
        long transaction): abort now if we were doomed or our reads went stale."""
        if not self.barriers or self.inevitable:
            return
        if self._doomed():
            self._abort(CAUSE_INEVITABLE, None, self._site_now())
        now = atomics.load(shared.words, CLOCK)
        self._validate_or_abort()
        self.snapshot = now

    def become_inevitable(self):
        """Before I/O or any irrevocable step: afterwards this transaction cannot abort.
        May raise TransactionAbort (then nothing irrevocable has happened yet)."""
        if self.inevitable or not self.barriers:
            return
        words = shared.words
        if not atomics.cas(words, INEV, 0, self.index + 1):
            t0 = now_ticks()
            spins = 0
            while not atomics.cas(words, INEV, 0, self.index + 1):
                if self._doomed():
                    if self.n_locked > 0:
                        # the inevitable transaction waits for a lock we hold
                        self.stats.wait_ticks += now_ticks() - t0
                        self._abort(CAUSE_INEVITABLE, None, self._site_now())
                    atomics.store(words, DOOMED + 8 * self.index, 0)   # stale
                atomics.wait_pause(spins)
                spins += 1
            self.stats.wait_ticks += now_ticks() - t0
        # Freeze what we read: read-lock every orec of the read set at the version we saw
        # (others may still read it; nobody can write it until we commit).
        for k in range(self.n_reads):
            pos = self.read_idx[k]
            v = atomics.load(words, pos)
            if v == self.lockword or (v & RLOCK):
                continue
            if v != self.read_ver[k] or not atomics.cas(words, pos, v, v | RLOCK):
                atomics.store(words, INEV, 0)
                self._abort(CAUSE_READ_WRITE, self.read_obj[k], self.read_site[k])
            self.rlocked.append(pos)
        if self._doomed():
            # a doom from before we were inevitable: its sender waits for a lock we hold
            # and we are no longer abortable; it is now waiting on us legitimately.
            atomics.store(words, DOOMED + 8 * self.index, 0)
        self.inevitable = True
        self._clear_undo()

    # ---- barriers -----------------------------------------------------------------

    def read(self, obj):
        """Call before reading obj's mutable payload."""
        if obj._stm_stamp == self.stamp or not self.barriers:
            return
        self._read_slow(obj)

    def write(self, obj):
        """Call before writing obj's mutable payload (in place)."""
        if obj._stm_stamp == self.stamp or not self.barriers:
            return
        self._write_slow(obj)

    def read_check(self, obj):
        """Call after loading a payload pointer (or value) of obj whose read() came first:
        abort if a writer took obj meanwhile, so that a payload a racing writer is
        mutating is never used (the memory-safety half of TinySTM's read-orec, read-value,
        re-read-orec pattern; serializability is validation's job)."""
        if obj._stm_stamp == self.stamp or not self.barriers or self.inevitable:
            return
        if self.unprotected:
            self.become_inevitable()     # (a read_check without its read)
            return
        v = atomics.load(shared.words, OREC_BASE + obj._stm_orec)
        if v & WLOCK:
            if v != self.lockword:
                self._abort(CAUSE_READ_WRITE, obj, self._site_now())
        elif (v >> 2) > self.snapshot:
            # a commit since our read: any commit after read() gets a clock value above
            # our snapshot, so this catches every overwrite between read() and now
            self._abort(CAUSE_READ_WRITE, obj, self._site_now())

    def _site_now(self):
        return site_sources.source.current(self)

    def in_read_filter(self, obj):
        """Already in this transaction's read set (most repeated reads): the barrier's
        second fast path, small enough to inline into every accessor."""
        pos = OREC_BASE + obj._stm_orec
        h = pos & (FILTER_SIZE - 1)
        return self.filter_idx[h] == pos and self.filter_stamp[h] == self.stamp

    @jit.dont_look_inside
    def _read_slow(self, obj):
        pos = OREC_BASE + obj._stm_orec
        if self.unprotected:
            self.become_inevitable()
        if self.inevitable:
            self._read_lock(pos)
            return
        h = pos & (FILTER_SIZE - 1)
        if self.filter_idx[h] == pos and self.filter_stamp[h] == self.stamp:
            return
        if self._doomed():
            self._abort(CAUSE_INEVITABLE, obj, self._site_now())
        words = shared.words
        v = atomics.load(words, pos)
        if v & WLOCK:
            if v == self.lockword:
                return
            v = self._wait_for_owner(pos, v)
            if v & WLOCK:
                self._abort(CAUSE_READ_WRITE, obj, self._site_now())
        if (v >> 2) > self.snapshot:
            self._extend(obj)
            v = atomics.load(words, pos)
            if v & WLOCK or (v >> 2) > self.snapshot:
                self._abort(CAUSE_READ_WRITE, obj, self._site_now())
        n = self.n_reads
        if n < len(self.read_idx):
            self.read_idx[n] = pos
            self.read_ver[n] = v & ~RLOCK
            self.read_obj[n] = obj
            self.read_site[n] = self._site_now()
        else:
            self.read_idx.append(pos)
            self.read_ver.append(v & ~RLOCK)
            self.read_obj.append(obj)
            self.read_site.append(self._site_now())
        self.n_reads = n + 1
        self.filter_idx[h] = pos
        self.filter_stamp[h] = self.stamp

    @jit.dont_look_inside
    def _write_slow(self, obj):
        pos = OREC_BASE + obj._stm_orec
        if self.unprotected:
            self.become_inevitable()
        if not self.inevitable and self._doomed():
            self._abort(CAUSE_INEVITABLE, obj, self._site_now())
        self._acquire(pos, obj, CAUSE_WRITE_WRITE)
        entry = obj._stm_save()       # detaches the payload: see tobject.py
        self.copied += entry.copied
        if not self.inevitable:
            n = self.n_undo
            if n < len(self.undo):
                self.undo[n] = entry
            else:
                self.undo.append(entry)
            self.n_undo = n + 1
        obj._stm_stamp = self.stamp

    def _acquire(self, pos, obj, cause):
        """Write-lock orec `pos`."""
        words = shared.words
        t0 = 0
        while True:
            v = atomics.load(words, pos)
            if v == self.lockword:
                break
            if not self.inevitable:
                if v & RLOCK:
                    self._abort(CAUSE_INEVITABLE, obj, self._site_now())
                if v & WLOCK:
                    if self._wait_for_owner(pos, v) & WLOCK:
                        self._abort(cause, obj, self._site_now())
                    continue
                if (v >> 2) > self.snapshot:
                    self._extend(obj)
                    continue
            elif v & WLOCK:
                # we always win: doom the owner and wait for it to roll back
                if t0 == 0:
                    t0 = now_ticks()
                atomics.store(words, DOOMED + 8 * (v >> 2), 1)
                atomics.spin_pause()
                continue
            # unlocked, or (inevitable) read-locked by us: upgrade
            if atomics.cas(words, pos, v, self.lockword):
                n = self.n_locked
                if n < len(self.locked):
                    self.locked[n] = pos
                else:
                    self.locked.append(pos)
                self.n_locked = n + 1
                break
        if t0 != 0:
            self.stats.wait_ticks += now_ticks() - t0

    def _wait_for_owner(self, pos, v):
        """Orec `pos` is write-locked by another (non-inevitable) transaction: give it a
        short while to commit or roll back before we abort (it usually is a short
        transaction whose commit is near: aborting at once throws our work away for
        nothing). Bounded, so two transactions waiting for each other's locks both give
        up; we also stop when the inevitable transaction dooms us. Returns the orec word
        last seen (still `v`: give up)."""
        if not atomics.can_wait():
            return v
        words = shared.words
        t0 = now_ticks()
        for i in range(OWNER_WAIT_SPINS):
            atomics.spin_pause()
            w = atomics.load(words, pos)
            if w != v:
                self.stats.wait_ticks += now_ticks() - t0
                return w
            if self._doomed():
                break
        self.stats.wait_ticks += now_ticks() - t0
        return v

    def _read_lock(self, pos):
        """Inevitable only: keep orec `pos` from being written until we commit."""
        words = shared.words
        t0 = 0
        while True:
            v = atomics.load(words, pos)
            if v == self.lockword or (v & RLOCK):
                break
            if v & WLOCK:
                if t0 == 0:
                    t0 = now_ticks()
                atomics.store(words, DOOMED + 8 * (v >> 2), 1)
                atomics.spin_pause()
                continue
            if atomics.cas(words, pos, v, v | RLOCK):
                self.rlocked.append(pos)
                break
        if t0 != 0:
            self.stats.wait_ticks += now_ticks() - t0

    # ---- validation and rollback ---------------------------------------------------

    def _doomed(self):
        """The inevitable transaction waits for a write lock we hold. A doom flag seen while
        we hold no write lock is stale (sent to our previous transaction, after its commit
        released the lock the sender then found free): cleared, not obeyed -- so a
        transaction that has written nothing (an unprotected one included) never aborts
        on a doom."""
        if atomics.load(shared.words, DOOMED + 8 * self.index) == 0:
            return False
        if self.n_locked == 0:
            atomics.store(shared.words, DOOMED + 8 * self.index, 0)
            return False
        return True

    def _validate(self):
        """-1 if every orec we read still has the version we saw (or is locked by us),
        else the index of the first read-set entry that went stale."""
        words = shared.words
        atomics.fence()
        for k in range(self.n_reads):
            v = atomics.load(words, self.read_idx[k])
            if (v & ~RLOCK) != self.read_ver[k] and v != self.lockword:
                return k
        return -1

    def _validate_or_abort(self):
        k = self._validate()
        if k >= 0:
            # report the conflict where the stale object was read
            self._abort(CAUSE_READ_WRITE, self.read_obj[k], self.read_site[k])

    def _extend(self, obj):
        now = atomics.load(shared.words, CLOCK)
        self._validate_or_abort()
        self.snapshot = now

    def _release_locks(self, ts):
        words = shared.words
        newv = ts * 4
        for k in range(self.n_locked):
            atomics.store(words, self.locked[k], newv)

    def _release_read_locks(self):
        """Give back read locks (not upgraded to write locks) at their unchanged version."""
        words = shared.words
        for pos in self.rlocked:
            v = atomics.load(words, pos)
            if v & RLOCK:
                atomics.store(words, pos, v & ~RLOCK)

    def _reset_logs(self):
        if self.n_reads > LOG_KEEP:
            # a big transaction: do not keep its logs (and the objects they name) alive
            del self.read_idx[LOG_KEEP:]
            del self.read_ver[LOG_KEEP:]
            del self.read_obj[LOG_KEEP:]
            del self.read_site[LOG_KEEP:]
        self.n_reads = 0
        self.n_locked = 0
        if self.rlocked:
            del self.rlocked[:]
        self._clear_undo()

    def _clear_undo(self):
        if self.n_undo > LOG_KEEP:
            del self.undo[LOG_KEEP:]
        self.n_undo = 0

    def _abort(self, cause, obj, site):
        assert not self.inevitable
        for k in range(self.n_undo - 1, -1, -1):
            self.undo[k].restore()
        self._release_read_locks()      # only after a failed become_inevitable()
        if self.n_locked > 0:
            ts = atomics.fetch_add(shared.words, CLOCK, 1) + 1
            self._release_locks(ts)
        self._reset_logs()
        if self.copied > 0:
            self.last_copied = self.copied
        typename = NO_OBJECT
        if obj is not None:
            typename = obj._stm_typename()
        self.stats.record_abort(cause, site, typename, now_ticks() - self.start_ticks)
        self.aborts_in_a_row += 1
        self.active = False
        self.barriers = False
        raise TransactionAbort

    # ---- allocation ----------------------------------------------------------------

    def new_orec(self):
        """Orec index for this thread's next new object (see orec_for)."""
        n = self.next_object
        self.next_object = n + 1
        return orec_for(self.index, n)


def orec_for(thread, n):
    """Orec index of the n-th object allocated by `thread`: Fibonacci hashing, so that one
    thread's consecutive objects spread over the whole table without colliding for a long
    time, and two threads' objects share an orec only by (rare) chance."""
    h = r_uint(n) * r_uint(0x9E3779B97F4A7C15) + r_uint(thread) * r_uint(0xC2B2AE3D27D4EB4F)
    return intmask(h >> shared.orec_shift)
