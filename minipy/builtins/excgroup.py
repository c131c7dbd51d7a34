"""BaseExceptionGroup and ExceptionGroup (3.11): construction with CPython's checks and
messages, the message/exceptions attributes (see specialattrs), __str__, derive, split
and subgroup. split_group is also what `except*` (minipy/interpreter/exceptstar.py) uses
to take a group apart."""
from minipy.builtins import registry
from minipy.concurrency.stm import barriers
from minipy.objects.root import W_Root
from minipy.objects.typeobject import W_TypeObject, _epoch
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.tupleobject import W_TupleObject, wrap_tuple, tuple_of_list
from minipy.objects.listobject import W_ListObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects.setobject import W_SetObject
from minipy.objects.functionobject import W_BuiltinFunction
from minipy.objects.exceptions import W_ExceptionObject, W_ExceptionGroupObject, oefmt
from minipy.objects import exceptions as ex

# how split()/subgroup() test a leaf (or a whole group)
MATCH_BY_TYPE = 0       # an exception type or a tuple of them
MATCH_PREDICATE = 1     # a callable
MATCH_INSTANCES = 2     # one of a list of exception objects (except*'s re-raise)


def is_exception_class(w_x):
    return isinstance(w_x, W_TypeObject) and w_x.issubtype(ex.w_BaseException)


def _is_base_only(w_e):
    """An exception that is not an Exception (KeyboardInterrupt, a BaseExceptionGroup)."""
    return not w_e.getclass().issubtype(ex.w_Exception)


def _sequence_items(w_seq):
    """The items of the exceptions argument, or None when CPython would not take it
    for a sequence."""
    from minipy.interpreter import ops
    if isinstance(w_seq, W_ListObject):
        return w_seq.getitems_copy()
    if isinstance(w_seq, W_TupleObject):
        return w_seq.items_w[:]
    if isinstance(w_seq, W_DictObject) or isinstance(w_seq, W_SetObject):
        return None
    w_t = w_seq.getclass()
    if w_t.issubtype(W_DictObject.typedef) or w_t.lookup('__getitem__') is None:
        return None
    return ops.unpack_iterable(w_seq)


