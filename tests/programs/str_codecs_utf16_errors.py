# codecs: UTF-16/UTF-32 with and without BOM, utf-8-sig, surrogateescape, and UnicodeError attributes
text = "na\u00efve caf\u00e9 \u20ac5 \U0001f600"
for enc in ("utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32be", "utf-8-sig", "u16"):
    data = text.encode(enc)
    back = data.decode(enc)
    print(f"{enc:10} {len(data):3} {data[:8].hex(' ')} {back == text}")
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"h\x00i\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), repr(b"\xef\xbb\xbfx\xef\xbb\xbf".decode("utf-8-sig")))
print(repr("\ufeffBOM".encode("utf-16-le").decode("utf-16-le")))

bad_inputs = [
    (b"a\x00b", "utf-16-le"),
    (b"\x00\xd8a\x00", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"),
    (b"\x00\xdca\x00", "utf-16-le"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
    (b"\xef\xbb", "utf-8-sig"),
]
for data, enc in bad_inputs:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "->", e, (e.start, e.end, e.reason, e.object))
for errors in ("strict", "replace", "backslashreplace", "xmlcharrefreplace", "ignore"):
    try:
        print(errors, "a\ud800b".encode("utf-16-le", errors))
    except UnicodeEncodeError as e:
        print(errors, "->", e)
print("a\ud800b".encode("utf-8", "xmlcharrefreplace"))

# surrogateescape round trip of undecodable bytes
raw = b"name=\xff\xfevalue\x80"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape") == raw, ascii(raw.decode("ascii", "surrogateescape")))
try:
    "\udc41".encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

# exception objects: args, attributes, str from the attributes
try:
    b"ok \xe2\x82 end".decode("utf-8")
except UnicodeDecodeError as e:
    print(repr(e))
    print(e.args, e.encoding, e.object, e.start, e.end, e.reason)
    e.reason = "changed"
    e.start, e.end = 3, 4
    print(e)
try:
    "price: \u20ac\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(repr(e), e.object[e.start:e.end])
made = UnicodeDecodeError("my-codec", bytearray(b"\x81"), 0, 1, "made up")
print(made, repr(made), type(made.object).__name__)
print(UnicodeEncodeError("enc", "x\U0001f600", 1, 2, "nope"))
for args in (("x",), (1, b"", 0, 1, "r"), ("e", "str", 0, 1, "r"), ("e", b"b", "s", 1, "r")):
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print("TypeError:", e)

class LineDecodeError(UnicodeDecodeError):
    def __init__(self, line, data, pos):
        super().__init__("utf-8", data, pos, pos + 1, "bad byte on line %d" % line)
        self.line = line
try:
    raise LineDecodeError(7, b"ab\xffcd", 2)
except UnicodeError as e:
    print(e, e.line, isinstance(e, ValueError))
