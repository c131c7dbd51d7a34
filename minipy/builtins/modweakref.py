"""The native `_weakref` module: the weakref.ref type (ReferenceType; subclassable),
getweakrefcount(), getweakrefs(), what minipy/lib/weakref.py builds its proxies on
(_proxy_ref, _basic_proxy), and the running of callbacks after the sweeps of
objects/weakrefobject.py (whose docstring says when they happen).

Which objects can be weakly referenced is CPython 3.11's (is_weakrefable): instances of
classes (unless their __slots__ leave out __weakref__, or they derive from int, tuple or
bytes), classes, functions, built-in functions, methods, sets and frozensets,
generators, modules, code objects, files, locks, re.Pattern and exceptions of the
program's classes; not ints, floats, strs, bytes, tuples, lists, dicts, None, the
built-in exceptions, the references themselves..."""
from minipy.builtins import registry
from minipy.objects.root import W_Root, OperationError
from minipy.objects.noneobject import w_None, w_NotImplemented
from minipy.objects.intobject import wrap_int, wrap_bool
from minipy.objects.strobject import wrap_str, W_StrObject
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.moduleobject import W_Module
from minipy.objects.functionobject import (W_Function, W_BuiltinFunction, W_Method,
                                           W_Code)
from minipy.objects.typeobject import W_TypeObject, make_builtin_type
from minipy.objects.maps import W_Instance
from minipy.objects.setobject import W_SetObject
from minipy.objects.generator import W_Generator
from minipy.objects.fileobject import W_File
from minipy.objects.descriptors import W_Property
from minipy.objects.weakrefobject import W_WeakRef, KIND_REF, KIND_PROXY, OwnerLink
from minipy.objects import weakrefobject as wr
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt, W_ExceptionObject
from minipy.objects import stmsupport
from minipy.builtins.registry import method, check_args, check_method_args

# the layouts of user subclasses of built-in types whose instances CPython cannot
# reference weakly (variable-size objects: no room for the list of references)
_NO_WEAKREF_LAYOUTS = ['int', 'tuple', 'bytes']


def tp_name(w_t):
    """The type's name as CPython's messages give it (re.Pattern, weakref.ProxyType)."""
    if w_t.module == 're' or w_t.module == 'weakref' or w_t.module == '_random':
        if w_t.is_builtin or w_t.name == 'ProxyType' or w_t.name == 'CallableProxyType':
            return w_t.module + '.' + w_t.name
    return w_t.name


def is_weakrefable(w_obj):
    if isinstance(w_obj, W_ExceptionObject):     # (a W_Instance)
        return not w_obj.getclass().is_builtin
    if isinstance(w_obj, W_Instance):
        w_t = w_obj.getclass()
        if w_t.layout in _NO_WEAKREF_LAYOUTS:
            return False
        allowed = w_t.allowed_attrs
        if allowed is not None and '__weakref__' not in allowed:
            return False
        return True
    if (isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_Function) or
            isinstance(w_obj, W_BuiltinFunction) or isinstance(w_obj, W_Method) or
            isinstance(w_obj, W_SetObject) or isinstance(w_obj, W_Generator) or
            isinstance(w_obj, W_Module) or isinstance(w_obj, W_Code) or
            isinstance(w_obj, W_File)):
        return True
    from minipy.builtins.modsre import W_Pattern
    from minipy.builtins.modthread import W_Lock
    return isinstance(w_obj, W_Pattern) or isinstance(w_obj, W_Lock)


def check_weakrefable(w_obj):
    if not is_weakrefable(w_obj):
        raise oefmt(ex.w_TypeError, "cannot create weak reference to '%s' object"
                    % tp_name(w_obj.getclass()))


# ---------------------------------------------------------------- callbacks

def maybe_sweep():
    """At a reference's creation: sweep when due (weakrefobject's docstring)."""
    if wr.sweep_due():
        sweep()


def sweep():
    """Run the callbacks of the references whose referent died (gc.collect() calls this
    after its collection). An exception in a callback is reported on stderr, as CPython
    does ("Exception ignored in: ..."), and the other callbacks still run."""
    dead = wr.sweep_dead()
    if dead is None:
        return
    try:
        if len(dead) > 0:
            stmsupport.exclusive()   # STM: callbacks run once; no rollback past them
        for w_ref in dead:
            w_callback = w_ref.w_callback
            w_ref.w_callback = None
            w_self = w_ref.presented()
            if w_callback is None or w_self is None:
                continue
            run_callback(w_callback, w_self)
    finally:
        wr.sweep_done()


def run_callback(w_callback, w_self):
    from minipy.interpreter import ops
    try:
        ops.call_function(w_callback, [w_self])
    except OperationError as e:
        report_ignored(w_callback, e)


