"""Test objects for the STM runtime: an Account (one int payload) and a Slots object
(a list payload), and a helper to act as one simulated thread or another."""
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.concurrency.stm import threadstate


class AccountUndo(UndoEntry):
    def __init__(self, acc):
        self.acc = acc
        self.balance = acc.balance

    def restore(self):
        self.acc.balance = self.balance


class Account(TObject):
    def __init__(self, balance):
        TObject.__init__(self)
        self.balance = balance

    def _stm_save(self):
        return AccountUndo(self)

    def _stm_typename(self):
        return "Account"


class SlotsUndo(UndoEntry):
    def __init__(self, obj):
        self.obj = obj
        self.items = obj.items[:]

    def restore(self):
        self.obj.items = self.items


class Slots(TObject):
    def __init__(self, n):
        TObject.__init__(self)
        self.items = [0] * n

    def _stm_save(self):
        return SlotsUndo(self)

    def _stm_typename(self):
        return "Slots"


def get(tx, acc):
    tx.read(acc)
    return acc.balance


def put(tx, acc, value):
    tx.write(acc)
    acc.balance = value


def as_thread(tx):
    """Make tx the current transaction (objects allocated now get its stamp)."""
    threadstate._current.set(tx)
