# __getattr__ fallbacks, getattr/setattr/hasattr/delattr, __dict__ and vars(), dynamic attributes.


class Config:
    def __init__(self, **values):
        self.__dict__["_values"] = dict(values)

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        raise AttributeError("no setting %r" % name)

    def __setattr__(self, name, value):
        self._values[name] = value

    def __delattr__(self, name):
        del self._values[name]


cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level)
cfg.name = "prod"
print(cfg.name, sorted(cfg._values))
print(getattr(cfg, "missing", "default"), hasattr(cfg, "level"), hasattr(cfg, "nope"))
del cfg.level
try:
    cfg.level
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    kind = "record"

    def __init__(self, a, b):
        self.a = a
        self.b = b


r = Record(1, 2)
print(vars(r), r.__dict__ == vars(r))
setattr(r, "c", 3)
print(sorted(vars(r).items()), getattr(r, "kind"))
delattr(r, "a")
print(hasattr(r, "a"), r.__class__.__name__, r.__class__ is Record)
r.__dict__["d"] = 4
print(r.d, "kind" in Record.__dict__, "kind" in r.__dict__)
for name in ["b", "c", "d", "kind", "zzz"]:
    print(name, getattr(r, name, None))


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
