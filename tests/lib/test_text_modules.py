"""pprint, csv, shlex, base64, binascii and keyword: our minipy/lib versions against
CPython's modules, on generated inputs (random nested data at random widths, random CSV
fields and dialects, random shell-like strings, random bytes), comparing every result
and every error message."""
import base64 as cpy_base64
import binascii as cpy_binascii
import csv as cpy_csv
import io
import keyword as cpy_keyword
import pprint as cpy_pprint
import random
import shlex as cpy_shlex
import types

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    cache = {}
    ns = types.SimpleNamespace()
    for name in ["pprint", "csv", "shlex", "base64", "binascii", "keyword"]:
        setattr(ns, name, load(name, cache))
    return ns


# ---------------------------------------------------------------- pprint

def _random_data(rng, depth=0):
    kind = rng.randint(0, 9 if depth < 3 else 4)
    if kind == 0:
        return rng.randint(-10 ** rng.randint(1, 12), 10 ** 12)
    if kind == 1:
        return rng.choice([0.5, -1.25, 1e100, 3.0, float("inf")])
    if kind == 2:
        words = ["alpha", "beta", "gamma delta", "x" * rng.randint(1, 50), "a\nb", "", " "]
        return " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
    if kind == 3:
        return rng.choice([None, True, False, b"bytes" * rng.randint(0, 12)])
    if kind == 4:
        return (rng.randint(0, 9),) if rng.random() < .5 else ()
    n = rng.randint(0, 8)
    if kind in (5, 6):
        return [_random_data(rng, depth + 1) for _ in range(n)]
    if kind == 7:
        return tuple(_random_data(rng, depth + 1) for _ in range(n))
    if kind == 8:
        return {rng.choice(["k%d" % i for i in range(20)] + [i for i in range(5)]):
                _random_data(rng, depth + 1) for _ in range(n)}
    return rng.choice([set, frozenset])(rng.randint(0, 300) for _ in range(n))


def test_pprint_random_structures(ours):
    rng = random.Random(21)
    for _ in range(1500):
        data = _random_data(rng)
        kw = dict(width=rng.choice([1, 10, 20, 40, 80, 120]), indent=rng.choice([0, 1, 2, 4]),
                  compact=rng.random() < .3, sort_dicts=rng.random() < .7,
                  depth=rng.choice([None, None, 1, 2, 3]),
                  underscore_numbers=rng.random() < .2)
        assert ours.pprint.pformat(data, **kw) == cpy_pprint.pformat(data, **kw), (data, kw)
    for data in [[1, [2, [3]]], {"a": (1, 2)}, "text", [{}], 3]:
        assert ours.pprint.saferepr(data) == cpy_pprint.saferepr(data)
        assert ours.pprint.isreadable(data) == cpy_pprint.isreadable(data)
        assert ours.pprint.isrecursive(data) == cpy_pprint.isrecursive(data)


def test_pprint_streams_and_errors(ours):
    data = {"key%d" % i: list(range(i)) for i in range(12)}
    a, b = io.StringIO(), io.StringIO()
    ours.pprint.pprint(data, stream=a, width=50)
    cpy_pprint.pprint(data, stream=b, width=50)
    assert a.getvalue() == b.getvalue()
    a, b = io.StringIO(), io.StringIO()
    ours.pprint.PrettyPrinter(stream=a, indent=3).pprint([data])
    cpy_pprint.PrettyPrinter(stream=b, indent=3).pprint([data])
    assert a.getvalue() == b.getvalue()
    for kw in [dict(indent=-1), dict(depth=0), dict(width=0), dict(depth=-2)]:
        assert outcome(ours.pprint.PrettyPrinter, **kw) == \
            outcome(cpy_pprint.PrettyPrinter, **kw), kw
    loop = [1]
    loop.append(loop)
    assert ours.pprint.isrecursive(loop) and not ours.pprint.isreadable(loop)
    import dataclasses

    @dataclasses.dataclass
    class Point:
        x: int
        y: list
        z: str = dataclasses.field(default="z", repr=False)
    points = [Point(i, list(range(i * 3))) for i in range(6)]
    for width in (20, 40, 80):
        assert ours.pprint.pformat(points, width=width) == cpy_pprint.pformat(points, width=width)


