"""Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR in the interpreter.

Each such instruction has a slot in its code object's `attr_caches` (index pc >> 1)
holding a short chain of entries (at most MAX_CHAIN: a site that sees a few classes or
layouts keeps one entry for each), each the outcome of a lookup keyed on what decided it:
for an instance of a user class (exactly W_Instance) its map, which names the class and
the attribute layout; for a module, its namespace table and the table's layout (the name's
position, as in globalcache.py); for other objects (LOAD_METHOD only) their type. The class-dict
epoch (typeobject._epoch, bumped by every class-dict mutation anywhere) is part of the
key, so a hit replaces the generic path's type-cache and map dict lookups by identity
checks and an integer compare. A miss works the entry out (the same rules as the generic
path, minipy/interpreter/ops.py), adds it and answers from it. Only outcomes that follow
from (map or type, epoch) alone are cached: a slot of the instance that no data
descriptor overrides, a method, a plain class value; for properties, user descriptors, a
custom __getattribute__ or __setattr__, and dunder stores, the entry says GENERIC: take
the generic path.

The JIT does not use the caches: in a trace, maps and types are promoted and the
lookups are elidable, so the generic path already folds to guards.

STM: the arrays are shared by all threads and written outside transactions. An entry is
complete before one pointer store publishes it and never changes after, so a reader sees
an old or a new chain, and checks an entry before use; the epoch and the instance's map
are read through barriers. An entry filled by a transaction that later aborts carries an
epoch no later transaction sees again (epoch values are never reused), or a Map, which is
process-wide and valid.
"""
from rpython.rlib.objectmodel import always_inline
from minipy.objects.typeobject import _epoch
from minipy.objects import maps
from minipy.objects.maps import W_Instance
from minipy.objects.typeobject import W_TypeObject, w_object
from minipy.objects.functionobject import W_Function, W_Method, W_BuiltinFunction
from minipy.objects.descriptors import W_Super, W_Property, W_StaticMethod, W_ClassMethod
from minipy.objects.moduleobject import W_Module
from minipy.interpreter import ops

# what an entry says the attribute is
GENERIC = 0       # nothing cacheable: the generic path
SLOT = 1          # the instance's slot `index`
METHOD = 2        # a function of the class, bound to the instance (w_value)
VALUE = 3         # a class attribute read as it is (w_value)
STORE_SLOT = 4    # STORE_ATTR: overwrite slot `index`
STORE_NEW = 5     # STORE_ATTR: a new attribute, moving the instance to `new_map`
MODULE = 6        # a module's global, at position `index` of its table (ModuleEntry)

MAX_CHAIN = 4     # entries per site; a full chain is dropped for the new entry


class Entry(object):
    """Immutable once published (`next` is set just before: see _install)."""
    _immutable_fields_ = ['kind', 'map', 'w_type', 'epoch', 'index', 'w_value', 'new_map']

    def __init__(self, kind, map, w_type, epoch, index=-1, w_value=None, new_map=None):
        self.kind = kind
        self.map = map            # the key for instances (else None)
        self.w_type = w_type      # the key for other objects (else None)
        self.epoch = epoch
        self.index = index
        self.w_value = w_value
        self.new_map = new_map
        self.next = None


class ModuleEntry(Entry):
    _immutable_fields_ = ['table', 'layout']

    def __init__(self, epoch, table, layout, index):
        Entry.__init__(self, MODULE, None, None, epoch, index=index)
        self.table = table
        self.layout = layout


def _find(e, m, w_type, epoch):
    """The entry of chain e for map m (or type w_type) at this epoch, or None."""
    while e is not None:
        if e.map is m and e.w_type is w_type and e.epoch == epoch:
            return e
        e = e.next
    return None


def _install(caches, index, e):
    """Put e at the head of the site's chain, which it keeps behind e if all its entries
    are of e's epoch and there is room; else e starts a new chain."""
    old = caches[index]
    n = 0
    p = old
    while p is not None:
        if p.epoch != e.epoch:
            old = None
            break
        n += 1
        p = p.next
    if n >= MAX_CHAIN:
        old = None
    e.next = old
    caches[index] = e
    return e


def _binds(w_descr):
    return isinstance(w_descr, W_Function) or (isinstance(w_descr, W_BuiltinFunction) and
                                               w_descr.binds)


def _may_be_data_descriptor(w_descr):
    """Whether a class attribute may take precedence over the instance's own attribute
    of that name, on reads and on writes (ops.is_data_descr decides it the long way)."""
    return isinstance(w_descr, W_Property) or isinstance(w_descr, W_Instance)


