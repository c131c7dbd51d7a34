# Changing objects in place: __class__ and __dict__ assignment rules, __set_name__ failures, slots next to a __dict__, namedtuple fields, __import__
from collections import namedtuple
from dataclasses import dataclass, field, fields


class Draft:
    def __init__(self, text):
        self.text = text

    def status(self):
        return "draft: " + self.text


class Published(Draft):
    def status(self):
        return "published: " + self.text


class Compact:
    __slots__ = ("text",)


doc = Draft("intro")
print(doc.status())
doc.__class__ = Published
print(doc.status(), type(doc).__name__)
for target in (int, Compact, "Published"):
    try:
        doc.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    del doc.__class__
except TypeError as e:
    print("TypeError:", e)

doc.__dict__ = {"text": "restored", "pages": 3}
print(doc.status(), doc.pages, sorted(vars(doc)))
try:
    doc.__dict__ = [("text", "x")]
except TypeError as e:
    print("TypeError:", e)


class Base:
    __slots__ = ("ident",)


class Flexible(Base):
    pass                      # no __slots__: instances get a __dict__ too


f = Flexible()
f.ident = 7
f.note = "free-form"
print(f.ident, f.__dict__, vars(f))
try:
    class Number(int):
        __slots__ = ("unit",)
except TypeError as e:
    print("TypeError:", e)


class Checked:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError("field names must be lower case: " + name)
        self.name = name


try:
    class Model:
        ok = Checked()
        Bad = Checked()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


class Plain:
    pass


for call in (lambda: Plain(1), lambda: Plain.__init__(Plain(), 1),
             lambda: object.__init__(Draft("x"), 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

Pair = namedtuple("Pair", "left right")
pair = Pair(1, 2)
for action in ("set", "del"):
    try:
        if action == "set":
            pair.left = 5
        else:
            del pair.right
    except AttributeError as e:
        print(action, "AttributeError:", e)


@dataclass
class Measure:
    value: float = field(default=0.0, metadata={"unit": "m"})
    tags: list = field(default_factory=list)


meta = fields(Measure)[0].metadata
print(meta, meta["unit"], fields(Measure)[1].metadata, len(meta))
try:
    meta["unit"] = "cm"
except TypeError as e:
    print("TypeError:", e)

math_mod = __import__("math")
path_mod = __import__("os.path", fromlist=["join"])
print(math_mod.floor(2.5), path_mod.__name__, __import__("os.path").__name__)
for bad in ("", "no_such_module_here"):
    try:
        __import__(bad)
    except (ValueError, ImportError) as e:
        print(type(e).__name__ + ":", e)
