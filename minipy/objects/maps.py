"""Instances of user classes, laid out with maps (hidden classes).

A Map is immutable: (w_type, attribute name -> slot index); adding an attribute
follows a cached transition to a new Map. An instance holds its map and a list of
slots. Accessors (STM barrier points): W_Instance.getslot(i), setslot(i, w),
and the attribute-level getdictvalue/setdictvalue/deldictvalue built on them.
"""
from rpython.rlib import jit
from minipy.objects.root import W_Root


class Map(object):
    _immutable_fields_ = ['w_type', 'names[*]', 'indexes', 'length']

    def __init__(self, w_type, names):
        self.w_type = w_type
        self.names = names
        self.length = len(names)
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = {}

    @jit.elidable
    def find(self, name):
        return self.indexes.get(name, -1)

    @jit.elidable
    def add(self, name):
        m = self.transitions.get(name, None)
        if m is None:
            m = Map(self.w_type, self.names + [name])
            self.transitions[name] = m
        return m

    @jit.elidable
    def remove(self, name):
        m = self.w_type.empty_map
        for n in self.names:
            if n != name:
                m = m.add(n)
        return m


def get_empty_map(w_type):
    if w_type.empty_map is None:
        w_type.empty_map = Map(w_type, [])
    return w_type.empty_map


class W_Instance(W_Root):
    """An instance of a user class. w_base_value is the built-in value when the class
    derives from a built-in type such as int, str, list or dict (else None)."""
    _attrs_ = ['map', 'slots_w', 'w_base_value']

    def __init__(self, w_type, w_base_value=None):
        self.map = get_empty_map(w_type)
        self.slots_w = []
        self.w_base_value = w_base_value

    def getclass(self):
        return jit.promote(self.map).w_type

    def base_value(self):
        if self.w_base_value is not None:
            return self.w_base_value
        return self

    # -- slot accessors (STM barriers go here) --------------------------------
    def getslot(self, i):
        return self.slots_w[i]

    def setslot(self, i, w_value):
        self.slots_w[i] = w_value

    # -- attribute dict view --------------------------------------------------
    def getdictvalue(self, name):
        m = jit.promote(self.map)
        i = m.find(name)
        if i < 0:
            return None
        return self.getslot(i)

    def setdictvalue(self, name, w_value):
        m = jit.promote(self.map)
        i = m.find(name)
        if i >= 0:
            self.setslot(i, w_value)
            return
        self.map = m.add(name)
        self.slots_w.append(w_value)

    def deldictvalue(self, name):
        m = self.map
        i = m.find(name)
        if i < 0:
            return False
        newslots = []
        for j in range(len(self.slots_w)):
            if j != i:
                newslots.append(self.slots_w[j])
        self.map = m.remove(name)
        self.slots_w = newslots
        return True

    def attr_names(self):
        return self.map.names

    def set_class(self, w_type):
        m = get_empty_map(w_type)
        for n in self.map.names:
            m = m.add(n)
        self.map = m
