# glob over a small source tree: *, ?, [seq], hidden names, recursive ** (files, and
# directories with a trailing slash), root_dir, escape() of names with brackets, iglob
# (the scratch directory lib_glob_patterns.tmp).
import glob
import os

base = "lib_glob_patterns.tmp"
for rel in ["main.py", "util.py", "notes.txt", ".env", "data[1].txt", "src/app.py",
            "src/lib/io.py", "src/lib/readme.txt", "src/.cache/x.py", "docs/a.md",
            "docs/b.md"]:
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(rel)


def show(pattern, **options):
    found = sorted(glob.glob(pattern, **options))
    print(pattern, options or "", len(found), found)


show(base + "/*.py")
show(base + "/*")
show(base + "/.*")
show(base + "/?ocs/*.md")
show(base + "/[mu]*.py")
show(base + "/*/*.py")
show(base + "/**/*.py")
show(base + "/**/*.py", recursive=True)
show(base + "/**/*.py", recursive=True, include_hidden=True)
show(base + "/**/", recursive=True)
show(base + "/src/**", recursive=True)
show(base + "/docs/")
show(base + "/missing/*")
show(base + "/notes.txt")
show(base + "/absent.txt")
show(base + "/data[1].txt")
show(glob.escape(base + "/data[1].txt"))
print(glob.escape("report*[v2]?.txt"), glob.has_magic("a?b"), glob.has_magic("plain"))
show("*.md", root_dir=os.path.join(base, "docs"))
show("**/*.txt", root_dir=base, recursive=True)
total = 0
for path in glob.iglob(os.path.join(base, "**", "*.py"), recursive=True):
    with open(path) as f:
        total += len(f.read())
print("bytes in .py files:", total)

os.chdir(base)
show("*.py")
show("**", recursive=True)
os.chdir("..")
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    os.rmdir(root)
print(os.path.exists(base))
