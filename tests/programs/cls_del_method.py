# __del__ runs once an object is unreachable: gc.collect() runs it at once (for plain
# garbage and for reference cycles), an exception in __del__ is printed and ignored, a
# subclass inherits __del__, an object __del__ resurrects is not finalized twice, and at
# exit the objects the main module still holds are finalized. (CPython calls __del__ when
# the last reference goes; minipy at a later collection: nothing is printed in between.)
import gc


class Tracked:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.log.append(self.name)   # (several die together: the order may differ)


class Child(Tracked):
    pass


def scope():
    t = Tracked("local")
    return len(t.name)


result = scope()      # CPython calls __del__ here, minipy at the collection below
gc.collect()
print("after scope", result, Tracked.log)

a = Tracked("a")
b = Tracked("b")
a.other = b
b.other = a          # a cycle
del a, b
gc.collect()
print("cycle freed", sorted(Tracked.log))

for i in range(3):
    Child("child%d" % i)
gc.collect()
print("children", sorted(n for n in Tracked.log if n.startswith("child")))

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)


Phoenix()
gc.collect()
print("resurrected", len(saved))
saved.clear()
gc.collect()
print("not finalized twice")


class NoDel:
    pass


many = [NoDel() for _ in range(1000)]
del many
gc.collect()
print("plain objects need no finalizer")


class Loud:
    def __del__(self):
        raise ValueError("from __del__")


Loud()
gc.collect()
print("the program goes on")

class AtExit:
    def __del__(self):
        print("del at exit")


kept = AtExit()
print("end")
