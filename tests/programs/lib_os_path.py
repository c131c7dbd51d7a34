# os and os.path: path strings (join, split, splitext, normpath, abspath, relpath,
# commonpath), making, listing, walking, renaming and removing files and directories,
# stat and sizes, the environment, and the OSError subclasses of failed calls.
import os
import os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/x", "/y"), os.sep, os.name, os.linesep == "\n")
print(os.path.splitext("dir/file.tar.gz"), splitext(".bashrc"), os.path.basename("/a/b/c"), os.path.dirname("/a/b/c"))
print(os.path.split("/a/b/"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
os.makedirs("tmpdir_os/sub", exist_ok=True)
open("tmpdir_os/sub/f.txt", "w").write("12345")
print(os.path.exists("tmpdir_os"), os.path.isdir("tmpdir_os"), os.path.isfile("tmpdir_os/sub/f.txt"), os.path.getsize("tmpdir_os/sub/f.txt"))
print(sorted(os.listdir("tmpdir_os")), [(d, sorted(s), sorted(f)) for d, s, f in os.walk("tmpdir_os")])
os.rename("tmpdir_os/sub/f.txt", "tmpdir_os/g.txt")
print(sorted(os.listdir("tmpdir_os")), os.stat("tmpdir_os/g.txt").st_size)
os.remove("tmpdir_os/g.txt"); os.rmdir("tmpdir_os/sub"); os.rmdir("tmpdir_os")
print(os.path.exists("tmpdir_os"), type(os.environ.get("PATH")), os.getenv("NO_SUCH_VAR_X", "dflt"), os.cpu_count() >= 1)
for bad in [lambda: os.remove("no_such_file_x"), lambda: os.listdir("no_such_dir_x"), lambda: os.rmdir("."), lambda: os.mkdir(".")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
print(os.path.relpath("/a/b/c", "/a/x"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
