# Text over bytes: sys.stdout.buffer between flushed prints, sys.stdout.reconfigure,
# io.TextIOWrapper over a BytesIO (encodings, newline translation, detach), a file's
# .buffer, readlines(hint), BytesIO taking memoryviews, isinstance with the io classes
# (the scratch file lib_io_textwrapper_buffer.tmp).
import io
import sys

print("header line")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.buffer.flush()
print("after the raw write", flush=True)
sys.stdout.buffer.write("caf\u00e9 as UTF-8\n".encode("utf-8"))
sys.stdout.buffer.flush()
print(sys.stdout.line_buffering, sys.stdout.newlines, sys.stdin.buffer.read())
sys.stdout.reconfigure(encoding="ascii", errors="replace")
print(sys.stdout.encoding, sys.stdout.errors, "price: 5\u20ac")
sys.stdout.reconfigure(encoding="utf-8")
print(sys.stdout.errors, "price: 5\u20ac")
for bad in [dict(newline="x"), dict(colour="red")]:
    try:
        sys.stdout.reconfigure(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
print(text.write("name;city\nZo\u00eb;K\u00f6ln\n"), repr(text), text.encoding)
text.flush()
print(raw.getvalue())
text.seek(0)
print(text.readline(), text.readlines())
print(text.detach() is raw)
try:
    text.read()
except ValueError as e:
    print("ValueError:", e)
mixed = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"), newline="")
print(list(mixed))
mixed = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"))
print(repr(mixed.read(5)), repr(mixed.readline()), repr(mixed.read()))
print(io.TextIOWrapper(io.BytesIO(b"ok \xff\n"), errors="replace").read().rstrip())

buf = io.BytesIO()
buf.write(bytearray(b"ab"))
buf.write(memoryview(b"cd"))
print(buf.getvalue(), buf.tell())
lines = "a\nbb\nccc\ndddd\n"
print(io.StringIO(lines).readlines(2), io.StringIO(lines).readlines(3),
      io.BytesIO(lines.encode()).readlines(2), io.BytesIO(lines.encode()).readlines(3))

path = "lib_io_textwrapper_buffer.tmp"
with open(path, "w") as f:
    f.write("first\n")
    f.flush()
    f.buffer.write(b"second\n")
    f.write("third\n")
with open(path) as f:
    print(f.readlines(7), f.readlines(100), f.buffer.readline())
with open(path, "rb") as f:
    print(f.readlines(6), f.readlines(1), f.readlines())
print(isinstance(open(path), io.TextIOWrapper), isinstance(open(path), io.IOBase),
      isinstance(open(path), io.BufferedIOBase), isinstance(open(path, "rb"), io.BufferedReader),
      isinstance(open(path, "ab"), io.BufferedWriter), isinstance(open(path, "r+b"), io.BufferedRandom),
      isinstance(open(path, "rb"), io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.BytesIO(), io.TextIOWrapper), issubclass(io.TextIOWrapper, io.IOBase))
import os
os.remove(path)
