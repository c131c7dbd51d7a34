# Text files as CPython reads and writes them: universal newlines, read(n) and
# readline(n) in characters, encodings, decode errors, seek/tell, truncate, the
# newline argument, readable/writable checks and open()'s argument errors.
import os

NAME = "exc_text_files.tmp"


def show(label, value):
    print(label, repr(value))


# universal newlines: \r\n and \r read as \n; newline='' keeps them; '\n' only splits on \n
with open(NAME, "wb") as f:
    f.write("first line\r\nsecond\rthird ünïcode\nlast".encode("utf-8"))
with open(NAME) as f:
    show("lines", f.readlines())
with open(NAME, newline="") as f:
    show("kept", list(f))
with open(NAME, newline="\n") as f:
    show("only-lf", f.read().split("\n"))
with open(NAME, newline="\r") as f:
    show("cr-split", f.readlines())
with open(NAME) as f:
    show("read(12)", f.read(12))
    show("readline(4)", f.readline(4))
    show("rest of line", f.readline())
    show("read(7)", f.read(7))
    pos = f.tell()
    show("tail", f.read())
    f.seek(pos)
    show("again", f.read())
    f.seek(0)
    show("from start", f.read(5))

# characters, not bytes
with open(NAME, "w", encoding="utf-8") as f:
    n = f.write("naïve café ☕ — ok\n")
    show("written", n)
with open(NAME, encoding="utf-8") as f:
    show("3 chars", f.read(3))
    show("5 more", f.read(5))
    show("rest", f.read())
show("size", os.path.getsize(NAME))

# other encodings
with open(NAME, "w", encoding="latin-1") as f:
    f.write("déjà vu\n")
with open(NAME, "rb") as f:
    show("latin-1 bytes", f.read())
with open(NAME, encoding="latin-1") as f:
    show("latin-1 back", f.read())
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(NAME, encoding="utf-8", errors="replace") as f:
    show("replaced", f.read())
with open(NAME, encoding="ascii", errors="ignore") as f:
    show("ignored", f.read())
try:
    with open(NAME, "w", encoding="ascii") as f:
        f.write("plain\n")
        f.write("crème\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(NAME) as f:
    show("what was written", f.read())

# newline on writing
with open(NAME, "w", newline="\r\n") as f:
    f.write("a\nb\n")
    print("c", file=f)
with open(NAME, "rb") as f:
    show("crlf written", f.read())

# binary files: seek from the end and the current position, tell, truncate
with open(NAME, "wb+") as f:
    f.write(b"0123456789")
    show("tell", f.tell())
    show("seek -3 end", f.seek(-3, 2))
    show("read", f.read())
    f.seek(2)
    show("read 3", f.read(3))
    show("seek +2 cur", f.seek(2, 1))
    show("read 1", f.read(1))
    show("truncate", f.truncate(4))
    f.seek(0)
    show("after truncate", f.read())

# attributes and checks
with open(NAME, "w") as f:
    print(f.readable(), f.writable(), f.seekable(), f.encoding, f.errors, f.mode, f.name)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
with open(NAME, encoding="utf-8") as f:
    print(f.encoding)
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(3, 1)
    except OSError as e:
        print(type(e).__name__, e)
with open(NAME, "wb") as f:
    try:
        print("x", file=f)
    except TypeError as e:
        print("TypeError:", e)
with open(NAME, "rb") as f:
    for call in (lambda: f.write(b"x"), lambda: f.readline(), lambda: f.read(2)):
        try:
            print(repr(call()))
        except OSError as e:
            print(type(e).__name__, e)
with open(NAME, "wb") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)

for kwargs in [dict(mode="rw"), dict(mode="rb", encoding="utf-8"), dict(newline="x"),
               dict(encoding="klingon"), dict(mode="rbt"), dict(spam=1),
               dict(mode="wb", newline="")]:
    try:
        open(NAME, **kwargs)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
f = open(NAME)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for m in ['b', 't', 'rr', 'rw', '+', 'rbt', 'wt+x', 'U', 'rU']:
    try:
        open(NAME, m)
    except ValueError as e:
        print(repr(m), e)
os.remove(NAME)
print("done")
