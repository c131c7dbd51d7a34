# io.StringIO and io.BytesIO: a report built with print(file=...), read back by lines, seek/tell/truncate, newline modes, binary records, errors
import io


def render_table(rows):
    buf = io.StringIO()
    print("name       qty   price", file=buf)
    print("-" * 22, file=buf)
    for name, qty, price in rows:
        print(f"{name:<10} {qty:>3} {price:>7.2f}", file=buf)
    total = sum(q * p for _, q, p in rows)
    print("total", f"{total:.2f}", sep=": ", end="\n\n", file=buf)
    return buf.getvalue()


text = render_table([("apple", 3, 0.5), ("pear", 12, 0.25), ("melon", 1, 3.75)])
print(repr(text))

reader = io.StringIO(text)
print(reader.readline(), end="")
print(repr(reader.readline()))
print(reader.tell())
rest = reader.readlines()
print(len(rest), rest[-2:])
print(repr(reader.read()), repr(reader.readline()))

# iteration, line numbers
for i, line in enumerate(io.StringIO("alpha\nbeta\n\ngamma"), 1):
    print(i, repr(line))

# a log that keeps the last lines: seek, overwrite, truncate
log = io.StringIO()
for word in ["one", "two", "three"]:
    log.write(word + "\n")
print(log.tell(), repr(log.getvalue()))
log.seek(4)
print(log.write("TWO"), repr(log.getvalue()))
print(log.truncate(), repr(log.getvalue()), log.tell())
log.seek(0, io.SEEK_END)
log.writelines(["x\n", "y\n"])
print(repr(log.getvalue()))
log.seek(0)
print(repr(log.read(5)), repr(log.read(0)), log.tell())
log.seek(20)
log.write("!")
print(repr(log.getvalue()))
print(log.truncate(3), log.tell(), repr(log.getvalue()))

# newline modes
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\r\nb\rc\nd")
    v = s.getvalue()
    s.seek(0)
    print(repr(nl), repr(v), s.readlines(), s.newlines)
s = io.StringIO("x\r\ny\rz\n")
print(s.readlines())
print(io.StringIO("x\r\ny\rz\n", newline=None).read())

# readline with a size, readlines with a hint
s = io.StringIO("abcdef\nghi\njkl\nmno\n")
print(repr(s.readline(3)), repr(s.readline(10)), s.readlines(2))

# word frequencies read from a "file"
data = io.StringIO("the cat\nthe dog\n\nthe end\n")
counts = {}
for line in data:
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

# the context manager closes it
with io.StringIO("abc") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)
for op in [lambda: f.read(), lambda: f.getvalue(), lambda: f.write("x"), lambda: f.tell()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
f.close()

# BytesIO: fixed-size records
def pack(n):
    return bytes([(n >> 8) & 0xFF, n & 0xFF])


b = io.BytesIO()
for n in [1, 258, 65535, 4096]:
    b.write(pack(n))
print(b.tell(), b.getvalue())
b.seek(0)
recs = []
while True:
    chunk = b.read(2)
    if not chunk:
        break
    recs.append(chunk[0] * 256 + chunk[1])
print(recs)
b.seek(-2, io.SEEK_END)
print(b.read(), b.seek(0, io.SEEK_CUR), b.seek(-100, 1))
b.seek(10)
b.write(b"z")
print(b.getvalue())
print(b.write(bytearray(b"AB")), b.getvalue()[-3:])
lines = io.BytesIO(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
print(lines.readline(), list(lines))
buf = bytearray(4)
src = io.BytesIO(b"xyz")
print(src.readinto(buf), buf, src.readinto(buf))
with io.BytesIO(b"q") as bf:
    print(bf.read(), bf.read())
try:
    bf.read()
except ValueError as e:
    print("ValueError:", e)

# errors, as CPython's
def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = io.StringIO("abc")
attempt(lambda: s.write(5))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.truncate(-1))
attempt(lambda: io.StringIO(b"x"))
attempt(lambda: io.StringIO("", newline="x"))
attempt(lambda: io.BytesIO("text"))
attempt(lambda: io.BytesIO().write("text"))
attempt(lambda: io.BytesIO().seek(-1))
attempt(lambda: s.fileno())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(b, io.BufferedIOBase),
      isinstance(b, io.TextIOBase))
print(type(s).__name__, type(b).__name__, io.open is open)
