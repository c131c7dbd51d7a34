"""Instances of user classes, laid out with maps (hidden classes).

A Map is immutable: (w_type, attribute name -> slot index); adding an attribute
follows a cached transition to a new Map. An instance holds its map and its first slots
in fields of its own (the rest in an overflow object: see W_Instance). Accessors (STM barrier points): W_Instance.getslot(i), setslot(i, w),
the attribute-level getdictvalue/setdictvalue/deldictvalue, attr_names(), set_class()
and getclass() (the map names the class).

STM: the map and the slot fields are read together after one barriers.read and checked
by one barriers.read_check, so they are consistent; the first write of a transaction
saves the map and the inline fields and detaches the overflow object (`_stm_save` swaps in
a copy; the undo keeps the old one), and adding an attribute past the inline fields makes
a new overflow object, so an overflow object another thread may hold is never mutated.

Float attributes (GIL build only): a slot that a map marks as a float slot holds a
W_FloatCell, a private mutable box, instead of a float object. A write of a float
overwrites the cell's value, so `self.x += dx` allocates nothing and leaves no young
object referenced from an old instance (in a trace the float read out is virtual); a
read makes a fresh float object. Writing anything else into a float slot moves the
instance to a map without that mark (`_generalize`), and after that, that attribute is
added unmarked to instances of the same layout. Identity of floats read from
attributes is by value (ops.is_w), as in PyPy. The STM build never marks slots: an undo
entry saves slot references, and an in-place cell write would escape it.

STM, continued: the process-wide transition tables (`Map.transitions`, `w_type.empty_map`)
are written by threads running in parallel, outside transactions: a transitions dict is
never mutated once published (a new entry publishes a new dict). Two threads adding the
same transition at once may each make a Map (one entry is lost): Map identity does not
matter (equal maps find the same slots), so that only costs a duplicate. Readers never
make RPython build a dict's lookup index lazily, which would write: an empty table is
None, `find` on an empty map does not touch its dict, and a prebuilt Map (translation
drops the indexes of prebuilt dicts) builds them once in an inevitable transaction (at
most one runs at a time) before its first use (`_ensure_indexes`).
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import we_are_translated, always_inline
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects import stmsupport
from minipy.objects.root import W_Root
from minipy.objects.floatobject import W_FloatObject

MAX_FLOAT_SLOT = 62     # slot indexes past this are never float slots (float_mask's bits)


class Map(object):
    _immutable_fields_ = ['w_type', 'names[*]', 'indexes', 'length', 'float_mask']
    indexed = False     # STM build: the dicts' lookup indexes exist (docstring)

    def __init__(self, w_type, names, float_mask=0):
        self.w_type = w_type
        self.names = names
        self.length = len(names)
        self.float_mask = float_mask    # bit i set: slot i holds a W_FloatCell
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = None     # None or {name: Map}; replaced, never mutated
        self.float_transitions = None   # the same, to maps whose new slot is a float slot
        if barriers.ENABLED and we_are_translated():
            # (a Map built at import time is prebuilt: translation drops its indexes)
            self.indexed = True

    def _ensure_indexes(self):
        if barriers.ENABLED and we_are_translated() and not self.indexed:
            stmsupport.exclusive()     # no other thread does this meanwhile
            if not self.indexed:
                self.indexes.get('', -1)
                t = self.transitions
                if t is not None:
                    t.get('', None)
                t = self.float_transitions
                if t is not None:
                    t.get('', None)
                self.indexed = True

    @jit.elidable
    def find(self, name):
        if self.length == 0:
            return -1
        self._ensure_indexes()
        return self.indexes.get(name, -1)

    def is_float_slot(self, i):
        """Whether slot i holds a W_FloatCell (a constant in a trace: map and i are).
        False in the STM build, where add_kind never marks a slot (barriers.ENABLED is
        read at translation time: the STM target sets it before annotation)."""
        if barriers.ENABLED and we_are_translated():
            return False
        return i <= MAX_FLOAT_SLOT and (self.float_mask >> i) & 1 == 1

    @jit.elidable
    def add(self, name):
        return self.add_kind(name, False)

    @jit.elidable
    def add_kind(self, name, is_float):
        """The map with `name` added; its slot a float slot when is_float, unless the
        attribute was ever added unmarked after this map (module docstring)."""
        self._ensure_indexes()
        t = self.transitions
        if t is not None:
            m = t.get(name, None)
            if m is not None:
                return m
        if is_float and not barriers.ENABLED and self.length <= MAX_FLOAT_SLOT:
            t = self.float_transitions
            if t is not None:
                m = t.get(name, None)
                if m is not None:
                    return m
            m = Map(self.w_type, self.names + [name],
                    self.float_mask | (1 << self.length))
            if t is None:
                t = {}
                self.float_transitions = t
            t[name] = m
            return m
        return self._insert_transition(name)

    def _insert_transition(self, name):
        m = Map(self.w_type, self.names + [name], self.float_mask)
        t = self.transitions
        if not barriers.ENABLED:
            if t is None:
                t = {}
                self.transitions = t
            t[name] = m
            return m
        newt = {}       # copy-on-write: see the module docstring
        if t is not None:
            for key, value in t.items():
                newt[key] = value
        newt[name] = m
        self.transitions = newt
        return m

    @jit.elidable
    def generalize(self, i):
        """This layout with slot i unmarked (other slots keep their marks, unless the
        transitions say otherwise: _set_all stores by the result's marks)."""
        m = get_empty_map(self.w_type)
        for j in range(self.length):
            m = m.add_kind(self.names[j], j != i and self.is_float_slot(j))
        return m

    @jit.elidable
    def remove(self, name):
        m = get_empty_map(self.w_type)
        for n in self.names:
            if n != name:
                m = m.add(n)
        return m


def get_empty_map(w_type):
    m = w_type.empty_map
    if m is None:
        # two threads may both get here: one of the two equal maps is kept
        m = Map(w_type, [])
        w_type.empty_map = m
    return m


class W_FloatCell(W_Root):
    """The value of a float slot (module docstring). Internal: never visible to Python
    code; every accessor below turns it into a float object."""
    _attrs_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval


@always_inline
def _unwrap(m, i, w):
    """What slot i holds under map m, as Python sees it (w is its raw content)."""
    if m.is_float_slot(i):
        assert isinstance(w, W_FloatCell)
        return W_FloatObject(w.floatval)
    return w


def is_float(w_value):
    """Whether storing w_value into a new attribute makes a float slot."""
    return not barriers.ENABLED and type(w_value) is W_FloatObject


class W_SlotsOverflow(W_Root):
    """The values of slots 3, 4, ... of an instance with more than N_INLINE attributes,
    kept in its last inline field. Internal: never visible to Python code."""
    _attrs_ = ['values_w']

    def __init__(self, values_w):
        self.values_w = values_w


# Attributes stored in the instance itself: an instance with up to four attributes is one
# object of 64 bytes (GC header, class, map, base value, four slots) -- no separate slot
# array. With more, the last inline field holds a W_SlotsOverflow for slots 3 and up.
N_INLINE = 4


def _from_slot3(length, slot3, i):
    """Slot i >= 3 under a map of `length` names, given the instance's last inline field."""
    if length <= N_INLINE:
        return slot3
    assert isinstance(slot3, W_SlotsOverflow)
    return slot3.values_w[i - 3]


class InstanceUndo(UndoEntry):
    def __init__(self, w_inst):
        self.w_inst = w_inst
        self.map = w_inst.map
        self.slot0 = w_inst.slot0
        self.slot1 = w_inst.slot1
        self.slot2 = w_inst.slot2
        self.slot3 = w_inst.slot3

    def restore(self):
        w_inst = self.w_inst
        w_inst.map = self.map
        w_inst.slot0 = self.slot0
        w_inst.slot1 = self.slot1
        w_inst.slot2 = self.slot2
        w_inst.slot3 = self.slot3


class W_Instance(W_Root):
    """An instance of a user class. w_base_value is the built-in value when the class
    derives from a built-in type such as int, str, list or dict (else None); it is
    fixed at creation (the built-in value has its own barriers). Slot i of the map is
    field slot<i> (i < 3, or i == 3 when the map has at most N_INLINE names), else item
    i - 3 of the W_SlotsOverflow in slot3; under the JIT the map is a constant, so a slot
    access is one field read."""
    _attrs_ = ['map', 'slot0', 'slot1', 'slot2', 'slot3', 'w_base_value']

    def __init__(self, w_type, w_base_value=None):
        TObject.__init__(self)
        self.map = get_empty_map(w_type)
        self.slot0 = None
        self.slot1 = None
        self.slot2 = None
        self.slot3 = None
        self.w_base_value = w_base_value

    def _stm_save(self):
        """Detach: the overflow object (the only container) is replaced by a copy."""
        entry = self._stm_undo_entry()
        if self.map.length > N_INLINE:
            ov = self.slot3
            assert isinstance(ov, W_SlotsOverflow)
            self.slot3 = W_SlotsOverflow(ov.values_w[:])
        return entry

    def _stm_undo_entry(self):
        return InstanceUndo(self)

    def _stm_typename(self):
        return self.map.w_type.name

    def getclass(self):
        barriers.read(self)
        m = self.map
        barriers.read_check(self)
        return jit.promote(m).w_type

    def base_value(self):
        if self.w_base_value is not None:
            return self.w_base_value
        return self

    # -- raw slot storage (no barriers: callers hold them) ----------------------
    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def _load(self, length, i):
        """Slot i under a map of `length` names. STM: the caller's read_check must come
        before this (a W_SlotsOverflow is trusted only once map and slot3 are known to
        belong together)."""
        if i == 0:
            return self.slot0
        if i == 1:
            return self.slot1
        if i == 2:
            return self.slot2
        return _from_slot3(length, self.slot3, i)

    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def _store(self, length, i, w_value):
        if i == 0:
            self.slot0 = w_value
        elif i == 1:
            self.slot1 = w_value
        elif i == 2:
            self.slot2 = w_value
        elif length <= N_INLINE:
            self.slot3 = w_value
        else:
            ov = self.slot3
            assert isinstance(ov, W_SlotsOverflow)
            ov.values_w[i - 3] = w_value

    def _all_values(self):
        """Every slot's value as Python sees it, in slot order (a fresh list)."""
        m = self.map
        n = m.length
        res = [None] * n
        for i in range(n):
            res[i] = _unwrap(m, i, self._load(n, i))
        return res

    def _set_all(self, m, values_w):
        """Install map m and its slot values (len(values_w) == m.length; a float slot's
        value is a float object)."""
        n = m.length
        raw = [None] * n
        for i in range(n):
            w = values_w[i]
            if m.is_float_slot(i):
                assert isinstance(w, W_FloatObject)
                w = W_FloatCell(w.floatval)
            raw[i] = w
        self.map = m
        self.slot0 = raw[0] if n > 0 else None
        self.slot1 = raw[1] if n > 1 else None
        self.slot2 = raw[2] if n > 2 else None
        if n <= N_INLINE:
            self.slot3 = raw[3] if n > 3 else None
        else:
            self.slot3 = W_SlotsOverflow(raw[3:])

    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def _write(self, m, i, w_value):
        """Store w_value into slot i of map m, the instance's map (the caller holds the
        write barrier)."""
        if m.is_float_slot(i):
            if type(w_value) is W_FloatObject:
                cell = self._load(m.length, i)
                assert isinstance(cell, W_FloatCell)
                cell.floatval = w_value.floatval
            else:
                self._generalize(m, i, w_value)
        else:
            self._store(m.length, i, w_value)

    def _generalize(self, m, i, w_value):
        """Store a value that is not a float into float slot i: move to a map that does
        not mark it."""
        values_w = self._all_values()
        values_w[i] = w_value
        self._set_all(m.generalize(i), values_w)

    # -- slot accessors (STM barriers go here) --------------------------------
    def getslot(self, i):
        barriers.read(self)
        return self._read_slot(self.map, i)

    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def _read_slot(self, m, i):
        """Slot i under map m, the map just loaded after barriers.read; ends the read
        with barriers.read_check."""
        if i < 3:
            w = self._load(N_INLINE, i)
            barriers.read_check(self)
            return _unwrap(m, i, w)
        slot3 = self.slot3
        barriers.read_check(self)
        return _unwrap(m, i, _from_slot3(m.length, slot3, i))

    def setslot(self, i, w_value):
        barriers.write(self)
        self._write(self.map, i, w_value)

    # -- attribute dict view --------------------------------------------------
    def getdictvalue(self, name):
        barriers.read(self)
        m = jit.promote(self.map)
        slot3 = self.slot3
        i = m.find(name)
        if i < 0:
            barriers.read_check(self)
            return None
        if i < 3:
            w = self._load(N_INLINE, i)
            barriers.read_check(self)
            return _unwrap(m, i, w)
        barriers.read_check(self)
        return _unwrap(m, i, _from_slot3(m.length, slot3, i))

    def setdictvalue(self, name, w_value):
        barriers.write(self)
        m = jit.promote(self.map)
        i = m.find(name)
        if i >= 0:
            self._write(m, i, w_value)
            return
        self._append_slot(m.add_kind(name, is_float(w_value)), w_value)

    def _append_slot(self, new, w_value):
        """Move to map `new`, one name longer than the current map, whose last slot
        takes w_value (the caller holds the write barrier)."""
        n = new.length
        if new.is_float_slot(n - 1):
            assert isinstance(w_value, W_FloatObject)
            w_value = W_FloatCell(w_value.floatval)
        if n <= N_INLINE:
            self._store(n, n - 1, w_value)
        elif n == N_INLINE + 1:
            self.slot3 = W_SlotsOverflow([self.slot3, w_value])
        else:
            ov = self.slot3
            assert isinstance(ov, W_SlotsOverflow)
            # a new list, not an append: a reader holding the old one sees it unchanged
            self.slot3 = W_SlotsOverflow(ov.values_w + [w_value])
        self.map = new

    # -- the interpreter's attribute caches (minipy/interpreter/attrcache.py) ---
    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def get_map(self):
        barriers.read(self)
        m = self.map
        barriers.read_check(self)
        return m

    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def getslot_if_map(self, m, i):
        """Slot i when the map is m, else None (an attribute's slot is never None)."""
        barriers.read(self)
        if self.map is not m:
            return None
        return self._read_slot(m, i)

    @always_inline     # into the interpreter's attribute caches (attrcache.py)
    def setslot_if_map(self, m, i, w_value):
        """Store slot i when the map is m; False (nothing done) otherwise."""
        barriers.write(self)
        if self.map is not m:
            return False
        self._write(m, i, w_value)
        return True

    def append_slot_if_map(self, m, new, name, w_value):
        """Add attribute `name` (absent from map m) when the map is m, moving to map
        `new` (m.add_kind(name, ...), as cached); False (nothing done) otherwise."""
        barriers.write(self)
        if self.map is not m:
            return False
        if new.is_float_slot(new.length - 1) and not is_float(w_value):
            new = m.add_kind(name, False)
        self._append_slot(new, w_value)
        return True

    def deldictvalue(self, name):
        barriers.write(self)
        m = self.map
        i = m.find(name)
        if i < 0:
            return False
        old = self._all_values()
        values_w = []
        for j in range(len(old)):
            if j != i:
                values_w.append(old[j])
        self._set_all(m.remove(name), values_w)
        return True

    def attr_names(self):
        """The attribute names, in slot order (an immutable list: do not mutate)."""
        barriers.read(self)
        m = self.map
        barriers.read_check(self)
        return m.names

    def set_class(self, w_type):
        barriers.write(self)
        values_w = self._all_values()
        m = get_empty_map(w_type)
        for n in self.map.names:
            m = m.add(n)
        self._set_all(m, values_w)
