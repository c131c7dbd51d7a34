"""Inline caches for LOAD_GLOBAL in the interpreter.

Each name of a code object has a slot in its `global_caches` (index: the name's index in
co_names) holding where the last lookup found it: a position in the globals' table, or
in the builtins' table while the globals' table did not have the name. An entry is keyed
on the tables themselves and their `layout` counters (dictobject.OrderedTable: a key's
position stays the same while its layout does), so a hit is two identity checks, two
integer compares and one array read, where the generic path hashes the name in one or
two dicts. Values are read from the table at each hit, so assignments to a global are
seen; adding or deleting a key changes the layout and misses.

The JIT does not use the caches: a trace folds the lookup to guards on the tables'
layouts already (dictobject.name_lookup).

STM: the arrays are shared by all threads and written outside transactions; an entry is
complete before the pointer store that publishes it. The tables come from read_table()
(barriers), and a table another thread may hold is never mutated (a writing transaction
detaches a copy), so an entry's table is either the one this transaction reads or not.
"""
from rpython.rlib.objectmodel import always_inline
from minipy.objects.dictobject import W_DictObject


class GlobalEntry(object):
    _immutable_fields_ = ['globals_table', 'globals_layout', 'builtins_table',
                          'builtins_layout', 'index']

    def __init__(self, globals_table, globals_layout, builtins_table, builtins_layout,
                 index):
        self.globals_table = globals_table
        self.globals_layout = globals_layout
        self.builtins_table = builtins_table    # None: found in the globals
        self.builtins_layout = builtins_layout
        self.index = index


@always_inline
def load_global(w_code, i, w_globals, w_builtins, name):
    """The value of global `name` (co_names[i]), from the globals, else the builtins;
    None when neither has it. A hit is answered here, inlined into the caller
    (PyFrame.load_global); a miss calls load_global_miss."""
    assert isinstance(w_globals, W_DictObject)
    assert isinstance(w_builtins, W_DictObject)
    e = w_code.global_caches[i]
    if e is not None:
        t = w_globals.read_table()
        if e.globals_table is t and e.globals_layout == t.layout:
            if e.builtins_table is None:
                return t.values_w[e.index]
            tb = w_builtins.read_table()
            if e.builtins_table is tb and e.builtins_layout == tb.layout:
                return tb.values_w[e.index]
    return load_global_miss(w_code, i, w_globals, w_builtins, name)


def load_global_miss(w_code, i, w_globals, w_builtins, name):
    """load_global when the name's entry does not hold: look the name up, and remember
    where it was found."""
    caches = w_code.global_caches
    t = w_globals.read_table()
    j = t.lookup_str(name)
    if j >= 0:
        caches[i] = GlobalEntry(t, t.layout, None, 0, j)
        return t.values_w[j]
    tb = w_builtins.read_table()
    j = tb.lookup_str(name)
    if j >= 0:
        caches[i] = GlobalEntry(t, t.layout, tb, tb.layout, j)
        return tb.values_w[j]
    return None
