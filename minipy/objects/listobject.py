"""list. Accessors (STM barrier points): length(), getitem(i), setitem(i, w),
append(w), insert(i, w), pop(i), getitems_copy(), getitems_fixed(), setitems(list),
setslice(), setslice_step(), and read_storage() for loops that only read.

The live items are `items_w[start:]`. `pop(0)` of a list of _MIN_OFFSET items or more
only moves `start` on (CPython moves the rest of the array down with one memmove; an
RPython list moves it item by item, with a GC write barrier each, which made a queue
drained with `pop(0)` twenty times slower than CPython's). The dead prefix is cut off
once it is over half the storage (amortised O(1) per pop), and before read_storage()
hands the storage out. Until the first such pop in the program, the GIL builds take
every start as 0 without reading it (`offsets.used`, quasi-immutable: compiled code
carries no offset arithmetic until a program makes a queue of a list).

STM (see minipy/concurrency/stm/tobject.py): reads are barriers.read, load `items_w`
and `start` once, barriers.read_check, then index only into the loaded list; writes are
barriers.write then in place. The first write of a transaction detaches the storage
(`_stm_save` swaps in a copy), so a storage list other threads loaded is never mutated."""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type

# pop(0) of a shorter list moves its items (no offset)
_MIN_OFFSET = 16
# a dead prefix shorter than this is never cut off (pop(0) of a short list stays cheap)
_MIN_CUT = 16


class Offsets(object):
    _immutable_fields_ = ['used?']

    def __init__(self):
        self.used = False       # has any list had a start offset?


offsets = Offsets()


class ListUndo(UndoEntry):
    def __init__(self, w_list, old_items_w, old_start):
        self.w_list = w_list
        self.old_items_w = old_items_w
        self.old_start = old_start
        self.copied = len(old_items_w) - old_start

    def restore(self):
        self.w_list.items_w = self.old_items_w
        self.w_list.start = self.old_start


class W_ListObject(W_Root):
    _attrs_ = ['items_w', 'start']

    def __init__(self, items_w):
        TObject.__init__(self)
        self.items_w = items_w
        self.start = 0

    def _stm_save(self):
        old = self.items_w
        old_start = self.start
        self.items_w = old[old_start:]
        self.start = 0
        return ListUndo(self, old, old_start)

    def _stm_typename(self):
        return 'list'

    def _start(self):
        """self.start; 0 without reading it while no list has had an offset (GIL builds:
        the STM build reads it always, since another thread may make the first offset
        between this read and the read of the storage)."""
        if barriers.ENABLED or offsets.used:
            return self.start
        return 0

    def length(self):
        barriers.read(self)
        items = self.items_w
        start = self._start()
        barriers.read_check(self)
        return len(items) - start

    def getitem(self, i):
        barriers.read(self)
        items = self.items_w
        start = self._start()
        barriers.read_check(self)
        return items[start + i]

    def setitem(self, i, w_value):
        barriers.write(self)
        self.items_w[self._start() + i] = w_value

    def append(self, w_value):
        barriers.write(self)
        self.items_w.append(w_value)

    def insert(self, i, w_value):
        barriers.write(self)
        index = self._start() + i
        assert index >= 0
        self.items_w.insert(index, w_value)

    def pop(self, i):
        barriers.write(self)
        items = self.items_w
        start = self._start()
        if start + i == len(items) - 1:
            w_item = items.pop()    # no items move: no loop, so a trace keeps it inline
            if start > 0 and start == len(items):
                self._drop_prefix()
            return w_item
        if i == 0 and len(items) - start >= _MIN_OFFSET:
            if not offsets.used:
                offsets.used = True
            w_item = items[start]
            items[start] = None
            start += 1
            self.start = start
            if start == len(items) or (start >= _MIN_CUT and 2 * start >= len(items)):
                self._drop_prefix()
            return w_item
        index = start + i
        assert index >= 0
        return items.pop(index)

    def _drop_prefix(self):
        """Cut the dead prefix off the storage (start becomes 0)."""
        start = self._start()
        if start > 0:
            del self.items_w[:start]
            self.start = 0

    def getitems_copy(self):
        barriers.read(self)
        items = self.items_w
        start = self._start()
        barriers.read_check(self)
        return items[start:]

    def getitems_fixed(self):
        """A copy of the items that is never resized: a tuple's storage (see
        tupleobject). The same slice as getitems_copy's, written apart because RPython
        types the result of each slice in the source on its own, and the copies
        getitems_copy hands out are resized by their callers."""
        barriers.read(self)
        items = self.items_w
        start = self._start()
        barriers.read_check(self)
        return items[start:]

    def read_storage(self):
        """The storage list, for loops that only read it (do not mutate it). A dead
        prefix is cut off first (a write, so done under the write barrier)."""
        barriers.read(self)
        items = self.items_w
        start = self._start()
        barriers.read_check(self)
        if start == 0:
            return items
        barriers.write(self)
        self._drop_prefix()
        return self.items_w

    def setitems(self, items_w):
        barriers.write(self)
        self.items_w = items_w
        if self._start() != 0:
            self.start = 0

    def setslice(self, start, stop, new_w):
        """self[start:stop] = new_w (0 <= start <= stop <= length): in place when the
        lengths match, else a new storage list."""
        barriers.write(self)
        assert start >= 0 and stop >= start
        if stop - start == len(new_w):
            items = self.items_w
            base = self._start() + start
            for i in range(len(new_w)):
                items[base + i] = new_w[i]
            return
        self._drop_prefix()
        items = self.items_w
        self.items_w = items[:start] + new_w + items[stop:]

    def setslice_step(self, start, step, new_w):
        """Item start + i*step = new_w[i] for each i (all in range)."""
        barriers.write(self)
        items = self.items_w
        j = self._start() + start
        for i in range(len(new_w)):
            items[j] = new_w[i]
            j += step


W_ListObject.typedef = make_builtin_type('list')
