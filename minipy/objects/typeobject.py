"""Type objects: built-in types and user classes, C3 MRO, attribute lookup.

Accessors (STM barrier points) for the class dict: getdictvalue(name),
setdictvalue(name, w_value), deldictvalue(name). Every mutation replaces `version`,
so lookup() is elidable on (type, name, version).
"""
from rpython.rlib import jit
from minipy.objects.root import W_Root


class VersionTag(object):
    pass


class _Epoch(object):
    """Bumped by every class-dict mutation: invalidates all lookup caches at once
    (mutating a class after its creation is rare)."""
    def __init__(self):
        self.value = 0


_epoch = _Epoch()


class CacheEntry(object):
    _immutable_fields_ = ['epoch', 'w_value']

    def __init__(self, epoch, w_value):
        self.epoch = epoch
        self.w_value = w_value


class W_TypeObject(W_Root):
    _immutable_fields_ = ['name', 'is_builtin', 'layout']

    def __init__(self, name, bases_w, is_builtin=True, layout='object'):
        self.name = name
        self.qualname = name
        self.module = 'builtins'
        self.bases_w = bases_w
        self.dict_w = {}
        self.is_builtin = is_builtin
        self.layout = layout      # 'object', 'exception', or a built-in base name
        self.mro_w = []
        self.version = VersionTag()
        self.w_doc = None
        self.compute_mro()
        self.empty_map = None     # set by maps.get_empty_map
        self.lookup_cache = {}    # name -> CacheEntry (interpreter only, not the JIT)
        self.allowed_attrs = None  # the __slots__ names, when they restrict instances
        # Whether the MRO defines a __getattribute__ other than object's; recomputed
        # lazily after any class-dict mutation (the epoch), so a base's change counts.
        self.custom_ga = False
        self.custom_ga_epoch = -1

    def compute_mro(self):
        self.mro_w = c3_mro(self)

    # -- class dict accessors ------------------------------------------------
    def getdictvalue(self, name):
        return self.dict_w.get(name, None)

    def setdictvalue(self, name, w_value):
        self.dict_w[name] = w_value
        self.version = VersionTag()
        _epoch.value += 1

    def deldictvalue(self, name):
        if name in self.dict_w:
            del self.dict_w[name]
            self.version = VersionTag()
            _epoch.value += 1
            return True
        return False

    def lookup(self, name):
        """Find `name` along the MRO; None when missing."""
        if not jit.we_are_jitted():
            entry = self.lookup_cache.get(name, None)
            if entry is not None and entry.epoch == _epoch.value:
                return entry.w_value
            w_res = self._lookup_pure(name, self.version)
            self.lookup_cache[name] = CacheEntry(_epoch.value, w_res)
            return w_res
        w_self = jit.promote(self)
        version = jit.promote(w_self.version)
        return w_self._lookup_pure(name, version)

    def has_custom_getattribute(self):
        """True when attribute reads must call a user-defined __getattribute__."""
        if not jit.we_are_jitted():
            if self.custom_ga_epoch != _epoch.value:
                self.custom_ga = self._custom_ga_pure(self.version)
                self.custom_ga_epoch = _epoch.value
            return self.custom_ga
        w_self = jit.promote(self)
        version = jit.promote(w_self.version)
        return w_self._custom_ga_pure(version)

    @jit.elidable
    def _custom_ga_pure(self, version):
        w_ga = self._lookup_pure('__getattribute__', version)
        if w_ga is None:
            return False
        return w_ga is not w_object.dict_w.get('__getattribute__', None)

    @jit.elidable
    def _lookup_pure(self, name, version):
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            w_v = w_type.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    def lookup_where(self, name):
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            if name in w_type.dict_w:
                return w_type
        return None

    def issubtype(self, w_other):
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def getclass(self):
        return W_TypeObject.typedef


def c3_mro(w_type):
    """C3 linearization; raises MROError when none exists."""
    result = [w_type]
    seqs = []
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_TypeObject)
        seqs.append(list(w_base.mro_w))
    seqs.append(list(w_type.bases_w))
    while True:
        nonempty = []
        for s in seqs:
            if len(s) > 0:
                nonempty.append(s)
        if len(nonempty) == 0:
            return result
        candidate = None
        for s in nonempty:
            cand = s[0]
            in_tail = False
            for s2 in nonempty:
                for j in range(1, len(s2)):
                    if s2[j] is cand:
                        in_tail = True
                        break
                if in_tail:
                    break
            if not in_tail:
                candidate = cand
                break
        if candidate is None:
            raise MROError
        result.append(candidate)
        for s in nonempty:
            if s[0] is candidate:
                del s[0]


class MROError(Exception):
    pass


w_object = W_TypeObject('object', [])
w_type = W_TypeObject('type', [w_object])
W_TypeObject.typedef = w_type


def make_builtin_type(name, w_base=None, layout=None):
    if w_base is None:
        w_base = w_object
    if layout is None:
        layout = name
    return W_TypeObject(name, [w_base], True, layout)
