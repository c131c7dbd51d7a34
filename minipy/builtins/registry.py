"""Helpers to put native functions into type dicts and the builtins dict, and to
check argument counts of native functions with CPython's messages."""
from rpython.rlib.objectmodel import specialize
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.typeobject import _epoch
from minipy.objects.dictobject import W_DictObject
from minipy.objects.strobject import wrap_str
from minipy.objects.exceptions import oefmt, w_TypeError
from minipy.builtins import arity

builtins_dict = W_DictObject()


def method(w_type, name, fn):
    w_f = W_BuiltinFunction(name, arity.checked(w_type.name, name, fn), True)
    w_f.w_self_type = w_type
    w_type.dict_w[name] = w_f
    _epoch.bump()


def static_new(w_type, fn, name='__new__'):
    """Install fn as w_type.__new__ (a static method), behind CPython's checks of its first
    argument: without them `list.__new__(5)` handed an int to code that takes a class
    (asserted untranslated, memory read as the wrong kind of object translated)."""
    def new(args):
        _check_new_type(args, w_type)
        return fn(args)
    from minipy.objects.descriptors import W_StaticMethod
    w_type.dict_w['__new__'] = W_StaticMethod(W_BuiltinFunction(name, new, False))
    _epoch.bump()


def _check_new_type(args, w_type):
    from minipy.objects.typeobject import W_TypeObject
    if len(args.args_w) == 0:
        raise oefmt(w_TypeError, '%s.__new__(): not enough arguments' % w_type.name)
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TypeObject):
        raise oefmt(w_TypeError, '%s.__new__(X): X is not a type object (%s)'
                    % (w_type.name, w_t.getclass().name))
    if not w_t.issubtype(w_type):
        raise oefmt(w_TypeError, '%s.__new__(%s): %s is not a subtype of %s'
                    % (w_type.name, w_t.name, w_t.name, w_type.name))


@specialize.arg(1)
def native_self(args, cls, type_name, name, slot=False):
    """The object (or a subclass instance's built-in value) a native method of type
    `type_name` was called on, an instance of cls; an unbound call may pass anything, and
    CPython says so (`slot`: in the words of its slot wrappers, as for float.__int__)."""
    w_v = args.args_w[0].base_value()
    if not isinstance(w_v, cls):
        raise wrong_self(args, type_name, name, slot)
    return w_v


def wrong_self(args, type_name, name, slot=False):
    """The TypeError of a native method of `type_name` called on another kind of object."""
    got = args.args_w[0].getclass().name
    if slot:
        return oefmt(w_TypeError, "descriptor '%s' requires a '%s' object but received a "
                     "'%s'" % (name, type_name, got))
    return oefmt(w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                 "object" % (name, type_name, got))


def function(name, fn):
    w_f = W_BuiltinFunction(name, fn, False)
    builtins_dict.setitem(wrap_str(name), w_f)
    return w_f


def set_builtin(name, w_obj):
    builtins_dict.setitem(wrap_str(name), w_obj)


def check_args(args, name, min_n, max_n, qualname=None):
    """Check the positional count (no keywords allowed) of a native function, with
    CPython's messages (arity.count_error; max_n < 0: no upper bound). `qualname`, when
    given, names the function where CPython's message qualifies it ("math.sqrt() takes
    ..."), `name` where it does not ("pow expected 2 arguments, got 1")."""
    _check(args, 0, name, min_n, max_n, qualname)


def check_method_args(args, name, min_n, max_n):
    """Same for a method: args_w[0] is self and is not counted. Messages that qualify
    the name say which built-in type defines it ("list.append() takes ...")."""
    _check(args, 1, name, min_n, max_n, None)


def _check(args, skip, name, min_n, max_n, qualname):
    n = len(args.args_w) - skip
    if not args.has_kwargs() and min_n <= n and (max_n < 0 or n <= max_n):
        return
    if qualname is None:
        qualname = name
        if skip == 1:
            qualname = _method_qualname(args, name)
    if args.has_kwargs():
        raise oefmt(w_TypeError, '%s() takes no keyword arguments' % qualname)
    raise arity.count_error(qualname, name, min_n, max_n, n)


def _method_qualname(args, name):
    """'list.append' for name 'append' called on a list (or a subclass of list)."""
    if '.' in name or len(args.args_w) == 0:
        return name
    from minipy.objects.typeobject import W_TypeObject
    for w_t in args.args_w[0].getclass().mro_w:
        assert isinstance(w_t, W_TypeObject)
        if w_t.is_builtin and w_t.getdictvalue(name) is not None:
            return w_t.name + '.' + name
    return name


def index_bounds(args, n):
    """(start, stop) of a sequence method index(x[, start[, stop]]) on n items (after self
    and x in args), negative bounds counted from the end, as slice bounds are."""
    from minipy.interpreter import ops
    start = 0
    stop = n
    if len(args.args_w) > 2:
        start = ops.int_w(args.args_w[2])
        if start < 0:
            start = max(0, start + n)
    if len(args.args_w) > 3:
        stop = ops.int_w(args.args_w[3])
        if stop < 0:
            stop = max(0, stop + n)
    return start, stop