# ---------------------------------------------------------------- csv

_FIELD_CHARS = ['a', 'b', ' ', ',', ';', '"', "'", '\n', '\r', '\\', '|', '\t', 'é', '1', '.']


def _random_row(rng):
    row = []
    for _ in range(rng.randint(0, 5)):
        kind = rng.randint(0, 6)
        if kind == 0:
            row.append(rng.randint(-100, 100))
        elif kind == 1:
            row.append(rng.choice([1.5, -0.25, 1e20, 3.0]))
        elif kind == 2:
            row.append(None)
        else:
            row.append(''.join(rng.choice(_FIELD_CHARS) for _ in range(rng.randint(0, 6))))
    return row


def _random_dialect(rng):
    kw = {}
    if rng.random() < .4:
        kw["delimiter"] = rng.choice([";", "|", "\t", ","])
    if rng.random() < .3:
        kw["quotechar"] = rng.choice(["'", '"', "|"])
    if rng.random() < .4:
        kw["quoting"] = rng.choice([0, 1, 2, 3])
    if rng.random() < .4:
        kw["escapechar"] = rng.choice(["\\", "!"])
    if rng.random() < .3:
        kw["doublequote"] = False
    if rng.random() < .3:
        kw["lineterminator"] = rng.choice(["\n", "\r\n", "!"])
    if rng.random() < .2:
        kw["skipinitialspace"] = True
    if rng.random() < .2:
        kw["strict"] = True
    return kw


def _write(mod, rows, kw):
    buf = io.StringIO()
    try:
        w = mod.writer(buf, **kw)
        results = [w.writerow(r) for r in rows]
    except Exception as e:
        return ("raise", type(e).__name__, str(e), buf.getvalue())
    return ("ok", results, buf.getvalue())


def _read(mod, text, kw):
    try:
        r = mod.reader(io.StringIO(text, newline=""), **kw)
        rows = []
        for row in r:
            rows.append(row)
        return ("ok", rows, r.line_num)
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def test_csv_write_and_read_random(ours):
    rng = random.Random(8)
    for _ in range(3000):
        rows = [_random_row(rng) for _ in range(rng.randint(1, 4))]
        kw = _random_dialect(rng)
        mine = _write(ours.csv, rows, kw)
        theirs = _write(cpy_csv, rows, kw)
        assert mine == theirs, (rows, kw)
        if mine[0] == "ok":
            assert _read(ours.csv, mine[2], kw) == _read(cpy_csv, mine[2], kw), (mine[2], kw)


def test_csv_read_random_text(ours):
    rng = random.Random(9)
    chars = ['a', ',', '"', '\n', '\r', ' ', '\\', 'x', ';', '1']
    for _ in range(4000):
        text = ''.join(rng.choice(chars) for _ in range(rng.randint(0, 15)))
        kw = _random_dialect(rng)
        kw.pop("lineterminator", None)
        assert _read(ours.csv, text, kw) == _read(cpy_csv, text, kw), (text, kw)


def test_csv_dict_reader_writer(ours):
    for mod in (ours.csv, cpy_csv):
        buf = io.StringIO()
        w = mod.DictWriter(buf, ["id", "name", "tags"], restval="-")
        w.writeheader()
        w.writerows([{"id": 1, "name": "a,b"}, {"id": 2, "tags": 'say "x"'}])
        assert outcome(w.writerow, {"id": 3, "bad": 1})[0] == "raise"
        text = buf.getvalue() + "4,d,t,extra\n5\n\n"
        r = mod.DictReader(io.StringIO(text), restkey="rest", restval="?")
        rows = list(r)
        if mod is ours.csv:
            mine = (buf.getvalue(), rows, r.line_num, r.fieldnames)
        else:
            assert mine == (buf.getvalue(), rows, r.line_num, r.fieldnames)
    assert outcome(ours.csv.writer(io.StringIO()).writerow, 5) == \
        outcome(cpy_csv.writer(io.StringIO()).writerow, 5)
    for kw in [dict(delimiter="ab"), dict(quoting=9), dict(delimiter=None), dict(quotechar=7),
               dict(lineterminator=None), dict(escapechar="xy"), dict(nope=1)]:
        assert outcome(ours.csv.writer, io.StringIO(), **kw) == \
            outcome(cpy_csv.writer, io.StringIO(), **kw), kw


