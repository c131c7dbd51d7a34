"""BaseException and subclasses: __new__, __init__, __str__, __repr__, with_traceback."""
from minipy.builtins import registry
from minipy.concurrency.stm import barriers
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import wrap_tuple
from minipy.objects.exceptions import W_ExceptionObject, W_Traceback, oefmt
from minipy.objects import exceptions as ex
from minipy.builtins.registry import method


def exc_new(args):
    from minipy.objects.intobject import W_IntObject
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    if w_t.issubtype(ex.w_BaseExceptionGroup):
        raise oefmt(ex.w_TypeError, 'BaseException.__new__(%s) is not safe, use %s.__new__()'
                    % (w_t.name, w_t.name))
    if w_t is ex.w_OSError and 3 <= len(args.args_w) <= 6:
        w_errno = args.args_w[1]
        if isinstance(w_errno, W_IntObject):
            w_sub = ex.OSERROR_BY_ERRNO.get(w_errno.intval, None)
            if w_sub is not None:
                w_t = w_sub
    w_e = W_ExceptionObject(w_t, args.args_w[1:])
    w_e.args_w = oserror_args(w_e, w_e.args_w)
    return w_e


def oserror_args(w_e, args_w):
    """The args of an OSError built with (errno, strerror, filename[, winerror,
    filename2]): CPython keeps the first two and makes the file names attributes."""
    if not w_e.getclass().issubtype(ex.w_OSError) or not 3 <= len(args_w) <= 5:
        return args_w
    if args_w[2] is w_None:         # no file name: CPython keeps all the args
        return args_w
    w_e.setdictvalue('filename', args_w[2])
    if len(args_w) == 5 and args_w[4] is not w_None:
        w_e.setdictvalue('filename2', args_w[4])
    return args_w[:2]


def exc_self(args):
    w_e = args.args_w[0]
    if not isinstance(w_e, W_ExceptionObject):
        raise oefmt(ex.w_TypeError, "descriptor requires a 'BaseException' object")
    return w_e


def exc_init(args):
    from minipy.builtins import unicodeerrors
    w_e = exc_self(args)
    barriers.write(w_e)
    if args.has_kwargs():
        init_keywords(w_e, args)
    if unicodeerrors.is_codec_error(w_e):
        w_e.args_w = unicodeerrors.init_args(w_e, args.args_w[1:])
        return w_None
    if w_e.getclass().issubtype(ex.w_SyntaxError) and len(args.args_w) == 3:
        syntax_fields(w_e, args.args_w[2])
    w_e.args_w = oserror_args(w_e, args.args_w[1:])
    return w_None


def keyword_names(w_t):
    """The keyword arguments the __init__ of w_t's built-in base takes (as CPython 3.11:
    AttributeError(name=, obj=), NameError(name=), ImportError(name=, path=)), with the
    name its errors give; (None, None) when it takes none."""
    if w_t.issubtype(ex.w_AttributeError):
        return 'AttributeError', ['name', 'obj']
    if w_t.issubtype(ex.w_NameError):
        return 'NameError', ['name']
    if w_t.issubtype(ex.w_ImportError):
        return 'ImportError', ['name', 'path']
    return None, None


def init_keywords(w_e, args):
    """BaseException.__init__'s keyword arguments: attributes of the exception where
    its type takes them, else CPython's TypeError."""
    owner, allowed = keyword_names(w_e.getclass())
    if owner is None or allowed is None:
        raise oefmt(ex.w_TypeError, '%s() takes no keyword arguments' % w_e.getclass().name)
    kwnames = args.kwnames
    assert kwnames is not None
    for i in range(len(kwnames)):
        if kwnames[i] not in allowed:
            raise oefmt(ex.w_TypeError, "'%s' is an invalid keyword argument for %s()"
                        % (kwnames[i], owner))
    for i in range(len(kwnames)):
        w_e.setdictvalue(kwnames[i], args.kwvalues_w[i])
SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset']


def syntax_fields(w_e, w_details):
    """SyntaxError(msg, (filename, lineno, offset, text[, end_lineno[, end_offset]])):
    the details become attributes."""
    from minipy.interpreter import ops
    details_w = ops.unpack_iterable(w_details)
    if len(details_w) < 4:
        raise oefmt(ex.w_TypeError, 'function takes at least 4 arguments (%d given)'
                    % len(details_w))
    if len(details_w) > 6:
        raise oefmt(ex.w_TypeError, 'function takes at most 6 arguments (%d given)'
                    % len(details_w))
    for i in range(len(details_w)):
        w_e.setdictvalue(SYNTAX_FIELDS[i], details_w[i])


def exc_str(args):
    from minipy.builtins import reprs
    return wrap_str(reprs.exception_str(exc_self(args)))


def exc_repr(args):
    from minipy.builtins import reprs
    return wrap_str(reprs.builtin_repr(exc_self(args)))


def exc_with_traceback(args):
    w_e = exc_self(args)
    if len(args.args_w) != 2:
        raise oefmt(ex.w_TypeError, '%s.with_traceback() takes exactly one argument '
                    '(%d given)' % (w_e.getclass().name, len(args.args_w) - 1))
    w_tb = args.args_w[1]
    if not isinstance(w_tb, W_Traceback) and w_tb is not w_None:
        raise oefmt(ex.w_TypeError, '__traceback__ must be a traceback or None')
    barriers.write(w_e)
    if isinstance(w_tb, W_Traceback):
        w_e.w_traceback = w_tb
    else:
        w_e.w_traceback = None
    return w_e


def exc_add_note(args):
    """add_note(note): append the str note to the exception's __notes__ list (made on
    first use), as CPython 3.11 does; the traceback printers show the notes."""
    from minipy.objects.strobject import W_StrObject
    from minipy.objects.listobject import W_ListObject
    from minipy.interpreter import ops
    w_e = exc_self(args)
    if len(args.args_w) != 2:
        raise oefmt(ex.w_TypeError, '%s.add_note() takes exactly one argument (%d given)'
                    % (w_e.getclass().name, len(args.args_w) - 1))
    w_note = args.args_w[1]
    if not isinstance(w_note, W_StrObject):
        raise oefmt(ex.w_TypeError, "note must be a str, not '%s'" % ops.typename(w_note))
    w_notes = ops.getattr_or_null(w_e, '__notes__')
    if w_notes is None:
        w_notes = W_ListObject([])
        ops.setattr_w(w_e, '__notes__', w_notes)
    elif not isinstance(w_notes, W_ListObject):
        raise oefmt(ex.w_TypeError, 'Cannot add note: __notes__ is not a list')
    w_notes.append(w_note)
    return w_None


w_base = ex.w_BaseException
registry.static_new(w_base, exc_new)
method(w_base, '__init__', exc_init)
method(w_base, '__str__', exc_str)
method(w_base, '__repr__', exc_repr)
method(w_base, 'with_traceback', exc_with_traceback)
method(w_base, 'add_note', exc_add_note)
