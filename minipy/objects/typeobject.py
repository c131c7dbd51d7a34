"""Type objects: built-in types and user classes, C3 MRO, attribute lookup.

Accessors (STM barrier points) for the class dict: getdictvalue(name),
setdictvalue(name, w_value), deldictvalue(name), read_dict(). Every mutation replaces
the type's `version`, a quasi-immutable field: in a JIT trace, lookup() searches each class
of the MRO with an elidable lookup in that class's own dict keyed on that class's version,
so it folds to nothing, and a change to any class of the MRO (a base class too)
invalidates the traces that read it -- except a reassignment of an attribute that was
reassigned before: it lives in a W_ClassCell, read by traces, and changes no version.
The interpreter's caches use the global epoch.

STM: a class-dict write locks both the type (whose first write in a transaction detaches
`dict_w`: `_stm_save` swaps in a copy) and the global `_epoch` TObject; lookup() reads
`_epoch` (one read-set entry per transaction), so a cached lookup stays valid exactly as
long as no class dict changed, and a writer conflicts with concurrent lookups (class
mutation after creation is rare). On a miss, each type of the MRO is read through
read_dict() (barrier pair). Epoch values are never reused (`counter` is not undone). The
per-type `lookup_cache` is shared by all threads: a new name publishes a new dict (a
published one is only ever changed by replacing the value of an existing key, which
RPython does in place); `custom_ga` is one immutable (epoch, flag) pair. The
dicts of a type get their RPython lookup index built once (`_ensure_indexes`, in an
inevitable transaction: at most one runs at a time) before the first read in the STM
build: translation drops the index of prebuilt dicts and RPython rebuilds it lazily,
which would make a reader write.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import we_are_translated
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects import stmsupport, subclasses
from minipy.objects.root import W_Root


class VersionTag(object):
    pass


class EpochUndo(UndoEntry):
    def __init__(self, epoch, value):
        self.epoch = epoch
        self.value = value

    def restore(self):
        self.epoch.value = self.value


class _Epoch(TObject):
    """Bumped by every class-dict mutation: invalidates all lookup caches at once
    (mutating a class after its creation is rare). `counter` is the last value handed
    out, never restored, so an aborted transaction's epoch is never seen again."""
    def __init__(self):
        TObject.__init__(self)
        self.value = 0
        self.counter = 0

    def _stm_save(self):
        return EpochUndo(self, self.value)

    def _stm_typename(self):
        return 'class-dict epoch'

    def read(self):
        barriers.read(self)
        v = self.value
        barriers.read_check(self)
        return v

    def bump(self):
        barriers.write(self)
        n = self.counter
        if self.value > n:
            n = self.value
        n += 1
        self.counter = n
        self.value = n


_epoch = _Epoch()


class TypeUndo(UndoEntry):
    def __init__(self, w_type, dict_w):
        self.w_type = w_type
        self.dict_w = dict_w
        self.version = w_type.version
        self.qualname = w_type.qualname
        self.module = w_type.module
        self.w_doc = w_type.w_doc
        self.is_abstract = w_type.is_abstract
        self.collection_flag = w_type.collection_flag

    def restore(self):
        w_type = self.w_type
        w_type.dict_w = self.dict_w
        w_type.version = self.version
        w_type.qualname = self.qualname
        w_type.module = self.module
        w_type.w_doc = self.w_doc
        w_type.is_abstract = self.is_abstract
        w_type.collection_flag = self.collection_flag


COLLECTION_SEQUENCE = 1 << 5     # CPython's flag values (collections.abc uses them)
COLLECTION_MAPPING = 1 << 6
COLLECTION_FLAGS = COLLECTION_SEQUENCE | COLLECTION_MAPPING


class GaEntry(object):
    _immutable_fields_ = ['epoch', 'flag']

    def __init__(self, epoch, flag):
        self.epoch = epoch
        self.flag = flag


class CacheEntry(object):
    _immutable_fields_ = ['epoch', 'w_value']

    def __init__(self, epoch, w_value):
        self.epoch = epoch
        self.w_value = w_value


class W_ClassCell(W_Root):
    """Where the JIT finds a class attribute that was assigned again after it was set
    (a class-level counter, a cache, a patched method), as PyPy's MutableCell: the cell
    is made at the first reassignment (one invalidation of the traces that read the
    attribute) and later assignments only change its value, which traces read, so
    compiled code stays valid. dict_w keeps the value too: nothing but _lookup_jit
    sees a cell. Internal: never visible to Python code."""
    _attrs_ = ['w_value']

    def __init__(self, w_value):
        self.w_value = w_value


