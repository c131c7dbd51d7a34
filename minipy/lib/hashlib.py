"""hashlib: message digests (md5, sha1, sha224, sha256, sha384, sha512) in plain Python,
with CPython's interface: a constructor per algorithm and new(name, data), each giving a
hash object with update, digest, hexdigest, copy, name, digest_size and block_size. The
compression functions are in _md5lib, _sha1lib, _sha256lib and _sha512lib; this module
buffers the input into blocks and pads the last one. Written for clarity, not speed.
algorithms_guaranteed and algorithms_available name only these six algorithms."""

import _md5lib
import _sha1lib
import _sha256lib
import _sha512lib

# name: (digest size, block size, initial state, compress, word size, byte order)
_ALGORITHMS = {
    "md5": (16, 64, _md5lib.INITIAL, _md5lib.compress, 4, "little"),
    "sha1": (20, 64, _sha1lib.INITIAL, _sha1lib.compress, 4, "big"),
    "sha224": (28, 64, _sha256lib.INITIAL_224, _sha256lib.compress, 4, "big"),
    "sha256": (32, 64, _sha256lib.INITIAL_256, _sha256lib.compress, 4, "big"),
    "sha384": (48, 128, _sha512lib.INITIAL_384, _sha512lib.compress, 8, "big"),
    "sha512": (64, 128, _sha512lib.INITIAL_512, _sha512lib.compress, 8, "big"),
}

algorithms_guaranteed = set(_ALGORITHMS)
algorithms_available = set(_ALGORITHMS)


def _bytes_of(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    """A digest in progress: the state after the whole blocks seen so far, the bytes of
    the block not yet complete, and the number of bytes hashed."""

    def __init__(self, name, data=b""):
        spec = _ALGORITHMS[name]
        self.name = name
        self.digest_size = spec[0]
        self.block_size = spec[1]
        self._spec = spec
        self._state = spec[2]
        self._pending = b""
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _bytes_of(data)
        self._length += len(data)
        pending = self._pending + data
        size = self.block_size
        compress = self._spec[3]
        state = self._state
        end = len(pending) - len(pending) % size
        for i in range(0, end, size):
            state = compress(state, pending[i:i + size])
        self._state = state
        self._pending = pending[end:]

    def digest(self):
        digest_size, size, _, compress, word, order = self._spec
        length_size = 2 * word
        pending = self._pending + b"\x80"
        pending += bytes((size - length_size - len(pending)) % size)
        pending += (self._length * 8).to_bytes(length_size, order)
        state = self._state
        for i in range(0, len(pending), size):
            state = compress(state, pending[i:i + size])
        return b"".join(v.to_bytes(word, order) for v in state)[:digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._state = self._state
        other._pending = self._pending
        other._length = self._length
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called name (in any case), fed data."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower()
    if key not in _ALGORITHMS:
        raise ValueError("unsupported hash type " + name)
    if "string" in kwargs:
        data = kwargs["string"]
    return _Hash(key, _bytes_of(data))


def md5(string=b"", *, usedforsecurity=True):
    return _Hash("md5", _bytes_of(string))


def sha1(string=b"", *, usedforsecurity=True):
    return _Hash("sha1", _bytes_of(string))


def sha224(string=b"", *, usedforsecurity=True):
    return _Hash("sha224", _bytes_of(string))


def sha256(string=b"", *, usedforsecurity=True):
    return _Hash("sha256", _bytes_of(string))


def sha384(string=b"", *, usedforsecurity=True):
    return _Hash("sha384", _bytes_of(string))


def sha512(string=b"", *, usedforsecurity=True):
    return _Hash("sha512", _bytes_of(string))
