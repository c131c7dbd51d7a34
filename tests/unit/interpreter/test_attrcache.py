"""The interpreter's attribute caches (minipy/interpreter/attrcache.py), untranslated:
cacheable accesses skip the generic path (ops.getattr_w / setattr_w), a site keeps one
entry per map it sees, and every change that could alter the answer (class dicts, the
instance's layout, its class) is seen."""
from minipy.objects.typeobject import W_TypeObject, w_object
from minipy.objects.maps import W_Instance
from minipy.objects.intobject import wrap_int
from minipy.objects.strobject import wrap_str
from minipy.objects.functionobject import W_Method, W_BuiltinFunction
from minipy.objects.descriptors import W_Property
from minipy.objects.listobject import W_ListObject
from minipy.objects.root import OperationError
from minipy.objects.exceptions import w_AttributeError
from minipy.interpreter import attrcache, ops
import runner   # noqa: F401 -- imports the whole interpreter (the methods of list, str)


class FakeCode(object):
    def __init__(self):
        self.attr_caches = [None] * 4


class FakeFrame(object):
    def __init__(self):
        self.w_code = FakeCode()
        self.stack = []

    def push(self, w):
        self.stack.append(w)


class GenericCalls(object):
    """Counts the calls of the generic getattr/setattr (monkeypatched into ops)."""
    def __init__(self, monkeypatch):
        self.gets = 0
        self.sets = 0
        real_get, real_set = ops.getattr_w, ops.setattr_w

        def getattr_w(w_obj, name):
            self.gets += 1
            return real_get(w_obj, name)

        def setattr_w(w_obj, name, w_value):
            self.sets += 1
            real_set(w_obj, name, w_value)
        monkeypatch.setattr(ops, 'getattr_w', getattr_w)
        monkeypatch.setattr(ops, 'setattr_w', setattr_w)


def raises_attribute_error(fn, *args):
    try:
        fn(*args)
    except OperationError as e:
        assert e.w_value.getclass() is w_AttributeError
    else:
        assert False, 'no AttributeError'


def new_class(name='C', bases=None):
    return W_TypeObject(name, bases or [w_object], False)


def int_of(w):
    return w.intval


def instance_with_x(w_c, value):
    w = W_Instance(w_c)
    w.setdictvalue('x', wrap_int(value))
    return w


