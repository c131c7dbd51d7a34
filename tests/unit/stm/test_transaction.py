"""The algorithm's logic, with two or more transactions driven step by step in one OS thread."""
import pytest
from minipy.concurrency.stm import shared, atomics, threadstate, stats
from minipy.concurrency.stm.transaction import TransactionAbort
from stm.helpers import Account, Slots, get, put, as_thread


def two():
    return threadstate.thread_start(), threadstate.thread_start()


def test_write_write_conflict_aborts_the_second_writer():
    a, b = two()
    x = Account(100)
    a.start(); b.start()
    put(a, x, 50)
    with pytest.raises(TransactionAbort):
        put(b, x, 70)
    assert x.balance == 50
    assert b.stats.aborts[stats.CAUSE_WRITE_WRITE] == 1
    a.commit()
    assert x.balance == 50 and a.stats.commits == 1
    b.start(); put(b, x, 70); b.commit()
    assert x.balance == 70


def test_second_writer_waits_for_the_owner_to_commit_instead_of_aborting():
    a, b = two()
    x = Account(100)
    a.start(); b.start()
    put(a, x, 50)
    calls = []

    def a_commits():
        calls.append(1)
        atomics.sim.hook = None
        a.commit()
    atomics.sim.hook = a_commits
    put(b, x, get(b, x) + 7)          # x is newer than b's snapshot: b extends it
    assert calls == [1]
    b.commit()
    assert x.balance == 57
    assert b.stats.aborts[stats.CAUSE_WRITE_WRITE] == 0


def test_reader_waits_for_the_owner_to_roll_back():
    a, b = two()
    x = Account(1)
    b.start(); put(b, x, 5)
    a.start()

    def b_aborts():
        atomics.sim.hook = None
        with pytest.raises(TransactionAbort):
            b._abort(stats.CAUSE_WRITE_WRITE, x, 0)
    atomics.sim.hook = b_aborts
    assert get(a, x) == 1
    a.commit()
    assert a.stats.aborts[stats.CAUSE_READ_WRITE] == 0


def test_waiting_for_an_owner_that_never_finishes_gives_up_and_aborts():
    a, b = two()
    x = Account(1)
    a.start(); put(a, x, 5)
    b.start()
    rounds = []
    atomics.sim.hook = lambda: rounds.append(1)
    try:
        with pytest.raises(TransactionAbort):
            put(b, x, 9)
    finally:
        atomics.sim.hook = None
    assert 0 < len(rounds) <= 10000
    assert b.stats.aborts[stats.CAUSE_WRITE_WRITE] == 1
    a.commit()
    assert x.balance == 5


def test_read_then_foreign_commit_aborts_reader_at_commit():
    a, b = two()
    x, y = Account(1), Account(2)
    a.start()
    a.site = 3
    assert get(a, x) == 1
    b.start(); put(b, x, 10); b.commit()
    a.site = 4
    get(a, y)
    with pytest.raises(TransactionAbort):
        a.commit()
    assert a.stats.aborts[stats.CAUSE_READ_WRITE] == 1
    assert a.stats.sites == {"3:Account": 1}      # where the stale object was read
    a.start(); assert get(a, x) == 10; a.commit()


def test_reading_newer_object_extends_snapshot_when_reads_still_valid():
    a, b = two()
    x, y = Account(1), Account(2)
    a.start()
    get(a, x)
    b.start(); put(b, y, 20); b.commit()
    assert get(a, y) == 20          # newer than a's snapshot, but x is unchanged: extend
    a.commit()
    assert a.stats.total_aborts() == 0


def test_reading_newer_object_aborts_when_extension_fails():
    a, b = two()
    x, y = Account(1), Account(2)
    a.start()
    get(a, x)
    b.start(); put(b, x, 10); put(b, y, 20); b.commit()
    with pytest.raises(TransactionAbort):
        get(a, y)                   # x changed too: a's view (x=1, y=20) would be inconsistent


def test_reader_meeting_a_locked_object_aborts():
    a, b = two()
    x = Account(1)
    b.start(); put(b, x, 5)
    a.start()
    with pytest.raises(TransactionAbort):
        get(a, x)
    assert a.stats.aborts[stats.CAUSE_READ_WRITE] == 1


