"""bytes % args and bytearray % args (printf-style, PEP 461): the conversions of str %
(minipy.support.percentfmt, in its bytes mode) with bytes arguments for %s/%b, ascii()
for %r/%a, one byte for %c, and CPython's messages for bytes formatting."""
from minipy.objects.maps import W_Instance
from minipy.objects.intobject import W_IntObject, W_LongObject
from minipy.objects.floatobject import W_FloatObject
from minipy.objects.strobject import W_StrObject
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects.bytearrayobject import W_BytearrayObject
from minipy.objects.tupleobject import W_TupleObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt
from minipy.support import percentfmt
from minipy.support.errors import SupportError
from minipy.builtins.support_glue import operr_from_support

BYTES_CONVERSIONS = 'diuoxXeEfFgGsrabc'
MSG_NOT_ALL_CONVERTED = 'not all arguments converted during bytes formatting'
MSG_C_RANGE = '%c arg not in range(256)'
MSG_C_TYPE = '%c requires an integer in range(256) or a single byte'


class _Args(object):
    def __init__(self, args_w):
        self.args_w = args_w
        self.pos = 0

    def next(self):
        if self.pos >= len(self.args_w):
            raise oefmt(ex.w_TypeError, percentfmt.MSG_NOT_ENOUGH)
        w = self.args_w[self.pos]
        self.pos += 1
        return w


def percent_format(fmt, w_args):
    """The bytes of fmt % w_args (fmt: the format's bytes)."""
    try:
        return _format(fmt, w_args)
    except SupportError as e:
        raise operr_from_support(e)


def bytes_of(w_v):
    """%s / %b: a bytes-like object's bytes, or what its __bytes__ returns."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    b = buffer_value(w_v)
    if b is not None:
        return b
    w_meth = ops.lookup_special(w_v, '__bytes__')
    if w_meth is not None:
        w_res = ops.call_function(ops.bind(w_meth, w_v, w_v.getclass()), [])
        if isinstance(w_res, W_BytesObject):
            return w_res.value
        raise oefmt(ex.w_TypeError, '__bytes__ returned non-bytes (type %s)'
                    % ops.typename(w_res))
    raise oefmt(ex.w_TypeError, '%%b requires a bytes-like object, or an object that '
                'implements __bytes__, not \'%s\'' % ops.typename(w_v))


def _float_of(w_v):
    from minipy.interpreter import ops
    w_b = w_v.base_value()
    if isinstance(w_b, W_FloatObject):
        return w_b.floatval
    if isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject) or \
            w_v.getclass().lookup('__float__') is not None or \
            w_v.getclass().lookup('__index__') is not None:
        return ops.float_w(w_v)
    raise oefmt(ex.w_TypeError, 'float argument required, not %s' % ops.typename(w_v))


def _byte_of(w_v):
    """%c: an int in range(256) or a bytes/bytearray of length 1."""
    from minipy.interpreter import ops
    from minipy.builtins.bytearraymethods import buffer_value
    w_b = w_v.base_value()
    if isinstance(w_b, W_IntObject) or isinstance(w_b, W_LongObject):
        if not isinstance(w_b, W_IntObject) or not 0 <= w_b.intval < 256:
            raise oefmt(ex.w_OverflowError, MSG_C_RANGE)
        return chr(w_b.intval)
    b = buffer_value(w_v)
    if b is not None and len(b) == 1:
        return b
    if b is None and w_v.getclass().lookup('__index__') is not None:
        v = ops.int_w(w_v)
        if not 0 <= v < 256:
            raise oefmt(ex.w_OverflowError, MSG_C_RANGE)
        return chr(v)
    raise oefmt(ex.w_TypeError, MSG_C_TYPE)


def _is_mapping(w_args):
    """CPython takes any subscriptable object but a tuple, bytes, bytearray or str as
    the mapping for %(key)s."""
    w_b = w_args.base_value()
    if isinstance(w_b, W_TupleObject) or isinstance(w_b, W_BytesObject) or \
            isinstance(w_b, W_BytearrayObject) or isinstance(w_b, W_StrObject):
        return False
    return w_args.getclass().lookup('__getitem__') is not None


def _format(fmt, w_args):
    from minipy.interpreter import ops
    from minipy.builtins.strformat import _as_bigint
    w_a = w_args.base_value()
    have_mapping = False
    if isinstance(w_a, W_TupleObject):
        state = _Args(w_a.items_w)
    else:
        have_mapping = _is_mapping(w_args)
        state = _Args([w_args])
    it = percentfmt.PercentIterator(fmt, have_mapping, True)
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
            src = _Args([ops.getitem(w_args, W_BytesObject(p.key))])
        if p.width == percentfmt.STAR:
            w_w = src.next()
            if not isinstance(w_w, W_IntObject):
                raise oefmt(ex.w_TypeError, percentfmt.MSG_STAR_WANTS_INT)
            p.set_star_width(w_w.intval)
        if p.prec == percentfmt.STAR:
            w_w = src.next()
            if not isinstance(w_w, W_IntObject):
                raise oefmt(ex.w_TypeError, percentfmt.MSG_STAR_WANTS_INT)
            p.set_star_prec(w_w.intval)
        w_v = src.next()
        p.check_conv(BYTES_CONVERSIONS)
        conv = chr(p.conv)
        if conv in 'diuoxX':
            parts.append(percentfmt.render_int(p, _as_bigint(w_v, conv)))
        elif conv in 'eEfFgG':
            parts.append(percentfmt.render_float(p, _float_of(w_v)))
        elif conv == 's' or conv == 'b':
            parts.append(percentfmt.render_bytes(p, bytes_of(w_v)))
        elif conv == 'r' or conv == 'a':
            w_s = ops.ascii_w(w_v)
            assert isinstance(w_s, W_StrObject)
            parts.append(percentfmt.render_bytes(p, w_s.utf8))
        else:
            p.prec = -1                     # %c takes no precision
            parts.append(percentfmt.render_bytes(p, _byte_of(w_v)))
    if not have_mapping and state.pos < len(state.args_w):
        raise oefmt(ex.w_TypeError, MSG_NOT_ALL_CONVERTED)
    return ''.join(parts)
