# A fixed-size record buffer edited in place through memoryviews: slicing without
# copying, writes through to the bytearray, tobytes/tolist/hex, cast to signed bytes and
# to characters, read-only views of bytes, release and the context manager.

RECORD = 8
buf = bytearray(RECORD * 4)
view = memoryview(buf)
print(len(view), view.nbytes, view.readonly, view.format, view.itemsize, view.ndim,
      view.shape, view.strides, view.obj is buf, view.contiguous)


def write_record(slot, name, score):
    rec = view[slot * RECORD:(slot + 1) * RECORD]       # a view, no copy
    data = name.encode("ascii")[:RECORD - 1].ljust(RECORD - 1, b".")
    rec[:RECORD - 1] = data
    rec[RECORD - 1] = score
    return rec


recs = [write_record(i, name, score)
        for i, (name, score) in enumerate([("ada", 90), ("grace", 85), ("linus", 77),
                                           ("barbara", 99)])]
print(buf)
print([bytes(r[:RECORD - 1]).rstrip(b".").decode() for r in recs], [r[-1] for r in recs])
recs[1][-1] += 10
print(buf[RECORD * 2 - 1], recs[1].tolist()[-1], recs[2].tobytes())
print(view[::RECORD].tolist(), view[RECORD - 1::RECORD].tolist(), view[::-1][:3].tobytes())
print(recs[0].hex(), recs[0].hex(":"), recs[3].hex(" ", -4))

# copying between overlapping parts of the same buffer
view[1:4] = view[0:3]
print(buf[:8])
view[::2] = bytes(len(view[::2]))
print(buf[:8], sum(view[1::2]))

# signed and character views of the same memory
raw = memoryview(bytes([0, 1, 127, 128, 200, 255]))
print(raw.tolist(), raw.cast("b").tolist(), raw.cast("c")[1], raw.cast("c").format)
print(raw == bytes([0, 1, 127, 128, 200, 255]), raw.cast("b") == raw, raw[:3] == raw.cast("b")[:3],
      raw.cast("c") == raw, raw == "text", raw != b"")
print(hash(raw) == hash(raw.tobytes()), raw.readonly, bytes(raw[4:]), bytearray(raw[:2]),
      list(raw[2:4]), b"-".join([raw[:1], raw[5:]]), b"%s" % raw[1:3])

for label, action in [
        ("write to bytes view", lambda: raw.__setitem__(0, 1)),
        ("byte out of range", lambda: view.__setitem__(0, 256)),
        ("wrong type", lambda: view.__setitem__(0, b"x")),
        ("size mismatch", lambda: view.__setitem__(slice(0, 3), b"xy")),
        ("not bytes-like", lambda: view.__setitem__(slice(0, 2), [1, 2])),
        ("index", lambda: view[100]),
        ("key", lambda: view["a"]),
        ("delete", lambda: view.__delitem__(0)),
        ("hash writable", lambda: hash(view)),
        ("from int", lambda: memoryview(5)),
        ("from str", lambda: memoryview("abc")),
        ("bad cast", lambda: raw.cast("x")),
        ("strided cast", lambda: raw[::2].cast("B")),
        ("signed range", lambda: memoryview(bytearray(2)).cast("b").__setitem__(0, 200))]:
    try:
        print(label, "->", action())
    except (TypeError, ValueError, IndexError) as e:
        print(label, "->", type(e).__name__, e)

with memoryview(b"temporary") as tmp:
    print(tmp[:4].tobytes(), tmp.toreadonly().readonly)
for label, action in [("len", lambda: len(tmp)), ("item", lambda: tmp[0]),
                      ("tobytes", lambda: tmp.tobytes()), ("nbytes", lambda: tmp.nbytes)]:
    try:
        action()
    except ValueError as e:
        print(label, "after release:", e)
view.release()
view.release()
print(repr(view).startswith("<released memory at 0x"), repr(raw).startswith("<memory at 0x"))

# a memoryview is a sequence for the match statement
for data in (memoryview(b"\x01\x02"), memoryview(bytearray(b"\x07\x00\x09")), b"\x01\x02"):
    match data:
        case [kind, size]:
            print("pair", kind, size)
        case [kind, *rest]:
            print("kind", kind, "rest", rest)
        case _:
            print("not a sequence pattern:", type(data).__name__)
