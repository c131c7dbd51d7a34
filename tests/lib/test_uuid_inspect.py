"""uuid and inspect: our minipy/lib versions against CPython's modules, on generated
UUIDs and names and on generated function signatures and calls."""
import inspect as cpy_inspect
import random
import uuid as cpy_uuid

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    cache = {}
    return load("uuid", cache), load("inspect", cache)


PROPERTIES = ["hex", "int", "bytes", "bytes_le", "fields", "time_low", "time_mid",
              "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "time",
              "clock_seq", "node", "urn", "variant", "version"]


def test_uuid_properties(ours):
    uuid = ours[0]
    rng = random.Random(1234)
    for i in range(400):
        value = rng.getrandbits(128) if i % 4 else rng.getrandbits(rng.randrange(1, 129))
        version = rng.choice([None, 1, 2, 3, 4, 5])
        a = uuid.UUID(int=value, version=version)
        b = cpy_uuid.UUID(int=value, version=version)
        assert (str(a), repr(a), hash(a)) == (str(b), repr(b), hash(b))
        for name in PROPERTIES:
            assert getattr(a, name) == getattr(b, name), (value, name)
        for kind in ("hex", "bytes", "bytes_le", "fields", "int"):
            arg = getattr(b, kind)
            assert uuid.UUID(**{kind: arg}).int == b.int
        assert uuid.UUID("{%s}" % b).int == b.int
        assert uuid.UUID(b.urn).int == b.int


def test_uuid_names(ours):
    uuid = ours[0]
    rng = random.Random(99)
    spaces = ["NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"]
    for i in range(60):
        size = rng.randrange(0, 30)
        name = "".join(rng.choice("abc.-/\u00e9\u4e2d") for _ in range(size))
        space = rng.choice(spaces)
        assert str(uuid.uuid3(getattr(uuid, space), name)) == \
            str(cpy_uuid.uuid3(getattr(cpy_uuid, space), name))
        assert str(uuid.uuid5(getattr(uuid, space), name)) == \
            str(cpy_uuid.uuid5(getattr(cpy_uuid, space), name))


def test_uuid_random_ones(ours):
    uuid = ours[0]
    seen = set()
    for _ in range(50):
        u = uuid.uuid4()
        assert u.version == 4 and u.variant == uuid.RFC_4122
        seen.add(u)
        t = uuid.uuid1()
        assert t.version == 1 and t.variant == uuid.RFC_4122
        assert cpy_uuid.UUID(str(t)).time == t.time
    assert len(seen) == 50


def test_uuid_errors(ours):
    uuid = ours[0]
    cases = [dict(hex="12"), dict(hex="g" * 32), dict(bytes=b"1" * 15),
             dict(bytes_le=b"1" * 17), dict(fields=(0,) * 5),
             dict(fields=(0, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 300, 0, 0)),
             dict(int=-5), dict(int=0, version=0), dict(), dict(int=1, bytes=b"x" * 16)]
    for kwargs in cases:
        mine = outcome(lambda: uuid.UUID(**kwargs))
        theirs = outcome(lambda: cpy_uuid.UUID(**kwargs))
        assert mine[0] == "raise" and mine == theirs, kwargs


def _functions():
    """Functions of many shapes, made with exec so that both modules see the same ones."""
    rng = random.Random(7)
    defaults = ["1", "'s'", "None", "(1, 2)", "[3]", "{'k': 2.5}", "-0.5", "b'x'", "..."]
    annotations = ["int", "str", "list[int]", "'Fwd'", "dict[str, float]", "bool | None"]
    sources = []
    for i in range(150):
        parts = []
        names = iter("abcdefghijkl")
        n_posonly = rng.randrange(0, 3)
        n_pos = rng.randrange(0, 3)
        n_kwonly = rng.randrange(0, 3)
        with_default = False
        for j in range(n_posonly + n_pos):
            text = next(names)
            if rng.random() < 0.3:
                text += ": " + rng.choice(annotations)
            if with_default or rng.random() < 0.3:
                with_default = True
                text += (" = " if ":" in text else "=") + rng.choice(defaults)
            parts.append(text)
            if j == n_posonly - 1:
                parts.append("/")
        if rng.random() < 0.5:
            parts.append("*" + next(names))
        elif n_kwonly:
            parts.append("*")
        for j in range(n_kwonly):
            text = next(names)
            if rng.random() < 0.4:
                text += "=" + rng.choice(defaults)
            parts.append(text)
        if rng.random() < 0.4:
            parts.append("**" + next(names))
        ret = " -> " + rng.choice(annotations) if rng.random() < 0.3 else ""
        sources.append("def f%d(%s)%s: pass" % (i, ", ".join(parts), ret))
    namespace = {}
    exec("\n".join(sources), namespace)
    return [namespace["f%d" % i] for i in range(150)]


def test_signature_text_and_kinds(ours):
    inspect = ours[1]
    for f in _functions():
        mine = inspect.signature(f)
        theirs = cpy_inspect.signature(f)
        assert str(mine) == str(theirs)
        assert repr(mine) == repr(theirs)
        assert [(p.name, int(p.kind), str(p.kind), repr(p))
                for p in mine.parameters.values()] == \
            [(p.name, int(p.kind), str(p.kind), repr(p))
             for p in theirs.parameters.values()]


def test_bind(ours):
    inspect = ours[1]
    rng = random.Random(11)
    for f in _functions():
        mine = inspect.signature(f)
        theirs = cpy_inspect.signature(f)
        for _ in range(15):
            args = tuple(range(rng.randrange(0, 6)))
            kwargs = {k: k.upper() for k in rng.sample("abcdefgz", rng.randrange(0, 4))}
            for method in ("bind", "bind_partial"):
                a = outcome(getattr(mine, method), *args, **kwargs)
                b = outcome(getattr(theirs, method), *args, **kwargs)
                assert a[0] == b[0], (str(theirs), method, args, kwargs)
                if a[0] != "ok":
                    assert a == b, (str(theirs), args, kwargs)
                    continue
                bound_a, bound_b = a[1], b[1]
                assert repr(bound_a) == repr(bound_b)
                assert (bound_a.args, bound_a.kwargs) == (bound_b.args, bound_b.kwargs)
                bound_a.apply_defaults()
                bound_b.apply_defaults()
                assert repr(bound_a) == repr(bound_b), (str(theirs), args, kwargs)
                assert (bound_a.args, bound_a.kwargs) == (bound_b.args, bound_b.kwargs)


def test_cleandoc(ours):
    inspect = ours[1]
    rng = random.Random(5)
    for _ in range(300):
        lines = ["".join(rng.choice("  \tx") for _ in range(rng.randrange(0, 8)))
                 for _ in range(rng.randrange(1, 6))]
        doc = "\n".join(lines)
        assert inspect.cleandoc(doc) == cpy_inspect.cleandoc(doc), repr(doc)


def test_getfullargspec(ours):
    inspect = ours[1]
    for f in _functions():
        assert tuple(inspect.getfullargspec(f)) == tuple(cpy_inspect.getfullargspec(f))
