# The errors a file utility meets: open() with bad arguments (unbuffered text, a float or
# None as the file), bytes paths, os calls given the wrong kind of path, and the OSError
# subclasses of removing, listing, renaming and entering the wrong kind of file (in the
# scratch directory exc_file_errors_os.tmp).
import os

base = "exc_file_errors_os.tmp"
os.mkdir(base)
path = os.path.join(base, "data.txt")
with open(path, "w") as f:
    f.write("payload")
sub = os.path.join(base, "sub")
os.mkdir(sub)

attempts = [
    ("unbuffered text", lambda: open(path, "r", buffering=0)),
    ("float file", lambda: open(2.5)),
    ("None file", lambda: open(None)),
    ("list file", lambda: open([path])),
    ("closefd with name", lambda: open(path, closefd=False)),
    ("remove float", lambda: os.remove(1.5)),
    ("listdir list", lambda: os.listdir(["."])),
    ("stat None", lambda: os.stat(None)),
    ("mkdir dict", lambda: os.mkdir({})),
    ("rename src", lambda: os.rename(3.0, "x")),
    ("rename dst", lambda: os.rename(path, None)),
    ("remove dir", lambda: os.remove(sub)),
    ("rmdir file", lambda: os.rmdir(path)),
    ("rmdir not empty", lambda: os.rmdir(base)),
    ("listdir file", lambda: os.listdir(path)),
    ("mkdir exists", lambda: os.mkdir(sub)),
    ("rename dir onto file", lambda: os.rename(sub, path)),
    ("chdir file", lambda: os.chdir(path)),
    ("open in missing dir", lambda: open(os.path.join(base, "no", "f.txt"), "w")),
    ("open dir", lambda: open(sub)),
    ("exclusive create", lambda: open(path, "x")),
]
for label, attempt in attempts:
    try:
        result = attempt()
        print(label, "-> ok", result)
    except (OSError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

with open(path.encode(), "rb") as f:
    print(f.read(), f.name == path or f.name == path.encode())
print(sorted(os.listdir(base)), os.path.getsize(path.encode()), os.path.exists(path.encode()))
os.rename(path.encode(), os.path.join(base, "moved.txt").encode())
print(sorted(os.listdir(base)))
os.remove(os.path.join(base, "moved.txt"))
os.rmdir(sub)
os.rmdir(base)
print(os.path.exists(base))
