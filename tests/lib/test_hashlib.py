"""hashlib: our minipy/lib version (pure-Python md5, sha1, sha224, sha256, sha384,
sha512) against CPython's on generated inputs."""
import hashlib as cpy_hashlib
import random

import pytest

from libload import load, outcome

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]


@pytest.fixture(scope="module")
def hashlib():
    return load("hashlib", {})


@pytest.mark.parametrize("name", NAMES)
def test_digests_of_random_inputs(hashlib, name):
    rng = random.Random(name)
    lengths = list(range(0, 260)) + [rng.randrange(260, 3000) for _ in range(10)]
    for n in lengths:
        data = bytes(rng.randrange(256) for _ in range(n))
        ours = getattr(hashlib, name)(data)
        theirs = getattr(cpy_hashlib, name)(data)
        assert ours.hexdigest() == theirs.hexdigest(), (name, n)
        assert ours.digest() == theirs.digest()
        assert (ours.name, ours.digest_size, ours.block_size) == \
            (theirs.name, theirs.digest_size, theirs.block_size)


@pytest.mark.parametrize("name", NAMES)
def test_incremental_and_copy(hashlib, name):
    rng = random.Random(name + "-chunks")
    for _ in range(20):
        ours = hashlib.new(name)
        theirs = cpy_hashlib.new(name)
        for _ in range(rng.randrange(1, 8)):
            chunk = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
            ours.update(chunk)
            theirs.update(bytearray(chunk))
            assert ours.hexdigest() == theirs.hexdigest()
        fork = ours.copy()
        fork.update(b"more")
        assert ours.hexdigest() == theirs.hexdigest()
        theirs.update(b"more")
        assert fork.hexdigest() == theirs.hexdigest()


def test_errors_match(hashlib):
    cases = [("sha256", "text"), ("md5", 42), ("sha1", None), ("sha512", [1, 2])]
    for name, bad in cases:
        assert outcome(getattr(hashlib, name), bad) == outcome(getattr(cpy_hashlib, name), bad)
    assert outcome(hashlib.new, "sha0") == outcome(cpy_hashlib.new, "sha0")
    assert outcome(hashlib.new, 5) == outcome(cpy_hashlib.new, 5)
    assert outcome(hashlib.new("md5").update, "s") == outcome(cpy_hashlib.new("md5").update, "s")
    assert hashlib.new("SHA256", b"x").name == "sha256"
    assert hashlib.algorithms_guaranteed <= cpy_hashlib.algorithms_guaranteed
