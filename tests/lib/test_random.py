"""random: our Python layer (over a _random stand-in built on CPython's generator) must
give exactly CPython 3.11's sequences for integer seeds."""
import random as cpy

import pytest

from libload import lib, outcome  # noqa: F401 (lib is a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SEEDS = [0, 1, 42, 12345, 2 ** 40 + 7, -5]


def pair(lib, seed):
    ours = lib.random.Random(seed)
    theirs = cpy.Random(seed)
    return ours, theirs


@pytest.mark.parametrize("seed", SEEDS)
def test_integers(lib, seed):
    ours, theirs = pair(lib, seed)
    for n in [1, 2, 3, 7, 10, 100, 1000, 2 ** 31, 2 ** 70, 10 ** 30]:
        assert ours.randrange(n) == theirs.randrange(n)
        assert ours.randint(-n, n) == theirs.randint(-n, n)
    for args in [(0, 10), (5, 100, 7), (100, 5, -3), (-10, 10, 2), (3, 4), (0, 1000, 10)]:
        for i in range(5):
            assert ours.randrange(*args) == theirs.randrange(*args)
    for k in [1, 5, 32, 33, 64, 100]:
        assert ours.getrandbits(k) == theirs.getrandbits(k)
    assert ours.random() == theirs.random()


@pytest.mark.parametrize("seed", SEEDS)
def test_sequences(lib, seed):
    ours, theirs = pair(lib, seed)
    for seq in ["abcdef", list(range(30)), (1, 2), range(1000), [None]]:
        assert ours.choice(seq) == theirs.choice(seq)
    for n in [0, 1, 2, 10, 52]:
        a, b = list(range(n)), list(range(n))
        ours.shuffle(a)
        theirs.shuffle(b)
        assert a == b
    for pop, k in [(range(10), 3), (range(100), 10), (range(30), 30), ("abcdefgh", 8),
                   (range(10 ** 6), 60), (range(200), 6), (list("xyz"), 0)]:
        assert ours.sample(pop, k) == theirs.sample(pop, k)
    assert ours.sample(["r", "b"], counts=[4, 2], k=5) == theirs.sample(["r", "b"], counts=[4, 2], k=5)
    assert ours.choices("abc", k=10) == theirs.choices("abc", k=10)
    assert ours.choices("abc", [5, 1, 1], k=10) == theirs.choices("abc", [5, 1, 1], k=10)
    assert (ours.choices("abc", cum_weights=[1, 2, 10], k=10)
            == theirs.choices("abc", cum_weights=[1, 2, 10], k=10))
    assert ours.choices([1, 2]) == theirs.choices([1, 2])


@pytest.mark.parametrize("seed", SEEDS)
def test_floats(lib, seed):
    ours, theirs = pair(lib, seed)
    for i in range(5):
        assert ours.uniform(-3, 8.5) == theirs.uniform(-3, 8.5)
        assert ours.gauss(1.0, 2.0) == theirs.gauss(1.0, 2.0)
        assert ours.normalvariate(0, 1) == theirs.normalvariate(0, 1)
        assert ours.expovariate(1.5) == theirs.expovariate(1.5)
        assert ours.triangular(0, 10, 3) == theirs.triangular(0, 10, 3)
        assert ours.triangular() == theirs.triangular()


@pytest.mark.parametrize("seed", SEEDS)
def test_distributions(lib, seed):
    ours, theirs = pair(lib, seed)
    for i in range(20):
        for alpha in (0.2, 0.7, 1.0, 1.5, 30.0):
            assert ours.gammavariate(alpha, 2.5) == theirs.gammavariate(alpha, 2.5)
        assert ours.betavariate(0.5, 3.0) == theirs.betavariate(0.5, 3.0)
        assert ours.betavariate(4, 2) == theirs.betavariate(4, 2)
        assert ours.lognormvariate(1.0, 0.25) == theirs.lognormvariate(1.0, 0.25)
        for kappa in (0.0, 1e-7, 0.3, 8.0):
            assert ours.vonmisesvariate(1.0, kappa) == theirs.vonmisesvariate(1.0, kappa)
        assert ours.paretovariate(2.5) == theirs.paretovariate(2.5)
        assert ours.weibullvariate(2.0, 0.5) == theirs.weibullvariate(2.0, 0.5)


def test_module_functions_and_reseed(lib):
    r = lib.random
    r.seed(2024)
    cpy.seed(2024)
    got = [r.random(), r.randint(1, 6), r.choice("xyz"), r.uniform(0, 1), r.randrange(0, 50, 5)]
    want = [cpy.random(), cpy.randint(1, 6), cpy.choice("xyz"), cpy.uniform(0, 1), cpy.randrange(0, 50, 5)]
    assert got == want
    deck = list(range(20))
    cdeck = list(range(20))
    r.shuffle(deck)
    cpy.shuffle(cdeck)
    assert deck == cdeck
    assert r.sample(range(50), 5) == cpy.sample(range(50), 5)
    r.seed(7)
    first = [r.random() for i in range(3)]
    r.seed(7)
    assert [r.random() for i in range(3)] == first
    g = lib.random.Random(3)
    state = g.getstate()
    a = [g.random() for i in range(3)]
    g.setstate(state)
    assert [g.random() for i in range(3)] == a
    h = lib.random.Random(1.5)
    assert h.random() == cpy.Random(1.5).random()


ERRORS = [("randrange", (0,)), ("randrange", (5, 5)), ("randrange", (5, 1)), ("randrange", (0, 10, 0)),
          ("randrange", (0, 10, -1)), ("randrange", (1.5,)), ("randrange", (0, 2.5)),
          ("randrange", ("a",)), ("randrange", (5, None, 2)), ("randint", (5, 2)),
          ("choice", ([],)), ("sample", ({1, 2}, 1)), ("sample", ([1, 2], 3)),
          ("sample", ([1, 2], -1)), ("choices", ("ab", [1])), ("choices", ("ab", 3)),
          ("choices", ("ab", [0, 0])), ("sample", ("ab", 1), {"counts": [1]}),
          ("sample", ("ab", 1), {"counts": [0, 0]})]


@pytest.mark.parametrize("case", ERRORS, ids=lambda c: c[0] + repr(c[1]))
def test_errors(lib, case):
    name, args = case[0], case[1]
    kwargs = case[2] if len(case) > 2 else {}
    ours, theirs = pair(lib, 1)
    assert outcome(getattr(ours, name), *args, **kwargs) == outcome(getattr(theirs, name), *args, **kwargs)


@pytest.mark.parametrize("seed", ["", "a", "hello world", "Zoë" * 40, b"bytes", b"\x00" * 200,
                                  bytearray(b"ba")])
def test_str_and_bytes_seeds(lib, seed):
    ours, theirs = lib.random.Random(), cpy.Random()
    ours.seed(seed)
    theirs.seed(seed)
    assert [ours.random() for i in range(3)] == [theirs.random() for i in range(3)]
    if not isinstance(seed, bytearray):
        ours.seed(seed, version=1)
        theirs.seed(seed, version=1)
        assert ours.random() == theirs.random()


@pytest.mark.parametrize("size", [0, 1, 3, 111, 112, 127, 128, 129, 300])
def test_sha512(lib, size):
    import hashlib
    data = bytes((i * 7 + 3) % 256 for i in range(size))
    assert lib._sha512lib.sha512_digest(data) == hashlib.sha512(data).digest()