def _is_plain(w_descr):
    """Read through an instance, a class attribute of this kind is the attribute itself
    (ops.bind returns it unchanged); W_Instance values may have __get__."""
    if isinstance(w_descr, W_Function) or isinstance(w_descr, W_Instance):
        return False
    if isinstance(w_descr, W_BuiltinFunction):
        return not w_descr.binds
    return not (isinstance(w_descr, W_Property) or isinstance(w_descr, W_StaticMethod) or
                isinstance(w_descr, W_ClassMethod))


def _is_dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


# ---------------------------------------------------------------- reads

def _load_entry(m, name, epoch):
    """The entry for reading `name` from an instance with map m."""
    w_t = m.w_type
    if not w_t.has_custom_getattribute():
        w_descr = w_t.lookup(name)
        i = m.find(name)
        if i >= 0:
            if not _may_be_data_descriptor(w_descr):
                return Entry(SLOT, m, None, epoch, index=i)
        elif w_descr is not None:
            if _binds(w_descr):
                return Entry(METHOD, m, None, epoch, w_value=w_descr)
            if _is_plain(w_descr):
                return Entry(VALUE, m, None, epoch, w_value=w_descr)
    return Entry(GENERIC, m, None, epoch)


def _instance_entry(caches, index, w_obj, name, epoch):
    """The entry for reading `name` from instance w_obj (found, or made and installed)."""
    m = w_obj.get_map()
    e = _find(caches[index], m, None, epoch)
    if e is None:
        e = _install(caches, index, _load_entry(m, name, epoch))
    return e


def _instance_value(e, w_obj):
    """What instance entry e answers for w_obj: the slot's value (SLOT), the function
    (METHOD) or the class value (VALUE); None: take the generic path."""
    if e.kind == SLOT:
        return w_obj.getslot_if_map(e.map, e.index)
    if e.kind == METHOD or e.kind == VALUE:
        return e.w_value
    return None


def _module_value(caches, index, w_mod, name, epoch):
    """w_mod.name through the cache; None: take the generic path. The generic path looks
    at the module type first (a descriptor there would win): cached only when the type
    has no attribute of that name and no __getattribute__ of its own."""
    t = w_mod.w_dict.read_table()
    e = caches[index]
    while e is not None:
        if (isinstance(e, ModuleEntry) and e.table is t and e.layout == t.layout and
                e.epoch == epoch):
            return t.values_w[e.index]
        e = e.next
    w_t = w_mod.getclass()
    if w_t.has_custom_getattribute() or w_t.lookup(name) is not None:
        return None
    j = t.lookup_str(name)
    if j < 0:
        return None
    _install(caches, index, ModuleEntry(epoch, t, t.layout, j))
    return t.values_w[j]


# The handlers call load_attr, load_method and store_attr, which are inlined into them
# and walk the site's chain for the commonest outcomes (a slot or a method of an
# instance; a method of a built-in object) without a call; whatever else an entry says,
# and a miss, go to the *_chain functions. Each call the interpreter makes costs it a
# prologue, the GC's root pushes and an exception check: for an attribute read that hit
# the cache, the calls were most of its cost. (A chain holds at most one entry per map,
# so the first entry whose map is the instance's decides.)

@always_inline
def load_attr(w_code, index, w_obj, name):
    """LOAD_ATTR: w_obj.name."""
    if type(w_obj) is W_Instance:
        e = w_code.attr_caches[index]
        if e is not None:
            epoch = _epoch.read()
            while e is not None:
                if e.kind == SLOT and e.epoch == epoch:
                    w = w_obj.getslot_if_map(e.map, e.index)
                    if w is not None:
                        return w
                e = e.next
    return load_attr_chain(w_code, index, w_obj, name)


def load_attr_chain(w_code, index, w_obj, name):
    """LOAD_ATTR through the whole chain of the site (and the generic path)."""
    if isinstance(w_obj, W_Module):
        w = _module_value(w_code.attr_caches, index, w_obj, name, _epoch.read())
        if w is not None:
            return w
    elif type(w_obj) is W_Instance:
        e = _instance_entry(w_code.attr_caches, index, w_obj, name, _epoch.read())
        w = _instance_value(e, w_obj)
        if w is not None:
            if e.kind == METHOD:
                return W_Method(w, w_obj)
            return w
    return ops.getattr_w(w_obj, name)


