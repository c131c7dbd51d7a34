"""io, textwrap, fractions, statistics, contextlib and types: our minipy/lib versions
against CPython's modules, on many generated inputs (operation sequences on streams,
random texts to wrap, random rationals and data sets), comparing every result."""
import contextlib as cpy_contextlib
import fractions as cpy_fractions
import io as cpy_io
import random
import statistics as cpy_statistics
import textwrap as cpy_textwrap
import types as cpy_types

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    cache = {}
    ns = cpy_types.SimpleNamespace()
    for name in ["io", "textwrap", "fractions", "statistics", "contextlib", "types"]:
        setattr(ns, name, load(name, cache))
    return ns


def _same_error(a, b):
    """outcome() results equal, or both raised the same exception type and message."""
    return a == b


# ---------------------------------------------------------------- io

def _stream_ops(rng, binary):
    pieces = [b"ab", b"\n", b"xyz\n", b"", b"\r\n", b"q"] if binary else \
        ["ab", "\n", "xyz\n", "", "\r\n", "\r", "q\u00e9"]
    ops = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.choice(["write", "read", "readline", "seek", "tell", "truncate",
                           "getvalue", "readlines", "writelines"])
        if kind == "write":
            ops.append((kind, rng.choice(pieces)))
        elif kind in ("read", "readline"):
            ops.append((kind, rng.choice([-1, 0, 1, 2, 5])))
        elif kind == "seek":
            ops.append((kind, rng.choice([0, 1, 3, 10]), rng.choice([0, 0, 1, 2])))
        elif kind == "truncate":
            ops.append((kind, rng.choice([None, 0, 2, 20])))
        elif kind == "writelines":
            ops.append((kind, [rng.choice(pieces), rng.choice(pieces)]))
        else:
            ops.append((kind,))
    return ops


def _run_stream(stream, ops):
    results = []
    for op in ops:
        name, args = op[0], op[1:]
        if name == "seek" and args[1] != 0:
            args = (0, args[1])            # only offset 0 is valid relative to cur/end
        results.append(outcome(getattr(stream, name), *args))
    results.append(outcome(stream.getvalue))
    return results


@pytest.mark.parametrize("newline", ["\n", None, "", "\r", "\r\n"])
def test_stringio_sequences(ours, newline):
    rng = random.Random(hash(str(newline)) & 0xFFFF)
    for _ in range(400):
        init = rng.choice(["", "hello\nworld", "a\r\nb\rc\n", "x"])
        ops = _stream_ops(rng, False)
        mine = _run_stream(ours.io.StringIO(init, newline=newline), ops)
        theirs = _run_stream(cpy_io.StringIO(init, newline=newline), ops)
        assert mine == theirs, (init, newline, ops)


def test_bytesio_sequences(ours):
    rng = random.Random(5)
    for _ in range(500):
        init = rng.choice([None, b"", b"hello\nworld", b"abc"])
        ops = _stream_ops(rng, True)
        for i, op in enumerate(ops):
            if op[0] == "seek":
                ops[i] = ("seek", rng.choice([-3, 0, 2, 9]) if op[2] else abs(op[1]), op[2])
        mine = _run_stream(ours.io.BytesIO(init), [o for o in ops])
        theirs = _run_stream(cpy_io.BytesIO(init), [o for o in ops])
        assert mine == theirs, (init, ops)


def test_stream_iteration_and_closing(ours):
    for mod in (ours.io, cpy_io):
        s = mod.StringIO("a\nb\n\nc")
        assert list(s) == ["a\n", "b\n", "\n", "c"]
    s = ours.io.StringIO("abc")
    with s:
        assert s.read(1) == "a"
    assert s.closed
    assert outcome(s.read) == outcome(cpy_io.StringIO().__class__.read, _closed(cpy_io.StringIO))
    b = ours.io.BytesIO(b"abc")
    b.close()
    assert outcome(b.read) == outcome(cpy_io.BytesIO.read, _closed(cpy_io.BytesIO))
    assert outcome(ours.io.StringIO, 5) == outcome(cpy_io.StringIO, 5)
    assert outcome(ours.io.StringIO().write, b"x") == outcome(cpy_io.StringIO().write, b"x")
    assert outcome(ours.io.BytesIO().write, "x") == outcome(cpy_io.BytesIO().write, "x")
    assert outcome(ours.io.StringIO().seek, 1, 1) == outcome(cpy_io.StringIO().seek, 1, 1)


def _closed(cls):
    s = cls()
    s.close()
    return s


# ---------------------------------------------------------------- textwrap

