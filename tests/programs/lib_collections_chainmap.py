# collections.ChainMap for layered settings (defaults < config file < command line), and UserDict/UserList/UserString subclasses that validate or transform
from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest", "debug": False}
config = {"user": "admin", "timeout": 30}
cli = {"debug": True}
settings = ChainMap(cli, config, defaults)
print(settings["color"], settings["user"], settings["debug"], settings.get("missing", "-"))
print(len(settings), sorted(settings), "timeout" in settings, "nope" in settings)
print(dict(settings), list(settings.items()) == list(dict(settings).items()))
print(settings)
settings["color"] = "blue"
print(cli, defaults["color"], settings.maps[0] is cli)
child = settings.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps), child.parents.maps[0] is cli)
del child["user"]
print(child["user"])
try:
    del child["timeout"]
except KeyError as e:
    print("KeyError", e)
try:
    settings["nothere"]
except KeyError as e:
    print("KeyError", e)
child["color"] = "green"
print(child.pop("color"), child.pop("zzz", 0), child.get("color"))
empty = ChainMap()
print(empty, bool(empty), bool(settings), empty.maps)
cm2 = settings.copy()
cm2["x"] = 1
print("x" in settings, "x" in cm2, cm2 == ChainMap(dict(cm2)), settings | {"z": 9} if hasattr(settings, "__or__") else "")


class Config(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


cfg = Config({"Host": "example.com"}, Port=8080)
cfg["DEBUG"] = True
print(cfg, cfg["HOST"], "port" in cfg, "PORT" in cfg, len(cfg), sorted(cfg.keys()), cfg.get("debug"))
cfg.update(timeout=5)
print(dict(cfg), cfg.pop("timeout"), isinstance(cfg, UserDict), cfg.data is not None)


class History(UserList):
    def append(self, item):
        if item in self.data:
            self.data.remove(item)
        self.data.append(item)


h = History(["ls", "cd"])
for cmd in ["pwd", "ls", "vim", "cd"]:
    h.append(cmd)
print(h, len(h), h[0], h[-2:], type(h[-2:]).__name__, h + ["x"], "vim" in h, h.index("ls"))
h.sort()
print(h, list(reversed(h)), h.count("cd"), h == ["cd", "ls", "pwd", "vim"])


class Shout(UserString):
    def exclaim(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), s.exclaim(), type(s.upper()).__name__, s[0:5], len(s), s.split(), s + "?", "lo" in s, s == "hello world", s.title())
