"""Helpers to put native functions into type dicts and the builtins dict, and to
check argument counts of native functions with CPython's messages."""
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


def function(name, fn):
    w_f = W_BuiltinFunction(name, fn, False)
    builtins_dict.setitem(wrap_str(name), w_f)
    return w_f


def set_builtin(name, w_obj):
    builtins_dict.setitem(wrap_str(name), w_obj)


def check_args(args, name, min_n, max_n):
    """Check the positional count (no keywords allowed) of a native function."""
    if args.has_kwargs():
        raise oefmt(w_TypeError, '%s() takes no keyword arguments' % name)
    n = len(args.args_w)
    if min_n <= n <= max_n:
        return
    if min_n == max_n:
        if min_n == 0:
            raise oefmt(w_TypeError, '%s() takes no arguments (%d given)' % (name, n))
        if min_n == 1:
            raise oefmt(w_TypeError, '%s() takes exactly one argument (%d given)' % (name, n))
        raise oefmt(w_TypeError, '%s expected %d arguments, got %d' % (name, min_n, n))
    if n < min_n:
        raise oefmt(w_TypeError, '%s expected at least %d argument%s, got %d'
                    % (name, min_n, _s(min_n), n))
    raise oefmt(w_TypeError, '%s expected at most %d argument%s, got %d'
                % (name, max_n, _s(max_n), n))


def check_method_args(args, name, min_n, max_n):
    """Same for a method: args_w[0] is self and is not counted."""
    if args.has_kwargs():
        raise oefmt(w_TypeError, '%s() takes no keyword arguments' % name)
    n = len(args.args_w) - 1
    if min_n <= n <= max_n:
        return
    if min_n == max_n:
        if min_n == 0:
            raise oefmt(w_TypeError, '%s() takes no arguments (%d given)' % (name, n))
        if min_n == 1:
            raise oefmt(w_TypeError, '%s() takes exactly one argument (%d given)' % (name, n))
        raise oefmt(w_TypeError, '%s expected %d arguments, got %d' % (name, min_n, n))
    if n < min_n:
        raise oefmt(w_TypeError, '%s expected at least %d argument%s, got %d'
                    % (name, min_n, _s(min_n), n))
    raise oefmt(w_TypeError, '%s expected at most %d argument%s, got %d'
                % (name, max_n, _s(max_n), n))


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


def _s(n):
    if n == 1:
        return ''
    return 's'
