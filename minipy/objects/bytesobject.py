"""bytes: an immutable RPython str of raw bytes."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_BytesObject(W_Root):
    _attrs_ = ['value']
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value


W_BytesObject.typedef = make_builtin_type('bytes')
