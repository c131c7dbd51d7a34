"""Iterators over built-in sequences and the iterator objects of built-ins
(enumerate, zip, map, filter, reversed, ...). Each has `next_w()` returning the
next item or None when exhausted (the caller raises StopIteration).

STM: iterators are transactional objects (a for loop outlives many transactions): the
code that advances one calls barriers.write(it) first; `_stm_save` logs the position
(at most two ints, restored by `_stm_restore`). The objects they walk use their own
accessors. zip/map/filter iterators hold no mutable state of their own."""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class IterUndo(UndoEntry):
    def __init__(self, w_it, a, b):
        self.w_it = w_it
        self.a = a
        self.b = b

    def restore(self):
        self.w_it._stm_restore(self.a, self.b)


class W_AbstractIter(W_Root):
    _attrs_ = []

    def next_w(self):
        raise NotImplementedError

    def _stm_save(self):
        return IterUndo(self, 0, 0)

    def _stm_restore(self, a, b):
        pass

    def _stm_typename(self):
        return 'iterator'


class W_SeqIter(W_AbstractIter):
    """Over a list (live), tuple, str (by code point) or any object with __getitem__."""
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq):
        TObject.__init__(self)
        self.w_seq = w_seq
        self.index = 0

    def _stm_save(self):
        return IterUndo(self, self.index, 0)

    def _stm_restore(self, a, b):
        self.index = a

    def next_w(self):
        from minipy.interpreter import ops
        return ops.seqiter_next(self)


class W_ListIter(W_AbstractIter):
    _attrs_ = ['w_list', 'index']

    def __init__(self, w_list):
        TObject.__init__(self)
        self.w_list = w_list
        self.index = 0

    def _stm_save(self):
        return IterUndo(self, self.index, 0)

    def _stm_restore(self, a, b):
        self.index = a

    def next_w(self):
        barriers.write(self)
        items = self.w_list.read_storage()
        i = self.index
        if i >= len(items):
            return None
        self.index = i + 1
        return items[i]


class W_TupleIter(W_AbstractIter):
    _attrs_ = ['items_w', 'index']

    def __init__(self, items_w):
        TObject.__init__(self)
        self.items_w = items_w      # never mutated
        self.index = 0

    def _stm_save(self):
        return IterUndo(self, self.index, 0)

    def _stm_restore(self, a, b):
        self.index = a

    def next_w(self):
        barriers.write(self)
        if self.index >= len(self.items_w):
            return None
        w = self.items_w[self.index]
        self.index += 1
        return w


class W_RangeIter(W_AbstractIter):
    _attrs_ = ['current', 'remaining', 'step']

    def __init__(self, start, length, step):
        TObject.__init__(self)
        self.current = start
        self.remaining = length
        self.step = step

    def _stm_save(self):
        return IterUndo(self, self.current, self.remaining)

    def _stm_restore(self, a, b):
        self.current = a
        self.remaining = b

    def next_w(self):
        from minipy.objects.intobject import wrap_int
        barriers.write(self)
        if self.remaining <= 0:
            return None
        v = self.current
        self.current += self.step
        self.remaining -= 1
        return wrap_int(v)


class W_StrIter(W_AbstractIter):
    _attrs_ = ['w_str', 'pos']

    def __init__(self, w_str):
        TObject.__init__(self)
        self.w_str = w_str
        self.pos = 0

    def _stm_save(self):
        return IterUndo(self, self.pos, 0)

    def _stm_restore(self, a, b):
        self.pos = a

    def next_w(self):
        from minipy.objects.strobject import wrap_str
        barriers.write(self)
        s = self.w_str.utf8
        if self.pos >= len(s):
            return None
        start = self.pos
        assert start >= 0
        end = start + 1
        while end < len(s) and (ord(s[end]) & 0xC0) == 0x80:
            end += 1
        self.pos = end
        assert end >= 0
        return wrap_str(s[start:end])


class DictIterUndo(IterUndo):
    def __init__(self, w_it, a, b, left):
        IterUndo.__init__(self, w_it, a, b)
        self.left = left

    def restore(self):
        IterUndo.restore(self)
        w_it = self.w_it
        assert isinstance(w_it, W_DictIter)
        w_it.left = self.left


class W_DictIter(W_AbstractIter):
    """Over a dict's keys (kind 0), values (1) or items (2). Holds the dict, not its
    table: each step reads the dict's current table (ops.dictiter_next). `left`: the
    entries still to come, as CPython's di_len (one more is an error: keys deleted and
    others added, the size unchanged); `initial` is -2 once exhausted."""
    _attrs_ = ['w_dict', 'pos', 'kind', 'initial', 'left']

    def __init__(self, w_dict, kind):
        TObject.__init__(self)
        self.w_dict = w_dict
        self.pos = 0
        self.kind = kind
        self.initial = w_dict.length()
        self.left = self.initial

    def _stm_save(self):
        return DictIterUndo(self, self.pos, self.initial, self.left)

    def _stm_restore(self, a, b):
        self.pos = a
        self.initial = b

    def next_w(self):
        from minipy.interpreter import ops
        return ops.dictiter_next(self)


