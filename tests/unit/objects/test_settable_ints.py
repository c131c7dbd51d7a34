"""objects/settable.py, untranslated: the ints storage (keys as machine ints while every
key is an exact int) against the objects storage: the same slots for the same operations,
the move to objects on the first key of another type, and the keys of other types that
equal an int (True == 1, 1.0 == 1) or share its hash (big ints, -1 and -2)."""
import random

from rpython.rlib.rbigint import rbigint
from minipy.objects.intobject import (wrap_int, W_IntObject, W_LongObject, w_True,
                                      w_False, int_hash)
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.strobject import wrap_str
from minipy.objects.settable import SetTable, EMPTY_IKEY
from minipy.builtins import hashing

from test_settable import slot_states, check_invariants

M = (1 << 61) - 1
BIG = 2 ** 62 + 12345          # a machine int above the hash modulus


def H(w):
    return hashing.builtin_hash(w)


def values(t):
    return [w.intval for w in t.live_keys()]


def objects_table():
    t = SetTable()
    t.to_objects()
    assert not t.ints()
    return t


def same_layout(a, b):
    """Tables a (ints) and b (objects) hold the same keys in the same slots."""
    assert a.ints() and not b.ints()
    assert slot_states(a) == slot_states(b)
    assert a.hashes == b.hashes
    assert (a.mask, a.fill, a.used, a.finger) == (b.mask, b.fill, b.used, b.finger)
    assert values(a) == values(b)


def test_a_new_table_stores_ints_and_its_unused_slots_are_marked():
    t = SetTable()
    assert t.ints() and t.ikeys == [EMPTY_IKEY] * 8 and t.hashes == [0] * 8
    assert t.find(wrap_int(1), 1) == -1          # the unused marker's key is not found
    assert t.find_int(1) == -1
    assert t.find_int(0) == -1


def test_the_same_operations_give_the_same_slots_in_both_storages():
    rng = random.Random(11)
    specials = [0, 1, -1, -2, M, -M, 2 * M, BIG, -BIG, 2 ** 63 - 1, -2 ** 63,
                EMPTY_IKEY, 8, 16, 64]
    for trial in range(40):
        a = SetTable()
        b = objects_table()
        model = set()
        pool = specials + [rng.randrange(-40, 40) * rng.choice([1, 8, 32, 2 ** 20])
                           for _ in range(30)]
        for step in range(400):
            x = rng.choice(pool)
            r = rng.random()
            if r < 0.55:
                if rng.random() < 0.5:
                    added = a.add_int(x)
                else:
                    added = a.add(wrap_int(x), int_hash(x))
                assert b.add(wrap_int(x), int_hash(x)) == added == (x not in model)
                model.add(x)
            elif r < 0.95:
                if rng.random() < 0.5:
                    found = a.discard_int(x)
                else:
                    found = a.discard(wrap_int(x), int_hash(x))
                assert b.discard(wrap_int(x), int_hash(x)) == found == (x in model)
                model.discard(x)
            elif model:
                ja = a.pop_slot()
                jb = b.pop_slot()
                assert ja == jb
                model.discard(a.key_at(ja).intval)
                a.remove_at(ja)
                b.remove_at(jb)
            same_layout(a, b)
            check_invariants(a, model)
        for x in pool:
            assert (a.find_int(x) >= 0) == (x in model)
            assert a.find_int(x) == b.find(wrap_int(x), int_hash(x))


def test_resizes_and_merges_keep_the_layout():
    rng = random.Random(5)
    for trial in range(20):
        xs = [rng.randrange(-300, 300) for _ in range(rng.randrange(1, 60))]
        a = SetTable()
        b = objects_table()
        for x in xs:
            a.add_int(x)
            b.add(wrap_int(x), int_hash(x))
        for x in xs[::3]:
            a.discard_int(x)
            b.discard(wrap_int(x), int_hash(x))
        same_layout(a, b)
        ca, cb = SetTable(), objects_table()
        ca.merge(a)
        cb.merge(b)
        assert ca.ints() and not cb.ints()
        assert slot_states(ca) == slot_states(cb) and values(ca) == values(cb)
        ca.add_int(1000)
        cb.add(wrap_int(1000), 1000)
        ca.merge(a)
        cb.merge(b)
        assert slot_states(ca) == slot_states(cb) and values(ca) == values(cb)
        a.resize(a.grown_size())
        b.resize(b.grown_size())
        same_layout(a, b)


def test_a_str_key_moves_the_table_to_objects_in_place():
    t = SetTable()
    for x in [64, 0, 8, 16, 1, 9, -1, -2]:
        t.add_int(x)
    t.discard_int(8)
    before_states = slot_states(t)
    before = values(t)
    w_s = wrap_str('x')
    assert t.find(w_s, H(w_s)) == -1 and t.ints()    # a lookup changes nothing
    t.add(w_s, H(w_s))
    assert not t.ints() and t.ikeys is None
    keys = t.live_keys()
    assert [w.intval for w in keys if isinstance(w, W_IntObject)] == before
    states = slot_states(t)
    # the ints kept their slots (the dummy of 8 may have taken the str)
    for j in range(t.size()):
        if before_states[j] == 'a':
            assert states[j] == 'a'
    assert t.find(wrap_int(9), 9) >= 0 and t.find(w_s, H(w_s)) >= 0
    t.clear()
    assert t.ints() and t.used == 0


def test_a_merge_of_an_objects_table_into_an_empty_ints_table():
    src = objects_table()
    w_s = wrap_str('k')
    for w in [wrap_int(3), w_s, wrap_int(11)]:
        src.add(w, H(w))
    dst = SetTable()
    dst.merge(src)
    assert not dst.ints() and dst.keys_w == src.keys_w and dst.hashes == src.hashes


