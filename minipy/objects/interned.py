"""Interned strs: one object per value, for sys.intern() and for the str constants of
code objects that look like identifiers (only ASCII letters, digits and '_'), which
CPython interns when it makes a code object -- so `'spam' is 'spam'` holds across
functions and modules, as there. The table is a W_DictObject (transactional in the STM
build); its strs live as long as the process."""
from minipy.objects.dictobject import W_DictObject
from minipy.objects.strobject import W_StrObject

w_interned = W_DictObject()


def intern(w_s):
    """The interned str equal to w_s (an exact str); w_s itself the first time."""
    assert isinstance(w_s, W_StrObject)
    w_old = w_interned.getitem(w_s)
    if w_old is not None:
        return w_old
    w_interned.setitem(w_s, w_s)
    return w_s


def all_name_chars(s):
    for c in s:
        if not (c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9'):
            return False
    return True
