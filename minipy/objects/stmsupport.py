"""STM build helpers shared by the object model (compiled away elsewhere).

exclusive(): before a one-time, non-transactional write to a shared RPython structure
(building the lookup index of a prebuilt dict: see dictobject/maps/typeobject), make the
current transaction inevitable -- at most one inevitable transaction runs at a time, so
no two threads do such a write at once and no transaction can roll back past it.
Without a transaction (start-up, before the thread is registered) only one thread runs."""
from minipy.concurrency.stm import barriers, threadstate


def exclusive():
    if barriers.ENABLED:
        tx = threadstate.current()
        if tx is not None:
            tx.become_inevitable()
