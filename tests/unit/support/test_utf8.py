"""utf8 helpers (expected values from Python 2.7's own UTF-8 codec, which
agrees with CPython 3 for these well-formed texts)."""

from minipy.support import utf8

TEXTS = ['', 'abc', 'h\xc3\xa9llo', '\xe2\x82\xac' * 40 + 'x',
         'a\xf0\x9f\x98\x80b' * 20, '\xed\xa0\x80']


def _cps(s):
    if s == '\xed\xa0\x80':
        return [0xd800]
    return [ord(c) for c in s.decode('utf-8')]


def test_counts_and_decode():
    for s in TEXTS:
        cps = _cps(s)
        assert utf8.codepoint_count(s) == len(cps)
        assert utf8.codepoints(s) == cps
        assert utf8.from_codepoints(cps) == s
        assert utf8.is_ascii(s) == all(c < 128 for c in cps)
        assert ''.join([utf8.encode_cp(c) for c in cps]) == s


def test_offsets():
    for s in TEXTS:
        cps = _cps(s)
        n = len(cps)
        table = utf8.build_index(s)
        pos = 0
        for i in range(n + 1):
            assert utf8.byte_offset(s, n, i) == pos
            assert utf8.byte_offset_indexed(s, table, i) == pos
            assert utf8.cp_index(s, n, pos) == i
            if i < n:
                assert utf8.decode_at(s, pos) == cps[i]
                nxt = utf8.next_pos(s, pos)
                assert utf8.prev_pos(s, nxt) == pos
                pos = nxt
        for a in range(0, n + 1, 7):
            for b in range(a, n + 1, 5):
                assert utf8.slice_cp(s, n, a, b) == utf8.from_codepoints(
                    cps[a:b])
