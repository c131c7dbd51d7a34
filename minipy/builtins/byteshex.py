"""bytes.hex([sep[, bytes_per_sep]]) (bytearray.hex goes through it): two hex digits a
byte, and a one-character separator between groups of bytes_per_sep bytes, counted
from the right (from the left when bytes_per_sep is negative)."""
from minipy.objects.noneobject import w_None
from minipy.objects.strobject import W_StrObject, wrap_str
from minipy.objects.bytesobject import W_BytesObject
from minipy.objects import exceptions as ex
from minipy.objects.exceptions import oefmt

HEX_DIGITS = '0123456789abcdef'
C_INT_MAX = 2147483647


def _params(args):
    """(sep, bytes_per_sep) from hex()'s arguments after self, with CPython's errors."""
    n = len(args.args_w) - 1
    if n > 2:
        raise oefmt(ex.w_TypeError, 'hex() takes at most 2 arguments (%d given)' % n)
    w_sep = None
    w_bps = None
    if n >= 1:
        w_sep = args.args_w[1]
    if n >= 2:
        w_bps = args.args_w[2]
    if args.has_kwargs():
        for i in range(len(args.kwnames)):
            name = args.kwnames[i]
            pos = 0
            if name == 'sep':
                pos = 1
            elif name == 'bytes_per_sep':
                pos = 2
            else:
                raise oefmt(ex.w_TypeError,
                            "'%s' is an invalid keyword argument for hex()" % name)
            if pos <= n:
                raise oefmt(ex.w_TypeError, "argument for hex() given by name ('%s') and "
                            "position (%d)" % (name, pos))
            if pos == 1:
                w_sep = args.kwvalues_w[i]
            else:
                w_bps = args.kwvalues_w[i]
    return w_sep, w_bps


def _sep_char(w_sep):
    from minipy.interpreter import ops
    w_b = w_sep.base_value()
    length = ops.len_w(w_sep)
    if length != 1:
        raise oefmt(ex.w_ValueError, 'sep must be length 1.')
    if isinstance(w_b, W_StrObject):
        c = w_b.utf8
        if len(c) != 1 or ord(c[0]) >= 128:
            raise oefmt(ex.w_ValueError, 'sep must be ASCII.')
        return c
    if isinstance(w_b, W_BytesObject):
        return w_b.value
    raise oefmt(ex.w_TypeError, 'sep must be str or bytes.')


def hex_of(data, sep, per_sep):
    """data's hex digits, sep (a one-character string, or '' for none) between groups
    of abs(per_sep) bytes."""
    out = []
    n = len(data)
    step = per_sep
    if step < 0:
        step = -step
    for i in range(n):
        if sep != '' and step > 0 and i > 0:
            if per_sep > 0:
                boundary = (n - i) % step == 0
            else:
                boundary = i % step == 0
            if boundary:
                out.append(sep)
        c = ord(data[i])
        out.append(HEX_DIGITS[c >> 4])
        out.append(HEX_DIGITS[c & 15])
    return ''.join(out)


def bytes_hex(args):
    w_b = args.args_w[0].base_value()
    assert isinstance(w_b, W_BytesObject)
    return hex_from_args(w_b.value, args)


def hex_from_args(data, args):
    """data.hex(*args[1:]) (args[0] is the object hex was called on)."""
    from minipy.interpreter import ops
    w_sep, w_bps = _params(args)
    sep = ''
    if w_sep is not None and w_sep is not w_None:
        sep = _sep_char(w_sep)
    per_sep = 1
    if w_bps is not None:
        big = ops.bigint_w(w_bps)
        try:
            per_sep = big.toint()
        except OverflowError:
            per_sep = C_INT_MAX + 1
        if per_sep > C_INT_MAX or per_sep < -C_INT_MAX - 1:
            raise oefmt(ex.w_OverflowError, 'Python int too large to convert to C int')
    return wrap_str(hex_of(data, sep, per_sep))
