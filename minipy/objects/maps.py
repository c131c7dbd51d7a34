"""Instances of user classes, laid out with maps (hidden classes).

A Map is immutable: (w_type, attribute name -> slot index); adding an attribute
follows a cached transition to a new Map. An instance holds its map and a list of
slots. Accessors (STM barrier points): W_Instance.getslot(i), setslot(i, w),
the attribute-level getdictvalue/setdictvalue/deldictvalue, attr_names(), set_class()
and getclass() (the map names the class).

STM: the map and the slot list are read together after one barriers.read and checked
by one barriers.read_check, so the pair is consistent; the first write of a transaction
detaches the slot list (`_stm_save` swaps in a copy; the undo keeps the old map and the
old list). The process-wide transition tables (`Map.transitions`, `w_type.empty_map`)
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
from rpython.rlib.objectmodel import we_are_translated
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects import stmsupport
from minipy.objects.root import W_Root


class Map(object):
    _immutable_fields_ = ['w_type', 'names[*]', 'indexes', 'length']
    indexed = False     # STM build: the dicts' lookup indexes exist (docstring)

    def __init__(self, w_type, names):
        self.w_type = w_type
        self.names = names
        self.length = len(names)
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = None     # None or {name: Map}; replaced, never mutated
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
                self.indexed = True

    @jit.elidable
    def find(self, name):
        if self.length == 0:
            return -1
        self._ensure_indexes()
        return self.indexes.get(name, -1)

    @jit.elidable
    def add(self, name):
        self._ensure_indexes()
        t = self.transitions
        if t is not None:
            m = t.get(name, None)
            if m is not None:
                return m
        return self._insert_transition(name)

    def _insert_transition(self, name):
        m = Map(self.w_type, self.names + [name])
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


class InstanceUndo(UndoEntry):
    def __init__(self, w_inst, map, slots_w):
        self.w_inst = w_inst
        self.map = map
        self.slots_w = slots_w

    def restore(self):
        self.w_inst.map = self.map
        self.w_inst.slots_w = self.slots_w


class W_Instance(W_Root):
    """An instance of a user class. w_base_value is the built-in value when the class
    derives from a built-in type such as int, str, list or dict (else None); it is
    fixed at creation (the built-in value has its own barriers)."""
    _attrs_ = ['map', 'slots_w', 'w_base_value']

    def __init__(self, w_type, w_base_value=None):
        TObject.__init__(self)
        self.map = get_empty_map(w_type)
        self.slots_w = []
        self.w_base_value = w_base_value

    def _stm_save(self):
        old = self.slots_w
        self.slots_w = old[:]
        return InstanceUndo(self, self.map, old)

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

    # -- slot accessors (STM barriers go here) --------------------------------
    def getslot(self, i):
        barriers.read(self)
        slots = self.slots_w
        barriers.read_check(self)
        return slots[i]

    def setslot(self, i, w_value):
        barriers.write(self)
        self.slots_w[i] = w_value

    # -- attribute dict view --------------------------------------------------
    def getdictvalue(self, name):
        barriers.read(self)
        m = self.map
        slots = self.slots_w
        barriers.read_check(self)
        i = jit.promote(m).find(name)
        if i < 0:
            return None
        return slots[i]

    def setdictvalue(self, name, w_value):
        barriers.write(self)
        m = jit.promote(self.map)
        i = m.find(name)
        if i >= 0:
            self.slots_w[i] = w_value
            return
        self.map = m.add(name)
        self.slots_w.append(w_value)

    def deldictvalue(self, name):
        barriers.write(self)
        m = self.map
        i = m.find(name)
        if i < 0:
            return False
        slots = self.slots_w
        newslots = []
        for j in range(len(slots)):
            if j != i:
                newslots.append(slots[j])
        self.map = m.remove(name)
        self.slots_w = newslots
        return True

    def attr_names(self):
        """The attribute names, in slot order (an immutable list: do not mutate)."""
        barriers.read(self)
        m = self.map
        barriers.read_check(self)
        return m.names

    def set_class(self, w_type):
        barriers.write(self)
        m = get_empty_map(w_type)
        for n in self.map.names:
            m = m.add(n)
        self.map = m