def test_dirty_read_is_caught_at_commit_even_if_writer_rolled_back():
    a, b, c = threadstate.thread_start(), threadstate.thread_start(), threadstate.thread_start()
    x, z = Account(1), Account(0)
    a.start()
    a.read(x)                       # barrier passed...
    b.start(); put(b, x, 99)        # ...b writes in place...
    seen = x.balance                # ...a sees the dirty 99
    assert seen == 99
    c.start(); put(c, z, 1)
    with pytest.raises(TransactionAbort):
        get(b, z)                   # b loses to c and rolls back
    assert x.balance == 1
    with pytest.raises(TransactionAbort):
        a.commit()                  # x's orec got a new version: a's read is invalid
    c.commit()


def test_read_only_commit_fails_while_writer_holds_the_lock():
    a, b = two()
    x = Account(1)
    a.start(); a.read(x)
    b.start(); put(b, x, 2)
    with pytest.raises(TransactionAbort):
        a.commit()
    b.commit()


def test_undo_restores_every_payload_newest_first():
    a, b = two()
    x, y, z = Account(1), Account(2), Account(3)
    s = Slots(3)
    b.start(); put(b, z, 30)
    a.start()
    put(a, x, 10); put(a, x, 11); put(a, y, 20)
    a.write(s); s.items[1] = 7; s.items = s.items + [8]
    assert a.n_undo == 3         # one entry per object, at its first write
    with pytest.raises(TransactionAbort):
        put(a, z, 0)
    assert (x.balance, y.balance, s.items) == (1, 2, [0, 0, 0])
    assert a.n_locked == 0 and a.n_undo == 0
    b.commit()
    # a's released orecs are free again
    b.start(); put(b, x, 5); b.commit()
    assert x.balance == 5


def test_objects_allocated_in_the_transaction_are_private_and_not_logged():
    a, b = two()
    as_thread(a)
    a.start()
    p = Account(1)
    put(a, p, 2); get(a, p)
    assert a.n_undo == 0 and a.n_locked == 0 and a.n_reads == 0
    a.commit()
    as_thread(b)
    b.start(); put(b, p, 3)
    assert b.n_undo == 1 and b.n_locked == 1
    b.commit()


def test_object_allocated_in_an_aborted_transaction_is_not_private_later():
    a, b = two()
    x = Account(0)
    as_thread(a)
    b.start(); put(b, x, 1)
    a.start()
    p = Account(1)
    with pytest.raises(TransactionAbort):
        get(a, x)
    a.start()
    assert p._stm_stamp != a.stamp
    b.commit()


def test_inevitable_transaction_wins_and_the_loser_rolls_back():
    a, b = two()
    x = Account(1)
    b.start(); put(b, x, 50)
    a.start(); a.become_inevitable()
    assert a.inevitable

    def run_b_until_it_notices():
        atomics.sim.hook = None
        with pytest.raises(TransactionAbort):
            b.check()
    atomics.sim.hook = run_b_until_it_notices
    put(a, x, get(a, x) + 1)
    assert x.balance == 2
    assert b.stats.aborts[stats.CAUSE_INEVITABLE] == 1
    a.commit()
    assert a.stats.inevitable_commits == 1
    assert atomics.load(shared.shared.words, shared.INEV) == 0


def test_what_the_inevitable_transaction_read_stays_readable_but_not_writable():
    a, b, c = threadstate.thread_start(), threadstate.thread_start(), threadstate.thread_start()
    x, y = Account(1), Account(2)
    a.start(); get(a, x); a.become_inevitable()
    assert get(a, y) == 2                     # read after becoming inevitable: read-locked too
    b.start()
    with pytest.raises(TransactionAbort):
        put(b, x, 2)
    assert b.stats.aborts[stats.CAUSE_INEVITABLE] == 1
    with pytest.raises(TransactionAbort):
        b.start(); put(b, y, 2)
    b.start()
    assert get(b, x) + get(b, y) == 3         # readers are not disturbed...
    c.start(); assert get(c, y) == 2
    a.commit()
    b.commit()                                # ...not even after the inevitable one commits
    put(c, y, 5); c.commit()
    assert y.balance == 5


