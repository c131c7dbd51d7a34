"""dict (insertion-ordered) and the ordered hash table that set/frozenset share.

OrderedTable keeps entries in two parallel lists (keys, values; deleted entries are
None) and an r_dict from key to entry index; it compacts when half the entries are
dead. Keys are compared and hashed with Python semantics (ops.eq_w / ops.hash_w), with
fast paths for str and int keys.

Accessors (STM barrier points) of W_DictObject: getitem(w_key), setitem(w_key, w),
delitem(w_key), length(), and by position: entry_count(), key_at(i), value_at(i);
read_table() for code that only reads the whole table, set_table(t) to replace it.

STM (see minipy/concurrency/stm/tobject.py): a read is barriers.read, one load of
`table`, barriers.read_check, then only that table is used; a write is barriers.write,
whose first call in a transaction detaches the table (`_stm_save` swaps in
`copy_exact()`, the undo entry keeps the old table), so a table another thread loaded is
never mutated again. In the STM build every r_dict index is created with its lookup
index already built (`_new_index`): RPython builds it lazily at the first lookup, which
would make a reader write to a shared dict; a prebuilt table (made at import time,
`indexed` False: translation drops the index of prebuilt dicts) gets it once, in an
inevitable transaction (at most one runs at a time), before its first read
(`ensure_index`).
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import r_dict, we_are_translated
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects import stmsupport
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type
from minipy.objects.strobject import W_StrObject
from minipy.objects.intobject import W_IntObject


def key_eq(w_a, w_b):
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.utf8 == w_b.utf8
    if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
        return w_a.intval == w_b.intval
    from minipy.interpreter import ops
    return ops.eq_w(w_a, w_b)


def key_hash(w_a):
    from minipy.interpreter import ops
    return ops.hash_w(w_a)


def _new_index():
    d = r_dict(key_eq, key_hash)
    if barriers.ENABLED:
        from minipy.objects.intobject import wrap_int
        d.get(wrap_int(0), -1)      # builds the lookup index now (see the docstring)
    return d


class OrderedTable(object):
    indexed = False     # STM build: the r_dict's lookup index exists (see docstring)

    def __init__(self):
        self.index = _new_index()
        self.keys_w = []
        self.values_w = []
        self.live = 0
        # changes whenever a key may have moved or appeared (insert, delete, compact,
        # clear): while it stays the same, a key's position stays the same (name_lookup)
        self.layout = 0
        if barriers.ENABLED and we_are_translated():
            # (a table built at import time is prebuilt: translation drops its index)
            self.indexed = True

    def ensure_index(self):
        if barriers.ENABLED and we_are_translated() and not self.indexed:
            stmsupport.exclusive()     # no other thread does this meanwhile
            if not self.indexed:
                # builds our index from the stored keys (no user __eq__ runs)
                self.index.copy()
                self.indexed = True

    def lookup(self, w_key):
        i = self.index.get(w_key, -1)
        return i

    def get(self, w_key):
        i = self.index.get(w_key, -1)
        if i < 0:
            return None
        return self.values_w[i]

    def set(self, w_key, w_value):
        i = self.index.get(w_key, -1)
        if i >= 0:
            self.values_w[i] = w_value
            return
        self.index[w_key] = len(self.keys_w)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.live += 1
        self.layout += 1

    def delete(self, w_key):
        """Remove w_key; returns its value or None when missing."""
        i = self.index.get(w_key, -1)
        if i < 0:
            return None
        w_value = self.values_w[i]
        del self.index[w_key]
        self.keys_w[i] = None
        self.values_w[i] = None
        self.live -= 1
        self.layout += 1
        if self.live * 2 < len(self.keys_w) and len(self.keys_w) > 8:
            self.compact()
        return w_value

    def compact(self):
        keys = []
        values = []
        for j in range(len(self.keys_w)):
            w_k = self.keys_w[j]
            if w_k is not None:
                keys.append(w_k)
                values.append(self.values_w[j])
        self.keys_w = keys
        self.values_w = values
        self.layout += 1
        self.index = _new_index()
        for j in range(len(keys)):
            self.index[keys[j]] = j

    def clear(self):
        self.index = _new_index()
        self.keys_w = []
        self.values_w = []
        self.live = 0
        self.layout += 1

    def copy(self):
        t = OrderedTable()
        for j in range(len(self.keys_w)):
            w_k = self.keys_w[j]
            if w_k is not None:
                t.set(w_k, self.values_w[j])
        return t

    def copy_exact(self):
        """Same entries at the same positions (dead slots included), no rehashing (the
        r_dict copy keeps the stored hashes): what a transaction's first write of a dict
        or set mutates while the original stays as it was."""
        self.ensure_index()
        t = OrderedTable()
        t.index = self.index.copy()
        t.keys_w = self.keys_w[:]
        t.values_w = self.values_w[:]
        t.live = self.live
        return t

    def live_keys(self):
        res = []
        for w_k in self.keys_w:
            if w_k is not None:
                res.append(w_k)
        return res

    def live_values(self):
        res = []
        for j in range(len(self.keys_w)):
            if self.keys_w[j] is not None:
                res.append(self.values_w[j])
        return res


@jit.elidable
def _position(table, layout, w_name):
    """Where str key w_name is in `table` while its layout is `layout` (-1: missing).
    Elidable: with the table and layout promoted to constants, a JIT trace folds it. A
    scan comparing str keys only (the r_dict lookup may call a user __eq__, which the JIT
    rightly refuses in an elidable function); it runs when a trace is recorded."""
    assert isinstance(w_name, W_StrObject)
    name = w_name.utf8
    keys = table.keys_w
    for i in range(len(keys)):
        w_k = keys[i]
        if isinstance(w_k, W_StrObject) and w_k.utf8 == name:
            return i
    return -1


def name_lookup(w_dict, w_name):
    """The value of a name (a str key, W_StrObject) in a namespace dict -- module globals,
    builtins -- or None. Under the JIT this is a guard on the table, a guard on its layout
    and one array read: no hashing and no dict lookup in the trace (values may change
    freely; adding or removing a key changes the layout and fails the guard)."""
    t = w_dict.read_table()
    if jit.we_are_jitted():
        t = jit.promote(t)
        i = _position(t, jit.promote(t.layout), w_name)
    else:
        i = t.index.get(w_name, -1)
    if i < 0:
        return None
    return t.values_w[i]


class DictUndo(UndoEntry):
    def __init__(self, w_dict, old_table):
        self.w_dict = w_dict
        self.old_table = old_table

    def restore(self):
        self.w_dict.table = self.old_table


class W_DictObject(W_Root):
    _attrs_ = ['table']

    def __init__(self):
        TObject.__init__(self)
        self.table = OrderedTable()

    def _stm_save(self):
        old = self.table
        self.table = old.copy_exact()
        return DictUndo(self, old)

    def _stm_typename(self):
        return 'dict'

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

    def getitem(self, w_key):
        return self.read_table().get(w_key)

    def setitem(self, w_key, w_value):
        barriers.write(self)
        self.table.set(w_key, w_value)

    def delitem(self, w_key):
        barriers.write(self)
        return self.table.delete(w_key)

    def length(self):
        return self.read_table().live

    def entry_count(self):
        return len(self.read_table().keys_w)

    def key_at(self, i):
        return self.read_table().keys_w[i]

    def value_at(self, i):
        return self.read_table().values_w[i]

    def live_keys(self):
        return self.read_table().live_keys()

    def live_values(self):
        return self.read_table().live_values()

    def copy_table(self):
        """A compacted copy of the table (dict.copy())."""
        return self.read_table().copy()

    def clear(self):
        barriers.write(self)
        self.table.clear()

    # str-keyed helpers used for globals and namespaces
    def getstr(self, name):
        from minipy.objects.strobject import wrap_str
        return self.read_table().get(wrap_str(name))

    def setstr(self, name, w_value):
        from minipy.objects.strobject import wrap_str
        barriers.write(self)
        self.table.set(wrap_str(name), w_value)


W_DictObject.typedef = make_builtin_type('dict')


class W_DictView(W_Root):
    """dict.keys()/values()/items(); kind is 0, 1, 2."""
    _attrs_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind


W_DictView.typedef = make_builtin_type('dict_view')


class W_InstanceDict(W_DictObject):
    """obj.__dict__ of a user instance: a dict whose writes also go to the instance's
    map slots (the table is a snapshot taken when __dict__ was read, kept in step with
    writes made through this object)."""
    _attrs_ = ['w_inst']

    def __init__(self, w_inst):
        from minipy.objects.strobject import wrap_str
        W_DictObject.__init__(self)
        self.w_inst = w_inst
        names = w_inst.attr_names()
        for i in range(len(names)):
            W_DictObject.setitem(self, wrap_str(names[i]), w_inst.getslot(i))

    def setitem(self, w_key, w_value):
        from minipy.objects.strobject import W_StrObject
        if isinstance(w_key, W_StrObject):
            self.w_inst.setdictvalue(w_key.utf8, w_value)
        W_DictObject.setitem(self, w_key, w_value)

    def delitem(self, w_key):
        from minipy.objects.strobject import W_StrObject
        if isinstance(w_key, W_StrObject):
            self.w_inst.deldictvalue(w_key.utf8)
        return W_DictObject.delitem(self, w_key)

    def clear(self):
        for name in self.w_inst.attr_names()[:]:
            self.w_inst.deldictvalue(name)
        W_DictObject.clear(self)