def test_textwrap_random(ours):
    rng = random.Random(11)
    alphabet = "ab1-- .,'\"?!_\t\nZ\u00e99"
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        kw = dict(width=rng.randint(1, 15), break_on_hyphens=rng.random() < .7,
                  break_long_words=rng.random() < .7, drop_whitespace=rng.random() < .8,
                  fix_sentence_endings=rng.random() < .3, expand_tabs=rng.random() < .8,
                  replace_whitespace=rng.random() < .8,
                  initial_indent=rng.choice(["", "* "]), subsequent_indent=rng.choice(["", "  "]))
        if kw["initial_indent"] or kw["subsequent_indent"]:
            kw["width"] += 2        # (CPython's wrap loops forever when an indent fills a line)
        if rng.random() < .3:
            kw["max_lines"] = rng.randint(1, 3)
            kw["placeholder"] = rng.choice([" [...]", "..", " ~"])
        assert outcome(ours.textwrap.wrap, text, **kw) == \
            outcome(cpy_textwrap.wrap, text, **kw), (text, kw)
        assert ours.textwrap.dedent(text) == cpy_textwrap.dedent(text), text
        assert ours.textwrap.indent(text, "> ") == cpy_textwrap.indent(text, "> "), text
        width = rng.randint(1, 20)
        assert outcome(ours.textwrap.shorten, text, width) == \
            outcome(cpy_textwrap.shorten, text, width), (text, width)


# ---------------------------------------------------------------- fractions

def _random_number(rng, F):
    kind = rng.randint(0, 4)
    if kind == 0:
        return rng.randint(-20, 20)
    if kind == 1:
        return rng.choice([0.5, -0.25, 0.1, 1e-3, 3.75, float("inf"), -2.0])
    return F(rng.randint(-30, 30), rng.choice([1, 2, 3, 7, 12, -5]))


def _as_cpy(x):
    if type(x).__name__ == "Fraction":
        return cpy_fractions.Fraction(x.numerator, x.denominator)
    return x


def _norm(result):
    """Fractions of either module compare by (numerator, denominator)."""
    if result[0] == "ok":
        v = result[1]
        if isinstance(v, float):
            return ("ok", "float", repr(v))
        if type(v).__name__ == "Fraction":
            return ("ok", "F", v.numerator, v.denominator)
        if isinstance(v, tuple):
            return ("ok", tuple(_norm(("ok", x)) for x in v))
    return result


def test_fraction_arithmetic_random(ours):
    F = ours.fractions.Fraction
    rng = random.Random(3)
    ops = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
           "__divmod__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__"]
    import operator
    binary = {"__add__": operator.add, "__sub__": operator.sub, "__mul__": operator.mul,
              "__truediv__": operator.truediv, "__floordiv__": operator.floordiv,
              "__mod__": operator.mod, "__divmod__": divmod, "__eq__": operator.eq,
              "__lt__": operator.lt, "__le__": operator.le, "__gt__": operator.gt,
              "__ge__": operator.ge}
    for _ in range(3000):
        a = _random_number(rng, F)
        b = _random_number(rng, F)
        fn = binary[rng.choice(ops)]
        assert _norm(outcome(fn, a, b)) == _norm(outcome(fn, _as_cpy(a), _as_cpy(b))), \
            (a, b, fn)
        if isinstance(a, F):
            ca = _as_cpy(a)
            assert hash(a) == hash(ca)
            for unary in [round, int, float, abs, str, repr, bool]:
                assert _norm(outcome(unary, a)) == _norm(outcome(unary, ca))
            e = rng.randint(-3, 3)
            assert _norm(outcome(pow, a, e)) == _norm(outcome(pow, ca, e)), (a, e)
            assert _norm(outcome(round, a, e)) == _norm(outcome(round, ca, e)), (a, e)
            m = rng.randint(0, 12)
            assert _norm(outcome(a.limit_denominator, m)) == \
                _norm(outcome(ca.limit_denominator, m)), (a, m)


def test_fraction_parsing(ours):
    F = ours.fractions.Fraction
    rng = random.Random(8)
    pieces = ["1", "23", "_", "/", ".", "e", "E", "-", "+", " ", "0", "7_5", "\u0663"]
    cases = ["3/4", "-1.5", "1e3", "1_000.000_1", " .5 ", "5.", "1/0", "1 / 2", "e5", "",
             "+-1", "1.2.3", "1__0", "1_", "0x10", "1.5e-3", "-0", "nan", "inf"]
    cases += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
              for _ in range(3000)]
    for text in cases:
        assert _norm(outcome(F, text)) == _norm(outcome(cpy_fractions.Fraction, text)), text
    for x in [0.1, -2.5, 1e300, 5e-324, 3, float("nan"), "1.5", [1]]:
        assert _norm(outcome(F, x)) == _norm(outcome(cpy_fractions.Fraction, x)), x
        assert _norm(outcome(F.from_float, x)) == \
            _norm(outcome(cpy_fractions.Fraction.from_float, x)), x


# ---------------------------------------------------------------- statistics