def test_inevitable_write_after_read_upgrades_the_lock():
    a, b = two()
    x = Account(1)
    a.start(); a.become_inevitable(); get(a, x)
    b.start(); get(b, x)
    put(a, x, 7)                              # upgrade: from now on readers abort
    with pytest.raises(TransactionAbort):
        b.commit()
    a.commit()
    b.start(); assert get(b, x) == 7; b.commit()


def test_becoming_inevitable_with_stale_reads_aborts_and_frees_the_token():
    a, b = two()
    x = Account(1)
    a.start(); get(a, x)
    b.start(); put(b, x, 2); b.commit()
    with pytest.raises(TransactionAbort):
        a.become_inevitable()
    assert atomics.load(shared.shared.words, shared.INEV) == 0
    assert not a.inevitable


def test_only_one_inevitable_transaction_at_a_time():
    a, b = two()
    a.start(); a.become_inevitable()
    b.start()

    def a_finishes():
        atomics.sim.hook = None
        assert atomics.load(shared.shared.words, shared.INEV) == a.index + 1
        a.commit()
    atomics.sim.hook = a_finishes
    b.become_inevitable()
    assert b.inevitable and not a.inevitable
    b.commit()


def test_waiting_for_the_token_while_holding_a_lock_the_winner_needs_aborts():
    a, b = two()
    x = Account(1)
    a.start(); a.become_inevitable()
    b.start(); put(b, x, 9)

    def a_asks_for_x():
        # a (inevitable) meets b's lock on x: it dooms b and would wait
        atomics.sim.hook = None
        with pytest.raises(AssertionError):
            put(a, x, 3)
        atomics.sim.hook = lambda: None
    atomics.sim.hook = a_asks_for_x
    with pytest.raises(TransactionAbort):
        b.become_inevitable()       # b waits for the token, sees it is doomed: no deadlock
    assert x.balance == 1 and b.stats.aborts[stats.CAUSE_INEVITABLE] == 1
    put(a, x, 3)
    a.commit()
    assert x.balance == 3


def test_after_k_aborts_in_a_row_the_transaction_starts_inevitable():
    a, b = two()
    x = Account(1)
    for i in range(3):
        b.start(); put(b, x, 5)
        a.start()
        with pytest.raises(TransactionAbort):
            put(a, x, 7)
        b.commit()
    assert a.aborts_in_a_row == 3
    a.start()
    assert a.inevitable
    put(a, x, 7)
    a.commit()
    assert a.aborts_in_a_row == 0 and x.balance == 7
    a.start(); assert not a.inevitable; a.commit()


def test_statistics_count_causes_and_conflict_sites():
    shared.init(shared.MODE_STM, orec_bits=10, max_aborts=10)
    a, b = two()
    x, s = Account(1), Slots(2)
    b.start(); put(b, x, 2); b.write(s)
    for site in (7, 7, 9):
        a.start(); a.site = site
        with pytest.raises(TransactionAbort):
            put(a, x, 0)
    a.start(); a.site = 9
    with pytest.raises(TransactionAbort):
        a.read(s)
    b.commit()
    st = a.stats
    assert st.aborts == [3, 1, 0]
    assert st.sites == {"7:Account": 2, "9:Account": 1, "9:Slots": 1}
    assert stats.most_frequent(st.sites, 2) == ["7:Account", "9:Account"]
    assert st.lost_ticks >= 0
    total = threadstate.total_stats()
    assert total.commits == 1 and total.total_aborts() == 4
    text = total.format("total", 0, stats.SiteNames())
    assert "1 commits" in text and "4 aborts (write-write 3, read-write 1, inevitable 0)" in text
    assert "conflicts at 7 (Account): 2" in text


def test_check_point_aborts_a_doomed_or_stale_transaction():
    a, b = two()
    x = Account(1)
    a.start(); get(a, x)
    a.check()                        # still valid
    b.start(); put(b, x, 2); b.commit()
    with pytest.raises(TransactionAbort):
        a.check()


def test_lock_mode_serialises_without_barrier_bookkeeping():
    shared.init(shared.MODE_LOCK, orec_bits=10)
    a, b = two()
    x = Account(1)
    a.start()
    put(a, x, 2); get(a, x)
    assert a.n_undo == 0 and a.n_reads == 0 and a.inevitable
    assert not shared.shared.biglock.acquire(False)
    a.commit()
    b.start(); put(b, x, 3); b.commit()
    assert x.balance == 3 and a.stats.commits == 1


