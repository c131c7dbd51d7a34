"""The object model, directly: maps, the ordered dict table, ints with overflow,
C3 MRO, str wrapping. Expected values are CPython's (checked with python3)."""
import rpython.tool.version as _v
_v.maywarn = lambda *a, **k: None

from minipy.objects.typeobject import W_TypeObject, w_object, MROError
from minipy.objects.maps import W_Instance
from minipy.objects.intobject import W_IntObject, W_LongObject, wrap_int
from minipy.objects.strobject import wrap_str, W_StrObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.listobject import W_ListObject
from minipy.interpreter import ops, arith
import minipy.builtins.functions  # registers the built-in methods


def test_maps_share_transitions():
    w_t = W_TypeObject('P', [w_object], False)
    a = W_Instance(w_t)
    b = W_Instance(w_t)
    a.setdictvalue('x', wrap_int(1))
    a.setdictvalue('y', wrap_int(2))
    b.setdictvalue('x', wrap_int(3))
    b.setdictvalue('y', wrap_int(4))
    assert a.map is b.map
    assert a.getdictvalue('y').intval == 2
    assert b.getslot(0).intval == 3
    assert a.deldictvalue('x')
    assert a.getdictvalue('x') is None
    assert a.getdictvalue('y').intval == 2
    assert a.map is not b.map


def test_c3_mro():
    O = w_object
    A = W_TypeObject('A', [O], False)
    B = W_TypeObject('B', [O], False)
    C = W_TypeObject('C', [A, B], False)
    D = W_TypeObject('D', [B, A], False)
    assert [t.name for t in C.mro_w] == ['C', 'A', 'B', 'object']
    try:
        W_TypeObject('E', [C, D], False)
    except MROError:
        pass
    else:
        assert False, 'inconsistent MRO accepted'


def test_dict_order_and_delete():
    d = W_DictObject()
    for i in range(20):
        d.setitem(wrap_int(i), wrap_int(i * i))
    for i in range(0, 20, 2):
        d.delitem(wrap_int(i))
    d.setitem(wrap_str('k'), wrap_int(-1))
    keys = [ops.repr_utf8(k) for k in d.table.live_keys()]
    assert keys == ['1', '3', '5', '7', '9', '11', '13', '15', '17', '19', "'k'"]
    assert d.getitem(wrap_int(7)).intval == 49
    assert d.getitem(wrap_int(8)) is None
    assert d.length() == 11


def test_int_overflow_to_long_and_back():
    big = arith.int_binop(arith.MUL, 2 ** 62, 4)
    assert isinstance(big, W_LongObject)
    assert ops.repr_utf8(big) == '18446744073709551616'
    back = arith.builtin_binop(arith.FLOORDIV, big, wrap_int(2 ** 10))
    assert isinstance(back, W_IntObject) and back.intval == 2 ** 54


def test_str_length_in_code_points():
    w = wrap_str('h\xc3\xa9llo')
    assert isinstance(w, W_StrObject)
    assert w.length == 5 and not w.is_ascii()
    assert ops.repr_utf8(ops.getitem(w, wrap_int(1))) == "'\xc3\xa9'"


def test_list_accessors():
    w_l = W_ListObject([wrap_int(1)])
    w_l.append(wrap_int(2))
    w_l.setitem(0, wrap_int(5))
    assert [x.intval for x in w_l.getitems_copy()] == [5, 2]
    assert ops.repr_utf8(w_l) == '[5, 2]'