# ---------------------------------------------------------------- shlex

def test_shlex_split_and_quote_random(ours):
    rng = random.Random(4)
    chars = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', '$', 'é', '-', '=', ';', '(', '\t']
    for _ in range(4000):
        s = ''.join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        for kw in [{}, {"comments": True}, {"posix": False}]:
            assert outcome(ours.shlex.split, s, **kw) == outcome(cpy_shlex.split, s, **kw), \
                (s, kw)
        assert ours.shlex.quote(s) == cpy_shlex.quote(s), s
        punct = rng.choice([False, True, "|&"])
        mine = outcome(lambda: list(ours.shlex.shlex(s, punctuation_chars=punct)))
        theirs = outcome(lambda: list(cpy_shlex.shlex(s, punctuation_chars=punct)))
        assert mine == theirs, (s, punct)
    words = ["a b", "", "it's", "plain", "$HOME"]
    assert ours.shlex.join(words) == cpy_shlex.join(words)


# ---------------------------------------------------------------- base64, binascii

def test_base64_random(ours):
    rng = random.Random(6)
    b64, cb64 = ours.base64, cpy_base64
    for _ in range(1500):
        data = bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 40)))
        for enc, dec in [("b64encode", "b64decode"), ("urlsafe_b64encode", "urlsafe_b64decode"),
                         ("b32encode", "b32decode"), ("b32hexencode", "b32hexdecode"),
                         ("b16encode", "b16decode"), ("encodebytes", "decodebytes")]:
            e = getattr(b64, enc)(data)
            assert e == getattr(cb64, enc)(data), (enc, data)
            assert getattr(b64, dec)(e) == data
        assert ours.binascii.crc32(data) == cpy_binascii.crc32(data)
        assert ours.binascii.hexlify(data) == cpy_binascii.hexlify(data)


def _same_error(a, b):
    if a[0] == "raise" and b[0] == "raise":
        return a[2] == b[2] and (a[1] == b[1] or {a[1], b[1]} == {"Error"})
    return a == b


def test_base64_decoding_errors_random(ours):
    rng = random.Random(7)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh012345+/=-_!\n "
    for _ in range(3000):
        s = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for name, kw in [("b64decode", {}), ("b64decode", {"validate": True}),
                         ("urlsafe_b64decode", {}), ("b32decode", {}),
                         ("b32decode", {"casefold": True}), ("b16decode", {}),
                         ("b16decode", {"casefold": True})]:
            mine = outcome(getattr(ours.base64, name), s, **kw)
            theirs = outcome(getattr(cpy_base64, name), s, **kw)
            assert _same_error(mine, theirs), (name, s, kw, mine, theirs)
    for fn, arg in [("b64encode", "str"), ("b64decode", "\u00e9"), ("b64decode", 5),
                    ("b32encode", "x")]:
        assert outcome(getattr(ours.base64, fn), arg) == outcome(getattr(cpy_base64, fn), arg)


def test_keyword(ours):
    assert ours.keyword.kwlist == cpy_keyword.kwlist
    assert ours.keyword.softkwlist == cpy_keyword.softkwlist
    for w in ["if", "match", "_", "print", "None", "none", "async"]:
        assert ours.keyword.iskeyword(w) == cpy_keyword.iskeyword(w)
        assert ours.keyword.issoftkeyword(w) == cpy_keyword.issoftkeyword(w)


# ---------------------------------------------------------------- argparse

@pytest.fixture(scope="module")
def our_argparse():
    """Our argparse, with CPython's os and re standing in for minipy's (ours need _sre)."""
    import libload
    import os
    import re
    saved = dict(libload.NATIVE)
    libload.NATIVE.update({"os": os, "re": re})
    try:
        return load("argparse", {})
    finally:
        libload.NATIVE.clear()
        libload.NATIVE.update(saved)


