"""The accessor-level barriers: the same protocol as Transaction.read/write, found through
the thread-local; nothing at all when the build has STM disabled."""
import pytest
from minipy.concurrency.stm import barriers, threadstate
from minipy.concurrency.stm.transaction import TransactionAbort
from stm.helpers import Account, as_thread


def test_barriers_use_the_current_threads_transaction():
    a, b = threadstate.thread_start(), threadstate.thread_start()
    x = Account(1)
    as_thread(b); b.start(); barriers.write(x); x.balance = 2
    as_thread(a); a.start()
    with pytest.raises(TransactionAbort):
        barriers.read(x)
    as_thread(b)
    barriers.become_inevitable()
    assert b.inevitable and b.n_undo == 0
    b.commit()
    as_thread(a); a.start()
    barriers.read(x)
    assert a.n_reads == 1
    barriers.write(x)
    assert a.n_undo == 1
    a.commit()


def test_disabled_barriers_do_nothing_and_objects_get_no_header():
    barriers.ENABLED = False
    a = threadstate.thread_start()
    as_thread(a)
    a.start()
    x = Account(1)
    assert x._stm_stamp == 0 and x._stm_orec == 0
    barriers.read(x); barriers.write(x); barriers.become_inevitable()
    assert a.n_reads == 0 and a.n_undo == 0 and not a.inevitable