def test_name_lookup_and_table_layout():
    """name_lookup (what LOAD_GLOBAL uses) sees every value change; the layout the JIT
    guards on changes when keys come or go, not when a value is overwritten."""
    from minipy.objects.dictobject import name_lookup
    w_d = W_DictObject()
    x, y = wrap_str('x'), wrap_str('y')
    assert name_lookup(w_d, 'x') is None
    w_d.setitem(x, wrap_int(1))
    t = w_d.table
    layout = t.layout
    w_d.setitem(x, wrap_int(2))
    assert t.layout == layout
    assert name_lookup(w_d, 'x').intval == 2
    w_d.setitem(y, wrap_int(3))
    assert t.layout != layout
    layout = t.layout
    w_d.delitem(x)
    assert t.layout != layout
    assert name_lookup(w_d, 'x') is None
    assert name_lookup(w_d, 'y').intval == 3
    for i in range(20):
        w_d.setitem(wrap_str('k%d' % i), wrap_int(i))
    layout = t.layout
    for i in range(19):
        w_d.delitem(wrap_str('k%d' % i))      # compacts: positions move
    assert w_d.table.layout != layout
    assert name_lookup(w_d, 'k19').intval == 19
    assert name_lookup(w_d, 'y').intval == 3
    # what a JIT trace folds: the str-only scan agrees with the table's index
    from minipy.objects.dictobject import _position
    t = w_d.table
    for name in ['y', 'k19', 'k3', 'x', 'nope']:
        assert _position(t, t.layout, name) == t.lookup(wrap_str(name)) == t.lookup_str(name)


def _random_attribute_walk(seed, steps, delete_share, new_value):
    """Random adds, replacements and deletions of attributes a0..a7 on 200 instances,
    against a dict model: after each step every attribute reads back (by name and by
    slot) what was last written, with its type, and more than four attributes live in
    the overflow object; at the end a class change keeps them all."""
    import random
    from minipy.objects.maps import W_SlotsOverflow
    rnd = random.Random(seed)
    w_t = W_TypeObject('P', [w_object], False)
    for trial in range(200):
        w_i = W_Instance(w_t)
        model = {}
        for step in range(steps):
            name = 'a%d' % rnd.randrange(8)
            if name in model and rnd.random() < delete_share:
                assert w_i.deldictvalue(name)
                del model[name]
            else:
                v, w_v = new_value(rnd)
                w_i.setdictvalue(name, w_v)
                model[name] = v
            assert sorted(w_i.attr_names()) == sorted(model)
            for n, v in model.items():
                w = w_i.getdictvalue(n)
                assert _value(w) == v and type(_value(w)) is type(v)
            for i, n in enumerate(w_i.attr_names()):
                assert _value(w_i.getslot(i)) == model[n]
            assert isinstance(w_i.slot3, W_SlotsOverflow) == (len(model) > 4)
        assert w_i.getdictvalue('zz') is None
        assert not w_i.deldictvalue('zz')
        w_i.set_class(W_TypeObject('Q', [w_object], False))
        for n, v in model.items():
            assert _value(w_i.getdictvalue(n)) == v


def test_instance_slots_inline_and_overflow():
    """Up to four attributes live in the instance; more go to an overflow object in the
    last inline field. Adding, replacing and deleting in any position keeps every value."""
    def new_int(rnd):
        v = rnd.randrange(1000)
        return v, wrap_int(v)
    _random_attribute_walk(7, 12, 0.3, new_int)


def _value(w):
    from minipy.objects.floatobject import W_FloatObject
    if isinstance(w, W_FloatObject):
        return w.floatval
    return w.intval


def test_float_slots_hold_a_cell_updated_in_place():
    """A float attribute's slot holds a private cell that float writes overwrite; reads
    give float objects; an int written there moves the instance to an unmarked map."""
    from minipy.objects.maps import W_FloatCell
    from minipy.objects.floatobject import W_FloatObject, wrap_float
    w_t = W_TypeObject('P', [w_object], False)
    a = W_Instance(w_t)
    a.setdictvalue('n', wrap_int(1))
    a.setdictvalue('x', wrap_float(1.5))
    cell = a.slot1
    assert isinstance(cell, W_FloatCell)
    assert a.map.is_float_slot(1) and not a.map.is_float_slot(0)
    a.setdictvalue('x', wrap_float(2.5))
    assert a.slot1 is cell and cell.floatval == 2.5
    w_x = a.getdictvalue('x')
    assert type(w_x) is W_FloatObject and w_x.floatval == 2.5
    assert a.getslot(1).floatval == 2.5
    a.setdictvalue('x', wrap_float(9.0))
    assert w_x.floatval == 2.5        # a value read out is not the cell
    b = W_Instance(w_t)
    b.setdictvalue('n', wrap_int(2))
    b.setdictvalue('x', wrap_float(0.5))
    assert b.map is a.map
    a.setdictvalue('x', wrap_int(7))
    assert not a.map.is_float_slot(1)
    assert a.getdictvalue('x').intval == 7 and a.getdictvalue('n').intval == 1
    assert b.getdictvalue('x').floatval == 0.5
    c = W_Instance(w_t)               # that attribute is unmarked from now on
    c.setdictvalue('n', wrap_int(3))
    c.setdictvalue('x', wrap_float(4.0))
    assert c.map is a.map and c.getdictvalue('x').floatval == 4.0


