"""difflib: our minipy/lib version against CPython's module on random sequences (small
alphabets, so that there is much to match; long ones for the popular-element
heuristic; junk functions), random line files for ndiff, unified_diff and
context_diff, and get_close_matches over random word lists."""
import difflib as cpy_difflib
import random

import pytest

from libload import load, outcome


@pytest.fixture(scope="module")
def ours():
    return load("difflib", {})


def _seq(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _matchers(ours, isjunk, a, b, autojunk=True):
    return (ours.SequenceMatcher(isjunk, a, b, autojunk),
            cpy_difflib.SequenceMatcher(isjunk, a, b, autojunk))


def test_sequence_matcher_random(ours):
    rng = random.Random(11)
    junks = [None, lambda c: c == " ", lambda c: c in "ab"]
    for _ in range(1500):
        alphabet = rng.choice(["ab", "abc", "abcd ", "abcdefghij"])
        n = rng.choice([0, 1, 5, 20, 60, 250])
        a = _seq(rng, alphabet, rng.randint(0, n))
        b = _seq(rng, alphabet, rng.randint(0, n))
        if rng.random() < 0.3:
            a = list(a)
            b = list(b)
        x, y = _matchers(ours, rng.choice(junks), a, b, rng.random() < 0.8)
        assert [tuple(m) for m in x.get_matching_blocks()] == \
            [tuple(m) for m in y.get_matching_blocks()]
        assert x.get_opcodes() == y.get_opcodes()
        for n_ctx in [0, 1, 3]:
            assert list(x.get_grouped_opcodes(n_ctx)) == list(y.get_grouped_opcodes(n_ctx))
        assert (x.ratio(), x.quick_ratio(), x.real_quick_ratio()) == \
            (y.ratio(), y.quick_ratio(), y.real_quick_ratio())
        assert x.bjunk == y.bjunk and x.bpopular == y.bpopular and x.b2j == y.b2j
        if a and b:
            lo, hi = sorted([rng.randint(0, len(a)), rng.randint(0, len(a))])
            blo, bhi = sorted([rng.randint(0, len(b)), rng.randint(0, len(b))])
            assert tuple(x.find_longest_match(lo, hi, blo, bhi)) == \
                tuple(y.find_longest_match(lo, hi, blo, bhi))
        assert tuple(x.find_longest_match()) == tuple(y.find_longest_match())


def _lines(rng, n):
    words = ["alpha", "beta", "gamma", "delta", "  indented", "#", "", "x = 1", "x = 2",
             "print(x)", "return None", "\tTAB", "def f(a, b):", "def f(a, c):"]
    return [rng.choice(words) + rng.choice(["", "\n", "\n", " \n"]) for _ in range(n)]


def _mutate(rng, lines):
    out = list(lines)
    for _ in range(rng.randint(0, 6)):
        op = rng.choice(["del", "ins", "edit", "swap"])
        if op == "del" and out:
            del out[rng.randrange(len(out))]
        elif op == "ins":
            out.insert(rng.randint(0, len(out)), rng.choice(_lines(rng, 3)))
        elif op == "edit" and out:
            i = rng.randrange(len(out))
            s = list(out[i])
            if s:
                s[rng.randrange(len(s))] = rng.choice("xyz ")
            out[i] = "".join(s)
        elif op == "swap" and len(out) > 1:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def test_diffs_random(ours):
    rng = random.Random(5)
    for _ in range(600):
        a = _lines(rng, rng.randint(0, 25))
        b = _mutate(rng, a) if rng.random() < 0.8 else _lines(rng, rng.randint(0, 25))
        n = rng.choice([0, 1, 2, 3, 5])
        kw = rng.choice([{}, {"fromfile": "old.py", "tofile": "new.py"},
                         {"fromfile": "a", "tofile": "b", "fromfiledate": "2024-01-01",
                          "tofiledate": "2024-01-02", "lineterm": ""}])
        assert list(ours.unified_diff(a, b, n=n, **kw)) == \
            list(cpy_difflib.unified_diff(a, b, n=n, **kw))
        assert list(ours.context_diff(a, b, n=n, **kw)) == \
            list(cpy_difflib.context_diff(a, b, n=n, **kw))
        linejunk = rng.choice([None, ours.IS_LINE_JUNK])
        cpy_linejunk = None if linejunk is None else cpy_difflib.IS_LINE_JUNK
        delta = list(ours.ndiff(a, b, linejunk))
        assert delta == list(cpy_difflib.ndiff(a, b, cpy_linejunk))
        assert list(ours.restore(delta, 1)) == a and list(ours.restore(delta, 2)) == b
        assert list(ours.Differ().compare(a, b)) == list(cpy_difflib.Differ().compare(a, b))


def test_close_matches_random(ours):
    rng = random.Random(2)
    for _ in range(300):
        words = [_seq(rng, "abcdeilnorst", rng.randint(1, 9)) for _ in range(40)]
        word = _seq(rng, "abcdeilnorst", rng.randint(1, 8))
        n = rng.choice([1, 3, 10])
        cutoff = rng.choice([0.0, 0.3, 0.6, 0.8, 1.0])
        assert ours.get_close_matches(word, words, n, cutoff) == \
            cpy_difflib.get_close_matches(word, words, n, cutoff)


def test_errors_and_junk(ours):
    for args in [("w", ["x"], 0), ("w", ["x"], 3, 1.5), ("w", ["x"], -1, 0.5)]:
        assert outcome(ours.get_close_matches, *args) == \
            outcome(cpy_difflib.get_close_matches, *args)
    for a, b, kw in [([1], ["x"], {}), (["x"], [b"y"], {}), (["x"], ["y"], {"fromfile": 3})]:
        assert outcome(lambda: list(ours.unified_diff(a, b, **kw))) == \
            outcome(lambda: list(cpy_difflib.unified_diff(a, b, **kw)))
        assert outcome(lambda: list(ours.context_diff(a, b, **kw))) == \
            outcome(lambda: list(cpy_difflib.context_diff(a, b, **kw)))
    assert outcome(lambda: list(ours.restore([], 3))) == \
        outcome(lambda: list(cpy_difflib.restore([], 3)))
    for line in ["", "  \n", "#\n", "  #  \n", "x\n", "##\n"]:
        assert ours.IS_LINE_JUNK(line) == cpy_difflib.IS_LINE_JUNK(line)
    for ch in " \tx\n":
        assert ours.IS_CHARACTER_JUNK(ch) == cpy_difflib.IS_CHARACTER_JUNK(ch)
