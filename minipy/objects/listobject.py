"""list. Accessors (STM barrier points): length(), getitem(i), setitem(i, w),
append(w), insert(i, w), pop(i), getitems_copy(), setitems(list), setslice(),
setslice_step(), and read_storage() for loops that only read.

STM (see minipy/concurrency/stm/tobject.py): reads are barriers.read, load `items_w`
once, barriers.read_check, then index only into the loaded list; writes are
barriers.write then in place. The first write of a transaction detaches the storage
(`_stm_save` swaps in a copy), so a storage list other threads loaded is never mutated."""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class ListUndo(UndoEntry):
    def __init__(self, w_list, old_items_w):
        self.w_list = w_list
        self.old_items_w = old_items_w
        self.copied = len(old_items_w)

    def restore(self):
        self.w_list.items_w = self.old_items_w


class W_ListObject(W_Root):
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        TObject.__init__(self)
        self.items_w = items_w

    def _stm_save(self):
        old = self.items_w
        self.items_w = old[:]
        return ListUndo(self, old)

    def _stm_typename(self):
        return 'list'

    def length(self):
        barriers.read(self)
        items = self.items_w
        barriers.read_check(self)
        return len(items)

    def getitem(self, i):
        barriers.read(self)
        items = self.items_w
        barriers.read_check(self)
        return items[i]

    def setitem(self, i, w_value):
        barriers.write(self)
        self.items_w[i] = w_value

    def append(self, w_value):
        barriers.write(self)
        self.items_w.append(w_value)

    def insert(self, i, w_value):
        barriers.write(self)
        self.items_w.insert(i, w_value)

    def pop(self, i):
        barriers.write(self)
        items = self.items_w
        if i == len(items) - 1:
            return items.pop()      # no items move: no loop, so a trace keeps it inline
        return items.pop(i)

    def getitems_copy(self):
        barriers.read(self)
        items = self.items_w
        barriers.read_check(self)
        return items[:]

    def read_storage(self):
        """The storage list, for loops that only read it (do not mutate it)."""
        barriers.read(self)
        items = self.items_w
        barriers.read_check(self)
        return items

    def setitems(self, items_w):
        barriers.write(self)
        self.items_w = items_w

    def setslice(self, start, stop, new_w):
        """self[start:stop] = new_w (0 <= start <= stop <= length): in place when the
        lengths match, else a new storage list."""
        barriers.write(self)
        items = self.items_w
        assert start >= 0 and stop >= start
        if stop - start == len(new_w):
            for i in range(len(new_w)):
                items[start + i] = new_w[i]
            return
        self.items_w = items[:start] + new_w + items[stop:]

    def setslice_step(self, start, step, new_w):
        """Item start + i*step = new_w[i] for each i (all in range)."""
        barriers.write(self)
        items = self.items_w
        j = start
        for i in range(len(new_w)):
            items[j] = new_w[i]
            j += step


W_ListObject.typedef = make_builtin_type('list')
