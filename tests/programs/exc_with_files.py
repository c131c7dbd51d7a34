# Files and with-statements: write, append, read back, iterate lines; errors on missing files.
# (It leaves exc_with_files.tmp behind: the corpus has no os.remove.)
NAME = "exc_with_files.tmp"

with open(NAME, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
with open(NAME, "a") as f:
    f.write("third line\n")
    print("closed inside with?", f.closed)
print("closed after with?", f.closed)

with open(NAME) as f:
    content = f.read()
print(repr(content))

with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n").upper())

with open(NAME) as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines])

try:
    with open(NAME, "w") as f:
        f.write("partial\n")
        raise RuntimeError("stop writing")
except RuntimeError as e:
    print("error:", e, "closed:", f.closed)

with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline()))

try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
except OSError:
    print("other OSError")
