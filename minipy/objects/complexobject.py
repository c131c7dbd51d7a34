"""complex: an immutable pair of doubles.  Its arithmetic, constructor, methods and
text forms are in minipy/builtins/complexmethods.py."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_ComplexObject(W_Root):
    _attrs_ = ['realval', 'imagval']
    _immutable_fields_ = ['realval', 'imagval']

    def __init__(self, realval, imagval):
        self.realval = realval
        self.imagval = imagval


W_ComplexObject.typedef = make_builtin_type('complex')


def wrap_complex(real, imag):
    return W_ComplexObject(real, imag)
