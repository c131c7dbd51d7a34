"""The object model's STM barriers (untranslated, barriers enabled as in the STM build):
for each mutable kind, an aborted transaction leaves the object exactly as before, a
payload a reader loaded is never mutated by a writer (detach), a reader of an object
another transaction wrote aborts (read_check / commit validation), and objects allocated
inside the transaction take no undo entry. Threads are simulated: `as_thread(tx)` makes
tx the current transaction, as in tests/unit/stm."""
import pytest
import rpython.tool.version as _v
_v.maywarn = lambda *a, **k: None

from minipy.concurrency.stm import shared, atomics, threadstate, barriers
from minipy.concurrency.stm.transaction import TransactionAbort
from minipy.objects.typeobject import W_TypeObject, w_object, _epoch
from minipy.objects.maps import W_Instance
from minipy.objects.intobject import wrap_int
from minipy.objects.strobject import wrap_str
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject, OrderedTable
from minipy.objects.setobject import W_SetObject
from minipy.objects.functionobject import W_Cell
from minipy.objects.exceptions import W_ExceptionObject, w_ValueError
from minipy.objects import iterators as it
from minipy.interpreter import ops
import minipy.builtins.functions  # registers the built-in methods
from minipy.builtins import modrandom


@pytest.fixture(autouse=True)
def stm_enabled(request):
    shared.init(shared.MODE_STM, orec_bits=16, max_aborts=100)
    threadstate._current.set(None)
    atomics.sim.hook = None
    barriers.ENABLED = True
    # prebuilt TObjects outlive the runtime of one test; every test's transactions
    # restart their stamps, so forget which transaction wrote them last
    _epoch._stm_stamp = 0

    def restore():
        barriers.ENABLED = False
        threadstate._current.set(None)
        atomics.sim.hook = None
    request.addfinalizer(restore)


def as_thread(tx):
    threadstate._current.set(tx)


def two_threads():
    a = threadstate.thread_start()
    b = threadstate.thread_start()
    threadstate._current.set(None)      # objects made now are public (stamp 0)
    return a, b


def abort(tx):
    with pytest.raises(TransactionAbort):
        tx._abort(0, None, 0)


def ints(items_w):
    return [w.intval for w in items_w]


def new_class(name):
    return W_TypeObject(name, [w_object], False)


# ---------------------------------------------------------------- lists

def test_list_writes_roll_back_and_never_touch_the_old_storage():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1), wrap_int(2), wrap_int(3)])
    old = w_l.items_w
    as_thread(a)
    a.start()
    w_l.append(wrap_int(4))
    w_l.setitem(0, wrap_int(9))
    w_l.pop(1)
    w_l.insert(0, wrap_int(7))
    assert ints(w_l.read_storage()) == [7, 9, 3, 4]
    assert ints(old) == [1, 2, 3]           # detached: the old storage is frozen
    assert a.n_undo == 1                    # one undo entry per object and transaction
    abort(a)
    assert w_l.items_w is old and ints(old) == [1, 2, 3]


def test_list_setitems_rolls_back():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1)])
    as_thread(a)
    a.start()
    w_l.setitems([])
    assert w_l.length() == 0
    abort(a)
    assert ints(w_l.items_w) == [1]


def test_list_reader_keeps_a_frozen_storage_and_then_aborts():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1), wrap_int(2)])
    as_thread(b)
    b.start()
    seen = w_l.read_storage()
    as_thread(a)
    a.start()
    w_l.append(wrap_int(3))
    w_l.setitem(0, wrap_int(5))
    assert ints(seen) == [1, 2]
    as_thread(b)
    with pytest.raises(TransactionAbort):
        w_l.length()                        # locked by a
    as_thread(a)
    a.commit()
    as_thread(b)
    b.start()
    assert ints(w_l.read_storage()) == [5, 2, 3]
    b.commit()


def test_read_check_catches_a_writer_between_barrier_and_load():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1)])
    as_thread(b)
    b.start()
    barriers.read(w_l)
    as_thread(a)
    a.start()
    w_l.append(wrap_int(2))
    as_thread(b)
    with pytest.raises(TransactionAbort):
        barriers.read_check(w_l)


