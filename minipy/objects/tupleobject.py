"""tuple: an immutable list of objects.

Its items are a fixed-size RPython list (make_sure_not_resized): one array, where a
resizable list would be a header and an array, so a tuple is two objects, not three,
and a JIT trace reads an item of a constant tuple as a constant. Translation checks it:
a list that is ever resized somewhere (appended to, say) cannot flow into a tuple, and
such a caller passes a copy through tuple_of_list()."""
from rpython.rlib.debug import make_sure_not_resized
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_TupleObject(W_Root):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w[*]']

    def __init__(self, items_w):
        make_sure_not_resized(items_w)
        self.items_w = items_w


W_TupleObject.typedef = make_builtin_type('tuple')
w_empty_tuple = W_TupleObject([])


def wrap_tuple(items_w):
    """The tuple of items_w, a fixed-size list (see the module docstring)."""
    if len(items_w) == 0:
        return w_empty_tuple
    return W_TupleObject(items_w)


def tuple_of_list(items_w):
    """The tuple of a copy of items_w, a list that may be resized."""
    if len(items_w) == 0:
        return w_empty_tuple
    return W_TupleObject(items_w[:])