def test_float_and_int_slots_mixed_inline_and_overflow():
    """The same walk with float values too (a map marks float slots): every read gives
    the value last written, whatever the map marks."""
    from minipy.objects.floatobject import wrap_float

    def new_float_or_int(rnd):
        if rnd.random() < 0.7:
            v = rnd.randrange(1000) + 0.5
            return v, wrap_float(v)
        v = rnd.randrange(1000)
        return v, wrap_int(v)
    _random_attribute_walk(11, 14, 0.2, new_float_or_int)


def test_floats_are_identical_by_value():
    from minipy.objects.floatobject import wrap_float
    assert ops.is_w(wrap_float(0.5), wrap_float(0.5))
    assert not ops.is_w(wrap_float(0.0), wrap_float(-0.0))
    assert not ops.is_w(wrap_float(1.0), wrap_int(1))
    nan = float('nan')
    assert ops.is_w(wrap_float(nan), wrap_float(nan))


def test_table_index_follows_the_kinds_of_its_keys():
    from minipy.objects import dictobject as dobj
    from minipy.objects.floatobject import wrap_float
    from minipy.objects.intobject import w_True
    s = dobj.OrderedTable()
    assert s.kind == dobj.EMPTY and s.lookup(wrap_str('a')) == -1
    s.set(wrap_str('a'), wrap_int(1))
    s.set(wrap_str('b'), wrap_int(2))
    assert s.kind == dobj.STRS and s.index is None
    assert s.lookup(wrap_int(1)) == -1 and s.lookup(wrap_float(1.0)) == -1
    n = dobj.OrderedTable()
    n.set(wrap_int(1), wrap_str('one'))
    n.set(wrap_int(2), wrap_str('two'))
    assert n.kind == dobj.INTS
    assert n.lookup(w_True) == 0                 # True == 1
    assert n.lookup(wrap_float(2.0)) == 1        # 2.0 == 2, found the long way
    assert n.lookup(wrap_float(2.5)) == -1 and n.lookup(wrap_str('1')) == -1
    n.set(w_True, wrap_str('uno'))               # updates 1's entry, the key stays 1
    assert n.kind == dobj.INTS and n.key_at(0).intval == 1
    assert n.keys_w is None and n.ikeys == [1, 2]      # int keys are kept unboxed
    assert ops.str_w(n.values_w[0]) == 'uno'
    n.set(wrap_str('k'), wrap_int(0))            # another kind: a Python-semantics index
    assert n.kind == dobj.OBJS and n.int_index is None
    assert [n.lookup(w) for w in (wrap_int(2), w_True, wrap_str('k'), wrap_int(9))] == \
        [1, 0, 2, -1]
    assert n.lookup_str('k') == 2 and n.lookup_str('1') == -1
    assert s.lookup_str('b') == 1 and s.lookup_str('c') == -1
    b = dobj.OrderedTable()
    b.set(wrap_int(7), wrap_int(0))
    b.set(w_True, wrap_int(1))                   # a new bool key is stored as itself
    assert b.kind == dobj.OBJS and b.keys_w[1] is w_True


