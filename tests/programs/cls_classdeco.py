# Class decorators and registries: decorators that add methods, register subclasses, count instances.

registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class Dog:
    sound = "woof"

    def __init__(self, name):
        self.name = name


@register
@add_repr
class Cat:
    sound = "meow"

    def __init__(self, name, lives=9):
        self.name = name
        self.lives = lives


print(sorted(registry))
pets = [registry[kind](name) for kind, name in [("dog", "rex"), ("cat", "tom"), ("dog", "fido")]]
for p in pets:
    print(p, p.sound)


def with_counter(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.created += 1
        original_init(self, *args, **kwargs)
    cls.created = 0
    cls.__init__ = __init__
    return cls


@with_counter
class Widget:
    def __init__(self, size):
        self.size = size


ws = [Widget(i) for i in range(4)]
print(Widget.created, [w.size for w in ws])
print(Dog.__name__, Dog("x").__class__.__name__, repr(Cat("z", lives=3)))
