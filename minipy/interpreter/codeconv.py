"""Turn a compiler CodeObject into a W_Code: its ConstValue constants become objects
(once per code object, nested code objects included) and its names become str
objects (for globals lookups without allocation)."""
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import string_to_float
from minipy.compiler import code as codemod
from minipy.objects.functionobject import W_Code
from minipy.objects.noneobject import w_None, w_Ellipsis
from minipy.objects.intobject import wrap_int, wrap_bigint, w_True, w_False
from minipy.objects.floatobject import wrap_float
from minipy.objects.complexobject import W_ComplexObject
from minipy.objects.strobject import wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.setobject import W_SetObject
from minipy.objects.interned import intern, all_name_chars
from minipy.interpreter import superinstructions


class ConstCache(object):
    """The constants made so far for one compilation unit (a module or one compile()):
    equal str, bytes and tuple constants are one object in all its code objects, as
    CPython's compiler merges them (`'a b'` in two functions: `f() is g()`)."""
    def __init__(self):
        self.objects = {}       # const_key -> object


def make_code(code, cache=None):
    if cache is None:
        cache = ConstCache()
    consts_w = [None] * len(code.co_consts)
    for i in range(len(code.co_consts)):
        consts_w[i] = merged_const(code.co_consts[i], cache)
    names_w = [None] * len(code.co_names)
    for i in range(len(code.co_names)):
        names_w[i] = wrap_str(code.co_names[i])
    return W_Code(code, consts_w, names_w, superinstructions.fuse(code.co_code))


def const_key(c):
    """A string that tells equal constants of the kinds that are merged; '' for the
    others (numbers are equal by value already, code objects and frozensets are not
    merged). Each part says its kind and length, so no two constants share a key."""
    kind = c.kind
    if kind == 'str' or kind == 'bytes':
        return '%s%d:%s' % (kind[0], len(c.value), c.value)
    if kind == 'int' or kind == 'float':
        return '%s%d:%s' % (kind[0], len(c.value), c.value)
    if kind == 'None' or kind == 'True' or kind == 'False' or kind == 'Ellipsis':
        return kind[0:2]
    if kind == codemod.CONST_TUPLE:
        parts = []
        for item in c.items:
            k = const_key(item)
            if k == '':
                return ''
            parts.append(k)
        return '(%d:%s)' % (len(parts), ''.join(parts))
    return ''


def merged_const(c, cache):
    if c.kind == codemod.CONST_CODE:
        return make_code(c.code, cache)
    key = const_key(c)
    if key == '':
        return const_to_object(c, cache)
    w_obj = cache.objects.get(key, None)
    if w_obj is None:
        w_obj = const_to_object(c, cache)
        cache.objects[key] = w_obj
    return w_obj


def const_to_object(c, cache):
    kind = c.kind
    if kind == 'int':
        return wrap_bigint(rbigint.fromdecimalstr(c.value))
    if kind == 'float':
        return wrap_float(string_to_float(c.value))
    if kind == 'complex':
        return W_ComplexObject(0.0, string_to_float(c.value))
    if kind == 'str':
        if all_name_chars(c.value):
            return intern(wrap_str(c.value))     # as CPython's code objects
        return wrap_str(c.value)
    if kind == 'bytes':
        return W_BytesObject(c.value)
    if kind == 'None':
        return w_None
    if kind == 'True':
        return w_True
    if kind == 'False':
        return w_False
    if kind == 'Ellipsis':
        return w_Ellipsis
    if kind == codemod.CONST_TUPLE:
        return wrap_tuple([merged_const(i, cache) for i in c.items])
    if kind == codemod.CONST_FROZENSET:
        w_s = W_SetObject(True)
        for i in c.items:
            w_s.add(merged_const(i, cache))
        # CPython's compiler, merging equal constants, rebuilds each frozenset constant
        # from its own iteration order: the table (and so the order) can differ
        w_rebuilt = W_SetObject(True)
        for w_k in w_s.keys():
            w_rebuilt.add(w_k)
        return w_rebuilt
    if kind == codemod.CONST_CODE:
        return make_code(c.code, cache)
    raise ValueError(kind)
