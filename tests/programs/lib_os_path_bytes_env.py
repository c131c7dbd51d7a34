# os.path on bytes paths and its TypeErrors (join of mixed or wrong types, None, ints),
# os.environ as a mapping of str (its type, repr prefix, setdefault/pop, TypeError on a
# non-str value, expandvars seeing the program's own changes), and bytes(Path).
import os
import os.path as op
from pathlib import Path

for p in [b"", b"/", b"a/b", b"/usr/lib/", b"x.tar.gz", b"./a/../b//c", b".hidden"]:
    print(p, op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.normpath(p),
          op.isabs(p))
print(op.join(b"root", b"dir", b"file.txt"), op.join(b"a", b"/abs"),
      op.abspath(b"x").endswith(b"/x"), op.normcase(b"AbC"))
print(op.join("a", Path("b"), "c"), op.basename(Path("d/e.txt")), op.splitext(Path("f.py")))

bad_calls = [
    ("join int", lambda: op.join("a", 5)),
    ("join first int", lambda: op.join(5, "a")),
    ("join mixed", lambda: op.join("a", b"b")),
    ("join mixed2", lambda: op.join(b"a", "b")),
    ("basename", lambda: op.basename(3.5)),
    ("split None", lambda: op.split(None)),
    ("normpath list", lambda: op.normpath(["a"])),
    ("exists None", lambda: op.exists(None)),
    ("relpath empty", lambda: op.relpath("")),
    ("commonpath mixed", lambda: op.commonpath(["/a", "b"])),
]
for label, call in bad_calls:
    try:
        print(label, "->", call())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
print(op.exists(""), op.isfile(""), op.isdir(""), op.commonpath([Path("/a/b"), "/a/c"]))

env = os.environ
print(type(env).__name__, repr(env).startswith("environ({"), isinstance(env, dict) or
      hasattr(env, "keys"))
print(env.get("MINIPY_TEST_UNSET"), os.getenv("MINIPY_TEST_UNSET", "default"))
print(env.setdefault("MINIPY_TEST_VAR", "first"), env.setdefault("MINIPY_TEST_VAR", "second"))
print(op.expandvars("value=$MINIPY_TEST_VAR, again=${MINIPY_TEST_VAR}, none=$MINIPY_NONE"))
env["MINIPY_TEST_VAR"] = "changed"
print(os.getenv("MINIPY_TEST_VAR"), op.expandvars("$MINIPY_TEST_VAR!"))
for value in [1, None, b"x"]:
    try:
        env["MINIPY_TEST_VAR"] = value
    except TypeError as e:
        print("TypeError:", e)
print(env.pop("MINIPY_TEST_VAR"), "MINIPY_TEST_VAR" in env, env.pop("MINIPY_TEST_VAR", "gone"))
try:
    env["MINIPY_TEST_VAR"]
except KeyError as e:
    print("KeyError:", e)
print(type(env.copy()).__name__)

print(bytes(Path("dir/file.bin")), bytes(Path("/abs")))


class Blob:
    def __init__(self, data):
        self.data = data

    def __bytes__(self):
        return self.data


print(bytes(Blob(b"payload")), len(bytes(Blob(b"abc"))))
try:
    bytes(Blob("text"))
except TypeError as e:
    print("TypeError:", e)
