"""dict (insertion-ordered) and the ordered hash table that set/frozenset share.

OrderedTable keeps entries in two parallel lists (keys, values; deleted entries are
None) and an index from key to entry position; it compacts when half the entries are
dead. The index is a plain RPython dict while every key is a str (or every key an int), an
r_dict whose comparison and hash run no Python code while every key is a tuple of strs
and ints, else an r_dict comparing and hashing with Python semantics (ops.eq_w /
ops.hash_w).

Accessors (STM barrier points) of W_DictObject: getitem(w_key), setitem(w_key, w),
delitem(w_key), length(), and by position: entry_count(), key_at(i), value_at(i);
read_table() for code that only reads the whole table, set_table(t) to replace it.

STM (see minipy/concurrency/stm/tobject.py): a read is barriers.read, one load of
`table`, barriers.read_check, then only that table is used; a write is barriers.write,
whose first call in a transaction detaches the table (`_stm_save` swaps in
`copy_exact()`, the undo entry keeps the old table), so a table another thread loaded is
never mutated again. In the STM build every index is created with its lookup
index already built (`_new_index` and its str/int twins): RPython builds it lazily at the first lookup, which
would make a reader write to a shared dict; a prebuilt table (made at import time,
`indexed` False: translation drops the index of prebuilt dicts) gets it once, in an
inevitable transaction (at most one runs at a time), before its first read
(`ensure_index`).
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import r_dict, we_are_translated, compute_hash, specialize
from rpython.rlib.rarithmetic import r_uint, intmask
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects import stmsupport
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type
from minipy.objects.strobject import W_StrObject
from minipy.objects.intobject import W_IntObject, wrap_int
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.noneobject import W_NoneObject
from minipy.objects.tupleobject import W_TupleObject


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


@jit.elidable     # a tuple never changes: a trace computes it once per tuple
def is_plain_tuple(w_key):
    """A tuple (not a subclass) of exact strs and ints (no bools): its comparison with
    another such tuple and its hash need no Python code."""
    if type(w_key) is not W_TupleObject:
        return False
    for w_item in w_key.items_w:
        if type(w_item) is not W_StrObject and type(w_item) is not W_IntObject:
            return False
    return True


def plain_tuple_eq(w_a, w_b):
    assert isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject)
    a = w_a.items_w
    b = w_b.items_w
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        w_x = a[i]
        w_y = b[i]
        if isinstance(w_x, W_StrObject):
            if not isinstance(w_y, W_StrObject) or w_x.utf8 != w_y.utf8:
                return False
        else:
            assert isinstance(w_x, W_IntObject)
            if not isinstance(w_y, W_IntObject) or w_x.intval != w_y.intval:
                return False
    return True


@jit.elidable
def plain_tuple_hash(w_a):
    """Internal to the index (not Python's hash()): the items' hashes mixed in order."""
    assert isinstance(w_a, W_TupleObject)
    h = r_uint(0x345678)
    for w_x in w_a.items_w:
        if isinstance(w_x, W_StrObject):
            hx = r_uint(compute_hash(w_x.utf8))
        else:
            assert isinstance(w_x, W_IntObject)
            hx = r_uint(w_x.intval)
        h = (h ^ hx) * r_uint(1000003)
    return intmask(h)


# What the keys of a table are, which picks its index (see OrderedTable):
EMPTY = 0   # no key yet: no index
STRS = 1    # only exact str keys: an RPython dict from the UTF-8 text
INTS = 2    # only exact int keys (no bools): an RPython dict from the machine int
OBJS = 3    # anything else: an r_dict comparing with Python semantics
TUPLES = 4  # only tuples of exact strs and ints: an r_dict that runs no Python code


def _new_index():
    d = r_dict(key_eq, key_hash)
    if barriers.ENABLED:
        from minipy.objects.intobject import wrap_int
        d.get(wrap_int(0), -1)      # builds the lookup index now (see the docstring)
    return d


def _new_str_index():
    d = {}
    if barriers.ENABLED:
        d.get('', -1)               # as in _new_index
    return d


def _new_int_index():
    d = {}
    if barriers.ENABLED:
        d.get(0, -1)                # as in _new_index
    return d


def _new_tuple_index():
    d = r_dict(plain_tuple_eq, plain_tuple_hash)
    if barriers.ENABLED:
        d.get(W_TupleObject([]), -1)    # as in _new_index
    return d


@specialize.call_location()   # key objects at one call, an INTS table's ints at the other
def _without_holes(keys, values_w):
    """The keys and values of the live entries (a deleted entry's value is None)."""
    live_keys = []
    values = []
    for j in range(len(values_w)):
        if values_w[j] is not None:
            live_keys.append(keys[j])
            values.append(values_w[j])
    return live_keys, values


def _int_index_of(ikeys, values_w):
    """A fresh index of an INTS table's live keys."""
    d = _new_int_index()
    for j in range(len(values_w)):
        if values_w[j] is not None:
            d[ikeys[j]] = j
    return d


@specialize.arg(0)
def _index_of(kind, keys_w):
    """A fresh index of the live keys for a table of `kind` (a constant: one copy per
    kind, as the indexes are dicts of different types)."""
    if kind == STRS:
        d = _new_str_index()
    elif kind == INTS:
        d = _new_int_index()
    elif kind == TUPLES:
        d = _new_tuple_index()
    else:
        d = _new_index()
    for j in range(len(keys_w)):
        w_k = keys_w[j]
        if w_k is not None:
            d[_index_key(kind, w_k)] = j
    return d


@specialize.arg(0)
def _index_key(kind, w_key):
    """What the index of a table of `kind` is keyed by."""
    if kind == STRS:
        assert isinstance(w_key, W_StrObject)
        return w_key.utf8
    if kind == INTS:
        assert isinstance(w_key, W_IntObject)
        return w_key.intval
    return w_key


def _never_equal(kind, w_key):
    """True when w_key cannot equal any key of a STRS, INTS or TUPLES table (so a lookup
    needs neither its hash nor a comparison): None, numbers vs str, str vs int, and
    numbers or str vs tuples. A float
    can equal an int (2.0 == 2) and user objects define their own __eq__, so those
    are looked up the long way (_scan)."""
    if isinstance(w_key, W_NoneObject):
        return True
    if kind == TUPLES:
        return (isinstance(w_key, W_IntObject) or isinstance(w_key, W_FloatObject) or
                isinstance(w_key, W_StrObject))
    if kind == STRS:
        return isinstance(w_key, W_IntObject) or isinstance(w_key, W_FloatObject)
    return isinstance(w_key, W_StrObject)


class OrderedTable(object):
    """Entries in insertion order in keys_w/values_w (a deleted entry leaves None in
    both), and an index from key to position. The index depends on the keys seen so
    far (`kind`): tables whose keys are all str, or all int, use a plain RPython dict,
    and tables whose keys are all tuples of strs and ints an r_dict of its own: their
    lookups never run Python code -- for the JIT a plain call that cannot force
    the frame, where the general r_dict's comparison (a user __eq__ may run) can; the
    first other key moves the table to the general r_dict for good.

    An INTS table keeps its keys unboxed, in `ikeys` (keys_w is None): storing a key
    allocates nothing (in a trace the key's box stays virtual), and the collector has
    no key objects to copy and trace (a memo dict's keys were a third of its objects).
    A key read back (iteration, keys(), popitem) is a fresh box, as ints made in traces
    are. A deleted entry is known by its value, None."""
    indexed = False     # STM build: the lookup index exists (see the module docstring)

    def __init__(self):
        self.kind = EMPTY
        self.index = None
        self.str_index = None
        self.int_index = None
        self.tuple_index = None
        self.keys_w = []
        self.ikeys = None
        self.values_w = []
        self.live = 0
        # the key object lookup() found last (its value in an INTS table), where, and
        # the layout then (see lookup)
        self.last_key = None
        self.last_ikey = 0
        self.last_pos = -1
        self.last_layout = -1
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
                if self.kind == STRS:
                    self.str_index.copy()
                elif self.kind == INTS:
                    self.int_index.copy()
                elif self.kind == OBJS:
                    self.index.copy()
                elif self.kind == TUPLES:
                    self.tuple_index.copy()
                self.indexed = True

    def lookup(self, w_key):
        """The position of w_key, or -1. The key object looked up last and its position
        are remembered until the layout changes: a program that looks the same key up two
        or three times in a row (`if k in d: d[k] += 1`, `d[k] = d.get(k, 0) + 1`) hashes
        and probes once, and a JIT trace, which knows what it just stored, checks it with
        no memory read. Only a str, int or plain-tuple key of a table of such keys is
        remembered (keeping one alive a little longer is invisible; a user's object
        could have a weak reference). The STM build does without: a reader must not
        write to a table other threads read."""
        if w_key is self.last_key and self.layout == self.last_layout:
            return self.last_pos
        if (self.kind == INTS and type(w_key) is W_IntObject and
                self.layout == self.last_layout and w_key.intval == self.last_ikey):
            return self.last_pos
        i = self._lookup(w_key)
        if i >= 0:
            self._remember(w_key, i)
        return i

    def _remember(self, w_key, pos):
        if barriers.ENABLED:
            return
        kind = self.kind
        if kind == INTS and type(w_key) is W_IntObject:
            self.last_ikey = w_key.intval      # (the box itself may stay virtual)
            self.last_pos = pos
            self.last_layout = self.layout
        elif ((kind == STRS and type(w_key) is W_StrObject) or
                (kind == TUPLES and is_plain_tuple(w_key))):
            self.last_key = w_key
            self.last_pos = pos
            self.last_layout = self.layout

    def _lookup(self, w_key):
        kind = self.kind
        if kind == STRS:
            if type(w_key) is W_StrObject:
                return self.str_index.get(w_key.utf8, -1)
        elif kind == INTS:
            if isinstance(w_key, W_IntObject):       # a bool finds 0 or 1
                return self.int_index.get(w_key.intval, -1)
        elif kind == TUPLES:
            if is_plain_tuple(w_key):
                return self.tuple_index.get(w_key, -1)
        elif kind == OBJS:
            return self.index.get(w_key, -1)
        if type(w_key) is W_StrObject or type(w_key) is W_IntObject:
            return -1                                # (EMPTY, or another kind)
        if kind != EMPTY and _never_equal(kind, w_key):
            return -1
        return self._scan(w_key)

    def lookup_str(self, name):
        """The position of the str key `name`, or -1 (no W_StrObject made when every
        key is a str)."""
        if self.kind == STRS:
            return self.str_index.get(name, -1)
        if self.kind == EMPTY or self.kind == INTS or self.kind == TUPLES:
            return -1
        from minipy.objects.strobject import wrap_str
        return self.lookup(wrap_str(name))

    def _scan(self, w_key):
        """A lookup in a STRS/INTS/TUPLES/EMPTY table with a key of another kind: as CPython
        does, hash the key (a TypeError for an unhashable one) and compare it with the
        keys of equal hash."""
        from minipy.interpreter import ops
        h = ops.hash_w(w_key)
        for i in range(len(self.values_w)):
            w_k = self.key_at(i)
            if w_k is None:
                continue
            if w_k is w_key or (ops.hash_w(w_k) == h and ops.eq_w(w_k, w_key)):
                return i
        return -1

    def get(self, w_key):
        i = self.lookup(w_key)
        if i < 0:
            return None
        return self.values_w[i]

    def set(self, w_key, w_value):
        assert w_value is not None      # (None marks a deleted entry)
        i = self.lookup(w_key)
        if i >= 0:
            self.values_w[i] = w_value
            return
        kind = self.kind
        if kind == EMPTY:       # (no live key to index: a new empty index)
            if type(w_key) is W_StrObject:
                self.kind = STRS
                self.str_index = _new_str_index()
            elif type(w_key) is W_IntObject:
                self.kind = INTS
                self.int_index = _new_int_index()
                self.keys_w = None
                self.ikeys = []
            elif is_plain_tuple(w_key):
                self.kind = TUPLES
                self.tuple_index = _new_tuple_index()
            else:
                self.kind = OBJS
                self.index = _new_index()
        elif ((kind == STRS and type(w_key) is not W_StrObject) or
              (kind == INTS and type(w_key) is not W_IntObject) or
              (kind == TUPLES and not is_plain_tuple(w_key))):
            self._to_objs()
        pos = len(self.values_w)
        self._index_put(w_key, pos)
        if self.ikeys is not None:
            assert isinstance(w_key, W_IntObject)
            self.ikeys.append(w_key.intval)
        else:
            self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.live += 1
        self.layout += 1
        self._remember(w_key, pos)

    def _to_objs(self):
        """The first key of another type: index every key with Python semantics."""
        if self.ikeys is not None:
            self.keys_w = self._boxed_keys()
            self.ikeys = None
        self.kind = OBJS
        self.str_index = None
        self.int_index = None
        self.tuple_index = None
        self._rebuild_index()

    def _unindex(self, i):
        """Take the key of entry i out of the index."""
        kind = self.kind
        if kind == INTS:
            del self.int_index[self.ikeys[i]]
            return
        w_stored = self.keys_w[i]
        if kind == STRS:
            assert isinstance(w_stored, W_StrObject)
            del self.str_index[w_stored.utf8]
        elif kind == TUPLES:
            del self.tuple_index[w_stored]
        else:
            del self.index[w_stored]

    def _reindex_empty(self):
        self.kind = EMPTY
        self.index = None
        self.str_index = None
        self.int_index = None
        self.tuple_index = None

    def delete(self, w_key):
        """Remove w_key; returns its value or None when missing."""
        i = self.lookup(w_key)
        if i < 0:
            return None
        w_value = self.values_w[i]
        self._unindex(i)
        if self.keys_w is not None:
            self.keys_w[i] = None
        self.values_w[i] = None
        self.live -= 1
        self.layout += 1
        n = len(self.values_w)
        if self.live * 2 < n and n > 8:
            self.compact()
        return w_value

    def compact(self):
        if self.ikeys is not None:
            self.ikeys, self.values_w = _without_holes(self.ikeys, self.values_w)
        else:
            self.keys_w, self.values_w = _without_holes(self.keys_w, self.values_w)
        self.layout += 1
        self._rebuild_index()

    def _rebuild_index(self):
        """A fresh index of the live keys, of the table's kind. The loops are in
        functions of one kind each: in a trace, rebuilding a str, int or tuple index is a
        plain call (only the general index hashes with Python code)."""
        kind = self.kind
        if kind == STRS:
            self.str_index = _index_of(STRS, self.keys_w)
        elif kind == INTS:
            self.int_index = _int_index_of(self.ikeys, self.values_w)
        elif kind == TUPLES:
            self.tuple_index = _index_of(TUPLES, self.keys_w)
        else:
            self.index = _index_of(OBJS, self.keys_w)

    def _index_put(self, w_key, pos):
        """Enter w_key (of the table's kind) at position pos in the index."""
        if self.kind == STRS:
            self.str_index[_index_key(STRS, w_key)] = pos
        elif self.kind == INTS:
            self.int_index[_index_key(INTS, w_key)] = pos
        elif self.kind == TUPLES:
            self.tuple_index[w_key] = pos
        else:
            self.index[w_key] = pos

    def clear(self):
        self.last_key = None
        self._reindex_empty()
        self.keys_w = []
        self.ikeys = None
        self.values_w = []
        self.live = 0
        self.layout += 1

    def copy(self):
        t = OrderedTable()
        for j in range(len(self.values_w)):
            w_k = self.key_at(j)
            if w_k is not None:
                t.set(w_k, self.values_w[j])
        return t

    def copy_exact(self):
        """Same entries at the same positions (dead slots included), no rehashing (the
        r_dict copy keeps the stored hashes): what a transaction's first write of a dict
        or set mutates while the original stays as it was."""
        self.ensure_index()
        t = OrderedTable()
        t.kind = self.kind
        if self.kind == STRS:
            t.str_index = self.str_index.copy()
        elif self.kind == INTS:
            t.int_index = self.int_index.copy()
        elif self.kind == OBJS:
            t.index = self.index.copy()
        elif self.kind == TUPLES:
            t.tuple_index = self.tuple_index.copy()
        if self.ikeys is not None:
            t.keys_w = None
            t.ikeys = self.ikeys[:]
        else:
            t.keys_w = self.keys_w[:]
        t.values_w = self.values_w[:]
        t.live = self.live
        return t

    def entry_count(self):
        """Entries, dead ones included: positions are 0 to entry_count() - 1."""
        return len(self.values_w)

    def key_at(self, i):
        """The key of entry i, or None for a deleted entry (a fresh box in an INTS
        table)."""
        if self.values_w[i] is None:
            return None
        if self.ikeys is not None:
            return wrap_int(self.ikeys[i])
        return self.keys_w[i]

    def _boxed_keys(self):
        """An INTS table's keys as objects, None for deleted entries."""
        keys_w = [None] * len(self.values_w)
        for j in range(len(self.values_w)):
            keys_w[j] = self.key_at(j)
        return keys_w

    def live_keys(self):
        res = []
        for j in range(len(self.values_w)):
            w_k = self.key_at(j)
            if w_k is not None:
                res.append(w_k)
        return res

    def live_values(self):
        res = []
        for w_v in self.values_w:
            if w_v is not None:
                res.append(w_v)
        return res


@jit.elidable
def _position(table, layout, name):
    """Where the str key `name` is in `table` while its layout is `layout` (-1: missing).
    Elidable: with the table and layout promoted to constants, a JIT trace folds it. A
    scan comparing str keys only (the r_dict lookup may call a user __eq__, which the JIT
    rightly refuses in an elidable function); it runs when a trace is recorded."""
    keys = table.keys_w
    if keys is None:           # an INTS table
        return -1
    for i in range(len(keys)):
        w_k = keys[i]
        if isinstance(w_k, W_StrObject) and w_k.utf8 == name:
            return i
    return -1


def name_lookup(w_dict, name):
    """The value of a name (an RPython str) in a namespace dict -- module globals,
    builtins, a module's attributes -- or None. Under the JIT this is a guard on the
    table, a guard on its layout and one array read: no hashing and no dict lookup in
    the trace (values may change freely; adding or removing a key changes the layout
    and fails the guard)."""
    t = w_dict.read_table()
    if jit.we_are_jitted():
        t = jit.promote(t)
        i = _position(t, jit.promote(t.layout), name)
    else:
        i = t.lookup_str(name)
    if i < 0:
        return None
    return t.values_w[i]


class DictUndo(UndoEntry):
    def __init__(self, w_dict, old_table):
        self.w_dict = w_dict
        self.old_table = old_table
        self.copied = old_table.entry_count()

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
        return self.read_table().entry_count()

    def key_at(self, i):
        return self.read_table().key_at(i)

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
        t = self.read_table()
        i = t.lookup_str(name)
        if i < 0:
            return None
        return t.values_w[i]

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

    def getclass(self):
        return w_view_types[self.kind]


# one type per kind, as CPython's dict_keys, dict_values and dict_items
w_view_types = [make_builtin_type('dict_keys'), make_builtin_type('dict_values'),
                make_builtin_type('dict_items')]
W_DictView.typedef = w_view_types[0]


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
