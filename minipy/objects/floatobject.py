"""float."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_FloatObject(W_Root):
    _attrs_ = ['floatval']
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval


W_FloatObject.typedef = make_builtin_type('float')


def wrap_float(f):
    return W_FloatObject(f)