class W_SetIter(W_AbstractIter):
    """Over a set's keys in table order. Holds the set, not its table: each step reads the
    set's current table (ops.setiter_next), and a change of size raises, as in CPython."""
    _attrs_ = ['w_set', 'pos', 'initial']

    def __init__(self, w_set):
        TObject.__init__(self)
        self.w_set = w_set
        self.pos = 0
        self.initial = w_set.length()

    def _stm_save(self):
        return IterUndo(self, self.pos, self.initial)

    def _stm_restore(self, a, b):
        self.pos = a
        self.initial = b

    def next_w(self):
        from minipy.interpreter import ops
        return ops.setiter_next(self)


class W_EnumerateIter(W_AbstractIter):
    _attrs_ = ['w_iter', 'index']

    def __init__(self, w_iter, start):
        TObject.__init__(self)
        self.w_iter = w_iter
        self.index = start

    def _stm_save(self):
        return IterUndo(self, self.index, 0)

    def _stm_restore(self, a, b):
        self.index = a

    def next_w(self):
        from minipy.interpreter import ops
        return ops.enumerate_next(self)


class W_ZipIter(W_AbstractIter):
    _attrs_ = ['iters_w', 'strict']

    def __init__(self, iters_w, strict=False):
        self.iters_w = iters_w
        self.strict = strict     # zip(..., strict=True): unequal lengths raise

    def next_w(self):
        from minipy.interpreter import ops
        return ops.zip_next(self)


class W_MapIter(W_AbstractIter):
    _attrs_ = ['w_func', 'iters_w']

    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w

    def next_w(self):
        from minipy.interpreter import ops
        return ops.map_next(self)


class W_FilterIter(W_AbstractIter):
    _attrs_ = ['w_func', 'w_iter']

    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def next_w(self):
        from minipy.interpreter import ops
        return ops.filter_next(self)


class W_ReversedIter(W_AbstractIter):
    _attrs_ = ['w_seq', 'index']

    def __init__(self, w_seq, length):
        TObject.__init__(self)
        self.w_seq = w_seq
        self.index = length - 1

    def _stm_save(self):
        return IterUndo(self, self.index, 0)

    def _stm_restore(self, a, b):
        self.index = a

    def next_w(self):
        from minipy.interpreter import ops
        return ops.reversed_next(self)


class W_CallIter(W_AbstractIter):
    """iter(callable, sentinel)."""
    _attrs_ = ['w_func', 'w_sentinel', 'done']

    def __init__(self, w_func, w_sentinel):
        TObject.__init__(self)
        self.w_func = w_func
        self.w_sentinel = w_sentinel
        self.done = False

    def _stm_save(self):
        return IterUndo(self, int(self.done), 0)

    def _stm_restore(self, a, b):
        self.done = a != 0

    def next_w(self):
        from minipy.interpreter import ops
        return ops.calliter_next(self)


W_AbstractIter.typedef = make_builtin_type('iterator')
W_SeqIter.typedef = make_builtin_type('iterator', W_AbstractIter.typedef, 'iterator')
W_ListIter.typedef = make_builtin_type('list_iterator', W_AbstractIter.typedef, 'iterator')
W_TupleIter.typedef = make_builtin_type('tuple_iterator', W_AbstractIter.typedef, 'iterator')
W_RangeIter.typedef = make_builtin_type('range_iterator', W_AbstractIter.typedef, 'iterator')
W_StrIter.typedef = make_builtin_type('str_ascii_iterator', W_AbstractIter.typedef, 'iterator')
W_DictIter.typedef = make_builtin_type('dict_keyiterator', W_AbstractIter.typedef, 'iterator')
W_EnumerateIter.typedef = make_builtin_type('enumerate', W_AbstractIter.typedef, 'iterator')
W_ZipIter.typedef = make_builtin_type('zip', W_AbstractIter.typedef, 'iterator')
W_MapIter.typedef = make_builtin_type('map', W_AbstractIter.typedef, 'iterator')
W_FilterIter.typedef = make_builtin_type('filter', W_AbstractIter.typedef, 'iterator')
W_ReversedIter.typedef = make_builtin_type('reversed', W_AbstractIter.typedef, 'iterator')
W_CallIter.typedef = make_builtin_type('callable_iterator', W_AbstractIter.typedef, 'iterator')