def create_group(w_cls, w_message, w_excs, args_w):
    """BaseExceptionGroup.__new__(w_cls, w_message, w_excs); args_w become .args."""
    from minipy.interpreter import ops
    if not isinstance(w_message, W_StrObject) and \
            not w_message.getclass().issubtype(W_StrObject.typedef):
        raise oefmt(ex.w_TypeError, 'BaseExceptionGroup.__new__() argument 1 must be str, '
                    'not %s' % ops.typename(w_message))
    excs_w = _sequence_items(w_excs)
    if excs_w is None:
        raise oefmt(ex.w_TypeError, 'second argument (exceptions) must be a sequence')
    if len(excs_w) == 0:
        raise oefmt(ex.w_ValueError,
                    'second argument (exceptions) must be a non-empty sequence')
    nested_base = False
    for i in range(len(excs_w)):
        w_e = excs_w[i]
        if not isinstance(w_e, W_ExceptionObject):
            raise oefmt(ex.w_ValueError, 'Item %d of second argument (exceptions) is not '
                        'an exception' % i)
        if _is_base_only(w_e):
            nested_base = True
    if w_cls is ex.w_BaseExceptionGroup:
        if not nested_base:
            w_cls = ex.w_ExceptionGroup
    elif w_cls is ex.w_ExceptionGroup:
        if nested_base:
            raise oefmt(ex.w_TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup')
    elif nested_base and w_cls.issubtype(ex.w_Exception):
        raise oefmt(ex.w_TypeError, "Cannot nest BaseExceptions in '%s'" % w_cls.name)
    return W_ExceptionGroupObject(w_cls, args_w, w_message, tuple_of_list(excs_w))


def new_group(w_message, excs_w, as_tuple):
    """BaseExceptionGroup(message, excs) from native code (an ExceptionGroup when all
    are Exceptions), excs passed as a tuple or as a list (which .args shows)."""
    if as_tuple:
        w_seq = tuple_of_list(excs_w)
    else:
        w_seq = W_ListObject(excs_w)
    return create_group(ex.w_BaseExceptionGroup, w_message, w_seq, [w_message, w_seq])


def eg_new(args):
    from minipy.interpreter import ops
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(ex.w_TypeError, 'BaseExceptionGroup.__new__(X): X is not a type '
                    'object (%s)' % ops.typename(w_cls))
    if not w_cls.issubtype(ex.w_BaseExceptionGroup):
        raise oefmt(ex.w_TypeError, 'BaseExceptionGroup.__new__(%s): %s is not a subtype '
                    'of BaseExceptionGroup' % (w_cls.name, w_cls.name))
    n = len(args.args_w) - 1
    if n != 2:
        raise oefmt(ex.w_TypeError, 'BaseExceptionGroup.__new__() takes exactly 2 '
                    'arguments (%d given)' % n)
    return create_group(w_cls, args.args_w[1], args.args_w[2], args.args_w[1:])


def group_self(args, name):
    if len(args.args_w) == 0 or not isinstance(args.args_w[0], W_ExceptionGroupObject):
        raise oefmt(ex.w_TypeError, "descriptor '%s' requires a 'BaseExceptionGroup' "
                    "object" % name)
    w_g = args.args_w[0]
    assert isinstance(w_g, W_ExceptionGroupObject)
    return w_g


def eg_str(args):
    from minipy.builtins import reprs
    return wrap_str(reprs.exception_str(group_self(args, '__str__')))


def eg_derive(args):
    w_g = group_self(args, 'derive')
    if len(args.args_w) != 2 or args.has_kwargs():
        raise oefmt(ex.w_TypeError, 'function takes exactly 1 argument (%d given)'
                    % (len(args.args_w) - 1))
    w_excs = args.args_w[1]
    return create_group(ex.w_BaseExceptionGroup, w_g.w_message, w_excs,
                        [w_g.w_message, w_excs])


def matcher_kind(w_cond):
    from minipy.builtins.functions import callable_w
    if callable_w(w_cond) and not isinstance(w_cond, W_TypeObject):
        return MATCH_PREDICATE
    if is_exception_class(w_cond):
        return MATCH_BY_TYPE
    if isinstance(w_cond, W_TupleObject):
        for w_c in w_cond.items_w:
            if not is_exception_class(w_c):
                break
        else:
            return MATCH_BY_TYPE
    raise oefmt(ex.w_TypeError,
                'expected a function, exception type or tuple of exception types')


class Matcher(object):
    """What split() keeps: kind is one of the MATCH_ constants; w_cond the type(s) or
    the predicate; leaves_w the exception objects for MATCH_INSTANCES."""
    def __init__(self, kind, w_cond, leaves_w):
        self.kind = kind
        self.w_cond = w_cond
        self.leaves_w = leaves_w

    def matches(self, w_exc):
        from minipy.interpreter import ops
        if self.kind == MATCH_BY_TYPE:
            return ops.exception_match(w_exc, self.w_cond)
        if self.kind == MATCH_PREDICATE:
            return ops.is_true(ops.call_function(self.w_cond, [w_exc]))
        for w_leaf in self.leaves_w:
            if w_leaf is w_exc:
                return True
        return False


class SplitResult(object):
    def __init__(self, w_match, w_rest):
        self.w_match = w_match      # None or the matching part
        self.w_rest = w_rest        # None or the rest (when asked for)


def split_group(w_exc, matcher, with_rest):
    """CPython's exceptiongroup_split_recursive: a whole match, a leaf that does not
    match, or a group split into the derived groups of its matching and other parts."""
    if matcher.matches(w_exc):
        return SplitResult(w_exc, None)
    if not isinstance(w_exc, W_ExceptionGroupObject):
        if with_rest:
            return SplitResult(None, w_exc)
        return SplitResult(None, None)
    match_w = []
    rest_w = []
    for w_e in w_exc.w_excs.items_w:
        part = split_group(w_e, matcher, with_rest)
        if part.w_match is not None:
            match_w.append(part.w_match)
        if with_rest and part.w_rest is not None:
            rest_w.append(part.w_rest)
    w_match = derive_part(w_exc, match_w)
    w_rest = None
    if with_rest:
        w_rest = derive_part(w_exc, rest_w)
    return SplitResult(w_match, w_rest)


def derive_part(w_orig, excs_w):
    """w_orig.derive(excs_w) with w_orig's traceback, cause, context and a copy of its
    notes, or None for no exceptions."""
    from minipy.interpreter import ops
    if len(excs_w) == 0:
        return None
    w_eg = ops.call_method(w_orig, 'derive', [W_ListObject(excs_w)])
    if not isinstance(w_eg, W_ExceptionGroupObject):
        raise oefmt(ex.w_TypeError, 'derive must return an instance of BaseExceptionGroup')
    assert isinstance(w_orig, W_ExceptionObject)
    barriers.read(w_orig)
    barriers.write(w_eg)
    w_eg.w_traceback = w_orig.w_traceback
    w_eg.w_context = w_orig.w_context
    w_eg.w_cause = w_orig.w_cause
    w_eg.suppress_context = True       # as PyException_SetCause does
    w_notes = ops.getattr_or_null(w_orig, '__notes__')
    if w_notes is not None:
        notes_w = None
        if isinstance(w_notes, W_ListObject):
            notes_w = w_notes.getitems_copy()
        elif isinstance(w_notes, W_TupleObject):
            notes_w = w_notes.items_w[:]
        elif _sequence_items_or_none(w_notes):
            notes_w = ops.unpack_iterable(w_notes)
        if notes_w is not None:
            ops.setattr_w(w_eg, '__notes__', W_ListObject(notes_w))
    return w_eg


def _sequence_items_or_none(w_x):
    w_t = w_x.getclass()
    return (not w_t.issubtype(W_DictObject.typedef) and
            w_t.lookup('__getitem__') is not None)


def _one_arg(args, name):
    n = len(args.args_w) - 1
    if n != 1 or args.has_kwargs():
        raise oefmt(ex.w_TypeError, '%s expected 1 argument, got %d' % (name, n))
    return args.args_w[1]


def _or_none(w_x):
    if w_x is None:
        return w_None
    return w_x


def eg_split(args):
    w_g = group_self(args, 'split')
    w_cond = _one_arg(args, 'split')
    res = split_group(w_g, Matcher(matcher_kind(w_cond), w_cond, []), True)
    return wrap_tuple([_or_none(res.w_match), _or_none(res.w_rest)])


def eg_subgroup(args):
    w_g = group_self(args, 'subgroup')
    w_cond = _one_arg(args, 'subgroup')
    res = split_group(w_g, Matcher(matcher_kind(w_cond), w_cond, []), False)
    return _or_none(res.w_match)


def _install():
    w_t = ex.w_BaseExceptionGroup
    registry.static_new(w_t, eg_new)
    for name, fn in [('__str__', eg_str), ('derive', eg_derive), ('split', eg_split),
                     ('subgroup', eg_subgroup)]:
        w_f = W_BuiltinFunction(name, fn, True)
        w_f.w_self_type = w_t
        w_t.dict_w[name] = w_f
    _epoch.bump()


_install()
