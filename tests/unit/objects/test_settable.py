"""objects/settable.py, untranslated: the table's own bookkeeping (active, dummy and unused
slots; fill and used; resizes; pop's finger) against a plain model of the same operations.
Whether the resulting order is CPython's is for the corpus (coll_set_order.py), which
compares with CPython itself."""
import random

from minipy.objects.intobject import wrap_int
from minipy.objects.strobject import wrap_str
from minipy.objects.settable import SetTable, size_for, MINSIZE, EMPTY_IKEY
from minipy.builtins import hashing


def key(x):
    if isinstance(x, str):
        return wrap_str(x)
    return wrap_int(x)


def h(w):
    if hasattr(w, 'utf8'):
        return hashing.str_hash(w)
    return hashing.int_hash(w.intval)


def value(w):
    if hasattr(w, 'utf8'):
        return w.utf8
    return w.intval


def slot_states(t):
    """'a' active, 'd' dummy, 'u' unused, for each slot."""
    res = []
    for j in range(t.size()):
        if t.is_active(j):
            res.append('a')
        elif t.hashes[j] == -1:
            res.append('d')
        else:
            assert t.hashes[j] == 0
            res.append('u')
    return ''.join(res)


def check_invariants(t, model):
    states = slot_states(t)
    active = [j for j in range(t.size()) if states[j] == 'a']
    dummies = [j for j in range(t.size()) if states[j] == 'd']
    unused = [j for j in range(t.size()) if states[j] == 'u']
    assert len(active) + len(dummies) + len(unused) == t.size() == t.mask + 1
    if t.ints():
        assert t.keys_w is None and len(t.ikeys) == t.size()
        for j in unused:
            assert t.ikeys[j] == EMPTY_IKEY
    else:
        assert t.ikeys is None and len(t.keys_w) == t.size()
        for j in unused + dummies:
            assert t.keys_w[j] is None
    assert t.used == len(active) == len(model)
    assert t.fill == len(active) + len(dummies)
    assert sorted(value(w) for w in t.live_keys()) == sorted(model)
    assert [h(w) for w in t.live_keys()] == t.live_hashes()
    # never full: an unused slot always ends a search
    assert t.fill * 5 < t.mask * 3 or t.mask + 1 == MINSIZE and t.fill < t.mask + 1
    for x in model:
        w = key(x)
        assert t.find(w, h(w)) >= 0
    for j in active:
        assert t.hashes[j] == h(t.key_at(j))


def test_size_for():
    assert size_for(0) == MINSIZE
    assert size_for(7) == 8
    assert size_for(8) == 16
    assert size_for(20) == 32


def test_random_adds_and_discards_keep_the_counts():
    rng = random.Random(3)
    for trial in range(30):
        t = SetTable()
        model = set()
        pool = [rng.randrange(-50, 50) * rng.choice([1, 8, 2 ** 20]) for _ in range(40)]
        pool += ['s%d' % i for i in range(10)]
        for step in range(300):
            x = rng.choice(pool)
            w = key(x)
            if rng.random() < 0.6:
                added = t.add(w, h(w))
                assert added == (x not in model)
                model.add(x)
            else:
                found = t.discard(w, h(w))
                assert found == (x in model)
                model.discard(x)
            check_invariants(t, model)
        for x in set(pool) - model:
            w = key(x)
            assert t.find(w, h(w)) == -1


def test_a_deletion_leaves_a_dummy_that_an_insertion_reuses():
    t = SetTable()
    a, b = key(1), key(9)            # same first slot in 8; too small a table for
    t.add(a, h(a))                   # linear probing: 9 goes to (1 * 5 + 1) & 7
    t.add(b, h(b))
    assert value(t.key_at(1)) == 1 and value(t.key_at(6)) == 9
    t.discard(a, h(a))
    assert t.key_at(1) is None and t.hashes[1] == -1
    assert (t.fill, t.used) == (2, 1)
    assert t.find(b, h(b)) == 6      # found past the dummy
    c = key(17)
    t.add(c, h(c))
    assert value(t.key_at(1)) == 17  # the dummy reused; fill unchanged
    assert (t.fill, t.used) == (2, 2)


def test_growth_happens_when_three_fifths_are_filled():
    t = SetTable()
    for i in range(4):
        t.add(key(i), i)
    assert t.mask == 7
    t.add(key(4), 4)                 # fill 5: 5 * 5 >= 7 * 3
    assert t.mask == 31              # size_for(used * 4 = 20)
    assert [value(w) for w in t.live_keys()] == [0, 1, 2, 3, 4]


def test_pop_follows_the_finger_and_wraps():
    t = SetTable()
    for x in [1, 5, 6]:
        t.add(key(x), x)
    j = t.pop_slot()
    assert j == 1 and t.finger == 2
    t.remove_at(j)
    j = t.pop_slot()
    assert j == 5
    t.remove_at(j)
    t.finger = 7
    j = t.pop_slot()                 # from 7, wraps to the start, finds 6
    assert j == 6


def test_merge_into_an_empty_table_of_the_same_size_copies_slots():
    src = SetTable()
    for x in [3, 11, 2]:
        src.add(key(x), x)
    dst = SetTable()
    dst.merge(src)
    assert dst.ikeys == src.ikeys and dst.hashes == src.hashes
    assert (dst.fill, dst.used) == (3, 3)


def test_copy_exact_keeps_dummies():
    t = SetTable()
    for x in [1, 9]:
        t.add(key(x), x)
    t.discard(t.key_at(1), 1)
    c = t.copy_exact()
    assert c.hashes == t.hashes and c.ikeys == t.ikeys and c.keys_w is None
    assert (c.fill, c.used, c.mask) == (t.fill, t.used, t.mask)
    assert c.ikeys is not t.ikeys
    t.to_objects()
    c = t.copy_exact()
    assert c.hashes == t.hashes and c.keys_w == t.keys_w and c.ikeys is None
    assert c.keys_w is not t.keys_w
