"""set and frozenset, on a settable.SetTable (CPython's layout, so CPython's iteration
order). Accessors: contains(w), add(w), discard(w), pop(), length(), keys() (in iteration
order), clear(), update(w_set); read_table() for code that only reads the table,
set_table(t) to replace it. STM barriers as in dictobject (the first write of a
transaction detaches the table)."""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type
from minipy.objects.settable import SetTable
from minipy.objects.intobject import W_IntObject


class SetUndo(UndoEntry):
    def __init__(self, w_set, old_table):
        self.w_set = w_set
        self.old_table = old_table
        self.copied = old_table.size()

    def restore(self):
        self.w_set.table = self.old_table


class W_SetObject(W_Root):
    # `frozen` is fixed at creation; `hash` is a cache a frozenset fills once (every
    # thread computes the same value, so a race only computes it twice).
    _attrs_ = ['table', 'frozen', 'hash']

    def __init__(self, frozen=False):
        TObject.__init__(self)
        self.table = SetTable()
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
        return t

    def set_table(self, table):
        """Replace the whole table (a fresh table nobody else holds); pop()'s finger stays
        where it was, as CPython's `&=` keeps it."""
        barriers.write(self)
        table.finger = self.table.finger
        self.table = table

    # An exact int in a table of ints (settable.py) goes as a machine int to one call
    # that hashes, probes and changes the table: in a JIT trace its box stays virtual.

    def contains(self, w_key):
        from minipy.interpreter import ops
        if type(w_key) is W_IntObject:
            t = self.read_table()
            if t.ints():
                return t.find_int(w_key.intval) >= 0
        return self.contains_hashed(w_key, ops.hash_w(w_key))

    def contains_hashed(self, w_key, h):
        return self.read_table().find(w_key, h) >= 0

    def add(self, w_key):
        from minipy.interpreter import ops
        if type(w_key) is W_IntObject:
            barriers.write(self)
            t = self.table
            if t.ints():
                t.add_int(w_key.intval)
                return
        self.add_hashed(w_key, ops.hash_w(w_key))

    def add_hashed(self, w_key, h):
        barriers.write(self)
        self.table.add(w_key, h)

    def add_all(self, keys_w, hashes):
        """Add keys of known hashes after one resize for all of them (CPython does so for
        the keys of a dict)."""
        barriers.write(self)
        self.table.reserve(len(keys_w))
        for i in range(len(keys_w)):
            self.table.add(keys_w[i], hashes[i])

    def discard(self, w_key):
        """Remove w_key if present; True when it was."""
        from minipy.interpreter import ops
        if type(w_key) is W_IntObject:
            barriers.write(self)
            t = self.table
            if t.ints():
                return t.discard_int(w_key.intval)
        return self.discard_hashed(w_key, ops.hash_w(w_key))

    def discard_hashed(self, w_key, h):
        barriers.write(self)
        return self.table.discard(w_key, h)

    def shed_dummies(self):
        """Rebuild the table when more than a quarter of it is dummies (CPython does so at
        the end of difference_update)."""
        t = self.read_table()
        if t.fill - t.used > t.mask // 4:
            barriers.write(self)
            self.table.resize(self.table.grown_size())

    def pop(self):
        """Remove and return the key CPython's pop() takes, or None when empty."""
        barriers.write(self)
        t = self.table
        if t.used == 0:
            return None
        j = t.pop_slot()
        w_k = t.key_at(j)
        t.remove_at(j)
        return w_k

    def update(self, w_other):
        """Add the keys of set w_other (CPython's set_merge)."""
        other = w_other.read_table()
        barriers.write(self)
        self.table.merge(other)

    def length(self):
        return self.read_table().used

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
