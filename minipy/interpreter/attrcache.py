"""Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR in the interpreter.

Each such instruction has a slot in its code object's `attr_caches` (index pc >> 1)
holding the outcome of its last generic lookup, keyed on what decided that outcome: for an
instance of a user class (exactly W_Instance) its map, which names the class and the
attribute layout; for other objects (LOAD_METHOD only) their type. The class-dict epoch
(typeobject._epoch, bumped by every class-dict mutation anywhere) is part of the key, so
a hit replaces the generic path's type-cache and map dict lookups by two identity checks
and an integer compare. Only outcomes that follow from (map or type, epoch) alone are
cached: a slot of the instance that no data descriptor overrides, a method, a plain class
value; properties, user descriptors, a custom __getattribute__ or __setattr__, and dunder
names take the generic path (minipy/interpreter/ops.py) every time.

The JIT does not use the caches: in a trace, maps and types are promoted and the
lookups are elidable, so the generic path already folds to guards.

STM: the arrays are shared by all threads and written outside transactions. An entry is
immutable and replaced by one pointer store, so a reader sees an old or a new entry, and
checks it before use; the epoch and the instance's map are read through barriers. An
entry filled by a transaction that later aborts carries an epoch no later transaction
sees again (epoch values are never reused), or a Map, which is process-wide and valid.
"""
from minipy.objects.typeobject import _epoch
from minipy.objects.maps import W_Instance
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.functionobject import W_Function, W_Method, W_BuiltinFunction
from minipy.objects.descriptors import W_Super
from minipy.objects.moduleobject import W_Module
from minipy.interpreter import ops

# what an entry says the attribute is
SLOT = 0          # the instance's slot `index`
METHOD = 1        # a function of the class, bound to the instance (w_value)
VALUE = 2         # a class attribute read as it is (w_value)
STORE_SLOT = 3    # STORE_ATTR: overwrite slot `index`
STORE_NEW = 4     # STORE_ATTR: a new attribute, moving the instance to `new_map`


class Entry(object):
    _immutable_fields_ = ['kind', 'map', 'w_type', 'epoch', 'index', 'w_value', 'new_map']

    def __init__(self, kind, map, w_type, epoch, index=-1, w_value=None, new_map=None):
        self.kind = kind
        self.map = map            # the key for instances (else None)
        self.w_type = w_type      # the key for other objects (else None)
        self.epoch = epoch
        self.index = index
        self.w_value = w_value
        self.new_map = new_map


def _binds(w_descr):
    return isinstance(w_descr, W_Function) or (isinstance(w_descr, W_BuiltinFunction) and
                                               w_descr.binds)


def _is_plain(w_descr):
    """Read through an instance, a class attribute of this kind is the attribute itself
    (ops.bind returns it unchanged); W_Instance values may have __get__."""
    if isinstance(w_descr, W_Function) or isinstance(w_descr, W_Instance):
        return False
    if isinstance(w_descr, W_BuiltinFunction):
        return not w_descr.binds
    from minipy.objects.descriptors import W_Property, W_StaticMethod, W_ClassMethod
    return not (isinstance(w_descr, W_Property) or isinstance(w_descr, W_StaticMethod) or
                isinstance(w_descr, W_ClassMethod))


def _is_dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__')


# ---------------------------------------------------------------- reads

def _load_entry(m, name, epoch):
    """The entry for reading `name` from an instance with map m, or None."""
    w_t = m.w_type
    if w_t.has_custom_getattribute():
        return None
    w_descr = w_t.lookup(name)
    i = m.find(name)
    if i >= 0:
        if w_descr is None or _binds(w_descr) or _is_plain(w_descr):
            return Entry(SLOT, m, None, epoch, index=i)
        return None
    if w_descr is None:
        return None
    if _binds(w_descr):
        return Entry(METHOD, m, None, epoch, w_value=w_descr)
    if _is_plain(w_descr):
        return Entry(VALUE, m, None, epoch, w_value=w_descr)
    return None


