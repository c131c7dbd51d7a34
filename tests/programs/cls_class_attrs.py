# Class attributes versus instance attributes: shadowing, shared mutable class attributes, counters.


class Dog:
    species = "canis familiaris"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_shared(self, trick):
        self.tricks.append(trick)

    def add_own(self, trick):
        self.own_tricks.append(trick)


a, b = Dog("rex"), Dog("fido")
a.add_shared("roll")
b.add_own("sit")
print(a.tricks, b.tricks, a.own_tricks, b.own_tricks, Dog.count)
a.species = "wolf?"
print(a.species, b.species, Dog.species, "species" in a.__dict__, "species" in b.__dict__)
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
b.count = 100
print(Dog.count, b.count, a.count)


class Base:
    registry = []

    def __init__(self):
        type(self).registry.append(type(self).__name__)


class Child(Base):
    registry = []


Base()
Child()
Child()
print(Base.registry, Child.registry)


class Config:
    defaults = {"debug": False, "level": 1}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)


c1, c2 = Config(debug=True), Config(level=5)
print(c1.settings, c2.settings, Config.defaults)
print(getattr(Dog, "count"), hasattr(Dog, "name"), hasattr(a, "name"), sorted(vars(b)))