def test_read_check_catches_a_commit_after_the_read_barrier():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1)])
    as_thread(b)
    b.start()
    barriers.read(w_l)
    as_thread(a)
    a.start()
    w_l.append(wrap_int(2))
    a.commit()
    as_thread(b)
    with pytest.raises(TransactionAbort):
        barriers.read_check(w_l)


def test_stale_read_fails_commit_validation():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1)])
    as_thread(b)
    b.start()
    assert w_l.length() == 1
    as_thread(a)
    a.start()
    w_l.append(wrap_int(2))
    a.commit()
    as_thread(b)
    with pytest.raises(TransactionAbort):
        b.commit()


def test_private_objects_take_no_undo_entry():
    a, b = two_threads()
    as_thread(a)
    a.start()
    w_l = W_ListObject([])
    w_l.append(wrap_int(1))
    w_d = W_DictObject()
    w_d.setitem(wrap_str('k'), wrap_int(1))
    w_s = W_SetObject()
    w_s.add(wrap_int(1))
    w_i = W_Instance(new_class('P'))
    w_i.setdictvalue('x', wrap_int(1))
    w_c = W_Cell()
    w_c.set(wrap_int(1))
    w_it = it.W_ListIter(w_l)
    assert w_it.next_w().intval == 1
    assert a.n_undo == 0 and a.n_reads == 0 and a.n_locked == 0
    a.commit()


# ---------------------------------------------------------------- dicts and sets

def test_dict_set_and_del_roll_back():
    a, b = two_threads()
    w_d = W_DictObject()
    for i in range(5):
        w_d.setitem(wrap_int(i), wrap_int(i * 10))
    w_d.delitem(wrap_int(1))
    old = w_d.table

    def keys_of(t):
        return [None if t.key_at(i) is None else t.key_at(i).intval
                for i in range(t.entry_count())]
    old_keys = keys_of(old)
    as_thread(a)
    a.start()
    w_d.setitem(wrap_int(0), wrap_int(99))
    w_d.setitem(wrap_int(7), wrap_int(70))
    for i in range(2, 5):
        w_d.delitem(wrap_int(i))            # compacts the copy
    w_d.setstr('s', wrap_int(1))
    assert w_d.getitem(wrap_int(0)).intval == 99
    assert keys_of(old) == old_keys and old.get(wrap_int(0)).intval == 0
    abort(a)
    assert w_d.table is old
    assert [w_d.getitem(wrap_int(i)).intval for i in (0, 2, 3, 4)] == [0, 20, 30, 40]
    assert w_d.getitem(wrap_int(7)) is None and w_d.length() == 4


def test_dict_clear_rolls_back():
    a, b = two_threads()
    w_d = W_DictObject()
    w_d.setstr('x', wrap_int(1))
    as_thread(a)
    a.start()
    w_d.clear()
    assert w_d.length() == 0
    abort(a)
    assert w_d.getstr('x').intval == 1


def test_copy_exact_keeps_positions_and_dead_slots():
    t = OrderedTable()
    for i in range(6):
        t.set(wrap_int(i), wrap_int(i))
    t.delete(wrap_int(2))
    c = t.copy_exact()
    assert c.ikeys is not t.ikeys and c.values_w is not t.values_w
    assert c.ikeys == t.ikeys
    assert [w is None for w in c.values_w] == [w is None for w in t.values_w]
    assert c.live == t.live == 5
    for i in (0, 1, 3, 4, 5):
        assert c.lookup(wrap_int(i)) == t.lookup(wrap_int(i))
    c.set(wrap_int(9), wrap_int(9))
    assert t.lookup(wrap_int(9)) == -1


def test_dict_iteration_sees_own_writes_after_detach():
    # the iterator holds the dict, not a table: a write in the same transaction that
    # detaches the table is still noticed ('changed size during iteration')
    from minipy.objects.root import OperationError
    a, b = two_threads()
    w_d = W_DictObject()
    w_d.setstr('a', wrap_int(1))
    w_it = ops.iter_w(w_d)
    as_thread(a)
    a.start()
    assert ops.next_w(w_it).utf8 == 'a'
    w_d.setstr('b', wrap_int(2))
    with pytest.raises(OperationError):
        ops.next_w(w_it)
    a.commit()


