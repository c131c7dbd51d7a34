# Paths from pathlib given to open() and to the os and os.path functions, which take
# any os.PathLike object: a small log rotation in the scratch directory
# lib_pathlib_os_calls.tmp.
import os
from pathlib import Path

base = Path("lib_pathlib_os_calls.tmp")
os.mkdir(base)
log = base / "app.log"
for generation in range(3):
    with open(log, "w") as f:
        f.write("generation %d\n" % generation * (generation + 1))
    print(os.path.exists(log), os.path.isfile(log), os.path.isdir(base),
          os.stat(log).st_size, os.path.getsize(log))
    for n in range(generation, 0, -1):
        older = base / ("app.log.%d" % n)
        os.rename(older, base / ("app.log.%d" % (n + 1)))
    os.rename(log, base / "app.log.1")
print(sorted(os.listdir(base)))
print(os.path.join(base, "x.txt"), os.path.basename(log), os.path.dirname(log))
print(os.path.splitext(base / "a.tar.gz"), os.path.split(log))
print(os.path.relpath(base / "sub" / "f", base), os.path.normpath(base / ".." / "y"))
print(os.fspath(log), os.path.abspath(base) == str(Path.cwd() / base))
with open(base / "app.log.3", encoding="utf-8") as f:
    print(f.read().split("\n")[:2], f.name)


class Where:
    """Any object whose class has __fspath__ is a path to open() and os."""

    def __init__(self, *parts):
        self.parts = parts

    def __fspath__(self):
        return "/".join(self.parts)


class Broken:
    def __fspath__(self):
        return 42


print(sorted(os.listdir(Where(str(base)))), os.path.getsize(Where(str(base), "app.log.2")))
with open(Where(str(base), "app.log.1")) as f:
    print(f.read().strip(), os.path.join(Where("a", "b"), "c"))
for call in [lambda: open(Broken()), lambda: os.listdir(Broken()), lambda: os.stat(Broken()),
             lambda: os.fspath(Broken()), lambda: os.path.join(Broken(), "x"),
             lambda: os.path.exists(Broken())]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for name in sorted(os.listdir(base)):
    os.remove(base / name)
os.rmdir(base)
print(os.path.exists(base))
