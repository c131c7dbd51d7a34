"""TObject: the base of every object whose mutable state transactions share; UndoEntry.

Two header words: `_stm_orec`, the index of its ownership record (fixed at allocation), and
`_stm_stamp`, the stamp of the transaction that created it (the object is then private to
that transaction: no barrier work, no undo log) or that last took it for writing (it is then
locked by that transaction and already logged). Stamps are unique per transaction run
(a re-run gets a new one), so a stale stamp never matches.

A subclass implements `_stm_save()`: an UndoEntry that, when its `restore()` runs, puts the
object's payload back as it was at the first write of the transaction (copy of a slot list,
a dict storage, one cell value...); and `_stm_typename()` for the conflict report.
Outside the STM build (barriers.ENABLED false) the header is left at its defaults and
__init__ does nothing.
"""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.threadstate import init_tobject


class UndoEntry(object):
    def restore(self):
        raise NotImplementedError


class TObject(object):
    _stm_orec = 0
    _stm_stamp = 0

    def __init__(self):
        if barriers.ENABLED:
            init_tobject(self)

    def _stm_save(self):
        raise NotImplementedError

    def _stm_typename(self):
        return "object"