def test_dict_reader_of_a_written_dict_aborts():
    a, b = two_threads()
    w_d = W_DictObject()
    w_d.setstr('x', wrap_int(1))
    as_thread(a)
    a.start()
    w_d.setstr('x', wrap_int(2))
    as_thread(b)
    b.start()
    with pytest.raises(TransactionAbort):
        w_d.getstr('x')
    as_thread(a)
    abort(a)
    as_thread(b)
    b.start()
    assert w_d.getstr('x').intval == 1
    b.commit()


def test_set_add_discard_roll_back():
    a, b = two_threads()
    w_s = W_SetObject()
    w_s.add(wrap_int(1))
    w_s.add(wrap_int(2))
    old = w_s.table
    as_thread(a)
    a.start()
    w_s.add(wrap_int(3))
    w_s.discard(wrap_int(1))
    assert ints(w_s.keys()) == [2, 3]
    assert ints(old.live_keys()) == [1, 2]
    abort(a)
    assert w_s.table is old and ints(w_s.keys()) == [1, 2]


def test_set_inplace_operator_rolls_back():
    from minipy.interpreter import arith
    a, b = two_threads()
    w_s = W_SetObject()
    w_s.add(wrap_int(1))
    w_o = W_SetObject()
    w_o.add(wrap_int(5))
    as_thread(a)
    a.start()
    ops.inplace_binop(arith.OR, w_s, w_o)
    assert sorted(ints(w_s.keys())) == [1, 5]
    abort(a)
    assert ints(w_s.keys()) == [1]


# ---------------------------------------------------------------- instances

def test_instance_attribute_add_replace_delete_roll_back():
    a, b = two_threads()
    w_t = new_class('P')
    w_i = W_Instance(w_t)
    w_i.setdictvalue('x', wrap_int(1))
    w_i.setdictvalue('y', wrap_int(2))
    old_map = w_i.map
    as_thread(a)
    a.start()
    w_i.setdictvalue('x', wrap_int(10))
    w_i.setdictvalue('z', wrap_int(3))
    w_i.deldictvalue('y')
    assert w_i.attr_names() == ['x', 'z']
    assert old_map.names == ['x', 'y']
    abort(a)
    assert w_i.map is old_map
    assert w_i.getdictvalue('x').intval == 1 and w_i.getdictvalue('y').intval == 2
    assert w_i.getdictvalue('z') is None


def test_instance_overflow_slots_are_detached_and_roll_back():
    """Past four attributes the values from slot 3 on live in an overflow object: a
    transaction's first write replaces it by a copy, so the old one (which another
    thread may be reading) never changes."""
    from minipy.objects.maps import W_SlotsOverflow
    a, b = two_threads()
    w_i = W_Instance(new_class('P'))
    names = ['a', 'b', 'c', 'd', 'e', 'f']
    for k, n in enumerate(names):
        w_i.setdictvalue(n, wrap_int(k))
    old_map, old_ov = w_i.map, w_i.slot3
    assert isinstance(old_ov, W_SlotsOverflow) and ints(old_ov.values_w) == [3, 4, 5]
    as_thread(a)
    a.start()
    w_i.setdictvalue('e', wrap_int(40))
    w_i.setdictvalue('g', wrap_int(6))
    w_i.deldictvalue('a')
    assert w_i.slot3 is not old_ov and ints(old_ov.values_w) == [3, 4, 5]
    assert [w_i.getdictvalue(n).intval for n in names[1:] + ['g']] == [1, 2, 3, 40, 5, 6]
    abort(a)
    assert w_i.map is old_map and w_i.slot3 is old_ov and ints(old_ov.values_w) == [3, 4, 5]
    assert [w_i.getdictvalue(n).intval for n in names] == [0, 1, 2, 3, 4, 5]


def test_instance_set_class_rolls_back():
    a, b = two_threads()
    w_t, w_u = new_class('P'), new_class('Q')
    w_i = W_Instance(w_t)
    w_i.setdictvalue('x', wrap_int(1))
    as_thread(a)
    a.start()
    w_i.set_class(w_u)
    assert w_i.getclass() is w_u
    abort(a)
    assert w_i.getclass() is w_t and w_i.getdictvalue('x').intval == 1


