# bytes and bytearray repeated by a non-int: CPython's "can't multiply sequence" TypeError
class Twice:
    def __rmul__(self, other):
        return other + other

pairs = [(b'x', b'y'), (b'x', 1.5), (bytearray(b'x'), 1.5), (1.5, b'x'),
         (2.5, bytearray(b'ab')), (b'x', None), (None, b'x'), ('s', b'x'),
         (b'x', [1]), (b'ab', 3), (3, bytearray(b'ab')), (b'ab', True),
         (b'ab', Twice()), (bytearray(b'cd'), Twice())]
for a, b in pairs:
    try:
        print(repr(a * b))
    except TypeError as e:
        print(type(e).__name__, e)
buf = bytearray(b'z')
try:
    buf *= 2.0
except TypeError as e:
    print(type(e).__name__, e)
data = b'q'
try:
    data *= b'r'
except TypeError as e:
    print(type(e).__name__, e)
print(buf, data)
b'ab' * 2.0
