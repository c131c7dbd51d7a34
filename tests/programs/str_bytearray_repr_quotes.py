# repr of a bytearray escapes an apostrophe even inside double quotes, as CPython's does
samples = [b"it's", b'say "hi"', b"both ' and \"", b'', b'\\', b"'", b'"', b"a'\x00\xff",
           b"tab\there", b"it's \\ fine"]
for s in samples:
    print(repr(bytes(s)), repr(bytearray(s)))
    print(str(bytearray(s)), ascii(bytearray(s)))
print(bytearray(b'%r') % bytearray(b'ab'))
print(b'%r' % bytearray(b"x'y"))
print(bytearray(b'%a') % bytearray(b'a\xffb'))
print(b'%r|%a' % (b"it's", b'q"'))
print([bytearray(b"o'k")], {bytes(b"k'"): bytearray(b"v'")})
print(f"{bytearray(b'x')!r:>20}|")
