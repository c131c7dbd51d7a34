"""Modules: a name and a globals dict (a W_DictObject; its accessors are the
STM barrier points for module globals)."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_Module(W_Root):
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict


W_Module.typedef = make_builtin_type('module')
