"""objects/listobject.py, untranslated: a list whose front was popped (a start offset into
its storage) against a plain Python list, through every accessor, on random operations."""
import random

from minipy.objects import listobject
from minipy.objects.listobject import W_ListObject


def _live(w_l):
    return w_l.getitems_copy()


def test_random_operations_agree_with_a_plain_list():
    rng = random.Random(7)
    for trial in range(60):
        n = rng.choice([0, 5, 15, 16, 17, 40, 100])
        model = list(range(n))
        w_l = W_ListObject(list(model))
        counter = [1000]

        def fresh():
            counter[0] += 1
            return counter[0]
        for step in range(200):
            r = rng.random()
            length = len(model)
            assert w_l.length() == length
            if r < 0.3 and length:
                assert w_l.pop(0) == model.pop(0)
            elif r < 0.4 and length:
                assert w_l.pop(length - 1) == model.pop()
            elif r < 0.45 and length:
                i = rng.randrange(length)
                assert w_l.pop(i) == model.pop(i)
            elif r < 0.6:
                v = fresh()
                w_l.append(v)
                model.append(v)
            elif r < 0.65:
                i = rng.randint(0, length)
                v = fresh()
                w_l.insert(i, v)
                model.insert(i, v)
            elif r < 0.75 and length:
                i = rng.randrange(length)
                v = fresh()
                w_l.setitem(i, v)
                model[i] = v
            elif r < 0.8:
                a = rng.randint(0, length)
                b = rng.randint(a, length)
                new = [fresh() for _ in range(rng.choice([b - a, 0, 3]))]
                w_l.setslice(a, b, new)
                model[a:b] = new
            elif r < 0.85 and length > 2:
                new = [fresh() for _ in range(len(model[1::2]))]
                w_l.setslice_step(1, 2, new)
                model[1::2] = new
            elif r < 0.9:
                assert w_l.read_storage() == model
            elif r < 0.93:
                items = [fresh() for _ in range(rng.randint(0, 30))]
                w_l.setitems(list(items))
                model = items
            for i in range(len(model)):
                assert w_l.getitem(i) == model[i]
            assert _live(w_l) == model


def test_a_long_queue_moves_a_start_and_cuts_its_prefix():
    w_l = W_ListObject(list(range(100)))
    assert w_l.pop(0) == 0
    assert listobject.offsets.used
    assert w_l.start == 1 and len(w_l.items_w) == 100      # nothing moved
    for k in range(1, 60):
        assert w_l.pop(0) == k
    assert w_l.start < 50                                  # cut off past half
    assert w_l.getitems_copy() == list(range(60, 100))


def test_a_short_list_pops_its_front_by_moving_items():
    w_l = W_ListObject(list(range(10)))
    assert w_l.pop(0) == 0
    assert w_l.start == 0 and w_l.items_w == list(range(1, 10))