def test_slot_reads_skip_the_generic_path_and_see_new_values(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_c = new_class()
    w_a = instance_with_x(w_c, 1)
    assert int_of(attrcache.load_attr(code, 0, w_a, 'x')) == 1
    assert code.attr_caches[0].kind == attrcache.SLOT
    w_a.setdictvalue('x', wrap_int(2))
    w_b = instance_with_x(w_c, 3)
    assert int_of(attrcache.load_attr(code, 0, w_a, 'x')) == 2
    assert int_of(attrcache.load_attr(code, 0, w_b, 'x')) == 3
    assert calls.gets == 0
    assert code.attr_caches[0].next is None     # one map: one entry


def chain(code, index):
    res = []
    e = code.attr_caches[index]
    while e is not None:
        res.append(e)
        e = e.next
    return res


def test_a_site_keeps_an_entry_per_layout_up_to_the_limit(monkeypatch):
    GenericCalls(monkeypatch)
    code = FakeCode()
    w_c = new_class()
    objs = []
    for k in range(attrcache.MAX_CHAIN + 1):
        w = W_Instance(w_c)
        for j in range(k):                      # k other attributes before x
            w.setdictvalue('a%d' % j, wrap_int(j))
        w.setdictvalue('x', wrap_int(100 + k))
        objs.append(w)
    for w in objs[:attrcache.MAX_CHAIN]:
        attrcache.load_attr(code, 0, w, 'x')
    entries = chain(code, 0)
    assert len(entries) == attrcache.MAX_CHAIN
    assert sorted(e.index for e in entries) == list(range(attrcache.MAX_CHAIN))
    for w in objs[:attrcache.MAX_CHAIN]:           # all hits: the chain stays as it is
        attrcache.load_attr(code, 0, w, 'x')
    assert chain(code, 0) == entries
    assert [int_of(attrcache.load_attr(code, 0, w, 'x')) for w in objs] == [
        100 + k for k in range(attrcache.MAX_CHAIN + 1)]
    assert len(chain(code, 0)) == 1             # full: the new layout started a new chain


def test_property_added_to_the_class_overrides_a_cached_slot(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_c = new_class()
    w_a = instance_with_x(w_c, 1)
    attrcache.load_attr(code, 0, w_a, 'x')
    fget = W_BuiltinFunction('fget', lambda args: wrap_str('prop'))
    w_c.setdictvalue('x', W_Property(fget, None, None, None))
    assert attrcache.load_attr(code, 0, w_a, 'x').utf8 == 'prop'
    assert code.attr_caches[0].kind == attrcache.GENERIC and calls.gets == 1
    assert code.attr_caches[0].next is None     # the old epoch's entry is gone


def test_class_value_follows_base_class_changes(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_base = new_class('B')
    w_sub = new_class('S', [w_base])
    w_base.setdictvalue('tag', wrap_int(1))
    w_a = W_Instance(w_sub)
    assert int_of(attrcache.load_attr(code, 0, w_a, 'tag')) == 1
    assert int_of(attrcache.load_attr(code, 0, w_a, 'tag')) == 1
    assert code.attr_caches[0].kind == attrcache.VALUE
    w_base.setdictvalue('tag', wrap_int(2))
    assert int_of(attrcache.load_attr(code, 0, w_a, 'tag')) == 2
    assert calls.gets == 0


def test_missing_attribute_takes_the_generic_path(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_a = W_Instance(new_class())
    for i in range(2):
        raises_attribute_error(attrcache.load_attr, code, 0, w_a, 'nothing')
    assert calls.gets == 2 and code.attr_caches[0].kind == attrcache.GENERIC


def test_method_binds_and_instance_attribute_shadows_it(monkeypatch):
    calls = GenericCalls(monkeypatch)
    frame = FakeFrame()
    code = frame.w_code
    w_c = new_class()
    w_f = W_BuiltinFunction('m', lambda args: args.args_w[0], binds=True)
    w_c.setdictvalue('m', w_f)
    w_a = W_Instance(w_c)
    w_m = attrcache.load_attr(code, 0, w_a, 'm')
    assert isinstance(w_m, W_Method) and w_m.w_func is w_f and w_m.w_self is w_a
    assert code.attr_caches[0].kind == attrcache.METHOD
    assert attrcache.load_method(frame, 1, w_a, 'm')
    assert frame.stack == [w_f, w_a]
    w_a.setdictvalue('m', wrap_int(7))      # the instance's map changes
    assert attrcache.load_method(frame, 1, w_a, 'm')
    assert frame.stack[2] is None and int_of(frame.stack[3]) == 7
    assert int_of(attrcache.load_attr(code, 0, w_a, 'm')) == 7
    assert calls.gets == 0


def test_method_of_a_builtin_type_is_keyed_on_the_type():
    frame = FakeFrame()
    w_list = W_ListObject([])
    assert attrcache.load_method(frame, 0, w_list, 'append')
    w_func, w_self = frame.stack
    assert isinstance(w_func, W_BuiltinFunction) and w_self is w_list
    assert frame.w_code.attr_caches[0].w_type is w_list.getclass()
    assert not attrcache.load_method(frame, 0, wrap_str('s'), 'append')   # str has none
    assert [e.kind for e in chain(frame.w_code, 0)] == [attrcache.GENERIC, attrcache.METHOD]


def test_class_reassignment_misses(monkeypatch):
    GenericCalls(monkeypatch)
    code = FakeCode()
    w_a_cls = new_class('A')
    w_b_cls = new_class('B')
    w_a_cls.setdictvalue('v', wrap_int(1))
    w_b_cls.setdictvalue('v', wrap_int(2))
    w_obj = W_Instance(w_a_cls)
    assert int_of(attrcache.load_attr(code, 0, w_obj, 'v')) == 1
    w_obj.set_class(w_b_cls)
    assert int_of(attrcache.load_attr(code, 0, w_obj, 'v')) == 2


def test_stores_overwrite_and_add_through_the_cache(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_c = new_class()
    objs = [W_Instance(w_c) for i in range(3)]
    for i in range(3):
        attrcache.store_attr(code, 0, objs[i], 'x', wrap_int(i))
    assert code.attr_caches[0].kind == attrcache.STORE_NEW
    for i in range(3):
        attrcache.store_attr(code, 1, objs[i], 'x', wrap_int(10 + i))
    assert code.attr_caches[1].kind == attrcache.STORE_SLOT
    assert calls.sets == 0
    assert [int_of(w.getdictvalue('x')) for w in objs] == [10, 11, 12]
    assert objs[0].get_map() is objs[2].get_map()


def test_store_sees_a_setattr_added_later(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_c = new_class()
    w_obj = W_Instance(w_c)
    attrcache.store_attr(code, 0, w_obj, 'x', wrap_int(1))     # adds x: STORE_NEW
    attrcache.store_attr(code, 0, w_obj, 'x', wrap_int(2))     # other map: STORE_SLOT
    assert calls.sets == 0 and len(chain(code, 0)) == 2
    seen = []

    def hook_call(args):        # (hook, obj, name, value)
        seen.append(args.args_w[2].utf8)
        return args.args_w[3]
    w_hook_cls = new_class('Hook')
    w_hook_cls.setdictvalue('__call__', W_BuiltinFunction('__call__', hook_call))
    w_c.setdictvalue('__setattr__', W_Instance(w_hook_cls))    # a callable, not built-in
    attrcache.store_attr(code, 0, w_obj, 'x', wrap_int(4))
    assert seen == ['x'] and int_of(w_obj.getdictvalue('x')) == 2
    assert calls.sets == 1 and code.attr_caches[0].kind == attrcache.GENERIC


def test_slots_restriction_is_not_bypassed(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_c = new_class('Slotted')
    w_c.allowed_attrs = {'a': True}
    w_obj = W_Instance(w_c)
    attrcache.store_attr(code, 0, w_obj, 'a', wrap_int(1))
    raises_attribute_error(attrcache.store_attr, code, 1, w_obj, 'b', wrap_int(2))
    assert calls.sets == 1 and code.attr_caches[1].kind == attrcache.GENERIC
    assert w_obj.getdictvalue('b') is None


def test_dunder_names_are_not_cached_for_stores(monkeypatch):
    calls = GenericCalls(monkeypatch)
    code = FakeCode()
    w_obj = W_Instance(new_class())
    attrcache.store_attr(code, 0, w_obj, '__weird__', wrap_int(1))
    assert code.attr_caches[0].kind == attrcache.GENERIC and calls.sets == 1
    assert int_of(w_obj.getdictvalue('__weird__')) == 1


def test_module_attributes_hit_and_follow_the_namespace(monkeypatch):
    from minipy.objects.moduleobject import W_Module
    from minipy.objects.dictobject import W_DictObject
    calls = GenericCalls(monkeypatch)
    frame = FakeFrame()
    code = frame.w_code
    w_dict = W_DictObject()
    w_dict.setitem(wrap_str('a'), wrap_int(1))
    w_dict.setitem(wrap_str('pi'), wrap_int(3))
    w_mod = W_Module('m', w_dict)
    assert int_of(attrcache.load_attr(code, 0, w_mod, 'pi')) == 3
    e = code.attr_caches[0]
    assert e.kind == attrcache.MODULE and e.index == 1
    w_dict.setitem(wrap_str('pi'), wrap_int(4))     # same key: a hit sees the new value
    assert int_of(attrcache.load_attr(code, 0, w_mod, 'pi')) == 4
    assert code.attr_caches[0] is e and calls.gets == 0
    assert attrcache.load_method(frame, 0, w_mod, 'pi')
    assert frame.stack[0] is None and int_of(frame.stack[1]) == 4
    w_dict.delitem(wrap_str('a'))                   # the layout changes: a miss
    assert int_of(attrcache.load_attr(code, 0, w_mod, 'pi')) == 4
    w_dict.delitem(wrap_str('pi'))
    raises_attribute_error(attrcache.load_attr, code, 0, w_mod, 'pi')
    assert calls.gets == 1


class ChainCalls(object):
    """Counts the calls of the *_chain functions (the path after the inline walk)."""
    def __init__(self, monkeypatch):
        self.calls = 0
        for name in ('load_attr_chain', 'load_method_chain', 'store_attr_chain'):
            real = getattr(attrcache, name)
            monkeypatch.setattr(attrcache, name, self._counting(real))

    def _counting(self, real):
        def fn(*args):
            self.calls += 1
            return real(*args)
        return fn


def test_hits_of_every_entry_of_a_chain_take_no_call(monkeypatch):
    # two layouts at each site: the second entry of a chain is found by the inline walk
    chains = ChainCalls(monkeypatch)
    frame = FakeFrame()
    code = frame.w_code
    w_c = new_class()
    w_c.setdictvalue('m', W_BuiltinFunction('m', lambda args: args.args_w[0], binds=True))
    w_a = instance_with_x(w_c, 1)
    w_b = W_Instance(w_c)
    w_b.setdictvalue('y', wrap_int(0))
    w_b.setdictvalue('x', wrap_int(2))
    w_list = W_ListObject([])
    for w in (w_a, w_b):                        # the misses that fill the chains
        attrcache.load_attr(code, 0, w, 'x')
        attrcache.store_attr(code, 1, w, 'x', wrap_int(5))
        attrcache.load_method(frame, 2, w, 'm')
    attrcache.load_method(frame, 2, w_list, 'append')
    assert chains.calls == 7
    assert [len(chain(code, i)) for i in range(3)] == [2, 2, 3]
    stored = {w_a: 5, w_b: 5}
    for k, w in enumerate((w_a, w_b, w_a)):
        assert int_of(attrcache.load_attr(code, 0, w, 'x')) == stored[w]
        attrcache.store_attr(code, 1, w, 'x', wrap_int(10 + k))
        stored[w] = 10 + k
        assert int_of(attrcache.load_attr(code, 0, w, 'x')) == 10 + k
        assert attrcache.load_method(frame, 2, w, 'm')
        assert frame.stack[-2:] == [w_c.lookup('m'), w]
    assert attrcache.load_method(frame, 2, w_list, 'append')
    assert frame.stack[-1] is w_list
    assert chains.calls == 7
    w_c2 = new_class('D')                        # a layout of another class: a miss
    assert int_of(attrcache.load_attr(code, 0, instance_with_x(w_c2, 9), 'x')) == 9
    assert chains.calls == 8
