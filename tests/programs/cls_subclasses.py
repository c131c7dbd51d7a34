# type.__subclasses__(): a plugin registry found by walking a class tree, the direct
# subclasses in the order they were made, subclasses of built-in types, a class made by
# type(), and a class that is gone once nothing refers to it.
import gc


class Plugin:
    def run(self):
        return self.__class__.__name__.lower()


class Exporter(Plugin):
    pass


class CsvExporter(Exporter):
    pass


class JsonExporter(Exporter):
    pass


class Importer(Plugin):
    pass


def walk(cls, depth=0):
    for sub in cls.__subclasses__():
        print("  " * depth + sub.__name__, sub().run())
        walk(sub, depth + 1)


walk(Plugin)
print([c.__name__ for c in Exporter.__subclasses__()])
print(CsvExporter.__subclasses__())

Yaml = type("YamlExporter", (Exporter,), {})
print([c.__name__ for c in Exporter.__subclasses__()])


class Both(CsvExporter, Importer):
    pass


print([c.__name__ for c in Importer.__subclasses__()], [c.__name__ for c in CsvExporter.__subclasses__()])


class MyInt(int):
    pass


class MyList(list):
    pass


print(MyInt in int.__subclasses__(), MyList in list.__subclasses__(), bool in int.__subclasses__())


def make_temp():
    class Temp(Plugin):
        pass
    return len(Plugin.__subclasses__())


print(make_temp())
gc.collect()
print([c.__name__ for c in Plugin.__subclasses__()])
try:
    type.__subclasses__(5)
except TypeError as e:
    print("TypeError:", e)
