"""The GIL mode's tick budget (minipy/concurrency/gil.py): periodic() runs about once a
period (CHECK_PERIOD, or a shorter switch interval) whatever the speed of the code,
within MIN_TICKS..MAX_TICKS."""
from minipy.concurrency import gil


def test_budget_grows_while_checks_come_too_often():
    b = gil.MIN_TICKS
    seen = [b]
    for i in range(30):
        b = gil._next_budget(b, gil.CHECK_PERIOD / 10, gil.CHECK_PERIOD)
        seen.append(b)
    assert seen[1] == 2 * gil.MIN_TICKS
    assert max(seen) == b == gil.MAX_TICKS
    assert gil._next_budget(b, gil.CHECK_PERIOD / 10, gil.CHECK_PERIOD) == b     # capped


def test_budget_shrinks_when_checks_come_too_late():
    b = gil.MAX_TICKS
    for i in range(30):
        b = gil._next_budget(b, gil.CHECK_PERIOD * 10, gil.CHECK_PERIOD)
    assert b == gil.MIN_TICKS
    assert gil._next_budget(b, gil.CHECK_PERIOD * 10, gil.CHECK_PERIOD) == b     # floored


def test_budget_stays_when_checks_come_on_time():
    for b in (gil.MIN_TICKS, 1000, gil.MAX_TICKS):
        assert gil._next_budget(b, gil.CHECK_PERIOD, gil.CHECK_PERIOD) == b


def test_a_short_switch_interval_keeps_the_budget_small():
    """Two threads passing a turn need a check about every switch interval."""
    b = gil.MAX_TICKS
    for i in range(30):
        b = gil._next_budget(b, 0.0001, 1e-6)       # 100 us per budget: far too long
    assert b == gil.MIN_TICKS


def test_a_blocking_lock_wait_restarts_the_switch_interval():
    """A thread that got the GIL back from a lock wait that blocked runs a whole switch
    interval before its periodic check passes the GIL on (its last yield was long ago)."""
    import threading
    from minipy.builtins.modthread import W_Lock
    from minipy.interpreter.executioncontext import get_ec
    ec = get_ec()
    ec.gil_last_yield = 0.0
    w_lock = W_Lock()
    assert w_lock.acquire(True, -1.0)            # free: no wait
    assert ec.gil_last_yield == 0.0
    t = threading.Timer(0.05, w_lock.lock.release)
    t.start()
    assert w_lock.acquire(True, -1.0)            # taken: waits for the timer's release
    t.join()
    assert ec.gil_last_yield > 0.0