def test_table_deletes_compacts_and_clears_in_each_kind():
    from minipy.objects import dictobject as dobj
    from minipy.objects.tupleobject import W_TupleObject
    for make in (wrap_int, lambda i: wrap_str('k%d' % i),
                 lambda i: W_TupleObject([wrap_int(i % 3), wrap_str('t%d' % i)])):
        t = dobj.OrderedTable()
        for i in range(40):
            t.set(make(i), wrap_int(i))
        kind = t.kind
        for i in range(0, 40, 4):
            assert t.delete(make(i)).intval == i
        assert t.delete(make(0)) is None
        for i in range(1, 40, 4):
            t.delete(make(i))
        assert t.entry_count() == 40 and t.live == 20     # half dead: not yet compacted
        t.delete(make(2))
        assert t.kind == kind and t.entry_count() == t.live == 19   # compacted
        assert [t.lookup(make(i)) for i in (3, 6, 7, 38, 39, 2, 4)] == [0, 1, 2, 17, 18, -1, -1]
        t.clear()
        assert t.kind == dobj.EMPTY and t.live == 0 and t.lookup(make(2)) == -1
        t.set(wrap_str('x'), wrap_int(1))
        assert t.kind == dobj.STRS and t.get(wrap_str('x')).intval == 1


def test_tuples_of_strs_and_ints_have_an_index_of_their_own():
    """Such tables compare and hash their keys without Python code (TUPLES); a key that
    is a tuple with other items still finds an equal key, and the first key of another
    kind moves the table to the general index."""
    from minipy.objects import dictobject as dobj
    from minipy.objects.tupleobject import W_TupleObject
    from minipy.objects.floatobject import wrap_float
    from minipy.objects.intobject import w_True

    def tup(*items_w):
        return W_TupleObject(list(items_w))
    t = dobj.OrderedTable()
    t.set(tup(wrap_int(1), wrap_str('a')), wrap_int(0))
    t.set(tup(wrap_int(2), wrap_str('b')), wrap_int(1))
    t.set(tup(), wrap_int(2))
    assert t.kind == dobj.TUPLES and t.index is None
    assert t.lookup(tup(wrap_int(2), wrap_str('b'))) == 1
    assert t.lookup(tup(wrap_int(2), wrap_str('a'))) == -1
    assert t.lookup(tup()) == 2
    assert t.lookup(tup(wrap_float(1.0), wrap_str('a'))) == 0     # the long way
    assert t.lookup(tup(w_True, wrap_str('a'))) == 0
    assert t.lookup(wrap_int(1)) == -1 and t.lookup(wrap_str('a')) == -1
    assert t.lookup_str('a') == -1
    t.set(tup(w_True, wrap_str('a')), wrap_int(5))       # updates (1, 'a') in place
    assert t.kind == dobj.TUPLES and t.get(tup(wrap_int(1), wrap_str('a'))).intval == 5
    t.set(tup(wrap_float(0.5)), wrap_int(6))               # another kind
    assert t.kind == dobj.OBJS and t.tuple_index is None
    assert [t.lookup(k) for k in (tup(wrap_int(2), wrap_str('b')), tup(wrap_float(0.5)),
                                  tup())] == [1, 3, 2]
    assert dobj.plain_tuple_hash(tup(wrap_int(1), wrap_str('a'))) == \
        dobj.plain_tuple_hash(tup(wrap_int(1), wrap_str('a')))


def test_unhashable_key_raises_even_in_an_empty_or_str_table():
    from minipy.objects import dictobject as dobj
    from minipy.objects import exceptions as ex
    from minipy.objects.root import OperationError
    empty = dobj.OrderedTable()
    strs = dobj.OrderedTable()
    strs.set(wrap_str('a'), wrap_int(1))
    for t in (empty, strs):
        try:
            t.lookup(W_ListObject([]))
        except OperationError as e:
            assert e.w_value.getclass() is ex.w_TypeError
        else:
            assert False, 'a list was looked up without a TypeError'


