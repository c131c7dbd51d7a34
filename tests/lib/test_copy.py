"""copy: our minipy/lib version against CPython's."""
import copy as cpy

from libload import lib  # noqa: F401 (a fixture)


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Hooked:
    def __init__(self, n):
        self.n = n
        self.log = []

    def __copy__(self):
        return Hooked(self.n + 100)

    def __deepcopy__(self, memo):
        return Hooked(self.n + 1000)


class WithState:
    def __init__(self):
        self.x = [1]

    def __getstate__(self):
        return {"x": self.x, "extra": "from getstate"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class MyList(list):
    pass


class MyDict(dict):
    pass


def _shape(x):
    """A structural description of x (types and values) that ignores identity."""
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [_shape(i) for i in x])
    if isinstance(x, dict):
        return (type(x).__name__, [(_shape(k), _shape(v)) for k, v in x.items()])
    if isinstance(x, (set, frozenset)):
        return (type(x).__name__, sorted(x))
    if hasattr(x, "__dict__"):
        return (type(x).__name__, _shape(x.__dict__))
    return x


def test_atomic_values_are_returned(lib):
    for v in [1, 2.5, "s", None, True, (1, 2), frozenset([1]), len, int, range(3), b"x"]:
        assert lib.copy.copy(v) is v
    for v in [1, 2.5, "s", None, True, (1, 2), len, int, range(3)]:
        assert lib.copy.deepcopy(v) is v


def test_shallow(lib):
    inner = [1, 2]
    for x in [[inner, 3], {"k": inner}, {1, 2}]:
        y = lib.copy.copy(x)
        assert y == x and y is not x and type(y) is type(x)
    y = lib.copy.copy([inner])
    assert y[0] is inner
    n = Node(1, [Node(2)])
    m = lib.copy.copy(n)
    assert m is not n and m.children is n.children and type(m) is Node
    s = lib.copy.copy(Slotted(5))
    assert s.a == 5 and not hasattr(s, "b")
    h = lib.copy.copy(Hooked(1))
    assert h.n == 101
    ml = lib.copy.copy(MyList([1, [2]]))
    assert type(ml) is MyList and ml == [1, [2]]
    md = lib.copy.copy(MyDict(a=1))
    assert type(md) is MyDict and md == {"a": 1}
    w = lib.copy.copy(WithState())
    assert w.restored and w.extra == "from getstate"


def test_deep(lib):
    shared = [1, 2]
    x = {"a": [shared, shared], "b": (shared, 3), "c": {4, 5}, "d": frozenset([6]),
         "e": Node(1, [Node(2, [shared])])}
    ours, theirs = lib.copy.deepcopy(x), cpy.deepcopy(x)
    assert _shape(ours) == _shape(theirs)
    assert ours["a"][0] is ours["a"][1] and ours["a"][0] is not shared
    assert ours["b"][0] is ours["a"][0]
    assert ours["e"].children[0].children[0] is ours["a"][0]
    cyc = [1]
    cyc.append(cyc)
    c2 = lib.copy.deepcopy(cyc)
    assert c2[1] is c2 and c2 is not cyc
    node = Node(0)
    node.children.append(node)
    n2 = lib.copy.deepcopy(node)
    assert n2.children[0] is n2
    t = (1, "a", (2, 3))
    assert lib.copy.deepcopy(t) is t
    t2 = (1, [2])
    assert lib.copy.deepcopy(t2) is not t2 and lib.copy.deepcopy(t2) == t2
    assert lib.copy.deepcopy(Hooked(1)).n == 1001
    s = lib.copy.deepcopy(Slotted([1]))
    assert s.a == [1]
    ml = lib.copy.deepcopy(MyList([[1]]))
    assert type(ml) is MyList and ml == [[1]]
    md = lib.copy.deepcopy(MyDict(a=[1]))
    assert type(md) is MyDict and md == {"a": [1]}
    memo = {}
    a = lib.copy.deepcopy(shared, memo)
    assert memo[id(shared)] is a
    assert lib.copy.deepcopy(shared, memo) is a
    w = lib.copy.deepcopy(WithState())
    assert w.restored and w.x == [1]
