"""tuple: an immutable list of objects."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_TupleObject(W_Root):
    _attrs_ = ['items_w']
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w


W_TupleObject.typedef = make_builtin_type('tuple')
w_empty_tuple = W_TupleObject([])


def wrap_tuple(items_w):
    if len(items_w) == 0:
        return w_empty_tuple
    return W_TupleObject(items_w)
