# Message digests with hashlib: known inputs, the padding boundaries of each block
# size, incremental updates, copies, and hashlib.new by name.
import hashlib

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]

inputs = [b"", b"a", b"abc", b"message digest",
          b"The quick brown fox jumps over the lazy dog"]
for n in (55, 56, 57, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 200):
    inputs.append(bytes((i * 7 + n) % 256 for i in range(n)))
inputs.append(b"0123456789" * 100)

for name in NAMES:
    constructor = getattr(hashlib, name)
    h = constructor()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    for data in inputs:
        print(" ", len(data), constructor(data).hexdigest())

# incremental updates give the same digest as one call, whatever the chunk sizes
text = bytes(range(256)) * 2
for name in NAMES:
    whole = hashlib.new(name, text).hexdigest()
    for size in (1, 17, 64, 129):
        h = hashlib.new(name)
        for i in range(0, len(text), size):
            h.update(text[i:i + size])
        assert h.hexdigest() == whole, (name, size)
    print(name, "incremental ok", whole[:16])

# a copy goes on independently of its original
h = hashlib.sha256(b"common prefix, ")
c = h.copy()
h.update(b"one ending")
c.update(b"another ending")
print(h.hexdigest())
print(c.hexdigest())
print(hashlib.sha256(b"common prefix, one ending").hexdigest() == h.hexdigest())

# digest() is bytes; hexdigest() is its hex; asking twice changes nothing
h = hashlib.md5(b"twice")
d = h.digest()
print(type(d).__name__, len(d), d.hex() == h.hexdigest(), h.digest() == d)

# names are case-insensitive in new(); a bytearray hashes like bytes
print(hashlib.new("SHA1", b"abc").hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(hashlib.md5(bytearray(b"abc")).hexdigest() == hashlib.md5(b"abc").hexdigest())
print(hashlib.md5(string=b"keyword").hexdigest())

# the errors
for bad in ("text", 42, None):
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.md5().update("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("sha0")
except ValueError as e:
    print("ValueError:", e)

# a small content-addressed store: files named by the digest of their contents
store = {}
for chunk in [b"alpha", b"beta", b"alpha", b"gamma", b"beta"]:
    key = hashlib.sha1(chunk).hexdigest()[:10]
    store.setdefault(key, chunk)
for key in sorted(store):
    print(key, store[key])