def test_true_equals_one_and_stays_a_bool_only_when_added_first():
    t = SetTable()
    t.add_int(1)
    assert t.find(w_True, 1) >= 0 and t.find(w_False, 0) == -1
    assert not t.add(w_True, 1)                  # 1 is there: nothing added
    assert [type(w) for w in t.live_keys()] == [W_IntObject]
    t2 = SetTable()
    t2.add(w_True, 1)                            # a bool is not stored as an int
    assert not t2.ints() and t2.live_keys() == [w_True]
    assert not t2.add(wrap_int(1), 1)
    assert t2.discard(wrap_int(1), 1) and t2.used == 0


def test_a_float_equal_to_an_int_finds_it_without_a_move():
    t = SetTable()
    for x in [1, 2, 5]:
        t.add_int(x)
    w_f = W_FloatObject(1.0)
    assert t.find(w_f, H(w_f)) == 1 and t.ints()
    w_half = W_FloatObject(2.5)
    assert t.find(w_half, H(w_half)) == -1
    assert t.discard(W_FloatObject(5.0), 5) and t.ints() and values(t) == [1, 2]
    assert not t.add(W_FloatObject(2.0), 2)      # equal to 2: not added
    assert values(t) == [1, 2]


def test_big_ints_beyond_a_machine_int_share_hashes_but_not_equality():
    t = SetTable()
    t.add_int(512)
    w_big = W_LongObject(rbigint.fromlong(2 ** 70))   # 2**70 % (2**61 - 1) == 512
    assert H(w_big) == 512
    assert t.find(w_big, 512) == -1 and t.ints()
    assert t.add(w_big, 512) and not t.ints()
    assert t.find(wrap_int(512), 512) >= 0 and t.find(w_big, 512) >= 0
    assert t.used == 2


def test_minus_one_and_minus_two_share_a_hash():
    t = SetTable()
    assert int_hash(-1) == int_hash(-2) == -2
    t.add_int(-1)
    t.add_int(-2)
    assert t.used == 2 and t.find_int(-1) != t.find_int(-2)
    assert t.discard_int(-1)
    assert t.find_int(-1) == -1 and t.find_int(-2) >= 0


def test_keys_of_hash_zero_are_not_taken_for_unused_slots():
    t = SetTable()
    for x in [0, M, -M, 2 * M]:
        assert int_hash(x) == 0
        t.add_int(x)
    assert sorted(values(t)) == sorted([0, M, -M, 2 * M])
    for x in [0, M, -M, 2 * M]:
        assert t.find_int(x) >= 0
    assert t.discard_int(M) and t.find_int(M) == -1 and t.find_int(2 * M) >= 0


def test_int_hash_is_cpythons_at_the_edges_of_the_modulus():
    # (what python3's hash() gives for these numbers)
    expected = {0: 0, 1: 1, -1: -2, -2: -2, M - 1: M - 1, M: 0, M + 1: 1, -M: 0,
                -M + 1: -M + 1, -M - 1: -2, 2 ** 62: 2, -2 ** 62: -2,
                2 ** 63 - 1: 3, -2 ** 63: -4, 2 * M - 1: M - 1, -2 * M + 1: -M + 1}
    for x, h in expected.items():
        assert int_hash(x) == h, x



def _filter_agrees(t, model):
    """find_int (which the small-int filter answers first) agrees with a plain set
    and with the probe itself, for every key around the filter's range."""
    if t.small_ok:      # exact: a key's bit, and no other bit (else probes are spent)
        assert all(-32 <= k < 32 for k in model)
        assert t.small_bits == sum(1 << (k + 32) for k in model)
        if t.small_slots is not None:   # each key's slot, -1 for the others
            for k in range(-32, 32):
                want = t._probe_int(k, int_hash(k), False) if k in model else -1
                assert t.small_slots[k + 32] == want, k
    for k in range(-70, 70):
        found = t.find_int(k) >= 0
        assert found == (k in model), k
        assert found == (t._probe_int(k, int_hash(k), False) >= 0), k


def test_the_small_int_filter_follows_adds_removes_resizes_and_merges():
    rng = random.Random(5)
    for trial in range(15):
        t = SetTable()
        model = set()
        lo, hi = rng.choice([(-32, 31), (-40, 40), (-5, 70)])
        for step in range(300):
            r = rng.random()
            k = rng.randint(lo, hi)
            if r < 0.45:
                t.add_int(k)
                model.add(k)
            elif r < 0.9:
                assert t.discard_int(k) == (k in model)
                model.discard(k)
            elif r < 0.93 and model:
                j = t.pop_slot()
                model.discard(t.ikeys[j])
                t.remove_at(j)
            elif r < 0.96:
                other = SetTable()
                extra = set(rng.randint(lo, hi) for _ in range(rng.randint(0, 6)))
                for x in extra:
                    other.add_int(x)
                t.merge(other)
                model |= extra
            elif r < 0.98:
                t = t.copy_exact()
            else:
                t.clear()
                model.clear()
            _filter_agrees(t, model)
            assert sorted(values(t)) == sorted(model)


def test_a_key_outside_turns_the_filter_off_until_a_resize_finds_none():
    t = SetTable()
    for k in (3, -7, 31, -32):
        t.add_int(k)
    assert t.small_ok
    t.add_int(32)
    assert not t.small_ok
    assert t.find_int(32) >= 0 and t.find_int(3) >= 0 and t.find_int(4) == -1
    t.discard_int(32)
    t.resize(t.grown_size())
    assert t.small_ok
    _filter_agrees(t, set([3, -7, 31, -32]))
    t.add_int(1)
    t.to_objects()
    assert not t.small_ok
