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
from minipy.interpreter import superinstructions


def make_code(code):
    consts_w = [None] * len(code.co_consts)
    for i in range(len(code.co_consts)):
        consts_w[i] = const_to_object(code.co_consts[i])
    names_w = [None] * len(code.co_names)
    for i in range(len(code.co_names)):
        names_w[i] = wrap_str(code.co_names[i])
    return W_Code(code, consts_w, names_w, superinstructions.fuse(code.co_code))


def const_to_object(c):
    kind = c.kind
    if kind == 'int':
        return wrap_bigint(rbigint.fromdecimalstr(c.value))
    if kind == 'float':
        return wrap_float(string_to_float(c.value))
    if kind == 'complex':
        return W_ComplexObject(0.0, string_to_float(c.value))
    if kind == 'str':
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
        return wrap_tuple([const_to_object(i) for i in c.items])
    if kind == codemod.CONST_FROZENSET:
        w_s = W_SetObject(True)
        for i in c.items:
            w_s.add(const_to_object(i))
        # CPython's compiler, merging equal constants, rebuilds each frozenset constant
        # from its own iteration order: the table (and so the order) can differ
        w_rebuilt = W_SetObject(True)
        for w_k in w_s.keys():
            w_rebuilt.add(w_k)
        return w_rebuilt
    if kind == codemod.CONST_CODE:
        return make_code(c.code)
    raise ValueError(kind)