def report_ignored(w_callback, e):
    from minipy.interpreter import ops
    from minipy.interpreter import traceback as tbmod
    from minipy.builtins import modsys, functions
    try:
        text = ('Exception ignored in: %s\n' % ops.repr_utf8(w_callback) +
                tbmod.format_exception(e.w_value))
        w_f = modsys.get_std('stderr')
        functions.write_to(w_f, text)
        ops.call_method(w_f, 'flush', [])
    except OperationError:
        pass


# ---------------------------------------------------------------- ReferenceType

def ref_native_repr(w_ref, w_self):
    from minipy.builtins.reprs import addr
    w_obj = w_ref.deref()
    if w_obj is None:
        return '<weakref at %s; dead>' % addr(w_self)
    text = "<weakref at %s; to '%s' at %s" % (addr(w_self), tp_name(w_obj.getclass()),
                                             addr(w_obj))
    name = referent_name(w_obj)
    if name is not None:
        text += ' (%s)' % name
    return text + '>'


def referent_name(w_obj):
    """The __name__ that CPython's repr of a reference adds: of the objects whose type
    defines __name__ (functions, classes, generators), not of instances or modules."""
    from minipy.interpreter import ops
    if not (isinstance(w_obj, W_Function) or isinstance(w_obj, W_BuiltinFunction) or
            isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_Generator)):
        return None
    try:
        w_name = ops.getattr_or_null(w_obj, '__name__')
    except OperationError:
        return None
    if w_name is None or not isinstance(w_name, W_StrObject):
        return None
    return w_name.utf8


def ref_eq_native(w_ref, w_other):
    """CPython's rule: two references whose referents are alive compare as the
    referents; otherwise as themselves (1 equal, 0 not, -1 not a reference)."""
    from minipy.interpreter import ops
    w_o = w_other.base_value()
    if not isinstance(w_o, W_WeakRef):
        return -1
    if w_o is w_ref:
        return 1
    w_a = w_ref.deref()
    w_b = w_o.deref()
    if w_a is None or w_b is None:
        return 0
    return 1 if ops.eq_w(w_a, w_b) else 0


def ref_hash_native(w_ref):
    """The referent's hash, kept once computed (a dead reference keeps it)."""
    from minipy.interpreter import ops
    h = w_ref.hash
    if h != -1:
        return h
    w_obj = w_ref.deref()
    if w_obj is None:
        raise oefmt(ex.w_TypeError, 'weak object has gone away')
    h = ops.hash_w(w_obj)
    if h == -1:
        h = -2
    w_ref.hash = h
    return h


w_ReferenceType = make_builtin_type('ReferenceType', None, 'ReferenceType')
w_ReferenceType.module = 'weakref'
W_WeakRef.typedef = w_ReferenceType


def ref_self(args, name):
    if len(args.args_w) == 0:
        raise oefmt(ex.w_TypeError, "descriptor '%s' of 'weakref.ReferenceType' object "
                    "needs an argument" % name)
    w_ref = args.args_w[0].base_value()
    if not isinstance(w_ref, W_WeakRef) or w_ref.kind != KIND_REF:
        from minipy.interpreter import ops
        raise oefmt(ex.w_TypeError, "descriptor '%s' for 'weakref.ReferenceType' objects "
                    "doesn't apply to a '%s' object" % (name, ops.typename(args.args_w[0])))
    return w_ref


def _ref_args(args, fname):
    """(w_obj, w_callback or None) of ref(obj[, callback]) (args after the class)."""
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'ref() takes no keyword arguments')
    n = len(args.args_w) - 1
    if n < 1:
        raise oefmt(ex.w_TypeError, '%s expected at least 1 argument, got %d' % (fname, n))
    if n > 2:
        raise oefmt(ex.w_TypeError, '%s expected at most 2 arguments, got %d' % (fname, n))
    w_callback = None
    if n == 2 and args.args_w[2] is not w_None:
        w_callback = args.args_w[2]
    return args.args_w[1], w_callback


def ref_new(args):
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject) or not w_t.issubtype(w_ReferenceType):
        raise oefmt(ex.w_TypeError, 'ReferenceType.__new__(X): X is not a subtype of '
                    'ReferenceType')
    w_obj, w_callback = _ref_args(args, '__new__')
    check_weakrefable(w_obj)
    if w_t is w_ReferenceType and w_callback is None:
        w_old = wr.find_basic(w_obj, KIND_REF)
        if w_old is not None:
            return w_old
    maybe_sweep()
    w_ref = W_WeakRef(w_obj, w_callback, KIND_REF)
    w_res = w_ref
    if w_t is not w_ReferenceType:
        w_res = W_Instance(w_t, w_ref)
        w_ref.owner = OwnerLink(w_res)
    wr.register(w_obj, w_ref)
    return w_res


def ref_init(args):
    """ReferenceType.__init__(self, obj[, callback]): the work is __new__'s; the
    arguments are checked again, as CPython does."""
    ref_self(args, '__init__')
    _ref_args(args, '__init__')
    return w_None


