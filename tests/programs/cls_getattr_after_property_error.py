# __getattr__ also answers when a property or other descriptor raises AttributeError (as CPython's attribute lookup); other errors pass through.
class Record:
    """Fields in a dict; computed properties may depend on fields that are missing."""

    def __init__(self, **fields):
        self._fields = fields

    @property
    def full_name(self):
        return self.first + " " + self.last

    @property
    def age_next_year(self):
        return self.age + 1

    @property
    def broken(self):
        return {}["nope"]

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        fields = self.__dict__.get("_fields", {})
        if name in fields:
            return fields[name]
        if name in ("full_name", "age_next_year"):
            return f"<{name} unknown>"
        raise AttributeError(f"record has no field {name!r}")


r = Record(first="Ada", last="Lovelace", age=36)
print(r.full_name, r.age_next_year)
try:
    r.email
except AttributeError as e:
    print("missing:", e)
partial = Record(first="Alan")
print(partial.full_name)
print(partial.age_next_year)
print(hasattr(partial, "full_name"), getattr(partial, "age_next_year", None))
try:
    partial.broken
except KeyError as e:
    print("KeyError passes through:", e)


class Lazy:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("not loaded yet")


class Document:
    body = Lazy()

    def __getattr__(self, name):
        return f"default {name}"


print(Document().body, type(Document.body).__name__)


class Strict:
    @property
    def value(self):
        raise AttributeError("value is not set")


try:
    Strict().value
except AttributeError as e:
    print("no __getattr__:", e)

readings = iter([3, 5, 0, 7])
print(list(iter(lambda: next(readings), 0)))
try:
    iter([1, 2], 0)
except TypeError as e:
    print("iter(v, w):", e)
