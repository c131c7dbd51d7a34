"""property, staticmethod, classmethod, super."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_Property(W_Root):
    _attrs_ = ['w_fget', 'w_fset', 'w_fdel', 'w_doc']

    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc


class W_StaticMethod(W_Root):
    _attrs_ = ['w_func']

    def __init__(self, w_func):
        self.w_func = w_func


class W_ClassMethod(W_Root):
    _attrs_ = ['w_func']

    def __init__(self, w_func):
        self.w_func = w_func


class W_Super(W_Root):
    _attrs_ = ['w_starttype', 'w_obj', 'w_objtype']

    def __init__(self, w_starttype, w_obj, w_objtype):
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype


W_Property.typedef = make_builtin_type('property')
W_StaticMethod.typedef = make_builtin_type('staticmethod')
W_ClassMethod.typedef = make_builtin_type('classmethod')
W_Super.typedef = make_builtin_type('super')
