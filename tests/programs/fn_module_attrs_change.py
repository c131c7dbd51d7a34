# Module attributes read by the same instructions while the module changes: a value
# replaced, a name deleted and put back, new names added, a function swapped.
import math


def area(r):
    return math.pi * r * r


def root(x):
    return math.sqrt(x)          # a method-style call on a module


print([area(r) for r in range(3)], [root(x) for x in (4, 9)])
saved_pi = math.pi
math.pi = 3
print([area(r) for r in range(3)])
del math.pi
for attempt in range(2):
    try:
        area(1)
    except AttributeError as e:
        print('AttributeError:', e)
math.pi = saved_pi
for k in range(10):
    setattr(math, 'extra%d' % k, k)
print(area(2), math.extra9)
saved_sqrt = math.sqrt
math.sqrt = lambda x: -x
print([root(x) for x in (4, 9)])
math.sqrt = saved_sqrt
print([root(x) for x in (4, 9)])