def test_statistics_random(ours):
    st = ours.statistics
    F = ours.fractions.Fraction
    rng = random.Random(21)
    names = ["mean", "fmean", "median", "median_low", "median_high", "mode", "multimode",
             "pvariance", "variance", "pstdev", "stdev", "quantiles", "median_grouped",
             "geometric_mean", "harmonic_mean"]
    for _ in range(600):
        kind = rng.randint(0, 3)
        size = rng.randint(0, 12)
        if kind == 0:
            data = [rng.randint(-50, 50) for _ in range(size)]
        elif kind == 1:
            data = [round(rng.uniform(-1e3, 1e3), rng.randint(0, 8)) for _ in range(size)]
        elif kind == 2:
            data = [rng.random() * 10 ** rng.randint(-20, 20) for _ in range(size)]
        else:
            data = [rng.randint(-9, 9) / rng.randint(1, 9) for _ in range(size)]
        for name in names:
            mine = outcome(getattr(st, name), list(data))
            theirs = outcome(getattr(cpy_statistics, name), list(data))
            if mine[0] == "raise":
                mine = ("raise", mine[1], mine[2])
            assert mine == theirs, (name, data)
    fr = [F(1, 3), F(2, 7), F(5, 2)]
    cfr = [_as_cpy(x) for x in fr]
    for name in ["mean", "variance", "pvariance", "median"]:
        assert _norm(outcome(getattr(st, name), fr)) == \
            _norm(outcome(getattr(cpy_statistics, name), cfr))
    for args in [([1, 2, 3], {"n": 0}), ([1], {}), ([1, 2], {"method": "x"})]:
        assert outcome(st.quantiles, args[0], **args[1]) == \
            outcome(cpy_statistics.quantiles, args[0], **args[1])


# ---------------------------------------------------------------- contextlib, types

def test_contextmanager_protocol(ours):
    cl = ours.contextlib

    def scenario(mod, body_raises, gen_kind):
        log = []

        @mod.contextmanager
        def cm():
            log.append("enter")
            if gen_kind == "no_yield":
                return
            try:
                yield 1
            except KeyError:
                log.append("handled")
                if gen_kind == "reraise":
                    raise
                if gen_kind == "yield_again":
                    yield 2
            if gen_kind == "two_yields":
                yield 3
            log.append("exit")

        try:
            with cm() as v:
                log.append(v)
                if body_raises:
                    raise KeyError("k")
        except Exception as e:
            log.append((type(e).__name__, str(e)))
        return log

    for body_raises in (False, True):
        for kind in ("plain", "no_yield", "reraise", "yield_again", "two_yields"):
            assert scenario(cl, body_raises, kind) == \
                scenario(cpy_contextlib, body_raises, kind), (body_raises, kind)


def test_exitstack_order_and_suppression(ours):
    def scenario(mod):
        log = []
        try:
            with mod.ExitStack() as stack:
                stack.callback(log.append, "cb1")
                stack.push(lambda *exc: log.append(("push", exc[0].__name__ if exc[0] else None)))
                stack.enter_context(mod.suppress(ZeroDivisionError))
                stack.callback(log.append, "cb2")
                1 / 0
        except Exception as e:
            log.append(type(e).__name__)
        with mod.ExitStack() as outer:
            outer.callback(log.append, "kept")
            moved = outer.pop_all()
        log.append("between")
        moved.close()
        return log

    assert scenario(ours.contextlib) == scenario(cpy_contextlib)


def test_simplenamespace(ours):
    SN, CSN = ours.types.SimpleNamespace, cpy_types.SimpleNamespace
    for kw in [{}, {"a": 1}, {"b": [1, "x"], "a": None}]:
        assert repr(SN(**kw)) == repr(CSN(**kw))
        assert (SN(**kw) == SN(**dict(kw))) == (CSN(**kw) == CSN(**dict(kw)))
    n = SN(x=1)
    n.self = n
    c = CSN(x=1)
    c.self = c
    assert repr(n) == repr(c)
    assert outcome(SN, 1) == outcome(CSN, 1)


# ---------------------------------------------------------------- warnings

def test_warnings_patterns_match_as_re():
    """The small matcher of filterwarnings' patterns (used while the library has no re)
    agrees with re.match on its subset."""
    import re
    P = load("warnings")._Pattern
    rng = random.Random(4)
    for _ in range(5000):
        pat = "".join(rng.choice(["a", "b", ".", ".*", "a*", "b+", "a?", "\\.", "A"])
                      for _ in range(rng.randint(0, 4)))
        if rng.random() < .3:
            pat += "$"
        text = "".join(rng.choice("abA.\n") for _ in range(rng.randint(0, 6)))
        ic = rng.random() < .5
        assert bool(P(pat, ic).match(text)) == \
            bool(re.compile(pat, re.I if ic else 0).match(text)), (pat, text, ic)


def test_warn_explicit_filters():
    w = load("warnings")
    with w.catch_warnings(module=w, record=True) as log:
        w.simplefilter("always")
        w.filterwarnings("ignore", message="skip")
        w.filterwarnings("error", category=RuntimeWarning)
        w.warn_explicit("kept", UserWarning, "f.py", 3)
        w.warn_explicit("SKIP me", UserWarning, "f.py", 4)
        with pytest.raises(RuntimeWarning):
            w.warn_explicit("boom", RuntimeWarning, "f.py", 5)
    assert [(str(m.message), m.lineno) for m in log] == [("kept", 3)]
    with w.catch_warnings(module=w, record=True) as log:
        registry = {}
        for _ in range(3):
            w.warn_explicit("once here", UserWarning, "f.py", 7, registry=registry)
    assert len(log) == 1
    assert w.formatwarning("m", UserWarning, "nofile.py", 1) == \
        "nofile.py:1: UserWarning: m\n"
