"""memoryview over a bytes or bytearray object: a one-dimensional view of single-byte
items (formats 'B', 'b' and 'c'), kept as the viewed object plus start, step and
length, so that slices share the memory and writes go through to a bytearray.
Methods and attributes: minipy/builtins/memoryviewmethods.py."""
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject


class W_MemoryView(W_Root):
    _attrs_ = ['w_obj', 'start', 'step', 'length', 'fmt', 'readonly', 'released']

    def __init__(self, w_obj, start, step, length, fmt, readonly):
        self.w_obj = w_obj          # a W_BytesObject or a W_BytearrayObject
        self.start = start
        self.step = step
        self.length = length
        self.fmt = fmt              # 'B', 'b' or 'c'
        self.readonly = readonly
        self.released = False

    def native_repr(self):
        from minipy.builtins.reprs import addr
        if self.released:
            return '<released memory at %s>' % addr(self)
        return '<memory at %s>' % addr(self)

    def offset(self, i):
        return self.start + i * self.step

    def in_bounds(self):
        """Whether the view still fits the object (a bytearray may have shrunk)."""
        if self.length == 0:
            return True
        last = self.offset(self.length - 1)
        n = underlying_length(self.w_obj)
        return 0 <= self.start < n and 0 <= last < n

    def getbyte(self, i):
        j = self.offset(i)
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return ord(w_obj.value[j])
        assert isinstance(w_obj, W_BytearrayObject)
        return w_obj.getbyte(j)

    def setbyte(self, i, v):
        w_obj = self.w_obj
        assert isinstance(w_obj, W_BytearrayObject)
        w_obj.setbyte(self.offset(i), v)

    def tobytes(self):
        w_obj = self.w_obj
        if self.step == 1:
            if isinstance(w_obj, W_BytesObject):
                start = self.start
                stop = start + self.length
                assert start >= 0 and stop >= start
                return w_obj.value[start:stop]
        return ''.join([chr(self.getbyte(i)) for i in range(self.length)])


def underlying_length(w_obj):
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value)
    assert isinstance(w_obj, W_BytearrayObject)
    return w_obj.length()


W_MemoryView.typedef = make_builtin_type('memoryview', None, 'memoryview')
