# Path arithmetic with pathlib's pure paths: building, splitting, renaming suffixes,
# relative paths and matching, without touching the file system.
import os
from pathlib import PurePath, PurePosixPath, Path

paths = [PurePath("src/pkg/module.py"), PurePath("/usr/local/lib/libfoo.so.1.2"),
         PurePath("archive.tar.gz"), PurePath(".bashrc"), PurePath("/"), PurePath("."),
         PurePath("a//b/./c/"), PurePath("//net/share"), PurePath("///x"),
         PurePath("dir/name."), PurePath("..", "up", "..")]
for p in paths:
    print(repr(p), str(p))
    print("  parts", p.parts, "name", repr(p.name), "suffix", repr(p.suffix),
          "suffixes", p.suffixes, "stem", repr(p.stem))
    print("  parent", p.parent, "anchor", repr(p.anchor), "root", repr(p.root),
          "drive", repr(p.drive), "absolute", p.is_absolute())
    print("  parents", [str(q) for q in p.parents], len(p.parents))

# building paths: /, joinpath, several arguments, absolute parts restart the path
base = PurePosixPath("/srv/www")
print(base / "site" / "index.html")
print(base.joinpath("a", "b/c", "d.txt"))
print("rel" / PurePath("x") / "y")
print(base / "/etc/passwd")
print(PurePath("a", PurePath("b", "c"), "d"))
print(PurePath(), PurePath(""), repr(PurePath("")))

# renaming
page = PurePath("docs/guide/intro.md")
print(page.with_name("setup.md"), page.with_suffix(".html"), page.with_suffix(""))
print(page.with_stem("outro"), PurePath("a/b.tar.gz").with_suffix(".bz2"))
print(PurePath("README").with_suffix(".txt"))

# relative_to and is_relative_to
deep = PurePath("/home/user/projects/app/main.py")
print(deep.relative_to("/home/user"), deep.relative_to("/home", "user", "projects"))
print(deep.relative_to("/"), PurePath("a/b").relative_to("a"), PurePath("a/b").relative_to(""))
print(deep.is_relative_to("/home"), deep.is_relative_to("/var"), deep.is_relative_to("home"))
for other in ["/var", "home/user", "/home/us"]:
    try:
        deep.relative_to(other)
    except ValueError as e:
        print("ValueError:", e)

# match: from the right for relative patterns, whole path for absolute ones
for pattern in ["*.py", "app/*.py", "projects/*/main.py", "/home/*/projects/app/main.py",
                "/*.py", "*/*.py", "M*.py", "main.[pq]y", "ma?n.py", "*/*/*/*/*/*.py"]:
    print(pattern, deep.match(pattern))

# equality, ordering, hashing
a = PurePath("a/b")
print(a == PurePath("a", "b"), a == PurePath("a/b/"), a == "a/b", a != PurePath("a/c"))
print(PurePath("/x") == Path("/x"), PurePosixPath("q") == PurePath("q"))
print(sorted([PurePath("b"), PurePath("/z"), PurePath("a/c"), PurePath("a"), PurePath("a/b")]))
print(PurePath("a") < PurePath("b"), PurePath("a/b") > PurePath("a"), PurePath("a") <= PurePath("a"))
print(len({PurePath("a/b"), PurePath("a//b"), PurePath("a/./b"), PurePath("c")}))
counts = {}
for name in ["x/1.txt", "x//1.txt", "y/2.txt", "x/./1.txt"]:
    counts[PurePath(name)] = counts.get(PurePath(name), 0) + 1
print(sorted((str(k), v) for k, v in counts.items()))
print(os.fspath(PurePath("a/b")), os.fspath(Path("/c/")), PurePath("x/y").__fspath__())
print(PurePath("a/b").as_posix(), type(PurePath("q")).__name__, type(Path("q")).__name__)
print(isinstance(Path("q"), PurePath), repr(Path("x/y")), repr(Path("x").parent))
print(repr(PurePath("/a/b").parents), PurePath("/a/b/c").parents[1], PurePath("/a/b/c").parents[-1])
try:
    PurePath("/a").parents[2]
except IndexError as e:
    print("IndexError:", e)
for bad in [lambda: PurePath("").with_name("x"), lambda: page.with_name("a/b"),
            lambda: page.with_name(""), lambda: page.with_suffix("txt"),
            lambda: page.with_suffix("."), lambda: PurePath("x").match(""),
            lambda: PurePath(3), lambda: PurePath("a") / 3, lambda: PurePath("a") < "b"]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
