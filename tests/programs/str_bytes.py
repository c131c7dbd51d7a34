# bytes basics: literals, indexing, slicing, methods, encode/decode round trips, hex.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"), b.startswith(b"he"))
print(b + b"!", b * 2, b"wor" in b, b == b"hello world", b < b"help")
print(bytes([72, 105]), bytes(3), bytes("caf\u00e9", "utf-8"), "caf\u00e9".encode("utf-8"))
print(b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), "abc".encode("ascii"))
print(b.hex(), bytes.fromhex("48656c6c6f"), b"\x00\x01\xff".hex())
data = "Grüße, 世界".encode("utf-8")
print(len(data), len(data.decode("utf-8")), data[:7])
print(b" padded ".strip(), b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"AbC".lower())
print(sum(b"abc"), max(b"hello"), sorted(b"hello")[:3], bytes(sorted(b"hello")))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason)
print(isinstance(b, bytes), type(b).__name__, b.isalpha(), b"123".isdigit(), repr(b"'\"\n"))
