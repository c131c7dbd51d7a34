# __new__ and __init__: singletons, immutable value objects via __new__, instance counting.


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        return cls._instance

    def __init__(self, value):
        self.value = value
        self.created += 1


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.created)


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    def fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(100)
print(t, t.fahrenheit(), isinstance(t, float), t + 1)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Tracked:
    instances = []

    def __new__(cls, name):
        obj = object.__new__(cls)
        cls.instances.append(name)
        return obj

    def __init__(self, name):
        self.name = name


class SubTracked(Tracked):
    pass


Tracked("a")
SubTracked("b")
Tracked("c")
print(Tracked.instances, SubTracked.instances is Tracked.instances)


class UpperStr(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = UpperStr("hello")
print(u, len(u), u + "!", isinstance(u, str), u.lower())
