# id() and the addresses in default reprs: never negative, the same number in both (the
# repr shows hex(id(obj))), the same for one object every time and different for two live
# objects. Only the truth of these facts is printed, never an address.
import threading


class Plain:
    pass


def function():
    pass


objects = [
    ("instance", Plain()),
    ("object()", object()),
    ("function", function),
    ("lock", threading.Lock()),
    ("class", Plain),
]
for label, obj in objects:
    ident = id(obj)
    text = repr(obj)
    print(label.ljust(9), "id >= 0:", ident >= 0,
          "| id in repr:", hex(ident) in text and "-" not in text,
          "| stable:", id(obj) == ident)

print("distinct ids:", len(set(id(obj) for _, obj in objects)) == len(objects))
print("object() repr starts:", repr(object()).split(" at ")[0])
print("instance repr starts:", repr(Plain()).split(" at ")[0])
print("object.__repr__:", object.__repr__(object()).split(" at ")[0],
      object.__repr__(Plain()).split(" at ")[0])
