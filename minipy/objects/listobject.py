"""list. Accessors (STM barrier points): length(), getitem(i), setitem(i, w),
append(w), insert(i, w), pop(i), getitems_copy(), setitems(list), and
read_storage() for loops that only read."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_ListObject(W_Root):
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def length(self):
        return len(self.items_w)

    def getitem(self, i):
        return self.items_w[i]

    def setitem(self, i, w_value):
        self.items_w[i] = w_value

    def append(self, w_value):
        self.items_w.append(w_value)

    def insert(self, i, w_value):
        self.items_w.insert(i, w_value)

    def pop(self, i):
        return self.items_w.pop(i)

    def getitems_copy(self):
        return self.items_w[:]

    def read_storage(self):
        return self.items_w

    def setitems(self, items_w):
        self.items_w = items_w


W_ListObject.typedef = make_builtin_type('list')