def _hit(e, w_obj, epoch):
    """A hit on entry e for instance w_obj: (the method or None, the value or None)."""
    if e is None or e.epoch != epoch or e.map is None:
        return None
    if e.kind == SLOT:
        return w_obj.getslot_if_map(e.map, e.index)
    if w_obj.get_map() is not e.map:
        return None
    if e.kind == METHOD or e.kind == VALUE:
        return e.w_value
    return None


def load_attr(w_code, index, w_obj, name):
    """LOAD_ATTR: w_obj.name."""
    if type(w_obj) is not W_Instance:
        return ops.getattr_w(w_obj, name)
    epoch = _epoch.read()
    caches = w_code.attr_caches
    e = caches[index]
    w = _hit(e, w_obj, epoch)
    if w is not None:
        assert e is not None
        if e.kind == METHOD:
            return W_Method(w, w_obj)
        return w
    w_res = ops.getattr_w(w_obj, name)
    caches[index] = _load_entry(w_obj.get_map(), name, epoch)
    return w_res


def load_method(frame, index, w_obj, name):
    """LOAD_METHOD through the cache: on a hit, push what the generic path would (the
    function and w_obj for an unbound call of a method, else None and the attribute)
    and return True; False when the caller must take the generic path."""
    caches = frame.w_code.attr_caches
    e = caches[index]
    epoch = _epoch.read()
    if type(w_obj) is W_Instance:
        w = _hit(e, w_obj, epoch)
        if w is None:
            return False
        assert e is not None
        if e.kind == METHOD:
            frame.push(w)
            frame.push(w_obj)
        else:
            frame.push(None)
            frame.push(w)
        return True
    if (e is None or e.w_type is None or e.epoch != epoch or
            e.w_type is not _method_type(w_obj)):
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


def fill_method(w_code, index, w_obj, name):
    """After LOAD_METHOD's generic path: remember its outcome when it is cacheable."""
    epoch = _epoch.read()
    caches = w_code.attr_caches
    if type(w_obj) is W_Instance:
        caches[index] = _load_entry(w_obj.get_map(), name, epoch)
        return
    w_type = _method_type(w_obj)
    if w_type is None or w_type.has_custom_getattribute():
        return
    w_descr = w_type.lookup(name)
    if w_descr is not None and _binds(w_descr):
        caches[index] = Entry(METHOD, None, w_type, epoch, w_value=w_descr)


# ---------------------------------------------------------------- writes

def _store_entry(m, name, epoch):
    """The entry for storing `name` into an instance with map m, or None. The caller has
    done one generic store from map m, which succeeded (so __slots__ allow the name)."""
    if _is_dunder(name):
        return None
    w_t = m.w_type
    w_sa = w_t.lookup('__setattr__')
    if w_sa is not None and not isinstance(w_sa, W_BuiltinFunction):
        return None
    w_descr = w_t.lookup(name)
    if w_descr is not None and not (_binds(w_descr) or _is_plain(w_descr)):
        return None
    i = m.find(name)
    if i >= 0:
        return Entry(STORE_SLOT, m, None, epoch, index=i)
    return Entry(STORE_NEW, m, None, epoch, new_map=m.add(name))


def store_attr(w_code, index, w_obj, name, w_value):
    """STORE_ATTR: w_obj.name = w_value."""
    if type(w_obj) is not W_Instance:
        ops.setattr_w(w_obj, name, w_value)
        return
    epoch = _epoch.read()
    caches = w_code.attr_caches
    e = caches[index]
    if e is not None and e.epoch == epoch and e.map is not None:
        if e.kind == STORE_SLOT:
            if w_obj.setslot_if_map(e.map, e.index, w_value):
                return
        elif e.kind == STORE_NEW:
            if w_obj.append_slot_if_map(e.map, e.new_map, w_value):
                return
    m = w_obj.get_map()
    ops.setattr_w(w_obj, name, w_value)
    caches[index] = _store_entry(m, name, epoch)
