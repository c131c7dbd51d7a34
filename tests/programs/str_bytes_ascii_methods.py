# bytes/bytearray text methods on raw bytes: ASCII-only case mapping, predicates, whitespace, lines, tabs, translate
records = b"caf\xc3\xa9 \xe9t\xe9\x1cdata\r\nNA\xc3\x8fVE line\x85two\n\tindented\tcell\n"

print(records.upper())
print(records.lower())
print(records.title())
print(records.swapcase())
print(b"\xc3\xa9cole normale".capitalize())
for line in records.splitlines():
    print(line, line.split(), line.isascii(), line.strip(b"\t\n"))
print(records.splitlines(keepends=True))
print(bytearray(records).split(maxsplit=2))
print(records.rsplit(None, 1))
print(b"  \x1c padded \x1c  ".strip(), b"\xff\xfeBOM\xff".strip(b"\xff"))
print([b.isalpha() for b in (b"abc", b"\xc3\xa9", b"A1", b"")])
print([b.isdigit() for b in (b"123", b"\xc2\xb2", b"")], b"\x1c".isspace(), b" \t\x0b".isspace())
print(b"Hello World".istitle(), b"Hello world".istitle(), b"\xc3\xa9Abc".istitle())
print(b"A\xc3\x89".isupper(), b"a\xc3\xa9".islower())

# tabs, translate, affixes
print(b"name\tqty\tprice\n\xc3\xa9\t3\t1.5".expandtabs(6))
print(bytearray(b"a\tb").expandtabs(tabsize=2))
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello, world".translate(rot13), b"hello".translate(None, b"l"))
print(bytearray(b"secret").translate(rot13, b"e"), bytearray.maketrans(b"a", b"b")[97:99])
print(b"prefix-body".removeprefix(b"prefix-"), bytearray(b"body.txt").removesuffix(b".txt"))
print(b"a/b/c".rpartition(b"/"), b"abc".rpartition(b"x"), b"a/b/c".rindex(b"/"))
try:
    b"abc".rindex(b"x")
except ValueError as e:
    print("ValueError:", e)
try:
    b"x".translate(b"short")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError:", e)

# membership and hex parsing
print(104 in b"hello", b"ell" in b"hello", bytearray(b"ab") in b"cab")
for probe in (300, "h", 1.5):
    try:
        print(probe in b"hello")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for text in ("de ad be ef", "0a\n0b", "6", "61 6", "zz", "6 1"):
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print("ValueError:", e)
for bad in (1.5, 7):
    for make in (bytes, bytearray):
        try:
            print(make(bad))
        except TypeError as e:
            print("TypeError:", e)
buf = bytearray(b"xy")
for bad in (1.5, 3):
    try:
        buf.extend(bad)
    except TypeError as e:
        print("TypeError:", e)
print(buf)