def ref_call(args):
    w_ref = ref_self(args, '__call__')
    if args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'weakref() takes no keyword arguments')
    n = len(args.args_w) - 1
    if n != 0:
        raise oefmt(ex.w_TypeError, 'weakref expected 0 arguments, got %d' % n)
    w_obj = w_ref.deref()
    if w_obj is None:
        return w_None
    return w_obj


def ref_callback(args):
    w_ref = ref_self(args, '__callback__')
    w_cb = w_ref.w_callback
    if w_cb is None or w_ref.deref() is None:
        return w_None
    return w_cb


def ref_repr(args):
    w_ref = ref_self(args, '__repr__')
    return wrap_str(ref_native_repr(w_ref, args.args_w[0]))


def ref_eq(args):
    w_ref = ref_self(args, '__eq__')
    eq = ref_eq_native(w_ref, args.args_w[1])
    if eq < 0:
        return w_NotImplemented
    return wrap_bool(eq == 1)


def ref_ne(args):
    w_ref = ref_self(args, '__ne__')
    eq = ref_eq_native(w_ref, args.args_w[1])
    if eq < 0:
        return w_NotImplemented
    return wrap_bool(eq == 0)


def ref_hash(args):
    return wrap_int(ref_hash_native(ref_self(args, '__hash__')))


registry.static_new(w_ReferenceType, ref_new)
method(w_ReferenceType, '__init__', ref_init)
method(w_ReferenceType, '__call__', ref_call)
method(w_ReferenceType, '__repr__', ref_repr)
method(w_ReferenceType, '__eq__', ref_eq)
method(w_ReferenceType, '__ne__', ref_ne)
method(w_ReferenceType, '__hash__', ref_hash)
w_ReferenceType.dict_w['__callback__'] = W_Property(
    W_BuiltinFunction('__callback__', ref_callback, False), None, None, None)


# ---------------------------------------------------------------- module functions

def weakref_getweakrefcount(args):
    check_args(args, 'getweakrefcount', 1, 1, '_weakref.getweakrefcount')
    return wrap_int(len(wr.refs_of(args.args_w[0])))


def weakref_getweakrefs(args):
    check_args(args, 'getweakrefs', 1, 1, '_weakref.getweakrefs')
    return W_ListObject(wr.refs_of(args.args_w[0]))


def weakref_proxy_ref(args):
    """_proxy_ref(obj, callback, proxy): the reference inside a new proxy (made by
    weakref.py), registered so that getweakrefs() lists the proxy and the callback gets
    it."""
    check_args(args, '_proxy_ref', 3, 3, '_weakref._proxy_ref')
    w_obj = args.args_w[0]
    check_weakrefable(w_obj)
    w_callback = args.args_w[1]
    if w_callback is w_None:
        w_callback = None
    maybe_sweep()
    w_ref = W_WeakRef(w_obj, w_callback, KIND_PROXY)
    w_ref.owner = OwnerLink(args.args_w[2])
    wr.register(w_obj, w_ref)
    return w_ref


def weakref_proxy_deref(args):
    """_proxy_deref(ref): the referent of a proxy's reference, or None."""
    check_args(args, '_proxy_deref', 1, 1, '_weakref._proxy_deref')
    w_ref = args.args_w[0]
    if not isinstance(w_ref, W_WeakRef):
        raise oefmt(ex.w_TypeError, '_proxy_deref() expects a reference')
    w_obj = w_ref.deref()
    if w_obj is None:
        return w_None
    return w_obj


def weakref_basic_proxy(args):
    """_basic_proxy(obj): the proxy without callback already made for obj, or None."""
    check_args(args, '_basic_proxy', 1, 1, '_weakref._basic_proxy')
    w_obj = args.args_w[0]
    check_weakrefable(w_obj)
    w_ref = wr.find_basic(w_obj, KIND_PROXY)
    if w_ref is None:
        return w_None
    w_p = w_ref.presented()
    if w_p is None:
        return w_None
    return w_p


def gc_collect_and_sweep():
    """gc.collect(): a full collection, then the callbacks of what it freed."""
    wr.collect()
    sweep()


def make_weakref():
    w_d = W_DictObject()
    w_d.setstr('__name__', wrap_str('_weakref'))
    w_d.setstr('ref', w_ReferenceType)
    w_d.setstr('ReferenceType', w_ReferenceType)
    for name, fn in [('getweakrefcount', weakref_getweakrefcount),
                     ('getweakrefs', weakref_getweakrefs),
                     ('_proxy_ref', weakref_proxy_ref),
                     ('_proxy_deref', weakref_proxy_deref),
                     ('_basic_proxy', weakref_basic_proxy)]:
        w_d.setstr(name, W_BuiltinFunction(name, fn, False))
    return W_Module('_weakref', w_d)
