"""The run time of `try: ... except* T:` (3.11), for the opcodes CHECK_EG_MATCH and
PREP_RERAISE_STAR: which part of the exception each clause handles (a naked exception is
wrapped in an ExceptionGroup('')), and what is raised after the clauses ran: the
unhandled rest and the re-raised parts kept in the original group's shape, plus the
exceptions the clauses raised, in one new ExceptionGroup('') when there are several."""
from minipy.objects.noneobject import w_None
from minipy.objects.typeobject import W_TypeObject
from minipy.objects.strobject import wrap_str
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.exceptions import W_ExceptionObject, W_ExceptionGroupObject, oefmt
from minipy.objects import exceptions as ex
from minipy.builtins import excgroup

CANNOT_CATCH = 'catching classes that do not inherit from BaseException is not allowed'
CANNOT_CATCH_EG = 'catching ExceptionGroup with except* is not allowed. Use except instead.'


def check_star_type(w_type):
    """The TypeErrors of `except* w_type:`."""
    if isinstance(w_type, W_TupleObject):
        for w_t in w_type.items_w:
            if not excgroup.is_exception_class(w_t):
                raise oefmt(ex.w_TypeError, CANNOT_CATCH)
        for w_t in w_type.items_w:
            if isinstance(w_t, W_TypeObject) and w_t.issubtype(ex.w_BaseExceptionGroup):
                raise oefmt(ex.w_TypeError, CANNOT_CATCH_EG)
        return
    if not isinstance(w_type, W_TypeObject) or not w_type.issubtype(ex.w_BaseException):
        raise oefmt(ex.w_TypeError, CANNOT_CATCH)
    if w_type.issubtype(ex.w_BaseExceptionGroup):
        raise oefmt(ex.w_TypeError, CANNOT_CATCH_EG)


class EgMatch(object):
    def __init__(self, w_match, w_rest):
        self.w_match = w_match      # None: the clause does not run
        self.w_rest = w_rest        # what the next clauses see (w_None: nothing left)


def eg_match(w_exc, w_type):
    """The part of w_exc (an exception or w_None) that `except* w_type` handles."""
    from minipy.interpreter import ops
    if w_exc is w_None:
        return EgMatch(None, w_exc)
    if ops.exception_match(w_exc, w_type):
        if isinstance(w_exc, W_ExceptionGroupObject):
            return EgMatch(w_exc, w_None)
        # a naked exception: CPython 3.11 wraps it in a group with no traceback
        return EgMatch(excgroup.new_group(wrap_str(''), [w_exc], True), w_None)
    if not isinstance(w_exc, W_ExceptionGroupObject):
        return EgMatch(None, w_exc)
    w_pair = ops.call_method(w_exc, 'split', [w_type])
    tname = ops.typename(w_exc)
    if not isinstance(w_pair, W_TupleObject):
        raise oefmt(ex.w_TypeError, '%s.split must return a tuple, not %s'
                    % (tname, ops.typename(w_pair)))
    if len(w_pair.items_w) < 2:
        raise oefmt(ex.w_TypeError, '%s.split must return a 2-tuple, got tuple of size %d'
                    % (tname, len(w_pair.items_w)))
    w_match = w_pair.items_w[0]
    if w_match is w_None:
        return EgMatch(None, w_exc)
    return EgMatch(w_match, w_pair.items_w[1])


def same_metadata(w_a, w_b):
    """Whether w_a is (a part of) w_b as it was caught: same traceback, cause and
    context; such a part was re-raised (bare `raise`), not raised anew. (Notes are not
    compared: CPython 3.11 re-raises a part with a note added in the clause as part of
    the original group, without that note.)"""
    if not isinstance(w_a, W_ExceptionObject) or not isinstance(w_b, W_ExceptionObject):
        return False
    return (w_a.w_traceback is w_b.w_traceback and w_a.w_cause is w_b.w_cause and
            w_a.w_context is w_b.w_context)


def collect_leaves(w_exc, leaves_w):
    if isinstance(w_exc, W_ExceptionGroupObject):
        for w_e in w_exc.w_excs.items_w:
            collect_leaves(w_e, leaves_w)
    elif w_exc is not w_None:
        leaves_w.append(w_exc)


def projection(w_orig, keep_w):
    """The subgroup of w_orig whose leaves are those of keep_w, or None."""
    leaves_w = []
    for w_e in keep_w:
        collect_leaves(w_e, leaves_w)
    matcher = excgroup.Matcher(excgroup.MATCH_INSTANCES, w_None, leaves_w)
    return excgroup.split_group(w_orig, matcher, False).w_match


def prep_reraise(w_orig, excs_w):
    """What the try statement raises after its except* clauses: None or an exception.
    excs_w: what each clause raised, then the rest no clause handled (w_None: none)."""
    if len(excs_w) == 0:
        return None
    if not isinstance(w_orig, W_ExceptionGroupObject):
        # a naked exception: at most one clause ran
        w_e = excs_w[0]
        if w_e is w_None:
            return None
        return w_e
    raised_w = []
    reraised_w = []
    for w_e in excs_w:
        if w_e is w_None:
            continue
        if same_metadata(w_e, w_orig):
            reraised_w.append(w_e)
        else:
            raised_w.append(w_e)
    w_reraised = projection(w_orig, reraised_w)
    if len(raised_w) == 0:
        return w_reraised
    if w_reraised is not None:
        raised_w.append(w_reraised)
    if len(raised_w) > 1:
        return excgroup.new_group(wrap_str(''), raised_w, False)
    return raised_w[0]
