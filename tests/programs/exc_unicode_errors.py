# UnicodeEncodeError/UnicodeDecodeError/UnicodeTranslateError: args, the object/start/end/reason attributes and str() built from them.
samples = [b"plain ascii", b"caf\xc3\xa9", b"bad \xff byte", b"two \xe9\xe8 bytes", b"cut \xe2\x82"]
for raw in samples:
    try:
        print("ok", raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        print("decode:", e)
        print("  bad part:", e.object[e.start:e.end], e.start, e.end, e.reason, e.encoding)
        print("  args:", e.args)
        print("  fixed:", raw.decode("utf-8", errors="replace"))

for text in ["hello", "naïve", "snow ☃ man", "emoji 😀!", "ä ö ü"]:
    try:
        print("ok", text.encode("ascii"))
    except UnicodeEncodeError as e:
        print("encode:", e)
        print("  offending:", repr(e.object[e.start:e.end]), repr(e))

e = UnicodeDecodeError("utf-16", b"\x00\xd8abc", 0, 2, "illegal surrogate")
print(e)
e.start, e.end = 2, 3
e.reason = "made up"
print(e)
print(e.args)

t = UnicodeTranslateError("x\u20acy", 1, 2, "no mapping")
print(t, t.object, t.start, t.encoding)
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__[1].__name__)

for args in [("utf-8",), (1, b"", 0, 1, "r"), ("u", "text", 0, 1, "r"), ("u", b"x", 0, 1, 5)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as err:
        print("TypeError:", err)

try:
    UnicodeEncodeError("ascii", b"bytes", 0, 1, "r")
except TypeError as err:
    print("TypeError:", err)


class LegacyError(UnicodeDecodeError):
    def __init__(self, data):
        super().__init__("legacy", data, 0, len(data), "unsupported")


print(LegacyError(b"\x80\x81"))
print(LegacyError(b"\x80"))