def test_reassigned_class_attribute_moves_to_a_cell():
    """The JIT's view of a class dict (_lookup_jit, _own_lookup keyed on the version): a
    new attribute and the first reassignment change the version (traces that folded the
    old value are invalidated); from the second reassignment on, the value is in a
    W_ClassCell and the version stays, so compiled code stays valid and reads the cell."""
    from minipy.objects.typeobject import W_ClassCell
    w_base = W_TypeObject('Base', [w_object], False)
    w_t = W_TypeObject('Sub', [w_base], False)
    w_base.setdictvalue('count', wrap_int(0))
    v0 = w_base.version
    w_base.setdictvalue('count', wrap_int(1))       # first reassignment: a cell
    v1 = w_base.version
    assert v1 is not v0
    assert isinstance(w_base._own_lookup('count', v1), W_ClassCell)
    for i in range(2, 6):
        w_base.setdictvalue('count', wrap_int(i))
        assert w_base.version is v1
        assert w_t._lookup_jit('count').intval == i     # through the subclass's MRO
        assert w_t.lookup('count').intval == i          # the interpreter's view
        assert w_base.getdictvalue('count').intval == i
    assert w_t._lookup_where_jit('count') is w_base
    w_base.setdictvalue('other', wrap_int(9))           # a new name: a new version
    assert w_base.version is not v1
    assert w_t._lookup_jit('other').intval == 9
    assert w_base.deldictvalue('count')
    assert w_t._lookup_jit('count') is None
    assert w_t.lookup('count') is None
    w_base.setdictvalue('count', wrap_int(7))           # back, as a plain entry
    assert not isinstance(w_base._own_lookup('count', w_base.version), W_ClassCell)
    assert w_t._lookup_jit('count').intval == 7


def test_int_keyed_table_keeps_keys_unboxed_through_deletes_and_kind_changes():
    """An INTS table stores machine ints (no key objects); deleting, compacting,
    iterating by position, copying and moving to the general index all see the same
    keys and values as a table of boxed keys would."""
    from minipy.objects import dictobject as dobj
    t = dobj.OrderedTable()
    for i in range(30):
        t.set(wrap_int(i * 7), wrap_int(i))
    assert t.keys_w is None and len(t.ikeys) == 30
    for i in range(0, 30, 2):
        t.delete(wrap_int(i * 7))
    t.delete(wrap_int(7))                     # more than half dead: compacted
    assert t.entry_count() == t.live == 14
    keys = [t.key_at(j).intval for j in range(t.entry_count())]
    assert keys == [i * 7 for i in range(3, 30, 2)]
    assert [w.intval for w in t.live_values()] == list(range(3, 30, 2))
    c = t.copy()
    assert c.kind == dobj.INTS and [w.intval for w in c.live_keys()] == keys
    t.delete(wrap_int(21))
    assert t.key_at(0) is None and t.lookup(wrap_int(21)) == -1
    t.set(wrap_str('s'), wrap_int(-1))        # another kind: keys boxed, positions kept
    assert t.kind == dobj.OBJS and t.ikeys is None and t.keys_w[0] is None
    assert [t.lookup(wrap_int(k)) for k in (35, 203, 21)] == [1, 13, -1]
    assert t.lookup(wrap_str('s')) == t.entry_count() - 1
    assert [w.intval for w in c.live_values()] == list(range(3, 30, 2))


def test_int_keyed_table_remembers_the_last_key_by_value():
    """The last int key looked up is remembered by its value (its box may be one the JIT
    never allocates): an equal key finds the same entry until the layout changes."""
    from minipy.objects import dictobject as dobj
    t = dobj.OrderedTable()
    for i in range(5):
        t.set(wrap_int(i), wrap_int(i * 10))
    assert t.lookup(wrap_int(3)) == 3
    assert t.last_key is None and t.last_ikey == 3
    assert t.lookup(wrap_int(3)) == 3 and t.lookup(wrap_int(4)) == 4
    t.delete(wrap_int(3))
    assert t.lookup(wrap_int(3)) == -1 and t.get(wrap_int(4)).intval == 40
