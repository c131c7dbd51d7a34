"""The native `_abc` module: what minipy/lib/abc.py cannot do in Python, the flags that
CPython's ABCMeta sets on classes for the match statement (Py_TPFLAGS_SEQUENCE and
Py_TPFLAGS_MAPPING: W_TypeObject.collection_flag, read by interpreter/matching.py).

    _abc_init_flags(cls)              an ABC's own `__abc_tpflags__` (collections.abc's
                                      Sequence and Mapping) becomes its flag, and leaves
                                      the class dict (CPython's _abc_init)
    _abc_register_flags(cls, sub)     registering `sub` with an ABC that has a flag gives
                                      it to `sub` unless `sub` is built-in or has one
                                      (CPython's _abc_register)

The rest of abc (registries, isinstance/issubclass) is Python code in abc.py."""
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import wrap_str
from minipy.objects.intobject import W_IntObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.typeobject import W_TypeObject, COLLECTION_FLAGS
from minipy.concurrency.stm import barriers
from minipy.builtins.registry import check_args


def abc_init_flags(args):
    check_args(args, '_abc_init_flags', 1, 1)
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject) or w_cls.is_builtin:
        return w_None
    w_flags = w_cls.getdictvalue('__abc_tpflags__')
    if w_flags is None:
        return w_None
    if isinstance(w_flags, W_IntObject):
        flag = w_flags.intval & COLLECTION_FLAGS
        if flag != 0:
            barriers.write(w_cls)
            w_cls.collection_flag = flag
    w_cls.deldictvalue('__abc_tpflags__')
    return w_None


def abc_register_flags(args):
    check_args(args, '_abc_register_flags', 2, 2)
    w_cls = args.args_w[0]
    w_sub = args.args_w[1]
    if not isinstance(w_cls, W_TypeObject) or not isinstance(w_sub, W_TypeObject):
        return w_None
    from minipy.interpreter.matching import collection_kind
    flag = collection_kind(w_cls)
    if flag != 0 and not w_sub.is_builtin and collection_kind(w_sub) == 0:
        barriers.write(w_sub)
        w_sub.collection_flag = flag
    return w_None


def make_abc():
    w_d = W_DictObject()
    w_d.setstr('__name__', wrap_str('_abc'))
    for name, f in [('_abc_init_flags', abc_init_flags),
                    ('_abc_register_flags', abc_register_flags)]:
        w_d.setstr(name, W_BuiltinFunction(name, f, False))
    return W_Module('_abc', w_d)
