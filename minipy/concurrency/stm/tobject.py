"""TObject: the base of every object whose mutable state transactions share; UndoEntry.

Two header words: `_stm_orec`, the index of its ownership record (fixed at allocation), and
`_stm_stamp`, the stamp of the transaction that created it (the object is then private to
that transaction: no barrier work, no undo log) or that last took it for writing (it is then
locked by that transaction and already logged). Stamps are unique per transaction run
(a re-run gets a new one), so a stale stamp never matches.

A subclass implements `_stm_save()`, called once per transaction at the object's first write
(inevitable transactions included): it DETACHES the payload -- replaces each mutable container
it holds (slot list, list storage, dict table) by a fresh copy that the writer then mutates
in place -- and returns an UndoEntry whose `restore()` puts the old payload back (the old
containers themselves, and old scalar fields). So a container that other threads may have
loaded is never mutated again: a reader racing with a writer holds either the old, frozen
container or (caught by read_check before use) the writer's copy. And `_stm_typename()` for
the conflict report.
Outside the STM build (barriers.ENABLED false) the header is left at its defaults and
__init__ does nothing.
"""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.threadstate import init_tobject


class UndoEntry(object):
    # how many items detaching the payload copied (the big containers set it): a thread
    # whose transactions each copy a big list must not be cut into very short ones
    copied = 0

    def restore(self):
        raise NotImplementedError


class TObject(object):
    _attrs_ = ['_stm_orec', '_stm_stamp']
    _stm_orec = 0
    _stm_stamp = 0

    def __init__(self):
        if barriers.ENABLED:
            init_tobject(self)

    def _stm_save(self):
        raise NotImplementedError

    def _stm_typename(self):
        return "object"