def _random_parser(mod, rng):
    kw = {"prog": rng.choice(["tool", "a_rather_long_program_name"])}
    if rng.random() < .5:
        kw["description"] = "Does things. " * rng.randint(1, 12)
    if rng.random() < .3:
        kw["epilog"] = "See also the manual."
    if rng.random() < .2:
        kw["allow_abbrev"] = False
    if rng.random() < .2:
        kw["formatter_class"] = rng.choice([mod.RawDescriptionHelpFormatter,
                                            mod.RawTextHelpFormatter,
                                            mod.ArgumentDefaultsHelpFormatter])
    p = mod.ArgumentParser(**kw)
    groups = [p]
    if rng.random() < .3:
        groups.append(p.add_argument_group("extra", "More options."))
    if rng.random() < .3:
        groups.append(p.add_mutually_exclusive_group(required=rng.random() < .5))
    used = set()
    for i in range(rng.randint(0, 7)):
        target = rng.choice(groups)
        mutex = target is not p and hasattr(target, "required") and \
            not hasattr(target, "title") or type(target).__name__ == "_MutuallyExclusiveGroup"
        positional = not mutex and rng.random() < .3
        name = rng.choice(["alpha", "beta", "count", "file", "mode", "verbose", "out-dir", "n"])
        if name in used:
            continue
        used.add(name)
        akw = {}
        action = rng.choice([None, None, "store_true", "count", "append", "store_const"])
        if positional:
            action = None
            akw["nargs"] = rng.choice([None, None, "?", "*", "+", 2])
            if rng.random() < .3:
                akw["type"] = int
            if rng.random() < .2:
                akw["choices"] = ["1", "2", "x"] if "type" not in akw else [1, 2, 3]
            args = (name.replace("-", "_"),)
        else:
            args = ("--" + name,) if rng.random() < .6 else ("-" + name[0], "--" + name)
            if action:
                akw["action"] = action
                if action == "store_const":
                    akw["const"] = 42
            if action in (None, "append"):
                if rng.random() < .3:
                    akw["type"] = rng.choice([int, float])
                akw["nargs"] = rng.choice([None, None, "?", "*", "+", 1, 2])
                if rng.random() < .3:
                    akw["metavar"] = "VAL"
                if rng.random() < .2:
                    akw["required"] = not mutex
            if rng.random() < .4:
                akw["default"] = rng.choice([0, "d", None, [1]])
        if rng.random() < .6:
            akw["help"] = rng.choice(["short help", "a longer help text that goes on " * 3,
                                      "default %(default)s", mod.SUPPRESS])
        try:
            target.add_argument(*args, **akw)
        except (ValueError, TypeError, mod.ArgumentError) as e:
            return ("raise", type(e).__name__, str(e))
    return p


def _parse(mod, parser, argv):
    import contextlib
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
            result = ("ok", sorted(vars(ns).items(), key=repr))
        except SystemExit as e:
            result = ("exit", e.code)
        except mod.ArgumentError as e:
            result = ("raise", str(e))
        except Exception as e:      # (e.g. append to a default that is not a list)
            result = ("error", type(e).__name__, str(e))
    return result, out.getvalue(), err.getvalue()


def _text(fn):
    try:
        return ("ok", fn())
    except ValueError as e:         # an empty mutually exclusive group
        return ("raise", str(e).split(" <")[0])


def test_argparse_random_parsers(our_argparse):
    import argparse as cpy_argparse
    rng = random.Random(12)
    tokens = ["--alpha", "-a", "--beta", "x", "1", "2", "-v", "-vv", "--verbose", "--count",
              "--mode=3", "--file", "f.txt", "--out-dir", "d", "--", "-5", "--al", "--n", "-n",
              "7", "--bogus", "-h", "2.5", "-c3"]
    for _ in range(1500):
        seed = rng.random()
        mine = _random_parser(our_argparse, random.Random(seed))
        theirs = _random_parser(cpy_argparse, random.Random(seed))
        if isinstance(theirs, tuple) or isinstance(mine, tuple):
            assert mine == theirs, seed
            continue
        assert _text(mine.format_help) == _text(theirs.format_help), seed
        assert _text(mine.format_usage) == _text(theirs.format_usage), seed
        if _text(theirs.format_usage)[0] != "ok":
            continue
        for _ in range(6):
            argv = [rng.choice(tokens) for _ in range(rng.randint(0, 6))]
            assert _parse(our_argparse, mine, argv) == _parse(cpy_argparse, theirs, argv), \
                (seed, argv)
