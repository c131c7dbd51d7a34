"""set and frozenset, on dictobject.OrderedTable (values unused). Accessors:
contains(w), add(w), discard(w), length(), keys(), clear(); read_table() for code that
only reads the table, set_table(t) to replace it. STM barriers as in dictobject (the
first write of a transaction detaches the table)."""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type
from minipy.objects.dictobject import OrderedTable
from minipy.objects.noneobject import w_None


class SetUndo(UndoEntry):
    def __init__(self, w_set, old_table):
        self.w_set = w_set
        self.old_table = old_table
        self.copied = len(old_table.keys_w)

    def restore(self):
        self.w_set.table = self.old_table


class W_SetObject(W_Root):
    # `frozen` is fixed at creation; `hash` is a cache a frozenset fills once (every
    # thread computes the same value, so a race only computes it twice).
    _attrs_ = ['table', 'frozen', 'hash']

    def __init__(self, frozen=False):
        TObject.__init__(self)
        self.table = OrderedTable()
        self.frozen = frozen
        self.hash = -1

    def _stm_save(self):
        old = self.table
        self.table = old.copy_exact()
        return SetUndo(self, old)

    def _stm_typename(self):
        if self.frozen:
            return 'frozenset'
        return 'set'

    def read_table(self):
        """The table, for code that only reads it (never mutate it)."""
        barriers.read(self)
        t = self.table
        barriers.read_check(self)
        t.ensure_index()
        return t

    def set_table(self, table):
        """Replace the whole table (a fresh table nobody else holds)."""
        barriers.write(self)
        self.table = table

    def contains(self, w_key):
        return self.read_table().lookup(w_key) >= 0

    def add(self, w_key):
        barriers.write(self)
        self.table.set(w_key, w_None)

    def discard(self, w_key):
        barriers.write(self)
        return self.table.delete(w_key) is not None

    def length(self):
        return self.read_table().live

    def keys(self):
        return self.read_table().live_keys()

    def clear(self):
        barriers.write(self)
        self.table.clear()

    def getclass(self):
        if self.frozen:
            return w_frozenset_type
        return W_SetObject.typedef


W_SetObject.typedef = make_builtin_type('set')
w_frozenset_type = make_builtin_type('frozenset')
