# collections.abc: isinstance checks against the container ABCs, and Mapping, MutableMapping, MutableSequence, MutableSet subclasses with their mixin methods
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence,
                             MutableSequence, Set, MutableSet, Sized, Container, Callable,
                             Hashable, Generator, Collection, Reversible)
import collections.abc
print(isinstance([1], Iterable), isinstance({}, Mapping), isinstance((1,), Sequence),
      isinstance(3, Iterable), isinstance("s", Sequence), isinstance({1}, MutableSet),
      isinstance(frozenset(), Set), isinstance({}, MutableMapping), isinstance([], MutableSequence))
print(isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance(3, Hashable),
      isinstance([], Hashable), isinstance((x for x in []), Generator), isinstance(range(3), Sequence),
      issubclass(list, Collection), issubclass(dict, Reversible), isinstance(3, Sized))
class Squares:
    def __iter__(self): return iter([1, 4])
    def __len__(self): return 2
print(isinstance(Squares(), Iterable), isinstance(Squares(), Sized), isinstance(Squares(), Container),
      isinstance(Squares(), Collection), issubclass(Squares, Iterator))
class Config(collections.abc.Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
c = Config(a=1, b=2)
print(dict(c), "a" in c, c.get("z", 0), list(c.items()), list(c.keys()), list(c.values()),
      c == {"a": 1, "b": 2}, c.keys() & {"a", "q"}, len(c.keys()), ("a", 1) in c.items())
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store()
s["A"] = 1; s.update({"B": 2}, C=3); s.setdefault("d", 4)
print(dict(s), s.pop("a"), s.pop("zz", None), s.popitem(), len(s), isinstance(s, Mapping))
try:
    Store.__abstractmethods__ and None
    class Half(MutableMapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print(e)
class Deck(MutableSequence):
    def __init__(self): self._c = []
    def __getitem__(self, i): return self._c[i]
    def __setitem__(self, i, v): self._c[i] = v
    def __delitem__(self, i): del self._c[i]
    def __len__(self): return len(self._c)
    def insert(self, i, v): self._c.insert(i, v)
d = Deck()
d.extend([3, 1, 2]); d.append(5); d += [7]
print(list(d), d.index(2), d.count(1), 2 in d, list(reversed(d)), d.pop(), d.pop(0), list(d))
d.reverse(); d.remove(1); print(list(d))
class Bits(MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
b = Bits([1, 2, 3])
print(list(b | Bits([4])), list(b & Bits([2, 9])), list(b - Bits([1])), list(b ^ Bits([3, 5])), b <= Bits([1, 2, 3, 4]), b == Bits([3, 2, 1]))
b -= Bits([1]); b |= [8]; print(list(b), b.isdisjoint([0]))