class W_TypeObject(W_Root):
    _immutable_fields_ = ['name', 'is_builtin', 'layout', 'mro_w[*]', 'version?', 'w_class',
                          'is_abstract?']

    def __init__(self, name, bases_w, is_builtin=True, layout='object', w_class=None):
        TObject.__init__(self)
        self.name = name
        self.w_class = w_class    # the metaclass; None for `type` itself
        # a non-empty __abstractmethods__ was set (abc): instances cannot be made
        # (quasi-immutable: set once when an abstract class is made, read at every
        # instantiation)
        self.is_abstract = False
        # CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (COLLECTION_SEQUENCE,
        # COLLECTION_MAPPING or 0) as set on this class itself: by the built-in
        # sequences and dict, by an ABC's `__abc_tpflags__` and by registering with one
        # (modabc.py); the match statement reads them along the MRO (matching.py)
        self.collection_flag = 0
        self.qualname = name
        # a class made by a library module with a C type's dotted name (typecall.py,
        # __c_type_name__): its __name__ is the part after the last dot
        self.c_named = False
        self.module = 'builtins'
        self.bases_w = bases_w
        self.dict_w = {}
        self.is_builtin = is_builtin
        self.layout = layout      # 'object', 'exception', or a built-in base name
        self.mro_w = []
        self.version = VersionTag()
        self.cells = None         # name -> W_ClassCell, replaced (never mutated) when it grows
        self.w_doc = None
        self.compute_mro()
        self.empty_map = None     # set by maps.get_empty_map
        # name -> CacheEntry (interpreter only, not the JIT); None while empty
        self.lookup_cache = None
        self.allowed_attrs = None  # the __slots__ names, when they restrict instances
        # a class of the MRO has __slots__ (their values are then left out of __dict__)
        self.has_slots_in_mro = False
        # Whether the MRO defines a __getattribute__ other than object's; recomputed
        # lazily after any class-dict mutation (the epoch), so a base's change counts.
        self.custom_ga = None      # a GaEntry
        self.indexed = False       # STM: lookup indexes of dict_w/lookup_cache built
        if barriers.ENABLED and we_are_translated():
            # made at run time: build the (empty) dict's index now, while it is ours
            self.dict_w.get('', None)
            self.indexed = True
        self.builtin_subclasses_w = None    # __subclasses__ (see subclasses.py)
        self.subclass_refs = None
        for w_base in bases_w:
            assert isinstance(w_base, W_TypeObject)   # (type_new checked them)
            subclasses.note_subclass(w_base, self)

    def compute_mro(self):
        self.mro_w = c3_mro(self)[:]    # a copy that is never resized: an immutable list

    def _stm_save(self):
        old = self.dict_w
        new = {}
        for key, w_v in old.items():   # not .copy(): that may build old's index
            new[key] = w_v
        new.get('', None)              # its index exists even if it stays empty
        self.dict_w = new
        return TypeUndo(self, old)

    def _stm_typename(self):
        return 'type ' + self.name

    def _ensure_indexes(self):
        """STM build: build the RPython lookup indexes of a prebuilt type's dicts once,
        exclusively (see the module docstring)."""
        if barriers.ENABLED and we_are_translated() and not self.indexed:
            stmsupport.exclusive()     # no other thread does this meanwhile
            if not self.indexed:
                self.dict_w.get('', None)
                cache = self.lookup_cache
                if cache is not None:
                    cache.get('', None)
                self.indexed = True

    # -- class dict accessors ------------------------------------------------
    def read_dict(self):
        """The class dict, for code that only reads it (never mutate it)."""
        self._ensure_indexes()
        barriers.read(self)
        d = self.dict_w
        barriers.read_check(self)
        return d

    def getdictvalue(self, name):
        return self.read_dict().get(name, None)

    def setdictvalue(self, name, w_value):
        self._ensure_indexes()
        _epoch.bump()
        barriers.write(self)
        overwrite = name in self.dict_w
        self.dict_w[name] = w_value
        if overwrite and not barriers.ENABLED:     # (the STM build has no JIT)
            cells = self.cells
            cell = cells.get(name, None) if cells is not None else None
            if cell is not None:
                cell.w_value = w_value     # compiled code reads it: nothing to invalidate
                return
            self._add_cell(name, w_value)
        self.version = VersionTag()

    def _add_cell(self, name, w_value):
        """From now on the JIT reads `name` from a cell (see W_ClassCell)."""
        cells = {}
        if self.cells is not None:
            for key, cell in self.cells.items():
                cells[key] = cell
        cells[name] = W_ClassCell(w_value)
        self.cells = cells      # a new dict: _own_lookup's results stay valid until now

    def deldictvalue(self, name):
        self._ensure_indexes()
        _epoch.bump()
        barriers.write(self)
        if name in self.dict_w:
            del self.dict_w[name]
            if self.cells is not None and name in self.cells:
                cells = {}
                for key, cell in self.cells.items():
                    if key != name:
                        cells[key] = cell
                self.cells = cells
            self.version = VersionTag()
            return True
        return False

    def lookup(self, name):
        """Find `name` along the MRO; None when missing."""
        if not jit.we_are_jitted():
            self._ensure_indexes()
            epoch = _epoch.read()
            cache = self.lookup_cache
            if cache is not None:
                entry = cache.get(name, None)
                if entry is not None and entry.epoch == epoch:
                    return entry.w_value
            w_res = self._lookup_uncached(name)
            self._cache_store(name, CacheEntry(epoch, w_res))
            return w_res
        return jit.promote(self)._lookup_jit(name)

    def _lookup_uncached(self, name):
        """Along the MRO, past the lookup cache (through barriers in the STM build)."""
        if barriers.ENABLED:
            return self._lookup_barriers(name)
        return self._lookup_plain(name)

    def _lookup_barriers(self, name):
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            w_type._ensure_indexes()
            w_v = w_type.read_dict().get(name, None)
            if w_v is not None:
                return w_v
        return None

    def _cache_store(self, name, entry):
        cache = self.lookup_cache
        if not barriers.ENABLED:
            if cache is None:
                cache = {}
                self.lookup_cache = cache
            cache[name] = entry
            return
        # shared by all threads: never resize a published dict (module docstring)
        if cache is not None and name in cache:
            cache[name] = entry
            return
        new = {}
        if cache is not None:
            for key, e in cache.items():
                new[key] = e
        new[name] = entry
        self.lookup_cache = new

    def has_custom_getattribute(self):
        """True when attribute reads must call a user-defined __getattribute__."""
        if not jit.we_are_jitted():
            epoch = _epoch.read()
            ga = self.custom_ga
            if ga is None or ga.epoch != epoch:
                w_ga = self._lookup_uncached('__getattribute__')
                flag = (w_ga is not None and
                        w_ga is not w_object._lookup_uncached('__getattribute__'))
                ga = GaEntry(epoch, flag)
                self.custom_ga = ga
            return ga.flag
        w_ga = jit.promote(self)._lookup_jit('__getattribute__')
        return w_ga is not None and w_ga is not w_object._lookup_jit('__getattribute__')

    def _lookup_plain(self, name):
        """Along the MRO, without barriers (the GIL build's interpreter)."""
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            w_v = w_type.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    @jit.unroll_safe
    def _lookup_jit(self, name):
        """The JIT's lookup (self a constant): the MRO is an immutable list, each class's
        version a quasi-immutable field and its own-dict lookup elidable, so a trace keeps
        no operation of it -- but for an attribute kept in a W_ClassCell, whose value the
        trace reads from the (constant) cell."""
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            w_v = w_type._own_lookup(name, w_type.version)
            if w_v is not None:
                if isinstance(w_v, W_ClassCell):
                    return w_v.w_value
                return w_v
        return None

    @jit.elidable
    def _own_lookup(self, name, version):
        """This class's own dict, or the attribute's cell; `version` changes whenever
        the dict does, except when only a cell's value changes."""
        cells = self.cells
        if cells is not None:
            cell = cells.get(name, None)
            if cell is not None:
                return cell
        return self.dict_w.get(name, None)

    def lookup_where(self, name):
        """The class of the MRO whose own dict has `name`; None when none has. (No loop
        here, so that the JIT looks inside and takes its own branch.)"""
        if jit.we_are_jitted():
            return jit.promote(self)._lookup_where_jit(name)
        return self._lookup_where_plain(name)

    def _lookup_where_plain(self, name):
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            if name in w_type.read_dict():
                return w_type
        return None

    @jit.unroll_safe
    def _lookup_where_jit(self, name):
        """lookup_where in a trace: folded as _lookup_jit is."""
        for w_type in self.mro_w:
            assert isinstance(w_type, W_TypeObject)
            if w_type._own_lookup(name, w_type.version) is not None:
                return w_type
        return None

    @jit.elidable     # the MRO is computed once, when the class is made
    def issubtype(self, w_other):
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def getclass(self):
        w_class = self.w_class
        if w_class is None:
            return W_TypeObject.typedef
        return w_class


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
w_type = W_TypeObject('type', [w_object], True, 'type')
W_TypeObject.typedef = w_type


def make_builtin_type(name, w_base=None, layout=None):
    if w_base is None:
        w_base = w_object
    if layout is None:
        layout = name
    return W_TypeObject(name, [w_base], True, layout)
