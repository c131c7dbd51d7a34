# shutil on a small project tree: copyfile/copy/copy2, copytree with ignore_patterns and
# dirs_exist_ok, move into a directory and onto a name, rmtree and its errors (the
# scratch directory lib_shutil_tree.tmp).
import os
import shutil

base = "lib_shutil_tree.tmp"
src = os.path.join(base, "project")
files = {"README.md": "# demo\n", "setup.log": "build ok\n", "pkg/__init__.py": "",
         "pkg/core.py": "def f():\n    return 42\n", "pkg/data/table.csv": "a,b\n1,2\n"}
for rel, text in files.items():
    path = os.path.join(src, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def tree(top):
    """(relative path, size) of every file below top, sorted."""
    out = []
    for root, dirs, names in os.walk(top):
        dirs.sort()
        for name in sorted(names):
            p = os.path.join(root, name)
            out.append((os.path.relpath(p, top), os.path.getsize(p)))
    return out


print(shutil.copyfile(os.path.join(src, "README.md"), os.path.join(base, "notes.md")))
print(shutil.copy(os.path.join(src, "setup.log"), base))
print(shutil.copy2(os.path.join(src, "pkg", "core.py"), os.path.join(base, "core_v2.py")))
try:
    shutil.copyfile(os.path.join(src, "README.md"), os.path.join(src, "README.md"))
except shutil.SameFileError as e:
    print("SameFileError:", e, isinstance(e, OSError))
try:
    shutil.copyfile(os.path.join(src, "missing.txt"), os.path.join(base, "x"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

backup = os.path.join(base, "backup")
print(shutil.copytree(src, backup, ignore=shutil.ignore_patterns("*.log", "__init__.py")))
print(tree(backup))
try:
    shutil.copytree(src, backup)
except FileExistsError as e:
    print("FileExistsError:", e)
shutil.copytree(src, backup, dirs_exist_ok=True)
print(tree(backup))

print(shutil.move(os.path.join(base, "notes.md"), backup))
print(shutil.move(os.path.join(base, "core_v2.py"), os.path.join(base, "core_final.py")))
try:
    shutil.move(os.path.join(base, "setup.log"), backup)
except shutil.Error as e:
    print("Error:", e)
print(sorted(os.listdir(base)))

shutil.rmtree(backup)
print(os.path.exists(backup))
for target in [backup, os.path.join(base, "setup.log")]:
    try:
        shutil.rmtree(target)
    except OSError as e:
        print(type(e).__name__ + ":", e)
shutil.rmtree(os.path.join(base, "nowhere"), ignore_errors=True)
seen = []
shutil.rmtree(os.path.join(base, "nowhere"),
              onerror=lambda func, path, info: seen.append((func.__name__, path,
                                                             info[0].__name__)))
print(seen)
print(shutil.which("no-such-command-anywhere"))
shutil.rmtree(base)
print(os.path.exists(base))