def test_instance_reader_aborts_when_another_transaction_writes():
    a, b = two_threads()
    w_i = W_Instance(new_class('P'))
    w_i.setdictvalue('x', wrap_int(1))
    as_thread(b)
    b.start()
    assert w_i.getdictvalue('x').intval == 1
    as_thread(a)
    a.start()
    w_i.setdictvalue('x', wrap_int(2))
    a.commit()
    as_thread(b)
    with pytest.raises(TransactionAbort):
        w_i.getdictvalue('x')               # read_check: committed after our snapshot


def test_instance_dict_view_writes_roll_back():
    from minipy.objects.dictobject import W_InstanceDict
    a, b = two_threads()
    w_i = W_Instance(new_class('P'))
    w_i.setdictvalue('x', wrap_int(1))
    as_thread(a)
    a.start()
    w_d = W_InstanceDict(w_i)               # private view of a public instance
    w_d.setitem(wrap_str('y'), wrap_int(2))
    assert w_i.getdictvalue('y').intval == 2
    abort(a)
    assert w_i.getdictvalue('y') is None and w_i.attr_names() == ['x']


def test_exception_fields_roll_back():
    a, b = two_threads()
    w_e = W_ExceptionObject(w_ValueError, [wrap_str('m')])
    w_ctx = W_ExceptionObject(w_ValueError, [])
    as_thread(a)
    a.start()
    ops.setattr_w(w_e, '__context__', w_ctx)
    ops.setattr_w(w_e, 'args', W_ListObject([wrap_int(1)]))
    ops.setattr_w(w_e, 'note', wrap_int(5))
    assert w_e.w_context is w_ctx and len(w_e.args_w) == 1
    abort(a)
    assert w_e.w_context is None and w_e.args_w[0].utf8 == 'm'
    assert w_e.getdictvalue('note') is None


def test_maps_shared_by_threads_are_one_per_transition():
    a, b = two_threads()
    w_t = new_class('P')
    as_thread(a)
    a.start()
    w_1 = W_Instance(w_t)
    w_1.setdictvalue('x', wrap_int(1))
    a.commit()
    as_thread(b)
    b.start()
    w_2 = W_Instance(w_t)
    w_2.setdictvalue('x', wrap_int(1))
    b.commit()
    assert w_1.map is w_2.map
    assert w_t.empty_map.transitions['x'] is w_1.map


# ---------------------------------------------------------------- cells, functions

def test_cell_set_rolls_back_and_readers_abort():
    a, b = two_threads()
    w_c = W_Cell(wrap_int(1))
    as_thread(a)
    a.start()
    w_c.set(wrap_int(2))
    as_thread(b)
    b.start()
    with pytest.raises(TransactionAbort):
        w_c.get()
    as_thread(a)
    abort(a)
    assert w_c.w_value.intval == 1


def test_function_attributes_roll_back():
    from minipy.objects.functionobject import W_Function
    a, b = two_threads()
    w_f = W_Function(None, None, 'f', 'f', [], None, None, None)
    as_thread(a)
    a.start()
    ops.setattr_w(w_f, '__name__', wrap_str('g'))
    ops.setattr_w(w_f, 'tag', wrap_int(1))
    assert w_f.name == 'g' and w_f.w_dict.getstr('tag').intval == 1
    abort(a)
    assert w_f.name == 'f' and w_f.w_dict is None


# ---------------------------------------------------------------- iterators

def test_iterators_advance_rolls_back():
    a, b = two_threads()
    w_l = W_ListObject([wrap_int(1), wrap_int(2), wrap_int(3)])
    w_d = W_DictObject()
    for k in ('k', 'l', 'm'):
        w_d.setstr(k, wrap_int(1))
    iters = [it.W_ListIter(w_l), it.W_TupleIter([wrap_int(1), wrap_int(2)]),
             it.W_RangeIter(0, 3, 1), it.W_StrIter(wrap_str('ab')),
             ops.iter_w(w_d), it.W_SeqIter(w_l), it.W_ReversedIter(w_l, 3),
             it.W_EnumerateIter(it.W_ListIter(w_l), 0)]
    firsts = []
    for w_it in iters:
        firsts.append(ops.repr_utf8(ops.next_w(w_it)))
    as_thread(a)
    a.start()
    seconds = [ops.repr_utf8(ops.next_w(w_it)) for w_it in iters]
    abort(a)
    as_thread(b)
    b.start()
    again = [ops.repr_utf8(ops.next_w(w_it)) for w_it in iters]
    b.commit()
    assert again == seconds
    assert firsts != seconds


