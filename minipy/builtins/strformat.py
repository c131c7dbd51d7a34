"""str % args (printf-style), driving minipy.support.percentfmt."""
from rpython.rlib.rbigint import rbigint
from minipy.objects.root import OperationError
from minipy.objects.maps import W_Instance
from minipy.objects.intobject import W_IntObject, W_LongObject, to_bigint
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.strobject import W_StrObject, wrap_str, codepoints
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects.dictobject import W_DictObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.support import percentfmt
from minipy.support.errors import SupportError
from minipy.builtins.support_glue import operr_from_support


class ArgState(object):
    """The arguments of a %-format (str or bytes), taken in order."""
    def __init__(self, args_w):
        self.args_w = args_w
        self.pos = 0

    def next(self):
        if self.pos >= len(self.args_w):
            raise oefmt(ex.w_TypeError, percentfmt.MSG_NOT_ENOUGH)
        w = self.args_w[self.pos]
        self.pos += 1
        return w


def take_stars(p, src):
    """A `*` width or precision of spec p: the next argument, an int (str and bytes
    formatting alike)."""
    if p.width == percentfmt.STAR:
        p.set_star_width(_star_arg(src))
    if p.prec == percentfmt.STAR:
        p.set_star_prec(_star_arg(src))


def _star_arg(src):
    w_w = src.next()
    if not isinstance(w_w, W_IntObject):
        raise oefmt(ex.w_TypeError, percentfmt.MSG_STAR_WANTS_INT)
    return w_w.intval


def percent_format(w_fmt, w_args):
    try:
        return _percent_format(w_fmt, w_args)
    except SupportError as e:
        raise operr_from_support(e)


def _as_bigint(w_v, conv):
    from minipy.interpreter import ops
    w_b = w_v.base_value()
    if isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject):
        return to_bigint(w_b)
    if conv in 'diu':
        if isinstance(w_b, W_FloatObject):
            from minipy.builtins.nummethods import float_to_int
            return to_bigint(float_to_int(w_b.floatval))
        if w_v.getclass().lookup('__int__') is not None or \
                w_v.getclass().lookup('__index__') is not None:
            from minipy.builtins.nummethods import int_from_obj
            return to_bigint(int_from_obj(w_v).base_value())
        raise oefmt(ex.w_TypeError, '%%%s format: a real number is required, not %s'
                    % (conv, ops.typename(w_v)))
    if w_v.getclass().lookup('__index__') is not None:
        return to_bigint(ops.call_function(w_v.getclass().lookup('__index__'), [w_v]).base_value())
    raise oefmt(ex.w_TypeError, '%%%s format: an integer is required, not %s'
                % (conv, ops.typename(w_v)))


def _percent_format(w_fmt, w_args):
    from minipy.interpreter import ops
    w_a = w_args.base_value()
    have_mapping = False
    if isinstance(w_a, W_TupleObject):
        state = ArgState(w_a.items_w)
    else:
        # CPython's test: anything subscriptable but a tuple or a str
        if not isinstance(w_a, W_StrObject) and \
                w_args.getclass().lookup('__getitem__') is not None:
            have_mapping = True
        state = ArgState([w_args])
    it = percentfmt.PercentIterator(w_fmt.utf8, have_mapping)
    parts = []
    while True:
        p = it.next()
        if p is None:
            break
        parts.append(p.literal)
        if not p.has_spec:
            continue
        src = state
        if p.has_key:
            if not have_mapping:
                raise oefmt(ex.w_TypeError, percentfmt.MSG_NEEDS_MAPPING)
            src = ArgState([ops.getitem(w_args, wrap_str(p.key))])
        take_stars(p, src)
        w_v = src.next()
        p.check_conv()
        conv = chr(p.conv) if p.conv < 128 else '?'
        if conv in 'diuoxX':
            parts.append(percentfmt.render_int(p, _as_bigint(w_v, conv)))
        elif conv in 'eEfFgG':
            parts.append(percentfmt.render_float(p, ops.float_w(w_v)))
        elif conv == 's':
            w_s = ops.str_w_obj(w_v)
            parts.append(percentfmt.render_str(p, w_s.utf8, w_s.length))
        elif conv == 'r':
            w_s = ops.repr_w(w_v)
            assert isinstance(w_s, W_StrObject)
            parts.append(percentfmt.render_str(p, w_s.utf8, w_s.length))
        elif conv == 'a':
            w_s = ops.ascii_w(w_v)
            assert isinstance(w_s, W_StrObject)
            parts.append(percentfmt.render_str(p, w_s.utf8, w_s.length))
        elif conv == 'c':
            w_b = w_v.base_value()
            if isinstance(w_b, W_IntObject):
                if w_b.intval < 0 or w_b.intval >= 0x110000:
                    raise oefmt(ex.w_OverflowError, percentfmt.MSG_C_RANGE)
                parts.append(percentfmt.render_char(p, w_b.intval))
            elif isinstance(w_b, W_StrObject) and w_b.length == 1:
                parts.append(percentfmt.render_char(p, codepoints(w_b.utf8)[0]))
            else:
                raise oefmt(ex.w_TypeError, percentfmt.MSG_C_TYPE)
    if not have_mapping and state.pos < len(state.args_w):
        raise oefmt(ex.w_TypeError, percentfmt.MSG_NOT_ALL_CONVERTED)
    return wrap_str(''.join(parts))
