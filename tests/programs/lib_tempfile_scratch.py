# tempfile as test code uses it: TemporaryDirectory, NamedTemporaryFile (deleted on close,
# or kept with delete=False), mkstemp with os.write/os.close and os.fdopen, TemporaryFile,
# SpooledTemporaryFile, mkdtemp, all made inside lib_tempfile_scratch.tmp.
import os
import tempfile

base = "lib_tempfile_scratch.tmp"
os.mkdir(base)
print(os.path.isabs(tempfile.gettempdir()), tempfile.gettempprefix())

with tempfile.TemporaryDirectory(dir=base) as tmp:
    name = os.path.basename(tmp)
    print(os.path.isdir(tmp), os.path.isabs(tmp), name.startswith("tmp"), len(name))
    for i in range(3):
        with open(os.path.join(tmp, "part%d.txt" % i), "w") as f:
            f.write("line\n" * (i + 1))
    os.mkdir(os.path.join(tmp, "nested"))
    print(sorted(os.listdir(tmp)), os.path.getsize(os.path.join(tmp, "part2.txt")))
print("removed:", not os.path.exists(tmp))

td = tempfile.TemporaryDirectory(prefix="run_", suffix="_out", dir=base)
name = os.path.basename(td.name)
print(name[:4], name[-4:], repr(td).startswith("<TemporaryDirectory '"))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))

fd, path = tempfile.mkstemp(suffix=".dat", dir=base)
print(type(fd).__name__, os.path.basename(path)[-4:], os.path.exists(path))
print(os.write(fd, b"raw bytes\n"), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 3), os.read(fd, 100))
os.close(fd)
with os.fdopen(os.open(path, os.O_RDONLY)) as f:
    print(repr(f.read()), f.name == f.fileno())
os.remove(path)

with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=base) as ntf:
    ntf.write("id,score\n1,90\n2,85\n")
    ntf.flush()
    ntf.seek(0)
    print([line.rstrip("\n").split(",") for line in ntf])
    print(ntf.name.endswith(".csv"), os.path.exists(ntf.name))
    kept = ntf.name
print("deleted:", not os.path.exists(kept))

ntf = tempfile.NamedTemporaryFile(delete=False, dir=base, prefix="keep_")
ntf.write(b"\x00\x01payload")
ntf.close()
with open(ntf.name, "rb") as f:
    print(f.read(), os.path.basename(ntf.name)[:5])
os.unlink(ntf.name)

with tempfile.TemporaryFile("w+", dir=base) as tf:
    tf.writelines(["alpha\n", "beta\n"])
    tf.seek(0)
    print(tf.readlines(), os.listdir(base))

with tempfile.SpooledTemporaryFile(max_size=16, mode="w+", dir=base) as sf:
    sf.write("short")
    print(sf._rolled, sf.tell())
    sf.write("-" * 20)
    print(sf._rolled, sf.tell())
    sf.seek(0)
    print(sf.read())

d = tempfile.mkdtemp(dir=base)
print(os.path.isdir(d), os.listdir(d))
os.rmdir(d)
os.rmdir(base)
print(os.path.exists(base))