# ---------------------------------------------------------------- classes

def test_class_attribute_write_rolls_back_and_its_cache_entries_die():
    a, b = two_threads()
    w_t = new_class('C')
    w_t.setdictvalue('x', wrap_int(1))
    w_sub = W_TypeObject('D', [w_t], False)
    assert w_sub.lookup('x').intval == 1
    old_dict = w_t.dict_w
    epoch = _epoch.value
    as_thread(a)
    a.start()
    w_t.setdictvalue('x', wrap_int(2))
    assert w_sub.lookup('x').intval == 2    # cached under the aborted epoch
    assert old_dict['x'].intval == 1
    abort(a)
    assert w_t.dict_w is old_dict and _epoch.value == epoch
    as_thread(b)
    b.start()
    assert w_sub.lookup('x').intval == 1
    w_t.setdictvalue('y', wrap_int(3))      # a later epoch is not the aborted one
    assert w_sub.lookup('x').intval == 1 and w_sub.lookup('y').intval == 3
    b.commit()


def test_class_write_conflicts_with_concurrent_lookups():
    a, b = two_threads()
    w_t = new_class('C')
    w_t.setdictvalue('x', wrap_int(1))
    as_thread(b)
    b.start()
    assert w_t.lookup('x').intval == 1
    as_thread(a)
    a.start()
    w_t.setdictvalue('x', wrap_int(2))
    a.commit()
    as_thread(b)
    with pytest.raises(TransactionAbort):
        b.commit()                          # the epoch it read changed


def test_class_del_rolls_back():
    a, b = two_threads()
    w_t = new_class('C')
    w_t.setdictvalue('x', wrap_int(1))
    as_thread(a)
    a.start()
    assert w_t.deldictvalue('x')
    assert w_t.lookup('x') is None
    abort(a)
    assert w_t.lookup('x').intval == 1


# ---------------------------------------------------------------- other state

def test_random_state_rolls_back():
    from minipy.interpreter.calls import call_args  # noqa: ensure calls imported
    from minipy.objects.functionobject import Args
    a, b = two_threads()
    w_r = modrandom.W_RandomObject()
    modrandom.seed_obj(w_r, wrap_int(42))
    as_thread(a)
    a.start()
    x1 = modrandom.random_random(Args([w_r])).floatval
    abort(a)
    as_thread(b)
    b.start()
    x2 = modrandom.random_random(Args([w_r])).floatval
    b.commit()
    assert x1 == x2


def test_disabled_barriers_leave_headers_at_class_defaults():
    barriers.ENABLED = False
    w_l = W_ListObject([])
    w_i = W_Instance(new_class('P'))
    w_l.append(wrap_int(1))
    w_i.setdictvalue('x', wrap_int(1))
    for w in (w_l, w_i, W_DictObject(), W_Cell()):
        assert '_stm_orec' not in w.__dict__ and '_stm_stamp' not in w.__dict__


def test_prebuilt_tables_build_their_index_once_in_an_inevitable_transaction(monkeypatch):
    # translated, a dict built at import time has lost its lookup index; the first
    # reader rebuilds it, exclusively (untranslated we pretend to be translated)
    from minipy.objects import dictobject
    a, b = two_threads()
    w_d = W_DictObject()                    # "prebuilt": made while untranslated
    w_d.setstr('x', wrap_int(1))
    monkeypatch.setattr(dictobject, 'we_are_translated', lambda: True)
    w_new = W_DictObject()                  # made at run time: its index exists
    assert not w_d.table.indexed and w_new.table.indexed
    as_thread(a)
    a.start()
    assert w_new.getstr('y') is None and not a.inevitable
    assert w_d.getstr('x').intval == 1
    assert a.inevitable and w_d.table.indexed
    a.commit()
    a.start()
    assert w_d.getstr('x').intval == 1 and not a.inevitable
    a.commit()
