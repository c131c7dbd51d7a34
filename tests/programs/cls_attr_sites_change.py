# One attribute site sees its answer change: the class is mutated, an instance gains or
# loses an attribute, a descriptor appears, __class__ is reassigned, several layouts and
# types pass through it. Each loop runs the same instructions many times.


class Point:
    kind = 'point'

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objs):
    return [o.x for o in objs]


def read_kind(objs):
    return [o.kind for o in objs]


def call_norm(objs):
    return [o.norm1() for o in objs]


pts = [Point(i, -i) for i in range(5)]
print(read_x(pts), read_kind(pts), call_norm(pts))

# a class attribute replaced, then shadowed by an instance attribute, then deleted
Point.kind = 'pt'
print(read_kind(pts))
pts[2].kind = 'mine'
print(read_kind(pts))
del pts[2].kind
print(read_kind(pts))

# a method replaced on the class, then on one instance
Point.norm1 = lambda self: self.x * 10
print(call_norm(pts))
pts[1].norm1 = lambda: 'own'
print(call_norm(pts))
del Point.norm1
try:
    call_norm(pts[2:])
except AttributeError as e:
    print('AttributeError:', e)


# a property added on the class takes over from the instance's own attribute
class Box:
    def __init__(self, v):
        self.v = v


boxes = [Box(i) for i in range(3)]
print(read_x.__name__, [b.v for b in boxes])


def get_v(objs):
    return [o.v for o in objs]


print(get_v(boxes))
Box.v = property(lambda self: 'prop')
print(get_v(boxes))
del Box.v
print(get_v(boxes))


# a data descriptor of our own, added later
class Upper:
    def __get__(self, obj, typ=None):
        return 'descr'

    def __set__(self, obj, value):
        print('set through descriptor', value)


def set_v(objs, value):
    for o in objs:
        o.v = value


set_v(boxes, 7)
print(get_v(boxes))
Box.v = Upper()
set_v(boxes, 8)
print(get_v(boxes))
del Box.v
print(get_v(boxes))


# __class__ reassigned: same site, other class
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


objs = [A() for _ in range(4)]


def whos(objs):
    return ''.join(o.who() for o in objs)


print(whos(objs))
objs[1].__class__ = B
objs[3].__class__ = B
print(whos(objs))


# many layouts through one store site and one load site
class Bag:
    pass


def fill(bag, names):
    for n in names:
        setattr(bag, n, len(n))


def store_z(objs, value):
    for o in objs:
        o.z = value


def load_z(objs):
    return [o.z for o in objs]


bags = []
for k in range(6):
    b = Bag()
    fill(b, ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff'][:k])
    bags.append(b)
store_z(bags, 1)
store_z(bags, 2)
print(load_z(bags), [sorted(vars(b)) for b in bags][5])


# __slots__: a store site that works for one class and fails for another
class Slotted:
    __slots__ = ('z',)


class SlottedW:
    __slots__ = ('w',)


mixed = [Bag(), Slotted(), Bag(), SlottedW()]
try:
    store_z(mixed, 3)
except AttributeError as e:
    print('AttributeError:', e)
store_z(mixed[1:2], 4)
print(load_z(mixed[:3]))

# built-in types through one method site
def sizes(objs):
    return [o.__len__() for o in objs]


print(sizes([[1, 2], 'abc', (1,), {1: 2}, [], 'x']))


def appends(objs):
    for o in objs:
        o.append(1)
    return objs


print(appends([[], [2], []]))


# __setattr__ and __getattr__ added to a class after its sites were used
class Watched:
    def __init__(self):
        self.a = 1


ws = [Watched() for _ in range(3)]


def bump(objs):
    for o in objs:
        o.a = o.a + 1
    return [o.a for o in objs]


print(bump(ws))


def loud_setattr(self, name, value):
    print('setattr', name, value)
    object.__setattr__(self, name, value)


Watched.__setattr__ = loud_setattr
print(bump(ws))
del Watched.__setattr__
print(bump(ws))


def missing(objs):
    return [o.nothing for o in objs]


try:
    missing(ws)
except AttributeError as e:
    print('AttributeError:', e)
Watched.__getattr__ = lambda self, name: 'fallback ' + name
print(missing(ws))


# a base class changed after a subclass's instances used a site
class Base:
    tag = 'base'


class Derived(Base):
    pass


ds = [Derived() for _ in range(3)]


def tags(objs):
    return [o.tag for o in objs]


print(tags(ds))
Base.tag = 'changed'
print(tags(ds))
Derived.tag = 'own'
print(tags(ds))
