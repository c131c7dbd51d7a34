"""range and slice objects."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class W_RangeObject(W_Root):
    _attrs_ = ['start', 'stop', 'step', 'length']
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            n = (stop - start + step - 1) // step
        else:
            n = (start - stop - step - 1) // (-step)
        if n < 0:
            n = 0
        self.length = n


class W_SliceObject(W_Root):
    _attrs_ = ['w_start', 'w_stop', 'w_step']
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step


W_RangeObject.typedef = make_builtin_type('range')
W_SliceObject.typedef = make_builtin_type('slice')
