# match (3.10): every kind of pattern on its own -- literals (negative, complex, strings,
# bytes, None/True/False), value patterns, guards, OR and AS patterns, built-in class
# patterns that match the subject itself, user classes with and without __match_args__,
# the errors CPython raises at run time and at compile time
class Color:
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'


class Shade:
    class Dark:
        BLUE = 'navy'


def classify(x):
    match x:
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case 0:
            return 'zero'
        case -1 | -2 | -3:
            return 'small negative'
        case 1.5 | -0.25:
            return 'a float literal'
        case 2j | 1 + 2j | -1 - 1j:
            return 'a complex literal'
        case 'hello' 'world':
            return 'concatenated string'
        case b'\x00\xff':
            return 'bytes'
        case Color.RED | Color.GREEN:
            return 'warm-ish color'
        case Shade.Dark.BLUE:
            return 'dark blue'
        case int(n) if n % 2 == 0:
            return 'even int %d' % n
        case int(n):
            return 'odd int %d' % n
        case float(f) if f != f:
            return 'nan'
        case str(s) if len(s) > 5:
            return 'long str ' + s.upper()
        case str() | bytes():
            return 'short text %r' % (x,)
        case [] | ():
            return 'empty sequence'
        case [int() | float() as only]:
            return 'one number %r' % (only,)
        case [[a, b], [c, d]] if a * d - b * c == 0:
            return 'singular 2x2'
        case (x0, y0) | [x0, y0, 0]:
            return 'a point (%r, %r)' % (x0, y0)
        case {1: 'one', 2: _}:
            return 'dict with 1 and 2'
        case set() | frozenset() as s:
            return 'a set of %d' % len(s)
        case _:
            return 'something else: %s' % type(x).__name__


values = [None, True, False, 0, 0.0, -2, -2.0, 1.5, -0.25, 2j, complex(1, 2), -1 - 1j,
          'helloworld', b'\x00\xff', 'red', 'green', 'blue', 'navy', 4, 7, True + 1,
          float('nan'), 'abcdef', 'abc', b'ab', [], (), [3], (2.5,), [True],
          [[1, 2], [2, 4]], [[1, 2], [3, 4]], (5, 6), [5, 6, 0], [5, 6, 1],
          {1: 'one', 2: 'two', 3: 'three'}, {1: 'uno'}, {1, 2}, frozenset(), range(2), 3.25]
for v in values:
    print('%-22r %s' % (v, classify(v)))


class Plain:
    def __init__(self, a):
        self.a = a


class WithArgs(Plain):
    __match_args__ = ('a', 'b')
    b = 'class attr'


class MyInt(int):
    pass


class MyList(list):
    pass


def inspect(obj):
    match obj:
        case WithArgs(x, b=y):
            return 'WithArgs a=%r b=%r' % (x, y)
        case Plain(a=[*items]) as p:
            return 'Plain holding %d items (%s)' % (len(items), type(p).__name__)
        case Plain(a=value, missing=_):
            return 'never: no attribute missing'
        case Plain():
            return 'Plain %r' % (obj.a,)
        case MyInt(n) | bool(n):
            return 'MyInt/bool %r %s' % (n, type(n).__name__)
        case MyList([first, *_]):
            return 'MyList starting %r' % first
        case int(real=r, imag=i):
            return 'int with real=%r imag=%r' % (r, i)
        case str(upper=u):
            return 'str with upper() method: %s' % u()
        case tuple((a, b)):
            return 'tuple pair %r %r' % (a, b)
        case dict({'k': v}):
            return 'dict with k=%r' % v
        case _:
            return 'other'


for obj in [WithArgs(1), Plain([1, 2, 3]), WithArgs([1]), Plain('x'), MyInt(5), True,
            MyList([9, 8]), MyList(), 12, 'abc', (1, 2), (1, 2, 3), {'k': 0}, 1.5]:
    print(inspect(obj))

# the captures of a case that matched, and names of an OR pattern in any order
match [1, (2, 3), {'z': 4}]:
    case [a, (b, c) | [c, b], {'z': d}] as whole:
        print(a, b, c, d, whole)
match ('x', 'y'):
    case (p, q) | [q, p]:
        print('p=%s q=%s' % (p, q))
match ['x', 'y']:
    case (1, p, q) | [q, p]:
        print('p=%s q=%s' % (p, q))
# a walrus in a guard, and a guard that fails before the next case matches
count = 0
for n in range(6):
    match n:
        case k if (half := k // 2) and k % 2:
            print(n, 'odd, half', half)
        case k if k == 0:
            print(n, 'zero')
        case _:
            count += 1
print('default case ran', count, 'times')

errors = [
    ('len()', 'match 1:\n    case len():\n        pass\n'),
    ('bad __match_args__', 'class B:\n    __match_args__ = ["a"]\n'
     'match B():\n    case B(x):\n        pass\n'),
    ('non-str __match_args__', 'class C:\n    __match_args__ = ("a", 1)\n    a = 0\n'
     'match C():\n    case C(x, y):\n        pass\n'),
    ('repeated attribute', 'class D:\n    __match_args__ = ("a",)\n    a = 0\n'
     'match D():\n    case D(1, a=1):\n        pass\n'),
    ('int(1, 2)', 'match 5:\n    case int(a, b):\n        pass\n'),
    ('object(x)', 'match object():\n    case object(x):\n        pass\n'),
    ('duplicate attribute key', 'class K:\n    A = "a"\n    B = "a"\n'
     'match {"a": 1, "b": 2}:\n    case {K.A: 1, K.B: 2}:\n        pass\n'),
    ('capture first', 'match 1:\n    case x:\n        pass\n    case 1:\n        pass\n'),
    ('wildcard in or', 'match 1:\n    case _ | 2:\n        pass\n'),
    ('different names', 'match 1:\n    case [a] | [b]:\n        pass\n'),
    ('repeated name', 'match 1:\n    case [a, *a]:\n        pass\n'),
    ('two stars', 'match 1:\n    case [*a, *b]:\n        pass\n'),
    ('duplicate literal key', 'match 1:\n    case {"k": 1, "k": 2}:\n        pass\n'),
    ('f-string', "match 1:\n    case f'x':\n        pass\n"),
    ('keyword then positional', 'match 1:\n    case C(a=1, b):\n        pass\n'),
    ('real + real', 'match 1:\n    case 1 + 2:\n        pass\n'),
    ('_ as target', 'match 1:\n    case 1 as _:\n        pass\n'),
]
for label, source in errors:
    try:
        exec(source, {})
        print(label, 'ran')
    except (TypeError, ValueError) as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    except SyntaxError as e:
        print('%s: SyntaxError: %s (line %s, offset %s)' % (label, e.msg, e.lineno, e.offset))