@always_inline
def load_method(frame, index, w_obj, name):
    """LOAD_METHOD through the cache: when the entry answers, push what the generic path
    would (the function and w_obj for an unbound call of a method, else None and the
    attribute) and return True; False when the caller must take the generic path."""
    e = frame.w_code.attr_caches[index]
    if e is not None:
        epoch = _epoch.read()
        if type(w_obj) is W_Instance:
            m = w_obj.get_map()
            w_type = None
        else:
            m = None
            w_type = _method_type(w_obj)
        while e is not None:
            if (e.kind == METHOD and e.map is m and e.w_type is w_type and
                    e.epoch == epoch):
                frame.push(e.w_value)
                frame.push(w_obj)
                return True
            e = e.next
    return load_method_chain(frame, index, w_obj, name)


def load_method_chain(frame, index, w_obj, name):
    """load_method through the whole chain of the site."""
    caches = frame.w_code.attr_caches
    epoch = _epoch.read()
    if type(w_obj) is W_Instance:
        e = _instance_entry(caches, index, w_obj, name, epoch)
        w = _instance_value(e, w_obj)
        if w is None:
            return False
        if e.kind == METHOD:
            frame.push(w)
            frame.push(w_obj)
        else:
            frame.push(None)
            frame.push(w)
        return True
    if isinstance(w_obj, W_Module):
        w = _module_value(caches, index, w_obj, name, epoch)
        if w is None:
            return False
        frame.push(None)
        frame.push(w)
        return True
    w_type = _method_type(w_obj)
    if w_type is None:
        return False
    e = _find(caches[index], None, w_type, epoch)
    if e is None:
        e = _install(caches, index, _type_method_entry(w_type, name, epoch))
    if e.kind != METHOD:
        return False
    frame.push(e.w_value)
    frame.push(w_obj)
    return True


def _method_type(w_obj):
    """The type that decides LOAD_METHOD on w_obj when that is not a map (None when
    the generic path must run: classes, super objects, modules, W_Instance
    subclasses)."""
    if (isinstance(w_obj, W_Instance) or isinstance(w_obj, W_TypeObject) or
            isinstance(w_obj, W_Super) or isinstance(w_obj, W_Module)):
        return None
    return w_obj.getclass()


def _type_method_entry(w_type, name, epoch):
    """LOAD_METHOD on an object of built-in type w_type (the generic path's rule)."""
    if not w_type.has_custom_getattribute():
        w_descr = w_type.lookup(name)
        if w_descr is not None and _binds(w_descr):
            return Entry(METHOD, None, w_type, epoch, w_value=w_descr)
    return Entry(GENERIC, None, w_type, epoch)


# ---------------------------------------------------------------- writes

def _store_entry(m, name, epoch, w_value):
    """The entry for storing `name` into an instance with map m (w_value: the value
    being stored, which decides whether a new attribute's slot is a float slot)."""
    w_t = m.w_type
    w_sa = w_t.lookup('__setattr__')
    if (_is_dunder(name) or (w_sa is not None and not isinstance(w_sa, W_BuiltinFunction))
            or not ops.slot_allowed(w_t, name) or w_t is w_object):
        return Entry(GENERIC, m, None, epoch)
    if _may_be_data_descriptor(w_t.lookup(name)):
        return Entry(GENERIC, m, None, epoch)
    i = m.find(name)
    if i >= 0:
        return Entry(STORE_SLOT, m, None, epoch, index=i)
    return Entry(STORE_NEW, m, None, epoch, new_map=m.add_kind(name, maps.is_float(w_value)))


@always_inline
def store_attr(w_code, index, w_obj, name, w_value):
    """STORE_ATTR: w_obj.name = w_value."""
    if type(w_obj) is W_Instance:
        e = w_code.attr_caches[index]
        if e is not None:
            epoch = _epoch.read()
            while e is not None:
                if e.kind == STORE_SLOT and e.epoch == epoch:
                    if w_obj.setslot_if_map(e.map, e.index, w_value):
                        return
                e = e.next
    store_attr_chain(w_code, index, w_obj, name, w_value)


def store_attr_chain(w_code, index, w_obj, name, w_value):
    """STORE_ATTR through the whole chain of the site (and the generic path)."""
    if type(w_obj) is W_Instance:
        caches = w_code.attr_caches
        epoch = _epoch.read()
        m = w_obj.get_map()
        e = _find(caches[index], m, None, epoch)
        if e is None:
            e = _install(caches, index, _store_entry(m, name, epoch, w_value))
        if e.kind == STORE_SLOT:
            if w_obj.setslot_if_map(m, e.index, w_value):
                return
        elif e.kind == STORE_NEW:
            if w_obj.append_slot_if_map(m, e.new_map, name, w_value):
                return
    ops.setattr_w(w_obj, name, w_value)
