# base64, binascii, numbers and keyword: encoding payloads (Base64 and its URL-safe form,
# Base32, Base16, MIME lines, CRC-32) with their decoding errors, classifying values by the
# numeric tower, and checking identifiers against the keyword lists.
import base64
import binascii
import fractions
import keyword
import numbers

payloads = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(40)),
            "h\u00e9llo w\u00f6rld".encode("utf-8")]
for data in payloads:
    e64 = base64.b64encode(data)
    print(e64, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data)[:24])
    assert base64.b64decode(e64) == data and base64.b32decode(base64.b32encode(data)) == data
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm9vYg=="), base64.b64decode("Zm9vYg===extra"))
print(base64.encodebytes(bytes(range(60))))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32hexencode(b"hi"), base64.b16decode("666f6f", casefold=True))
for bad in ["Zm9vY", "Zm9vYg", "Z", "Zm9v=YmFy", "=Zm9v", "Zm9v!"]:
    for validate in (False, True):
        try:
            print(repr(bad), validate, base64.b64decode(bad, validate=validate))
        except binascii.Error as e:
            print(repr(bad), validate, "binascii.Error:", e, isinstance(e, ValueError))
for fn, arg in [(base64.b32decode, "MZXW6"), (base64.b32decode, "MZXW6!!="), (base64.b16decode, "6g"),
                (base64.b64encode, "text"), (base64.b64decode, "\u00e9")]:
    try:
        print(fn(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"),
      binascii.crc32(b"world", binascii.crc32(b"hello ")))

values = [7, True, 2.5, 3j, fractions.Fraction(1, 3), "7", None]
for v in values:
    kinds = [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                  numbers.Rational, numbers.Integral) if isinstance(v, c)]
    print(repr(v), kinds)
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational),
      issubclass(bool, numbers.Number))


class Celsius(numbers.Real):
    pass


try:
    Celsius()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])
print(len(keyword.kwlist), keyword.softkwlist)
for word in ["for", "match", "print", "None", "none", "async", "case", "lambda"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
