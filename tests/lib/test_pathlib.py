"""pathlib: our minipy/lib version against CPython's, on generated paths (the pure part)
and on a generated directory tree (glob, rglob, iterdir)."""
import pathlib as cpy_pathlib
import random
import sys

import pytest

from libload import load, outcome

PIECES = ["a", "b.txt", "..", ".", "", "x.tar.gz", ".hidden", "name.", "src", "c.py", "~"]
PATTERNS = ["*", "*.py", "a/*", "*/*", "/a/*", "/*", "**/*.txt", "[ab]*", "?", "x.*.gz",
            "a", "src/*.py", "*/.."]


@pytest.fixture(scope="module")
def pathlib():
    # (our os.py puts its os.path into sys.modules: CPython's is put back)
    saved = sys.modules["os.path"]
    try:
        return load("pathlib", {})
    finally:
        sys.modules["os.path"] = saved


def random_path(rng):
    text = "/".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 5)))
    return rng.choice(["", "", "/", "//", "///"]) + text


def describe(p):
    return (str(p), repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, str(p.parent),
            [str(q) for q in p.parents], len(p.parents), p.is_absolute(), p.anchor,
            p.root, p.drive, p.as_posix(), type(p).__name__)


def test_pure_paths(pathlib):
    rng = random.Random(1)
    for _ in range(1500):
        texts = [random_path(rng) for _ in range(rng.randrange(1, 4))]
        ours = pathlib.PurePath(*texts)
        theirs = cpy_pathlib.PurePath(*texts)
        assert describe(ours) == describe(theirs), texts
        other = random_path(rng)
        assert str(ours / other) == str(theirs / other)
        assert str(other / ours) == str(other / theirs)
        assert str(ours.joinpath(other, "z")) == str(theirs.joinpath(other, "z"))
        o = outcome(ours.relative_to, other)
        t = outcome(theirs.relative_to, other)
        assert (o[0], o[1:] if o[0] == "raise" else str(o[1])) == \
            (t[0], t[1:] if t[0] == "raise" else str(t[1])), (texts, other)
        assert ours.is_relative_to(other) == theirs.is_relative_to(other)
        for pattern in rng.sample(PATTERNS, 4):
            assert ours.match(pattern) == theirs.match(pattern), (texts, pattern)
        for new in [rng.choice(PIECES), ".py", ".tar.gz", "x/y", ".", "py"]:
            for method in ["with_name", "with_suffix", "with_stem"]:
                o = outcome(getattr(ours, method), new)
                t = outcome(getattr(theirs, method), new)
                if o[0] == "ok" and t[0] == "ok":
                    assert str(o[1]) == str(t[1]), (texts, method, new)
                else:
                    assert o == t, (texts, method, new)


def test_comparisons(pathlib):
    rng = random.Random(2)
    texts = [random_path(rng) for _ in range(200)]
    ours = [pathlib.PurePath(t) for t in texts]
    theirs = [cpy_pathlib.PurePath(t) for t in texts]
    assert [str(p) for p in sorted(ours)] == [str(p) for p in sorted(theirs)]
    for i in range(0, 200, 2):
        a, b = ours[i], ours[i + 1]
        c, d = theirs[i], theirs[i + 1]
        assert (a == b, a < b, a <= b, a > b, a >= b) == (c == d, c < d, c <= d, c > d, c >= d)
        assert (a == b) == (hash(a) == hash(b)) or a != b
    assert pathlib.PurePath("a") == pathlib.Path("a")
    assert outcome(lambda: pathlib.PurePath("a") < "b")[:2] == ("raise", "TypeError")
    assert outcome(pathlib.PurePath, 3) == outcome(cpy_pathlib.PurePath, 3)
    assert outcome(pathlib.PurePath("x").match, "") == outcome(cpy_pathlib.PurePath("x").match, "")


def make_tree(root, rng):
    dirs = [root]
    for i in range(40):
        parent = rng.choice(dirs)
        if rng.random() < 0.3:
            d = parent / rng.choice(["d%d" % i, ".dot%d" % i, "sub%d.x" % i])
            d.mkdir()
            dirs.append(d)
        else:
            (parent / rng.choice(["f%d.txt" % i, "g%d.py" % i, ".h%d" % i, "k%d" % i])) \
                .write_text("x" * i)


@pytest.mark.parametrize("seed", range(4))
def test_glob_on_a_tree(pathlib, tmp_path, seed):
    make_tree(cpy_pathlib.Path(tmp_path), random.Random(seed))
    ours = pathlib.Path(str(tmp_path))
    theirs = cpy_pathlib.Path(tmp_path)
    for pattern in ["*", "*.py", "**/*.txt", "**", "*/", "*/*", "d*/**/*", "**/.*",
                    "?[0-9].txt", "sub*/*.py", "**/k*", "nothing/*", "*/**/"]:
        got = sorted(str(p) for p in ours.glob(pattern))
        want = sorted(str(p) for p in theirs.glob(pattern))
        assert got == want, pattern
    for pattern in ["*.txt", "*", "d*"]:
        assert sorted(map(str, ours.rglob(pattern))) == sorted(map(str, theirs.rglob(pattern)))
    assert sorted(map(str, ours.iterdir())) == sorted(map(str, theirs.iterdir()))
    for p in theirs.rglob("*"):
        q = pathlib.Path(str(p))
        assert (q.exists(), q.is_dir(), q.is_file()) == (p.exists(), p.is_dir(), p.is_file())
        if p.is_file():
            assert q.stat().st_size == p.stat().st_size
            assert q.read_text() == p.read_text()


def test_house_rules():
    """pathlib imports only os, posixpath and fnmatch (lib modules over the native posix,
    which test_lib_rules' MODULES leave out, as loading os there would replace CPython's
    os.path for the whole session) and keeps the rules of test_lib_rules."""
    import ast
    from libload import LIB
    from test_lib_rules import FORBIDDEN_NAMES
    tree = ast.parse((LIB / "pathlib.py").read_text())
    assert ast.get_docstring(tree)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) \
                else [node.module]
            assert set(names) <= {"os", "posixpath", "fnmatch"}, names
        elif isinstance(node, ast.ClassDef):
            assert not node.keywords
        elif isinstance(node, ast.Name):
            assert node.id not in FORBIDDEN_NAMES, node.id
