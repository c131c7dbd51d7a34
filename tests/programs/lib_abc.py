# abc: abstract base classes, abstract methods and properties, the TypeError for instantiating them, register() and virtual subclasses
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: area={self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Square(2)
except TypeError as e:
    print(e)
class Sq2(Square):
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "square"
s = Sq2(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta))
class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
try: Base()
except TypeError as e: print(e)
class Iface(ABC):
    pass
Iface.register(int)
print(isinstance(3, Iface), issubclass(int, Iface), isinstance("x", Iface), issubclass(bool, Iface))


class Repository(ABC):
    """A storage interface with a template method."""

    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    def get_or_default(self, key, default=None):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryRepo(Repository):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value


repo = MemoryRepo()
repo.put("a", 1)
print(repo.get("a"), repo.get_or_default("b", 0), isinstance(repo, Repository),
      issubclass(MemoryRepo, Repository), MemoryRepo.__abstractmethods__)
try:
    Repository()
except TypeError as e:
    print(e)


class Half(Repository):
    def get(self, key):
        return None


try:
    Half()
except TypeError as e:
    print(e)
