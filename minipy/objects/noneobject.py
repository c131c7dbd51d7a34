"""None, NotImplemented, Ellipsis: singletons."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_NoneObject(W_Root):
    _attrs_ = []


class W_NotImplemented(W_Root):
    _attrs_ = []


class W_Ellipsis(W_Root):
    _attrs_ = []


W_NoneObject.typedef = make_builtin_type('NoneType')
W_NotImplemented.typedef = make_builtin_type('NotImplementedType')
W_Ellipsis.typedef = make_builtin_type('ellipsis')
w_None = W_NoneObject()
w_NotImplemented = W_NotImplemented()
w_Ellipsis = W_Ellipsis()
