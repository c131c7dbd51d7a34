# A small project tree built, searched, renamed and removed with pathlib, in the
# scratch directory lib_pathlib_files.tmp (listings sorted, paths printed relative).
from pathlib import Path

root = Path("lib_pathlib_files.tmp")
print(root.exists(), root.is_dir())
root.mkdir()
print(root.exists(), root.is_dir(), root.is_file())

layout = {
    "README.md": "# demo\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "src/demo/__init__.py": "",
    "src/demo/core.py": "def f():\n    return 1\n",
    "src/demo/util.py": "X = 2\n",
    "src/demo/data/table.csv": "a,b\n1,2\n",
    "tests/test_core.py": "import demo\n",
    "docs/index.rst": "Demo\n====\n",
}
for name, text in layout.items():
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    print(name, path.write_text(text))


def rel(paths):
    return sorted(str(p.relative_to(root)) for p in paths)


print(rel(root.iterdir()))
print(rel(root.glob("*.md")), rel(root.glob("*")))
print(rel(root.glob("src/*/*.py")))
print(rel(root.glob("**/*.py")))
print(rel(root.rglob("*.py")))
print(rel(root.rglob("*.[cr]s?")))
print(rel(root.glob("**")))
print(rel(root.glob("src/**")))
print(rel(root.glob("*/")))
print(rel(root.glob("?????.???")))
print(rel(root.glob("nothing/*")), rel(root.glob("README.md")), rel(root.glob("src/demo")))

# sizes and contents
total = 0
for p in sorted(root.rglob("*")):
    if p.is_file():
        size = p.stat().st_size
        total += size
        print(" ", p.relative_to(root), size, p.suffix or "-")
print("total", total)
core = root / "src" / "demo" / "core.py"
print(repr(core.read_text()))
with core.open("a") as f:
    f.write("def g():\n    return 2\n")
with core.open() as f:
    print([line.rstrip() for line in f if line.startswith("def")])
blob = root / "blob.bin"
print(blob.write_bytes(bytes(range(10))), blob.read_bytes(), blob.stat().st_size)

# touch, rename, unlink, rmdir
marker = root / "marker"
marker.touch()
marker.touch()
print(marker.exists(), marker.stat().st_size)
try:
    marker.touch(exist_ok=False)
except FileExistsError:
    print("FileExistsError")
moved = (root / "docs" / "index.rst").rename(root / "docs" / "main.rst")
print(type(moved).__name__, moved.relative_to(root), moved.exists())
print(rel((root / "docs").iterdir()))
try:
    (root / "docs").mkdir()
except FileExistsError:
    print("FileExistsError for mkdir")
(root / "docs").mkdir(exist_ok=True)
try:
    (root / "a" / "b").mkdir()
except FileNotFoundError:
    print("FileNotFoundError for mkdir")
try:
    (root / "gone.txt").unlink()
except FileNotFoundError:
    print("FileNotFoundError for unlink")
(root / "gone.txt").unlink(missing_ok=True)
try:
    (root / "src").rmdir()
except OSError:
    print("OSError: not empty")
try:
    (root / "nope.txt").read_text()
except FileNotFoundError:
    print("FileNotFoundError for read_text")

# cwd, absolute and resolve agree on where things are
here = Path.cwd()
print(root.absolute() == here / root, root.resolve() == here / root.name)
print(Path("x/../" + root.name).resolve() == root.resolve(), root.absolute().is_absolute())
print((here / root).relative_to(here) == root)

# remove everything, deepest first
for p in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
root.rmdir()
print(root.exists())
