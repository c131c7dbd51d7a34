"""bytearray: a mutable sequence of bytes, kept as an RPython list of 1-char strings.
Shared mutable state is reached only through the accessors below (getvalue, setvalue,
length, getbyte, setbyte, append, extend, insert, pop, replace_slice), with the STM
barriers as in listobject (the first write of a transaction saves the old list).
Methods and operators: minipy/builtins/bytearraymethods.py."""
from minipy.concurrency.stm import barriers
from minipy.concurrency.stm.tobject import TObject, UndoEntry
from minipy.objects.root import W_Root
from minipy.objects.typeobject import make_builtin_type


class BytearrayUndo(UndoEntry):
    def __init__(self, w_ba, old_chars):
        self.w_ba = w_ba
        self.old_chars = old_chars

    def restore(self):
        self.w_ba.chars = self.old_chars


class W_BytearrayObject(W_Root):
    _attrs_ = ['chars']

    def __init__(self, value):
        TObject.__init__(self)
        self.chars = [c for c in value]

    def _stm_save(self):
        old = self.chars
        self.chars = old[:]
        return BytearrayUndo(self, old)

    def _stm_typename(self):
        return 'bytearray'

    def getvalue(self):
        """The contents as an (immutable) string."""
        barriers.read(self)
        s = ''.join(self.chars)
        barriers.read_check(self)
        return s

    def setvalue(self, value):
        barriers.write(self)
        self.chars = [c for c in value]

    def length(self):
        barriers.read(self)
        n = len(self.chars)
        barriers.read_check(self)
        return n

    def getbyte(self, i):
        barriers.read(self)
        v = ord(self.chars[i])
        barriers.read_check(self)
        return v

    def setbyte(self, i, v):
        barriers.write(self)
        self.chars[i] = chr(v)

    def append(self, v):
        barriers.write(self)
        self.chars.append(chr(v))

    def extend(self, value):
        barriers.write(self)
        for c in value:
            self.chars.append(c)

    def insert(self, i, v):
        barriers.write(self)
        self.chars.insert(i, chr(v))

    def pop(self, i):
        barriers.write(self)
        return ord(self.chars.pop(i))

    def replace_slice(self, start, stop, value):
        """self[start:stop] = value (0 <= start <= stop <= length)."""
        assert start >= 0 and stop >= start
        barriers.write(self)
        new = self.chars[:start]
        for c in value:
            new.append(c)
        new.extend(self.chars[stop:])
        self.chars = new


W_BytearrayObject.typedef = make_builtin_type('bytearray')
