# namedtuple: its __new__ is a function of the fields (signature, defaults, CPython's messages for wrong calls)
from collections import namedtuple
import inspect
P = namedtuple('P', 'x y')
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[2, 3])
E = namedtuple('E', '')
O = namedtuple('O', 'only')
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc'], rename=True)
print(inspect.signature(P), inspect.signature(Q), inspect.signature(E), inspect.signature(O), inspect.signature(R))
print(P(1, 2), P(y=2, x=1), Q(1), Q(1, c=5), E(), O(7), R(1, 2, 3, 4), P.__new__.__doc__, P.__new__.__qualname__)
print(Q.__new__.__defaults__, P.__new__.__defaults__, Q._field_defaults)
for call in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: Q(), lambda: Q(1, 2, 3, 4), lambda: E(1), lambda: O()]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