def test_logs_are_reused_and_big_ones_trimmed():
    from minipy.concurrency.stm.transaction import LOG_KEEP
    shared.init(shared.MODE_STM, orec_bits=16, max_aborts=3)
    a, b = two()
    objs = [Account(i) for i in range(LOG_KEEP + 10)]
    a.start()
    for o in objs:
        put(a, o, get(a, o) + 1)
    assert a.n_reads == a.n_undo == a.n_locked == LOG_KEEP + 10
    a.commit()
    assert len(a.read_idx) == LOG_KEEP and len(a.undo) == LOG_KEEP
    a.start(); get(a, objs[0]); a.commit()
    b.start(); put(b, objs[1], 0)
    a.start(); get(a, objs[2])
    with pytest.raises(TransactionAbort):
        get(a, objs[1])
    assert objs[2].balance == 3 and a.n_reads == 0
    b.commit()


def test_orecs_of_new_objects_spread_over_the_table():
    shared.init(shared.MODE_STM, orec_bits=12)
    a, b = two()
    seen = set()
    for tx in (a, b):
        as_thread(tx)
        seen.update(Account(0)._stm_orec for i in range(1000))
    assert all(0 <= o < 4096 for o in seen)
    assert len(seen) > 1500          # few collisions, within a thread or across the two


def test_report_has_a_block_per_thread_and_the_total():
    a, b, idle = threadstate.thread_start(), threadstate.thread_start(), threadstate.thread_start()
    x = Account(0)
    b.start(); put(b, x, 1)
    a.start(); a.site = 12
    with pytest.raises(TransactionAbort):
        get(a, x)
    b.commit()
    a.start(); get(a, x); a.commit()
    text = threadstate.format_report(1000.0, stats.SiteNames())
    assert text.count("thread ") == 2 and "thread 2" not in text
    assert "thread 0: 1 commits (0 inevitable), 1 aborts (write-write 0, read-write 1" in text
    assert "total: 2 commits (0 inevitable), 1 aborts" in text
    assert text.count("conflicts at 12 (Account): 1") == 2      # thread 0's block and the total


def test_finished_threads_slots_are_reused_with_fresh_stamps():
    a = threadstate.thread_start()
    as_thread(a)
    a.start()
    p = Account(0)                      # private to a's transaction
    a.commit()
    stamps = set([a.stamp])
    threadstate.thread_stop()
    n = 0
    for i in range(shared.MAX_THREADS + 5):
        t = threadstate.thread_start()
        assert t is a                   # one thread at a time: always the same slot
        t.start()
        stamps.add(t.stamp)
        put(t, p, i)                    # p is public now: logged, never private
        assert t.n_undo == 1
        t.commit()
        threadstate.thread_stop()
    assert len(stamps) == shared.MAX_THREADS + 6
    total = threadstate.total_stats()
    assert total.commits == shared.MAX_THREADS + 6
    assert "finished threads whose slot was reused: %d commits" % (shared.MAX_THREADS + 5) \
        in threadstate.format_report(0, stats.SiteNames())


def test_report_counts_the_sites_of_one_line_together():
    """Two instructions of one source line (the load and the store of `x.n += 1`) are one
    conflict site for the user; an abort found on no object says what it lost to."""
    class Lines(stats.SiteNames):
        def name(self, site):
            return "f.py:%d in g" % (3 if site in (7, 8) else 4)
    st = stats.TxStats()
    st.record_abort(stats.CAUSE_READ_WRITE, 7, "Account", 0)
    st.record_abort(stats.CAUSE_WRITE_WRITE, 8, "Account", 0)
    st.record_abort(stats.CAUSE_WRITE_WRITE, 8, "Account", 0)
    st.record_abort(stats.CAUSE_READ_WRITE, 9, "Account", 0)
    st.record_abort(stats.CAUSE_INEVITABLE, 9, stats.NO_OBJECT, 0)
    text = st.format("total", 0, Lines())
    assert "  conflicts at f.py:3 in g (Account): 3\n" in text
    assert "  conflicts at f.py:4 in g (Account): 1\n" in text
    assert "  conflicts at f.py:4 in g (no object: lost to the inevitable transaction): 1\n" in text
    assert text.count("conflicts at") == 3
    assert text.index("f.py:3") < text.index("f.py:4")     # most first
