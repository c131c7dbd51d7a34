# The os calls of a small file-management script: scandir entries (is_dir/is_file, stat),
# replace and rename (errors name both paths), lstat, the stat and errno modules, file
# descriptors (os.open/read/write/close, fdopen), the reprs of open files, walk with
# onerror, expandvars and PathLike (the scratch directory lib_os_scandir_stat.tmp).
import errno
import os
import stat
from pathlib import Path

base = "lib_os_scandir_stat.tmp"
os.makedirs(os.path.join(base, "inbox", "old"))
for name, size in [("a.txt", 3), ("b.csv", 10), ("c.log", 0)]:
    with open(os.path.join(base, "inbox", name), "w") as f:
        f.write("x" * size)

with os.scandir(os.path.join(base, "inbox")) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    kind = "dir" if e.is_dir() else "file" if e.is_file() else "?"
    print(repr(e), e.name, e.path, kind, e.is_symlink(),
          e.stat().st_size if e.is_file() else "-", stat.S_ISDIR(e.stat().st_mode),
          os.fspath(e) == e.path)
print(sorted(e.name for e in os.scandir(base)), type(entries[0]).__name__)

inbox = os.path.join(base, "inbox")
os.replace(os.path.join(inbox, "a.txt"), os.path.join(inbox, "b.csv"))
print(sorted(os.listdir(inbox)), os.path.getsize(os.path.join(inbox, "b.csv")))
for call in (os.rename, os.replace):
    try:
        call(os.path.join(inbox, "a.txt"), os.path.join(inbox, "z.txt"))
    except FileNotFoundError as e:
        print(call.__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno], e.filename2)
        print(e)

st = os.lstat(os.path.join(inbox, "b.csv"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]),
      stat.filemode(st.st_mode)[0], stat.filemode(0o100644), stat.filemode(0o40755),
      stat.filemode(0o41777), stat.S_IMODE(0o100640) == 0o640)
print(os.access(inbox, os.F_OK), os.access(os.path.join(base, "none"), os.R_OK))

path = os.path.join(base, "raw.bin")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b"header\nbody\n"))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 7), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 5))
os.close(fd)
try:
    os.open(os.path.join(base, "raw.bin"), os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(e.errno == errno.EEXIST, e)
with os.fdopen(os.open(path, os.O_RDONLY), "rb") as f:
    print(f.read(6), f.mode, repr(f) == "<_io.BufferedReader name=%d>" % f.fileno())

for mode in ["w", "a", "r", "r+", "wb", "ab", "rb", "r+b", "w+b", "a+b"]:
    with open(path if "w" not in mode else os.path.join(base, "m.txt"), mode) as f:
        print(mode, f.mode, repr(f))
print(repr(open(path, encoding="latin-1")).replace(base, "BASE"))

seen = []
for top, dirs, files in os.walk(os.path.join(base, "missing"), onerror=seen.append):
    print("never")
print([(type(e).__name__, e.filename) for e in seen])
os.environ["SCRATCH"] = base
print(os.path.expandvars("$SCRATCH/inbox"), os.path.expandvars("${SCRATCH}-x"),
      os.path.expandvars("$NO_SUCH_VAR_SET/x"), os.path.expandvars("cost: $5"))
print(isinstance(Path(base), os.PathLike), isinstance(base, os.PathLike),
      os.fsencode(Path(base) / "é"), os.fsdecode(b"a/b"))
print(os.path.lexists(path), os.path.islink(path), os.error is OSError)

for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    for name in dirs:
        os.rmdir(os.path.join(top, name))
os.rmdir(base)
print(os.path.exists(base))
