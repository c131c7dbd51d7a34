"""set and frozenset, on dictobject.OrderedTable (values unused). Accessors:
contains(w), add(w), discard(w), length(), keys()."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type
from minipy.objects.dictobject import OrderedTable
from minipy.objects.noneobject import w_None


class W_SetObject(W_Root):
    _attrs_ = ['table', 'frozen', 'hash']

    def __init__(self, frozen=False):
        self.table = OrderedTable()
        self.frozen = frozen
        self.hash = -1

    def contains(self, w_key):
        return self.table.lookup(w_key) >= 0

    def add(self, w_key):
        self.table.set(w_key, w_None)

    def discard(self, w_key):
        return self.table.delete(w_key) is not None

    def length(self):
        return self.table.live

    def keys(self):
        return self.table.live_keys()

    def clear(self):
        self.table.clear()

    def getclass(self):
        if self.frozen:
            return w_frozenset_type
        return W_SetObject.typedef


W_SetObject.typedef = make_builtin_type('set')
w_frozenset_type = make_builtin_type('frozenset')
