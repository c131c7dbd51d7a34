"""LOAD_GLOBAL's inline cache (minipy/interpreter/globalcache.py), untranslated: repeated
lookups hit, and assignments, new globals that shadow builtins and deletions are seen."""
from minipy.objects.dictobject import W_DictObject
from minipy.objects.intobject import wrap_int
from minipy.objects.strobject import wrap_str
from minipy.interpreter import globalcache


class FakeCode(object):
    def __init__(self):
        self.global_caches = [None] * 2


def namespace(**values):
    w_d = W_DictObject()
    for k, v in sorted(values.items()):
        w_d.setitem(wrap_str(k), wrap_int(v))
    return w_d


def load(code, w_g, w_b, name, i=0):
    w = globalcache.load_global(code, i, w_g, w_b, name)
    return None if w is None else w.intval


def test_hits_see_assignments():
    code = FakeCode()
    w_g = namespace(a=1, x=2)
    w_b = namespace(len=9)
    assert load(code, w_g, w_b, 'x') == 2
    e = code.global_caches[0]
    assert e.builtins_table is None and e.index == 1
    w_g.setitem(wrap_str('x'), wrap_int(3))
    assert load(code, w_g, w_b, 'x') == 3
    assert code.global_caches[0] is e          # a hit: the same entry


def test_a_global_that_shadows_a_builtin_is_seen_and_its_deletion_too():
    code = FakeCode()
    w_g = namespace(a=1)
    w_b = namespace(len=9)
    assert load(code, w_g, w_b, 'len') == 9
    assert code.global_caches[0].builtins_table is not None
    w_g.setitem(wrap_str('len'), wrap_int(5))
    assert load(code, w_g, w_b, 'len') == 5
    w_g.delitem(wrap_str('len'))
    assert load(code, w_g, w_b, 'len') == 9
    w_b.delitem(wrap_str('len'))
    assert load(code, w_g, w_b, 'len') is None


def test_other_globals_miss():
    code = FakeCode()
    w_b = namespace()
    assert load(code, namespace(x=1), w_b, 'x') == 1
    assert load(code, namespace(a=0, x=2), w_b, 'x') == 2
    assert code.global_caches[0].index == 1
