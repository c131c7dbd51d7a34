# Properties: computed attributes, validation in setters, deleters, read-only properties, caching.


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 0
except AttributeError:
    print("kelvin is read-only")


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
        self._nick = None

    @property
    def full_name(self):
        return self.first + " " + self.last

    @property
    def nick(self):
        return self._nick or self.first.lower()

    @nick.setter
    def nick(self, value):
        self._nick = value

    @nick.deleter
    def nick(self):
        self._nick = None


p = Person("Grace", "Hopper")
print(p.full_name, p.nick)
p.nick = "amazing grace"
print(p.nick)
del p.nick
print(p.nick)
p.first = "G."
print(p.full_name, type(Person.full_name).__name__)


class Lazy:
    computed = 0

    @property
    def value(self):
        if not hasattr(self, "_value"):
            Lazy.computed += 1
            self._value = sum(range(1000))
        return self._value


z = Lazy()
print(z.value, z.value, Lazy.computed)
